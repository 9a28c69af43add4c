"""Readings of a part of a named month, year or week: "the first week of April", "the final days of October",
"the second half of the month", "the penultimate day of September", "the last day of 2019", "the 15th of
this month", "Thursday last week"."""
from __future__ import annotations

from datetime import date

import regex

from . import calendar
from .interpret import Reading, _absolute, _group, _month, _relative, _weekday, _year
from .lexicon import lexicon, normalise

_STEP = {"the": 0, "this": 0, "last": -1, "next": 1}


def _position(match: regex.Match) -> int | None:
    """The ordinal of the part: 1 for "first", -1 for "last"/"final", -2 for "penultimate"."""
    if _group(match, "penult"):
        return -2
    word = normalise(match.group("ord"))
    return int(word[:-2]) if word[0].isdigit() else lexicon().ordinals.get(word)


def _mod(unit: str, position: int) -> str | None:
    """A week, the days or a half of a period as the TIMEX3 mod of the period: the first ones are its
    START, the last ones its END, the weeks between its middle."""
    if position == 1:
        return "START"
    if position < 0 or (unit == "half" and position == 2) or (unit.startswith("week") and position >= 4):
        return "END"
    if unit.startswith("week") and position in (2, 3):
        return "MID"
    return None


def part_of_period(match: regex.Match) -> Reading | None:
    position = _position(match)
    unit = normalise(match.group("partunit"))
    if position is None or position == 0:
        return None
    month, year = _month(match), _year(_group(match, "year"))
    relunit = normalise(_group(match, "relunit") or "")
    if unit == "day":
        return _day(match, position, month, year, relunit)
    mod = _mod(unit, position)
    if unit == "half" and position > 2:
        return None
    if year is not None:
        return _absolute("month" if month else "year", date(year, month or 1, 1), mod)
    if month:
        return _relative("month", fields={"month": month}, mod=mod, value=f"XXXX-{month:02d}")
    return _relative_period(match, relunit, mod)


def _relative_period(match: regex.Match, unit: str, mod: str | None) -> Reading:
    rel = normalise(match.group("rel"))
    if rel == "the":  # "the second half of the month": the month of the last date named
        return _relative(unit, anchor="reference", shift=(0, "day"), mod=mod)
    return _relative(unit, shift=(_STEP[rel], unit), mod=mod)


def _day(match: regex.Match, position: int, month: int | None, year: int | None, relunit: str) -> Reading | None:
    """ "the penultimate day of September": that day, counted from the end when the ordinal is negative."""
    if relunit:  # "the last day of the month": the resolver finds the month, then the day
        return _day_of_found_period(match, relunit, position)
    if year is not None:
        if month is None:  # "the last day of 2019": a day of the year's last month, or of its first
            month = 1 if position > 0 else 12
        try:
            return _absolute("day", calendar.nth_day(year, month, position))
        except ValueError:
            return None
    if month is None or position > calendar.last_day(2000, month):
        return None
    value = f"XXXX-{month:02d}-{position:02d}" if position > 0 else f"XXXX-{month:02d}-XX"
    return _relative("day", fields={"month": month, "day": position}, value=value)


def weekday_of_month(match: regex.Match) -> Reading | None:
    """ "the second Sunday of May": that Sunday, in the year a month-day date would be in."""
    position = _position(match)
    weekday, _ = _weekday(match)
    month, year = _month(match), _year(_group(match, "year"))
    if _group(match, "relunit"):  # "the last Friday of the month": the resolver finds the month first
        reading = _relative_period(match, "month", None)
        reading.attrs.setdefault("fields", {})["weekday_of_period"] = [position, weekday]
        reading.value = "XXXX-XX-XX"
        return reading
    if year is not None:
        return _absolute("day", calendar.nth_weekday(year, month, position, weekday))
    return _relative("day", fields={"month": month, "weekday_of_month": [position, weekday]},
                     value=f"XXXX-{month:02d}-XX")


def day_of_month(match: regex.Match) -> Reading:
    """ "the 15th of this month", "the 3 of next month": that day of the month found."""
    return _day_of_found_period(match, "month", int(regex.match(r"\d+", match.group("nth")).group()))


def _day_of_found_period(match: regex.Match, unit: str, position: int) -> Reading:
    """One day of a period the resolver finds first ("this month", "the year"), counted from its end when
    ``position`` is negative."""
    reading = _relative_period(match, unit, None)
    reading.attrs.setdefault("fields", {})["day_of_period"] = position
    reading.value = "XXXX-XX-XX"
    return reading


def weekday_of_week(match: regex.Match) -> Reading:
    """ "Thursday last week", "Tuesday of next week": that weekday of the week found."""
    number, _ = _weekday(match)
    step = _STEP[normalise(match.group("wrel"))]
    return _relative("week", shift=(step, "week"), fields={"weekday_of_week": number}, value=f"XXXX-WXX-{number}")
