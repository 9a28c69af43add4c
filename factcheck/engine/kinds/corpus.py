"""Figures across articles on the same event (FC5xx): tallies that shrink, outlets that disagree.

Each article contributes, per tally (dead, injured, missing), its headline figure: the one with the
highest lower bound ("5 killed in the second blast" beside "40 killed in all" is a detail, not the
toll). Facts are grouped by event key (see ``events.py``) and tally; each group is checked in date
order in one pass, so the cost is linear in the number of articles.
"""
from __future__ import annotations

from itertools import groupby
from typing import Hashable, Iterable, Sequence

from ...model import INF, Interval
from ..context import ArticleContext, Hit
from ..facts import Fact, origin_of
from ..linking import counted
from .base import Param, RuleKind
from .events import event_key, source, tally

_FIGURE_KINDS = ("casualties",)


class _TallyFacts(RuleKind):
    """Shared by the corpus kinds: the headline figure of each tally of an article, keyed by event."""

    scope = "corpus"
    PARAMS = {
        "kinds": Param(list, list(_FIGURE_KINDS), "claim kinds that may carry a tally"),
        "tallies": Param(list, ["dead", "injured", "missing"], "tallies checked (resources/en/events.yaml)"),
        "window_days": Param(int, 7, "date window for grouping articles without an event field"),
    }

    def facts(self, context: ArticleContext) -> Iterable[Fact]:
        published = context.article.published
        if published is None:
            return []
        event = event_key(context, self.params["window_days"])
        if event is None:
            return []
        kinds, wanted = frozenset(self.params["kinds"]), set(self.params["tallies"])
        headline: dict[str, object] = {}
        for claim in context.claims:
            name = tally(claim, kinds)
            if name in wanted and (name not in headline or claim.interval.low > headline[name].interval.low):
                headline[name] = claim
        outlet = source(context.article)
        return [Fact(self.group_of(event, name, published), context.article.id, published, outlet, claim,
                     origin_of(context.article, claim))
                for name, claim in headline.items()]

    def group_of(self, event: Hashable, tally_name: str, published) -> Hashable:
        return (event, tally_name)


def _tally(fact: Fact) -> str:
    return fact.key[1]


def _shown(fact: Fact) -> str:
    return f"{fact.source or 'unknown outlet'}, {fact.article}"


class TallyFallsLater(_TallyFacts):
    """A later report whose figure cannot hold given an earlier report's figure (a toll that shrinks)."""

    FIELDS = frozenset({"figure", "tally", "date", "earlier_figure", "earlier_date", "earlier_article",
                        "earlier_source", "source"})

    def check_group(self, key: Hashable, facts: Sequence[Fact]) -> Iterable[Hit]:
        highest: Fact | None = None  # the earlier fact with the highest lower bound: the one that binds
        for _, same_day in groupby(facts, key=lambda f: f.published):
            same_day = list(same_day)
            if highest is not None:
                floor = Interval(highest.claim.interval.low, INF, highest.claim.interval.low_closed, False)
                for fact in same_day:
                    if not floor.intersects(fact.claim.interval):
                        yield self._hit(highest, fact)
            for fact in same_day:
                if highest is None or fact.claim.interval.low > highest.claim.interval.low:
                    highest = fact

    def _hit(self, earlier: Fact, later: Fact) -> Hit:
        days = (later.published - earlier.published).days
        return Hit(later.claim.span, (earlier.claim, later.claim),
                   {"figure": later.claim.text, "tally": _tally(later), "date": later.published.isoformat(),
                    "source": later.source or "unknown outlet", "earlier_figure": earlier.claim.text,
                    "earlier_date": earlier.published.isoformat(), "earlier_article": earlier.article,
                    "earlier_source": earlier.source or "unknown outlet"},
                   f"{_tally(later)}: {earlier.claim.interval.describe()} on {earlier.published} "
                   f"({_shown(earlier)}), then {later.claim.interval.describe()} {counted(days, 'day')} later "
                   f"({_shown(later)}); a tally only grows, and the later "
                   f"figure is below every value the earlier one allows", article=later.article)


class OutletsDisagreeSameDay(_TallyFacts):
    """Different outlets, the same event and day, figures that cannot both hold."""

    FIELDS = frozenset({"figure", "tally", "date", "source", "other_figure", "other_source", "other_article"})

    def group_of(self, event: Hashable, tally_name: str, published) -> Hashable:
        return (event, tally_name, published)

    def check_group(self, key: Hashable, facts: Sequence[Fact]) -> Iterable[Hit]:
        outlets = [f for f in facts if f.source]
        if len({f.source for f in outlets}) < 2:
            return
        # The widest gap between outlets: the highest floor against the lowest ceiling of another outlet.
        by_floor = sorted(outlets, key=lambda f: (-f.claim.interval.low, f.article))
        by_ceiling = sorted(outlets, key=lambda f: (f.claim.interval.high, f.article))
        high = by_floor[0]
        low = next(f for f in by_ceiling if f.source != high.source)
        if high.claim.interval.intersects(low.claim.interval):
            low = by_ceiling[0]
            high = next(f for f in by_floor if f.source != low.source)
            if high.claim.interval.intersects(low.claim.interval):
                return
        first, second = sorted((high, low), key=lambda f: f.article)
        yield Hit(second.claim.span, (first.claim, second.claim),
                  {"figure": second.claim.text, "tally": _tally(second), "date": second.published.isoformat(),
                   "source": second.source, "other_figure": first.claim.text, "other_source": first.source,
                   "other_article": first.article},
                  f"{_tally(second)} on {second.published}: {second.claim.interval.describe()} ({_shown(second)}) "
                  f"and {first.claim.interval.describe()} ({_shown(first)}) have no value in common",
                  article=second.article)
