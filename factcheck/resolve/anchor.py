"""Anchor one relative temporal claim: compute the period it names from the publication date (or the
date last mentioned before it) and give its TIMEX3 value and calendar days.

What the parser leaves in ``claim.attrs`` (see extract/timex/interpret.py):
  anchor       "publication" | "reference" | "quarter"
  granularity  day | week | weekend | month | quarter | half | season | year | decade | century
  shift        [amount, unit]: "last month" = [-1, "month"]
  fields       known calendar fields: month, day, weekday (1 = Monday), season, quarter, half,
               holiday, year, year_shift
  direction    before | after | this (from "last"/"next"/"this"); otherwise the clause tense decides:
               past -> on or before the anchor, future -> on or after, present -> the nearest
  suffix       a time of day appended to a day value ("T10:35", "TMO")
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from ..extract.timex import calendar
from ..extract.timex.lexicon import lexicon
from ..model import Claim, DateRange, Timex


@dataclass
class Context:
    """What the resolver remembers while reading an article in order."""

    published: date
    last_day: date | None = None           # the last day-precise date mentioned
    last_quarter: tuple[int, int] | None = None  # (year, quarter) of the last fiscal quarter mentioned
    seen: list = field(default_factory=list)

    @property
    def reference(self) -> date:
        return self.last_day or self.published

    def default_quarter(self) -> tuple[int, int]:
        """The quarter a results story reports on: the last one completed before publication."""
        quarter = (self.published.month - 1) // 3 + 1
        return (self.published.year, quarter - 1) if quarter > 1 else (self.published.year - 1, 4)


def _tense_direction(claim: Claim) -> str:
    return {"past": "on_or_before", "future": "on_or_after"}.get(claim.attrs.get("tense"), "nearest")


def _pick(candidates: list[date], anchor: date, direction: str) -> date:
    """The candidate date a direction selects relative to ``anchor`` (candidates sorted)."""
    if direction == "before":
        return max(c for c in candidates if c < anchor)
    if direction == "after":
        return min(c for c in candidates if c > anchor)
    if direction == "on_or_before":
        return max(c for c in candidates if c <= anchor)
    if direction == "on_or_after":
        return min(c for c in candidates if c >= anchor)
    return min(candidates, key=lambda c: (abs((c - anchor).days), c > anchor))


def _weekday(anchor: date, weekday: int, direction: str) -> date:
    candidates = [anchor + timedelta(days=offset) for offset in range(-14, 15)]
    candidates = [c for c in candidates if c.isoweekday() == weekday]
    if direction == "this":
        return anchor - timedelta(days=anchor.weekday()) + timedelta(days=weekday - 1)
    return _pick(candidates, anchor, direction)


def _yearly(anchor: date, make, direction: str) -> date | None:
    """An annual date (month-day, month start, holiday) chosen around ``anchor``."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(make(year))
        except ValueError:
            continue
    if direction == "this":
        return next((c for c in candidates if c.year == anchor.year), None)
    try:
        return _pick(candidates, anchor, direction)
    except ValueError:
        return None


def resolve_claim(claim: Claim, context: Context) -> Claim:
    attrs = claim.attrs
    granularity = attrs["granularity"]
    anchor_kind = attrs["anchor"]
    fields = attrs.get("fields", {})
    direction = attrs.get("direction") or _tense_direction(claim)
    base = context.reference if anchor_kind == "reference" else context.published
    day: date | None = None
    if anchor_kind == "quarter":
        return _resolve_quarter(claim, context)
    if "shift" in attrs:
        amount, unit = attrs["shift"]
        if unit == "weekend":
            unit = "week"
        day = calendar.shift(base, amount, unit)
        if granularity == "weekend":
            day = day - timedelta(days=day.weekday()) + timedelta(days=5)
    elif "weekday" in fields:
        day = _weekday(base, fields["weekday"], direction)
    elif "holiday" in fields:
        spec = lexicon().holidays[fields["holiday"].lower()]
        day = _yearly(base, lambda y: calendar.holiday_date(spec, y), direction)
    elif "day" in fields:
        day = _yearly(base, lambda y: date(y, fields["month"], fields["day"]), direction)
    elif granularity == "month" and "month" in fields:
        if "year_shift" in fields:
            day = date(base.year + fields["year_shift"], fields["month"], 1)
        else:
            month_base = base.replace(day=1)
            day = _yearly(month_base, lambda y: date(y, fields["month"], 1), direction)
    elif granularity in ("quarter", "half") and granularity in fields:
        months = 3 if granularity == "quarter" else 6
        day = date(base.year + fields.get("year_shift", 0), (fields[granularity] - 1) * months + 1, 1)
    elif granularity == "season":
        day = _season(base, fields["season"], direction)
    elif granularity == "weekend":
        monday = base - timedelta(days=base.weekday())
        saturday = monday + timedelta(days=5)
        if direction in ("on_or_before", "before") and base < saturday:
            saturday -= timedelta(days=7)
        day = saturday
    if day is None:
        return claim
    value = calendar.value_of(granularity, day) + attrs.get("suffix", "")
    dates = calendar.narrow(calendar.period_range(granularity, day), claim.timex.mod)
    return claim.with_(value=value, timex=Timex(claim.timex.type, value, claim.timex.mod), dates=dates)


def _season(base: date, season: str, direction: str) -> date:
    first_month = calendar.SEASON_MONTHS[season][0]
    candidates = [date(year, first_month, 1) for year in (base.year - 2, base.year - 1, base.year, base.year + 1)]
    current = calendar.season_of(base)
    if direction == "this":
        return date(current[0] if season == "WI" else base.year, first_month, 1)
    this_one = max(c for c in candidates if c <= base) if direction != "after" else None
    if direction == "before":
        # "last fall": the most recent fall that is not the season we are in.
        earlier = [c for c in candidates if c <= base and calendar.season_of(c) != current]
        return max(earlier)
    if direction == "after":
        return min(c for c in candidates if c > base)
    return this_one if direction in ("on_or_before", "nearest") else min(c for c in candidates if c >= base)


def _resolve_quarter(claim: Claim, context: Context) -> Claim:
    fields = claim.attrs.get("fields", {})
    year, quarter = context.last_quarter or context.default_quarter()
    if "year" in fields:
        year = fields["year"]
    year += fields.get("year_shift", 0)
    if claim.attrs["granularity"] == "year" or (claim.attrs.get("quarter_context") and context.last_quarter is None):
        value = f"{year:04d}"
        dates = DateRange(date(year, 1, 1), date(year, 12, 31))
    else:
        value = f"{year:04d}-Q{quarter}"
        dates = calendar.period_range("quarter", date(year, quarter * 3 - 2, 1))
    return claim.with_(value=value, timex=Timex(claim.timex.type, value, claim.timex.mod), dates=dates)
