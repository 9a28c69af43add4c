"""The same measured thing stated twice with figures that cannot both hold: "at least 120 people were
killed ... the death toll of 85". What a figure counts and what happened to it are read from the words
around it (``resources/en/rules/restated.yaml``); figures of different scopes or sources are told apart."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache
import re
from typing import Iterable

import regex

from ...lowercase import same_length_lower
from ...model import Claim, Span
from ...resources import load
from ..context import ArticleContext, Hit
from ..linking import (Figure, alternation, compiled, figure_claim, figure_from, hedge_pattern, not_a_count, number_pattern,
                       with_extracted)
from .base import Param, RuleKind

_WORD = r"[\p{L}'’-]+"


@dataclass(frozen=True)
class Measured:
    figure: Figure
    entity: str
    role: str | None
    definite: bool
    sentence: Span
    scope: frozenset[str]
    source: str | None
    places: frozenset[str]
    days: frozenset
    own_set: bool  # the sentence marks its figure as a set of its own ("the troops already there")


@lru_cache(maxsize=1)
def _patterns() -> dict:
    data = load("en/rules/restated.yaml")
    entity_class = {noun.lower(): cls for cls, nouns in data["entities"].items() for noun in nouns}
    entity = alternation(entity_class)
    fillers = alternation(data["fillers"])
    after, before = {}, {}
    for role, cues in data["roles"].items():
        # Possessive whitespace: every item after a gap starts with a letter, so giving spaces back can
        # never help, and a long run of spaces would otherwise cost quadratic time.
        after[role] = regex.compile(rf"\s++(?:(?P<entity>{entity})\s++)?(?:{fillers}\s++){{0,4}}{alternation(cues['after'])}\b",
                                    regex.IGNORECASE)
        before[role] = regex.compile(rf"\b{alternation(cues['before'])}\s+(?:{alternation(data['definite'])}\s+)?$",
                                     regex.IGNORECASE)

    def words_re(key: str, tail: str = r"\b") -> regex.Pattern:
        return regex.compile(rf"\b{alternation(data[key])}{tail}", regex.IGNORECASE)

    cue_words = [w for cues in data["roles"].values() for w in cues["after"] + cues["before"]] + list(entity_class)
    return {
        # A cheap test first: a sentence with none of these words has no figure this rule can use. It
        # runs on every sentence, on the lower-cased text with the standard library's engine (2.5x
        # faster than regex with IGNORECASE on this plain alternation of words).
        "any_cue": re.compile(rf"\b{alternation(cue_words)}"),
        "figure": regex.compile(rf"(?:(?P<hedge>{hedge_pattern()})\s+)?(?P<num>{number_pattern()})", regex.IGNORECASE),
        "entity": regex.compile(rf"\s+(?P<entity>{entity})\b", regex.IGNORECASE),
        "entity_class": entity_class,
        "after": after,
        "before": before,
        "definite": regex.compile(rf"\b{alternation(data['definite'])}\s+$", regex.IGNORECASE),
        "changes": words_re("changes"),
        "subset_before": regex.compile(rf"\b{alternation(data['subset_before'])}\s+$", regex.IGNORECASE),
        "subset_after": regex.compile(rf"\s+{alternation(data['subset_after'])}\b", regex.IGNORECASE),
        "scopes": words_re("scopes"),
        "other_event": words_re("other_event"),
        "set_qualifiers": words_re("set_qualifiers"),
        "other_year": regex.compile(data["other_year"]),
        "place": regex.compile(data["place"]),
        "fronted_place": regex.compile(data["fronted_place"]),
        "source": regex.compile(rf"\b(?:according\s+to\s+(?:the\s+)?(?P<a>{alternation(data['sources'])})\b"
                                rf"|(?P<b>{alternation(data['sources'])})(?:\s+of\s+the\s+[\p{{L}}-]+)?\s+(?:{alternation(data['source_verbs'])})\b)",
                                regex.IGNORECASE),
    }


def measured_figures(context: ArticleContext, recent_days: int) -> list[Measured]:
    """Figures with what they count, in sentences about the article's own news (no change words, no
    dates long before publication); measured once per article for FC401 and FC402 together."""
    return context.derived((measured_figures, recent_days), lambda: _measure(context, recent_days))


def _measure(context: ArticleContext, recent_days: int) -> list[Measured]:
    p = _patterns()
    text = context.article.text
    temporal = [c for c in context.claims if c.is_temporal]
    result = []
    published = context.article.published
    lowered = same_length_lower(text)
    # Paragraph-wide tests repeat for every sentence of a paragraph (a whole article when it has no
    # paragraph breaks): answer each paragraph once.
    other_event_in: dict[tuple[int, int], bool] = {}
    for index, sentence in enumerate(context.sentences):
        span = sentence.span
        body = text[span.start:span.end]
        if not p["any_cue"].search(lowered, span.start, span.end):
            continue
        years = {int(y) for y in p["other_year"].findall(body)}
        if p["changes"].search(body) or _historical(context, temporal, span, recent_days) \
                or (years and (published is None or years != {published.year})) \
                or _other_event(p, text, span, other_event_in):
            continue
        scope = frozenset(m.group().lower() for m in p["scopes"].finditer(body))
        fronted = p["fronted_place"].match(body)
        if fronted:
            scope |= {f"in {fronted.group('place')}"}
        sources = {(m.group("a") or m.group("b")).lower() for m in p["source"].finditer(body)}
        source = sources.pop() if len(sources) == 1 else ("several" if sources else None)
        places = frozenset(m.group("place") for m in p["place"].finditer(body))
        days = _event_days(context, temporal, index)
        own_set = bool(p["set_qualifiers"].search(body))
        for match in p["figure"].finditer(text, span.start, span.end):
            figure = figure_from(match, text)
            figure = with_extracted(context, figure) if figure is not None else None
            if figure is None or any(figure.span.overlaps(t.span) for t in temporal) or not_a_count(text, figure.span):
                continue
            ahead = text[max(span.start, figure.span.start - 40):figure.span.start]
            if p["subset_before"].search(ahead) or p["subset_after"].match(text, figure.span.end):
                continue
            role, entity = _role_and_entity(p, text, figure, ahead, span.end)
            if entity is None:
                continue
            definite = bool(p["definite"].search(ahead))
            result.append(Measured(figure, entity, role, definite, span, scope, source, places, days, own_set))
    return result


def _event_days(context: ArticleContext, temporal: list[Claim], index: int, reach: int = 3) -> frozenset:
    """The days a sentence's figures happened on: its own day-precise dates, else those of the nearest
    earlier sentence of its paragraph that has some ("... on April 13. 50 were injured in the firing.")."""
    text = context.article.text
    for back in range(index, max(-1, index - reach - 1), -1):
        span = context.sentences[back].span
        if back < index and "\n\n" in text[span.end:context.sentences[back + 1].span.start]:
            break
        days = frozenset(c.dates for c in temporal if span.contains(c.span) and c.dates is not None and c.dates.days == 1)
        if days:
            return days
    return frozenset()


def _paragraph(text: str, span: Span) -> tuple[int, int]:
    start = text.rfind("\n\n", 0, span.start)
    end = text.find("\n\n", span.end)
    return (start + 1 if start >= 0 else 0, end if end >= 0 else len(text))


def _other_event(p: dict, text: str, span: Span, seen: dict[tuple[int, int], bool]) -> bool:
    paragraph = _paragraph(text, span)
    if paragraph not in seen:
        seen[paragraph] = p["other_event"].search(text, *paragraph) is not None
    return seen[paragraph]


def _role_and_entity(p: dict, text: str, figure: Figure, ahead: str, limit: int) -> tuple[str | None, str | None]:
    noun = p["entity"].match(text, figure.span.end, limit)
    entity = p["entity_class"].get(compiled(r"\s+").sub(" ", noun.group("entity").lower())) if noun else None
    for role, pattern in p["after"].items():
        match = pattern.match(text, figure.span.end, limit)
        if match:
            named = match.group("entity")
            return role, p["entity_class"].get(compiled(r"\s+").sub(" ", named.lower())) if named else "people"
    for role, pattern in p["before"].items():
        if pattern.search(ahead):
            return role, entity or "people"
    return None, entity


def _historical(context: ArticleContext, temporal: list[Claim], sentence: Span, recent_days: int) -> bool:
    """A sentence dated well before publication speaks of an earlier moment."""
    published = context.article.published
    for claim in temporal:
        if not sentence.contains(claim.span) or claim.dates is None:
            continue
        if published is None or claim.dates.end < published - timedelta(days=recent_days):
            return True
    return False


class RestatedFigure(RuleKind):
    """Two figures for one measured thing whose intervals do not meet. ``scope: same`` reports pairs
    that look like the same count (a warning); ``scope: different`` reports pairs whose sides, places or
    sources differ (at most info)."""

    PARAMS = {
        "scope": Param(str, "same", "which pairs to report: same scope, or different scopes/sources",
                       ("same", "different")),
        "max_ratio": Param((int, float), 15, "figures further apart than this factor count different things "
                                              "(a country's toll and a town's), not one thing misstated"),
        "recent_days": Param(int, 45, "a sentence with a date more than this many days before publication "
                                      "speaks of an earlier moment and is not compared"),
    }
    FIELDS = frozenset({"first", "second", "thing"})

    def check(self, context: ArticleContext) -> Iterable[Hit]:
        figures = measured_figures(context, self.params["recent_days"])
        reported: set[Span] = set()
        for index, later in enumerate(figures):
            earlier = [f for f in figures[:index] if f.sentence != later.sentence and _same_thing(f, later)]
            if later.role is None:
                # A figure without a role restates only as a definite back-reference to the one earlier figure.
                earlier = [f for f in earlier if not f.definite]
                if not later.definite or len(earlier) != 1 or later.own_set or earlier[0].own_set:
                    continue
            for first in earlier:
                if first.figure.interval.intersects(later.figure.interval) or later.figure.span in reported:
                    continue
                low, high = sorted((first.figure.value, later.figure.value))
                if low <= 0 or high / low > self.params["max_ratio"]:
                    continue
                different = _different_scope(first, later)
                if different != (self.params["scope"] == "different"):
                    continue
                reported.add(later.figure.span)
                yield _hit(context, first, later, different)
                break


def _same_thing(a: Measured, b: Measured) -> bool:
    """Same entity and role, and not told for two different days (two days are two events)."""
    return a.entity == b.entity and a.role == b.role and not (a.days and b.days and not a.days & b.days)


def _different_scope(a: Measured, b: Measured) -> bool:
    if a.scope != b.scope:
        return True
    if a.places and b.places and not a.places & b.places:
        return True
    return a.source is not None and b.source is not None and a.source != b.source


def _hit(context: ArticleContext, first: Measured, later: Measured, different: bool) -> Hit:
    thing = f"{later.entity} {later.role}" if later.role else later.entity
    evidence = tuple(figure_claim(context, m.figure, kind="casualties" if m.role else "count", entity=m.entity,
                                  role=m.role) for m in (first, later))
    why = (f"{first.figure.text} admits {first.figure.interval.describe()} and {later.figure.text} admits "
           f"{later.figure.interval.describe()}: no number of {thing} satisfies both")
    if different:
        told = sorted(first.scope ^ later.scope) or sorted(first.places ^ later.places) or \
            [s for s in (first.source, later.source) if s]
        why += f"; but they are told with different scopes or sources ({', '.join(told)}), so both may hold"
    return Hit(later.figure.span, evidence, {"first": first.figure.text, "second": later.figure.text, "thing": thing}, why)
