"""Calendar arithmetic shared by the parser (absolute dates) and the resolver (relative ones).

A period is named by its granularity and its fields, e.g. ("month", year=2020, month=9). From it
come the TIMEX3 value ("2020-09") and the calendar days it covers, narrowed by a mod ("late" = END).
"""
from __future__ import annotations

import calendar as _calendar
from datetime import date, timedelta

from ...model import DateRange

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}  # winter runs into the next year
SEASON_ORDER = ["WI", "SP", "SU", "FA"]


def last_day(year: int, month: int) -> int:
    return _calendar.monthrange(year, month)[1]


def nth_day(year: int, month: int, nth: int) -> date:
    """The ``nth`` day of a month, counted from its end when ``nth`` is negative ("the penultimate day"
    is -2); ValueError when the month has no such day."""
    return date(year, month, nth if nth > 0 else last_day(year, month) + 1 + nth)


def nth_weekday(year: int, month: int, nth: int, weekday: int) -> date:
    """The ``nth`` ISO ``weekday`` (1 = Monday) of a month, counted from its end when ``nth`` is
    negative; ValueError when the month has no such day (a fifth Monday)."""
    if nth > 0:
        first = date(year, month, 1)
        day = 1 + (weekday - first.isoweekday()) % 7 + 7 * (nth - 1)
    else:
        last = date(year, month, last_day(year, month))
        day = last.day - (last.isoweekday() - weekday) % 7 + 7 * (nth + 1)
    return date(year, month, day)  # raises ValueError past the month's end or before its start


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, last_day(year, month + 1)))


def shift(day: date, amount: int, unit: str) -> date:
    """``day`` moved by ``amount`` units (day, week, month, quarter, year, decade, century)."""
    if unit == "day":
        return day + timedelta(days=amount)
    if unit in ("week", "weekend"):
        return day + timedelta(weeks=amount)
    factor = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}[unit]
    return add_months(day, amount * factor)


def season_of(day: date) -> tuple[int, str]:
    """The (year, season) a day lies in; January and February belong to the previous year's winter."""
    if day.month in (12, 1, 2):
        return (day.year if day.month == 12 else day.year - 1), "WI"
    return day.year, {3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(day.month, "FA")


def easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the algorithm's own name
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


def holiday_date(spec: dict, year: int) -> date:
    if "easter" in spec:
        return easter(year) + timedelta(days=spec["easter"])
    if "day" in spec:
        return date(year, spec["month"], spec["day"])
    weekday = spec["weekday"] - 1
    if "after_monday" in spec:  # US Election Day: the Tuesday after the first Monday of November
        first = date(year, spec["month"], 1)
        monday = first + timedelta(days=(0 - first.weekday()) % 7)
        return monday + timedelta(days=1)
    nth = spec["nth"]
    if nth > 0:
        first = date(year, spec["month"], 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = date(year, spec["month"], last_day(year, spec["month"]))
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def value_of(granularity: str, day: date, fields: dict | None = None) -> str:
    """The TIMEX3 value of the period of ``granularity`` that contains ``day``."""
    fields = fields or {}
    if granularity == "day":
        return day.isoformat()
    if granularity in ("week", "weekend"):
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}" + ("-WE" if granularity == "weekend" else "")
    if granularity == "month":
        return f"{day.year}-{day.month:02d}"
    if granularity == "quarter":
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    if granularity == "half":
        return f"{day.year}-H{(day.month - 1) // 6 + 1}"
    if granularity == "season":
        year, season = season_of(day)
        return f"{year}-{season}"
    if granularity == "year":
        return f"{day.year:04d}"
    if granularity == "decade":
        return f"{day.year // 10:03d}"
    if granularity == "century":
        return f"{day.year // 100:02d}"
    raise ValueError(f"unknown granularity {granularity}")


def period_range(granularity: str, day: date) -> DateRange:
    """Calendar days of the period of ``granularity`` containing ``day``."""
    if granularity == "day":
        return DateRange(day, day)
    if granularity in ("week", "weekend"):
        monday = day - timedelta(days=day.weekday())
        start = monday + timedelta(days=5) if granularity == "weekend" else monday
        return DateRange(start, monday + timedelta(days=6))
    if granularity in ("month", "quarter", "half"):
        months = {"month": 1, "quarter": 3, "half": 6}[granularity]
        first_month = (day.month - 1) // months * months + 1
        last_month = first_month + months - 1
        return DateRange(date(day.year, first_month, 1), date(day.year, last_month, last_day(day.year, last_month)))
    if granularity == "season":
        year, season = season_of(day)
        first, last = SEASON_MONTHS[season]
        end_year, end_month = (year + 1, last - 12) if last > 12 else (year, last)
        return DateRange(date(year, first, 1), date(end_year, end_month, last_day(end_year, end_month)))
    span = {"year": 1, "decade": 10, "century": 100}[granularity]
    first_year = day.year // span * span
    return DateRange(date(first_year, 1, 1), date(first_year + span - 1, 12, 31))


def narrow(days: DateRange, mod: str | None) -> DateRange:
    """The part of ``days`` a position mod picks: START/MID/END are the first, middle and last third
    (by days: "late September" = 21..30, "early 2021" = January to April)."""
    if mod not in ("START", "MID", "END") or days.days < 3:
        return days
    whole_month = days.start.day == 1 and days.end.day == last_day(days.end.year, days.end.month)
    if days.end.month != days.start.month or days.end.year != days.start.year or not whole_month:
        # thirds of the days; a week too ("late this week" is its last two days or three)
        total = days.days
        third = total // 3
        if mod == "START":
            return DateRange(days.start, days.start + timedelta(days=third - 1))
        if mod == "MID":
            return DateRange(days.start + timedelta(days=third), days.end - timedelta(days=third))
        return DateRange(days.end - timedelta(days=third - 1), days.end)
    # Inside one month the news convention is by day of month: 1-10, 11-20, 21-end.
    start, end = {"START": (1, 10), "MID": (11, 20), "END": (21, days.end.day)}[mod]
    return DateRange(days.start.replace(day=max(start, days.start.day)), days.start.replace(day=min(end, days.end.day)))
