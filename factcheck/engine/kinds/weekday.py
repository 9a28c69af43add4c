"""A weekday stated next to a date that falls on another weekday."""
from __future__ import annotations

from typing import Iterable

from ...model import Claim
from ..context import ArticleContext, Hit
from ..linking import ordinal_text
from .base import Param, RuleKind

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class WeekdayMismatch(RuleKind):
    PARAMS = {
        "year": Param(str, "written", "which dates are checked: those written with their year, or those whose "
                      "year is read from the publication date (\"Monday May 12\")", choices=("written", "inferred")),
    }
    FIELDS = frozenset({"stated", "date", "actual", "read"})

    def check(self, context: ArticleContext) -> Iterable[Hit]:
        inferred = self.params["year"] == "inferred"
        for claim in context.claims:
            stated = claim.attrs.get("weekday")
            if not stated or claim.dates is None or claim.dates.days != 1:
                continue
            if _year_inferred(claim) != inferred:
                continue
            day = claim.dates.start
            actual = WEEKDAYS[day.weekday()]
            if actual.lower() == str(stated).lower():
                continue
            shown = f"{day.day} {day:%B %Y}"
            stated = str(stated).capitalize()
            explanation = f"{shown} fell on a {actual} (ISO weekday {day.isoweekday()}), not a {stated}"
            month_inferred = "day_of_month" in claim.attrs.get("fields", {})
            if inferred and month_inferred:
                # The resolver already looked for that day of a month, falling on that weekday, near publication.
                explanation += (f"; the month and year are read from the publication date, and no "
                                f"{ordinal_text(day.day)} within two months of it falls on a {stated}")
            elif inferred:
                # The resolver already tried the years next to publication on the side the tense allows.
                explanation += (f"; the year is read from the publication date, and no year next to it on "
                                f"the side the clause's tense allows puts {day:%B} {day.day} on a {stated}")
            read = "month and year" if month_inferred else "year"
            yield Hit(claim.span, (claim,), {"stated": stated, "date": shown, "actual": actual, "read": read},
                      explanation)


def _year_inferred(claim: Claim) -> bool | None:
    """False for a date written with its year, True for a month and day whose year the resolver chose from
    the publication date (and the month, for "Tuesday the 19th"), None for anything else (a bare weekday is
    anchored to its own weekday and cannot disagree with itself)."""
    anchor = claim.attrs.get("anchor")
    if not anchor and not claim.attrs.get("relative"):
        return False
    fields = claim.attrs.get("fields", {})
    if anchor == "publication" and (("month" in fields and "day" in fields) or "day_of_month" in fields):
        return True  # "Monday May 12", "Tuesday the 19th"
    return None
