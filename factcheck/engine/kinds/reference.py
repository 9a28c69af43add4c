"""Figures checked against a trusted reference table (FC6xx)."""
from __future__ import annotations

from typing import Any, Iterable

from ..context import ArticleContext, Hit
from .base import Param, RuleKind
from .events import declared_event, tally


class ReferenceMismatch(RuleKind):
    """An article's headline tally that no value of the reference figure in force on its date allows.

    The article's event is its ``event``/``cluster`` field (the key of the reference table); the row in
    force is the latest one dated on or before publication, so a toll that grew after the article
    was written is not held against it.
    """

    uses_reference = True
    PARAMS = {
        "kinds": Param(list, ["casualties"], "claim kinds that may carry a tally"),
    }
    FIELDS = frozenset({"figure", "tally", "reference", "as_of", "source", "row", "event"})

    def __init__(self, rule) -> None:
        super().__init__(rule)
        self.reference = None

    def attach_reference(self, reference: Any) -> None:
        self.reference = reference

    def check(self, context: ArticleContext) -> Iterable[Hit]:
        article = context.article
        event = declared_event(article)
        if self.reference is None or event is None or article.published is None:
            return
        kinds = frozenset(self.params["kinds"])
        headline = {}
        for claim in context.claims:
            name = tally(claim, kinds)
            if name and (name not in headline or claim.interval.low > headline[name].interval.low):
                headline[name] = claim
        for name, claim in headline.items():
            row = self.reference.valid_at(event, name, article.published)
            if row is None or row.interval.intersects(claim.interval):
                continue
            yield Hit(claim.span, (claim,),
                      {"figure": claim.text, "tally": name, "reference": row.interval.describe(),
                       "as_of": row.as_of.isoformat(), "source": row.source, "row": row.cited, "event": event},
                      f"{name} of {event!r}: the article's {claim.interval.describe()} and the reference "
                      f"{row.interval.describe()} ({row.source}, as of {row.as_of}, {row.cited}) have no value "
                      f"in common")
