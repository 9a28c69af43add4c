"""Readings of expressions relative to a period: "last month", "the next day", "two years ago",
fiscal quarters and the quarter a results story is about."""
from __future__ import annotations

from datetime import date
from typing import Any

import regex

from . import calendar
from .interpret import TIME_UNITS, Reading, _group, _hedge, _position_mod, _relative, _year, _year_shift, part_suffix
from .lexicon import lexicon, normalise
from .periods import _two_figure_year
from .numbers import VAGUE, parse_count


# --- relative periods --------------------------------------------------------------------------------

_REL_STEP = {"the": 0, "this": 0, "current": 0, "the current": 0, "last": -1, "past": -1, "the past": -1, "the last": -1,
             "the latest": -1, "the most recent": -1, "this past": -1, "next": 1, "coming": 1, "the coming": 1, "the next": 1, "this coming": 1}


def rel_unit(match: regex.Match) -> Reading:
    unit = normalise(match.group("relunit"))
    rel = normalise(_group(match, "rel") or "")
    mod = _position_mod(match)
    granularity = "year" if unit in ("fiscal year", "financial year") else unit
    if _group(match, "ended"):  # "the year ended Sept. 30": a fiscal year, counted as a length
        return Reading("DURATION", "P1Y" if granularity == "year" else "P1W", attrs={"unit": granularity})
    if rel == "the same" or (rel == "the" and granularity == "month" and not _group(match, "pos")):
        # "the same month", a bare "the month": the month the story is at, maybe in another year.
        fields = {"year": _year(_group(match, "year"))} if _group(match, "year") else _year_shift(match)
        return _relative(granularity, anchor="reference", shift=(0, granularity), mod=mod, fields=fields)
    if not rel and granularity == "weekend":  # the one before publication in a past-tense clause, else the next
        return _relative(granularity, fields={"weekend": True}, mod=mod)
    if not rel:  # "year-end"
        return _relative(granularity, shift=(0, granularity), mod=mod)
    return _relative(granularity, shift=(_REL_STEP[rel], granularity), mod=mod)


def same_time_another_year(match: regex.Match) -> Reading:
    """ "this time last year": the month of publication a year before; "the same time last year": the month
    the story is at ("July figures ... 179,000 at the same time last year"), a year before."""
    step = 1 if normalise(_group(match, "relyear") or "") == "next" else -1
    anchor = "reference" if normalise(match.group("rel")) == "the same" else "publication"
    return _relative("month", anchor=anchor, shift=(step, "year"))


def ref_unit(match: regex.Match) -> Reading:
    unit = normalise(match.group("relunit"))
    if unit == "date":  # "by that date": the day named last, even a coming one told of in the past
        return _relative("day", anchor="reference", shift=(0, "day"), named_day=True)
    rel = normalise(match.group("refrel"))
    step = 1 if rel in ("next", "following", "after") else -1 if rel in ("previous", "preceding", "prior", "before") else 0
    mod = _position_mod(match)
    if unit in ("morning", "afternoon", "evening", "night"):  # "that night": a time of the story's day
        return _relative("day", anchor="reference", shift=(step, "day"), mod=mod, type_="TIME",
                         suffix=part_suffix(unit))
    return _relative(unit, anchor="reference", shift=(step, unit), mod=mod)


def night(match: regex.Match) -> Reading:
    """ "overnight" is the night of the day the story is at ("After his arrest on Friday, he stayed
    overnight" is Friday night); told before the story names a day, the night just gone. "The middle of
    the night" is the small hours of the story's day, so the night that began the day before. Either way
    the story stays at its day: a clock time after the night is not on the night's first day ("arrested
    overnight ... shot at about 9am", "in the middle of the night ... 3:30 in the morning")."""
    suffix = part_suffix("night")
    step = 0 if normalise(match.group("night")) == "overnight" else -1
    return _relative("day", anchor="reference", shift=(step, "day"), type_="TIME", suffix=suffix,
                     mod=_position_mod(match), before_any_day=-1, keeps_story_day=True)


def in_the_unit(match: regex.Match) -> Reading:
    """ "earlier in the month": the month in discussion, or a part of it. It holds the last date named
    to the day; a month or year named in passing ("founded in 1998") does not move it."""
    unit = normalise(match.group("relunit"))
    return _relative(unit, anchor="reference", shift=(0, "day"), mod=_position_mod(match))


def day_of_event(match: regex.Match) -> Reading:
    """ "(today is) the eighth day of the strike": the day the sentence is said, the publication day."""
    return _relative("day", shift=(0, "day"))


