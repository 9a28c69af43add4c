"""Turn a grammar match into a TIMEX3 reading.

Absolute expressions get their final value and calendar days here. Relative ones get a value with
X placeholders and, in ``attrs``, what the resolver needs to anchor them (see resolve/__init__.py):
``anchor`` ("publication", "reference" = the last date mentioned before, or "quarter" = the fiscal
quarter in discussion), ``granularity``, ``shift`` [amount, unit], ``fields`` (known calendar
fields) and ``direction`` (which occurrence of a weekday/month: before/after/on_or_before/...).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable

import regex

from ...model import DateRange
from . import calendar
from .lexicon import lexicon, normalise
from .numbers import VAGUE, parse_count, parse_spelled_year


@dataclass(slots=True)
class Reading:
    type: str                      # DATE, TIME, DURATION or SET
    value: str
    mod: str | None = None
    dates: DateRange | None = None
    hedge: str | None = None
    attrs: dict[str, Any] = field(default_factory=dict)


PLACEHOLDER = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
               "quarter": "XXXX-QX", "half": "XXXX-HX", "season": "XXXX-XX", "year": "XXXX",
               "decade": "XXX", "century": "XX"}
BACKWARD = {"last", "past", "previous", "preceding", "prior", "this past", "the past", "the last",
            "the previous", "before", "earlier", "ago"}
FORWARD = {"next", "coming", "following", "this coming", "the coming", "the next", "after", "later",
           "from now", "hence"}
TIME_UNITS = {"hour", "minute", "second"}


def _group(match: regex.Match, name: str) -> str | None:
    try:
        return match.group(name)
    except IndexError:
        return None


def _position_mod(match: regex.Match) -> str | None:
    pos = _group(match, "pos")
    return lexicon().positions.get(normalise(pos)) if pos else None


def _hedge(match: regex.Match) -> tuple[str | None, str | None]:
    hedge = _group(match, "hedge")
    return (normalise(hedge), lexicon().hedges.get(normalise(hedge))) if hedge else (None, None)


def _year(text: str | None) -> int | None:
    return parse_spelled_year(text) if text else None


def _month(match: regex.Match) -> int | None:
    if _group(match, "month"):
        return lexicon().months[match.group("month").lower().rstrip(".")]
    if _group(match, "month_num"):
        return int(match.group("month_num"))
    return None


def _weekday(match: regex.Match) -> tuple[int, str] | None:
    name = _group(match, "weekday")
    if not name:
        return None
    number = lexicon().weekdays[name.lower().rstrip(".")]
    return number, lexicon().weekday_names[number]


def _direction(word: str | None) -> str | None:
    if not word:
        return None
    word = normalise(word)
    if word in BACKWARD:
        return "before"
    if word in FORWARD:
        return "after"
    if word == "this":
        return "this"
    return None


def _relative(granularity: str, *, anchor: str = "publication", shift: tuple[int, str] | None = None,
              fields: dict | None = None, direction: str | None = None, type_: str = "DATE",
              mod: str | None = None, suffix: str = "", value: str | None = None, **extra) -> Reading:
    attrs: dict[str, Any] = {"anchor": anchor, "granularity": granularity, **extra}
    if shift is not None:
        attrs["shift"] = [shift[0], shift[1]]
    if fields:
        attrs["fields"] = fields
    if direction:
        attrs["direction"] = direction
    if suffix:
        attrs["suffix"] = suffix
    return Reading(type_, (value or PLACEHOLDER[granularity]) + suffix, mod, attrs=attrs)


def _absolute(granularity: str, day: date, mod: str | None = None, type_: str = "DATE", **attrs) -> Reading:
    dates = calendar.narrow(calendar.period_range(granularity, day), mod)
    return Reading(type_, calendar.value_of(granularity, day), mod, dates, attrs=attrs)


# --- dates -------------------------------------------------------------------------------------------

def date_(match: regex.Match) -> Reading | None:
    month, day, year = _month(match), int(match.group("day")), _year(_group(match, "year"))
    _, mod = _hedge(match)
    extra = {}
    weekday = _weekday(match)
    if weekday:
        extra["weekday"] = weekday[1]
    if year is not None:
        try:
            when = date(year, month, day)
        except ValueError:
            return None
        reading = _absolute("day", when, **extra)
        reading.mod = mod
        return reading
    if day > calendar.last_day(2000, month):
        return None
    return _relative("day", fields={"month": month, "day": day}, mod=mod,
                     value=f"XXXX-{month:02d}-{day:02d}", **extra)


def month(match: regex.Match) -> Reading:
    number, year = _month(match), _year(_group(match, "year"))
    mod = _position_mod(match)
    if year is not None:
        return _absolute("month", date(year, number, 1), mod)
    fields: dict[str, Any] = {"month": number}
    relyear = _group(match, "relyear")
    if relyear:
        fields["year_shift"] = {"last": -1, "this": 0, "next": 1}[relyear.lower()]
    return _relative("month", fields=fields, direction=_direction(_group(match, "rel")), mod=mod,
                     value=f"XXXX-{number:02d}")


def weekday(match: regex.Match) -> Reading:
    number, name = _weekday(match)
    part = _group(match, "part")
    suffix = "T" + lexicon().parts_of_day[part.lower()] if part else ""
    mod = _position_mod(match)
    rel = normalise(_group(match, "rel") or "")
    # "the previous Friday" is the one before the day the story is at, not before publication.
    anchor = "reference" if rel in ("previous", "following", "preceding") else "publication"
    return _relative("day", anchor=anchor, fields={"weekday": number}, direction=_direction(rel),
                     type_="TIME" if part else "DATE", mod=mod, suffix=suffix, value=f"XXXX-WXX-{number}",
                     weekday=name)


def holiday(match: regex.Match) -> Reading:
    name = " ".join(match.group("holiday").split())
    spec = lexicon().holidays[name.lower()]
    year = _year(_group(match, "year"))
    if year is not None:
        return _absolute("day", calendar.holiday_date(spec, year), holiday=name)
    return _relative("day", fields={"holiday": name}, direction=_direction(_group(match, "rel")), holiday=name)


def relday(match: regex.Match) -> Reading:
    word = normalise(match.group("relday"))
    offset = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "last": -1, "overnight": 0,
              "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2}[word]
    part = _group(match, "part")
    if word == "tonight":
        part = "night"
    if word == "overnight":
        part = "overnight"
    mod = _position_mod(match)
    if part:
        return _relative("day", shift=(offset, "day"), type_="TIME",
                         suffix="T" + lexicon().parts_of_day[part.lower()], mod=mod)
    return _relative("day", shift=(offset, "day"), mod=mod)


def time(match: regex.Match) -> Reading:
    clock = _group(match, "clockword")
    if clock:
        hhmm = lexicon().clock_words[clock.lower()]
    else:
        hour = int(match.group("hour"))
        minute = int(_group(match, "minute") or 0)
        ampm = (_group(match, "ampm") or "").lower().replace(".", "").replace(" ", "")
        part = (_group(match, "part") or "").lower()
        if (ampm == "pm" or part in ("afternoon", "evening") or (part == "night" and hour > 5)) and hour < 12:
            hour += 12
        if ampm == "am" and hour == 12:
            hour = 0
        hhmm = f"{hour:02d}:{minute:02d}"
    suffix = "T" + hhmm
    _, mod = _hedge(match)
    weekday_ = _weekday(match)
    if weekday_:
        return _relative("day", fields={"weekday": weekday_[0]}, type_="TIME", suffix=suffix, mod=mod,
                         weekday=weekday_[1])
    if _group(match, "month"):
        return _relative("day", fields={"month": _month(match), "day": int(match.group("day"))},
                         type_="TIME", suffix=suffix, mod=mod)
    relday_ = _group(match, "relday")
    if relday_:
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[relday_.lower()]
        return _relative("day", shift=(offset, "day"), type_="TIME", suffix=suffix, mod=mod)
    return _relative("day", anchor="reference", shift=(0, "day"), type_="TIME", suffix=suffix, mod=mod)


def year(match: regex.Match) -> Reading | None:
    number = _year(match.group("year"))
    if number is None:
        return None
    mod = _position_mod(match)
    word = normalise(_group(match, "yearword") or "")
    opened = normalise(_group(match, "open") or "")
    if word.startswith("post"):
        mod = "AFTER"
    elif word.startswith("pre"):
        mod = "BEFORE"
    if opened:
        mod = "ON_OR_AFTER" if opened in ("and beyond", "or later", "onward", "onwards") else "ON_OR_BEFORE"
    extra = {"fiscal": True} if word.startswith("fiscal") else {}
    return _absolute("year", date(number, 1, 1), mod, **extra)


def decade(match: regex.Match) -> Reading:
    mod = _position_mod(match)
    if _group(match, "decade"):
        first = int(match.group("decade"))
    elif _group(match, "decade2"):
        tens = int(match.group("decade2"))
        first = (1900 if tens >= 20 else 2000) + tens
    else:
        words = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]
        first = 1920 + 10 * words.index(match.group("decade_word").lower())
    return _absolute("decade", date(first, 1, 1), mod)


def century(match: regex.Match) -> Reading:
    mod = _position_mod(match)
    rel = _group(match, "rel")
    ordinal = _group(match, "ord")
    number = int(match.group("century_num")) if _group(match, "century_num") else None
    if ordinal:
        ordinal = normalise(ordinal)
        number = int(ordinal[:-2]) if ordinal[0].isdigit() else lexicon().ordinals[ordinal]
    if number is None or number < 0:
        step = -1 if number is not None else {"this": 0, "current": 0, "next": 1}.get(rel.lower(), -1)
        return _relative("century", shift=(step, "century"), mod=mod)
    if not 1 <= number <= 21:
        return None
    return _absolute("century", date((number - 1) * 100 or 1, 1, 1), mod)


def season(match: regex.Match) -> Reading | None:
    code = lexicon().seasons[match.group("season").lower()]
    rel = normalise(_group(match, "rel") or "")
    mod = _position_mod(match)
    number = _year(_group(match, "year"))
    if number is not None:
        return Reading("DATE", f"{number}-{code}", mod,
                       calendar.narrow(calendar.period_range("season", date(number, calendar.SEASON_MONTHS[code][0], 1)), mod))
    if not rel and not mod:
        return None  # a bare "fall" is a verb as often as a season
    return _relative("season", fields={"season": code}, direction=_direction(rel), mod=mod, value="XXXX-" + code)


# --- relative periods --------------------------------------------------------------------------------

_REL_STEP = {"the": 0, "this": 0, "current": 0, "the current": 0, "last": -1, "past": -1, "the past": -1, "the last": -1,
             "this past": -1, "next": 1, "coming": 1, "the coming": 1, "the next": 1, "this coming": 1}


def rel_unit(match: regex.Match) -> Reading:
    unit = normalise(match.group("relunit"))
    rel = normalise(_group(match, "rel") or "")
    mod = _position_mod(match)
    granularity = "year" if unit == "fiscal year" else unit
    if _group(match, "ended"):  # "the year ended Sept. 30": a fiscal year, counted as a length
        return Reading("DURATION", "P1Y" if granularity == "year" else "P1W", attrs={"unit": granularity})
    if rel == "the same":
        return _relative(granularity, anchor="reference", shift=(0, granularity), mod=mod)
    if not rel and granularity == "weekend":  # the one before publication in a past-tense clause, else the next
        return _relative(granularity, fields={"weekend": True}, mod=mod)
    if not rel:  # "year-end"
        return _relative(granularity, shift=(0, granularity), mod=mod)
    return _relative(granularity, shift=(_REL_STEP[rel], granularity), mod=mod)


def ref_unit(match: regex.Match) -> Reading:
    unit = normalise(match.group("relunit"))
    rel = normalise(match.group("refrel"))
    step = 1 if rel in ("next", "following", "after") else -1 if rel in ("previous", "preceding", "prior", "before") else 0
    mod = _position_mod(match)
    if unit in ("morning", "afternoon", "evening", "night"):
        return _relative("day", anchor="reference", shift=(step, "day"), mod=mod)
    return _relative(unit, anchor="reference", shift=(step, unit), mod=mod)


def ago(match: regex.Match) -> Reading | None:
    direction = normalise(match.group("dir"))
    backward = direction in ("ago", "earlier", "before")
    hedge, mod = _hedge(match)
    if _group(match, "vagueunit"):
        return Reading("DATE", "PAST_REF" if backward else "FUTURE_REF")
    count = parse_count(match.group("num"))
    unit = lexicon().units[normalise(match.group("unit"))]
    if count is None:
        return None
    if count is VAGUE:
        return Reading("DATE", "PAST_REF" if backward else "FUTURE_REF", mod, hedge=hedge)
    anchor = "publication" if direction in ("ago", "from now", "hence") else "reference"
    amount = int(round(count * unit.factor)) * (-1 if backward else 1)
    name = {"decade": "year", "century": "year", "millennium": "year", "fortnight": "week"}.get(unit.name, unit.name)
    if unit.name == "fortnight":
        amount *= 2
    if name in TIME_UNITS:
        return _relative("day", anchor=anchor, shift=(0, "day"), mod=mod, hedge=hedge)
    reading = _relative(name, anchor=anchor, shift=(amount, name), mod=mod, hedge=hedge)
    if name == "year" and abs(amount) == 1 and backward:
        # "a year ago" in a results story means the same quarter a year before.
        reading.attrs["quarter_context"] = True
    reading.hedge = hedge
    return reading


def quarter(match: regex.Match) -> Reading | None:
    unit = match.group("qunit").lower()
    granularity = "quarter" if unit == "quarter" else "half"
    ordinal = normalise(match.group("ord"))
    number = int(ordinal[:-2]) if ordinal[0].isdigit() else lexicon().ordinals.get(ordinal)
    limit = 4 if granularity == "quarter" else 2
    if number is None or number == 0 or number > limit:
        return None
    year_ = _year(_group(match, "year"))
    relyear = normalise(_group(match, "relyear") or "")
    if number < 0:
        if year_ is None and not relyear:
            return _relative(granularity, shift=(-1, granularity))
        number = limit
    code = ("Q" if granularity == "quarter" else "H") + str(number)
    if year_ is not None:
        return Reading("DATE", f"{year_}-{code}", None,
                       calendar.period_range(granularity, date(year_, (number - 1) * (12 // limit) + 1, 1)))
    shift_years = {"last": -1, "this": 0, "next": 1}.get(relyear, 0)
    if _group(match, "yearago"):
        shift_years = -1
    return _relative(granularity, fields={granularity: number, "year_shift": shift_years}, value="XXXX-" + code)


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
    if rel in ("latest", "last", "previous", "past", "recent") and not year_ago:
        fields["latest"] = True
    relyear = normalise(_group(match, "relyear") or "")
    if relyear:
        fields["year_shift"] = {"last": -1, "this": 0, "next": 1}[relyear]
    # A bare "year-earlier" is a quarter in a results story, else a year.
    granularity = "quarter" if _group(match, "qunit") else "year"
    return _relative(granularity, anchor="quarter", fields=fields)


# --- durations and sets ------------------------------------------------------------------------------

def _iso_amount(amount: float, iso: str) -> str:
    time_unit = iso.startswith("T")
    letter = iso[-1]
    if amount == int(amount):
        return ("PT" if time_unit else "P") + f"{int(amount)}{letter}"
    whole, part = int(amount), amount - int(amount)
    smaller = {"Y": (12, "M", False), "M": None, "W": (7, "D", False), "D": (24, "H", True),
               "H": (60, "M", True), "M_time": (60, "S", True)}
    key = "M_time" if (letter == "M" and time_unit) else letter
    step = smaller.get(key)
    if step and float(part * step[0]).is_integer():
        factor, small, small_is_time = step
        head = f"{whole}{letter}" if whole else ""
        if time_unit:
            return f"PT{head}{int(part * factor)}{small}"
        if small_is_time:
            return f"P{head}T{int(part * factor)}{small}"
        return f"P{head}{int(part * factor)}{small}"
    return ("PT" if time_unit else "P") + f"{amount:g}{letter}"


def duration(match: regex.Match) -> Reading | None:
    count = parse_count(match.group("num"))
    if count is None:
        return None
    unit = lexicon().units[normalise(match.group("unit"))]
    if unit.name == "quarter" and "-quarter" in match.group(0).lower():
        return None  # "three-quarters" is a fraction
    if match.group(0).lower().endswith("and a half") and count is not VAGUE:
        count += 0.5
    hedge, mod = _hedge(match)
    span = normalise(_group(match, "span") or "")
    attrs: dict[str, Any] = {"unit": unit.name}
    if span:
        attrs["relation"] = "past" if span in ("past", "last", "previous", "preceding") else (
            "future" if span in ("next", "coming", "following", "remaining", "ensuing") else span)
    low = _group(match, "num_lo")
    if count is VAGUE or low:
        value = ("PTX" if unit.iso.startswith("T") else "PX") + unit.vague_iso[-1]
        if low:
            low_count = parse_count(low)
            if isinstance(low_count, float) and count is not VAGUE:
                attrs["days_min"] = low_count * unit.factor * unit.days[0]
                attrs["days_max"] = count * unit.factor * unit.days[1]
        return Reading("DURATION", value, mod, hedge=hedge, attrs=attrs)
    amount = count * unit.factor
    low_days, high_days = count * unit.days[0], count * unit.days[1]
    attrs.update(amount=count, days=(low_days + high_days) / 2, days_min=low_days, days_max=high_days)
    if unit.name == "fortnight":
        amount = count * 2
    return Reading("DURATION", _iso_amount(amount, unit.iso), mod, hedge=hedge, attrs=attrs)


def vague_duration(match: regex.Match) -> Reading:
    units = normalise(match.group("units"))
    qualifier = normalise(_group(match, "vq") or "")
    unit = lexicon().units[units]
    if qualifier in ("past", "last", "previous") or (qualifier == "recent" and unit.name == "year"):
        return Reading("DATE", "PAST_REF")
    value = ("PTX" if unit.iso.startswith("T") else "PX") + unit.vague_iso[-1]
    return Reading("DURATION", value, attrs={"unit": unit.name})


def vague_ref(match: regex.Match) -> Reading:
    return Reading("DATE", lexicon().references[normalise(match.group("ref"))])


def set_(match: regex.Match) -> Reading:
    lex = lexicon()
    if _group(match, "setadv"):
        return Reading("SET", lex.set_adverbs[normalise(match.group("setadv"))])
    weekday_ = _weekday(match)
    part = _group(match, "part")
    part_code = "T" + lex.parts_of_day[part.lower()] if part else ""
    if weekday_:
        return Reading("SET", f"XXXX-WXX-{weekday_[0]}{part_code}")
    if _group(match, "month"):
        return Reading("SET", f"XXXX-{_month(match):02d}")
    if _group(match, "season"):
        return Reading("SET", "XXXX-" + lex.seasons[match.group("season").lower()])
    if part:
        return Reading("SET", "XXXX-XX-XX" + part_code)
    if _group(match, "num") and _group(match, "unit"):  # "every four years"
        count = parse_count(match.group("num"))
        unit_ = lex.units[normalise(match.group("unit"))]
        if isinstance(count, float):
            return Reading("SET", _iso_amount(count * unit_.factor, unit_.iso))
        return Reading("SET", ("PTX" if unit_.iso.startswith("T") else "PX") + unit_.vague_iso[-1])
    unit = match.group("setunit").lower()
    iso = {"day": "P1D", "week": "P1W", "month": "P1M", "quarter": "P1Q", "year": "P1Y", "hour": "PT1H",
           "minute": "PT1M", "decade": "P10Y", "weekend": "P1WE"}[unit]
    attrs = {}
    times = _group(match, "times")
    if times:
        attrs["frequency"] = {"once": 1, "twice": 2}.get(times.lower().split()[0], None) or parse_count(times.split()[0])
    return Reading("SET", iso, attrs=attrs)


HANDLERS: dict[str, Callable[[regex.Match], Reading | None]] = {
    "date": date_, "month": month, "weekday": weekday, "holiday": holiday, "relday": relday, "time": time,
    "year": year, "decade": decade, "century": century, "season": season, "rel_unit": rel_unit,
    "ref_unit": ref_unit, "ago": ago, "quarter": quarter, "quarter_ref": quarter_ref, "duration": duration,
    "vague_duration": vague_duration, "vague_ref": vague_ref, "set": set_,
}
