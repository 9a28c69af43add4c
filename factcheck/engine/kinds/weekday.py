"""A weekday stated next to a date that falls on another weekday."""
from __future__ import annotations

from typing import Iterable

from ..context import ArticleContext, Hit
from .base import RuleKind

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class WeekdayMismatch(RuleKind):
    FIELDS = frozenset({"stated", "date", "actual"})

    def check(self, context: ArticleContext) -> Iterable[Hit]:
        for claim in context.claims:
            stated = claim.attrs.get("weekday")
            if not stated or claim.dates is None or claim.dates.days != 1:
                continue
            # A bare weekday is anchored to its own weekday: only a weekday stated beside an explicit date can disagree.
            if claim.attrs.get("anchor") or claim.attrs.get("relative"):
                continue
            day = claim.dates.start
            actual = WEEKDAYS[day.weekday()]
            if actual.lower() != str(stated).lower():
                shown = f"{day.day} {day:%B %Y}"
                yield Hit(claim.span, (claim,), {"stated": str(stated).capitalize(), "date": shown, "actual": actual},
                          f"{shown} fell on a {actual} (ISO weekday {day.isoweekday()}), not a {str(stated).capitalize()}")