def ago(match: regex.Match) -> Reading | None:
    direction = normalise(match.group("dir"))
    backward = direction in ("ago", "earlier", "before", "back")  # "two years back" is two years ago
    hedge, mod = _hedge(match)
    if _group(match, "vagueunit"):
        return Reading("DATE", "PAST_REF" if backward else "FUTURE_REF")
    count = parse_count(match.group("num"))
    unit = lexicon().units[normalise(match.group("unit"))]
    if count is None:
        return None
    if count is VAGUE:
        return Reading("DATE", "PAST_REF" if backward else "FUTURE_REF", mod, hedge=hedge)
    anchor = "publication" if direction in ("ago", "back", "from now", "hence") else "reference"
    name = {"decade": "year", "century": "year", "millennium": "year", "fortnight": "week"}.get(unit.name, unit.name)
    count *= unit.factor * (2 if unit.name == "fortnight" else 1)
    if _group(match, "half"):
        count += 0.5 * unit.factor
    # "a year and a half ago" is 18 months back: a part of a unit is counted in the next smaller one.
    while count != int(count) and name in _SMALLER:
        name, factor = _SMALLER[name]
        count *= factor
    amount = int(round(count)) * (-1 if backward else 1)
    if name in TIME_UNITS:
        return _relative("day", anchor=anchor, shift=(0, "day"), mod=mod, hedge=hedge)
    reading = _relative(name, anchor=anchor, shift=(amount, name), mod=mod, hedge=hedge)
    if name == "year" and abs(amount) == 1 and backward:
        # "a year ago" in a results story means the same quarter a year before.
        reading.attrs["quarter_context"] = True
    reading.hedge = hedge
    return reading


_SMALLER = {"year": ("month", 12), "month": ("day", 30), "week": ("day", 7), "day": ("hour", 24)}


def quarter(match: regex.Match) -> Reading | None:
    code_letter = _group(match, "qletter")  # "Q1 2013"
    unit = match.group("qunit").lower() if not code_letter else "quarter" if code_letter == "Q" else "half"
    granularity = "quarter" if unit == "quarter" else "half"
    if code_letter:
        number = int(match.group("qnum"))
    else:
        ordinal = normalise(match.group("ord"))
        number = int(ordinal[:-2]) if ordinal[0].isdigit() else lexicon().ordinals.get(ordinal)
    limit = 4 if granularity == "quarter" else 2
    if number is None or number == 0 or number > limit:
        return None
    year_ = _year(_group(match, "year")) or (_two_figure_year(match.group("yy")) if _group(match, "yy") else None)
    relyear = normalise(_group(match, "relyear") or "")
    if number < 0:
        if year_ is None and not relyear:
            return _relative(granularity, shift=(-1, granularity))
        number = limit
    code = ("Q" if granularity == "quarter" else "H") + str(number)
    if year_ is not None:
        return Reading("DATE", f"{year_}-{code}", None,
                       calendar.period_range(granularity, date(year_, (number - 1) * (12 // limit) + 1, 1)))
    fields: dict[str, Any] = {granularity: number}
    if relyear or _group(match, "yearago"):
        fields["year_shift"] = -1 if _group(match, "yearago") else {"last": -1, "this": 0, "next": 1}[relyear]
    elif "fiscal" in match.group().lower():
        fields["year_shift"] = 0  # a fiscal quarter is numbered in the fiscal year, which is not the nearest
    return _relative(granularity, fields=fields, value="XXXX-" + code)


def quarter_ref(match: regex.Match) -> Reading:
    """ "the latest quarter", "the year-ago period", "year-earlier": the quarter being reported on (the last
    one named in the article, else the last complete quarter before publication), or a year before it."""
    rel = normalise(_group(match, "qrel") or "")
    year_ago = bool(_group(match, "yearago")) or rel in ("year ago", "year earlier")
    year_ = _year(_group(match, "year"))
    fields: dict[str, Any] = {"year_shift": -1 if year_ago else 0}
    if year_ is not None:
        fields["year"] = year_
    if rel in ("current", "this") and not year_ago:
        return _relative("quarter", shift=(0, "quarter"))
    if rel in ("next", "coming"):
        return _relative("quarter", shift=(1, "quarter"))
    if rel in ("last", "previous", "past") and not year_ago:
        fields["last_completed"] = True
    # "the latest quarter" of a results story is the quarter it reports: the one in discussion.
    relyear = normalise(_group(match, "relyear") or "")
    if relyear:
        fields["year_shift"] = {"last": -1, "this": 0, "next": 1}[relyear]
    # A bare "year-earlier" is a quarter in a results story, else a year. "The same period" is a quarter
    # only in a story about one; elsewhere it is whatever span was named before ("from 2013 to 2019").
    unsized = rel in ("same", "comparable", "corresponding") and year_ is None
    if unsized and normalise(_group(match, "qunit") or "") == "period":
        fields["unsized"] = True
    granularity = "quarter" if _group(match, "qunit") else "year"
    return _relative(granularity, anchor="quarter", fields=fields)
