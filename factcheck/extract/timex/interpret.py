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
from typing import Any

import regex

from ...model import DateRange
from . import calendar
from .lexicon import lexicon, normalise
from .numbers import parse_spelled_year


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


def part_suffix(part: str | None) -> str:
    """The TIMEX3 suffix of a part of the day ("morning" -> "TMO"); "" for none."""
    return "T" + lexicon().parts_of_day[part.lower()] if part else ""


def _day_part(match: regex.Match, group: str = "part") -> str | None:
    """The part of the day a match names: its word, or the morning for "the early hours (of)"."""
    return _group(match, group) or ("morning" if _group(match, "small") else None)


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


def _day(match: regex.Match) -> int:
    word = _group(match, "dayword")
    return lexicon().ordinals[normalise(word)] if word else int(match.group("day"))


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
    month, day, year = _month(match), _day(match), _year(_group(match, "year"))
    _, mod = _hedge(match)
    mod = mod or _position_mod(match)  # "the early morning hours of October 8"
    extra = {}
    weekday = _weekday(match)
    if weekday:
        extra["weekday"] = weekday[1]
    granularity = "week" if _group(match, "weekof") else "day"  # "the week of March 6"
    part = _day_part(match, "dpart")  # "the morning of March 17": a time of that day
    suffix = part_suffix(part)
    if year is not None:
        try:
            when = date(year, month, day)
        except ValueError:
            return None
        reading = _absolute(granularity, when, type_="TIME" if part else "DATE", **extra)
        reading.mod = mod
        reading.value += suffix
        return reading
    if day > calendar.last_day(2000, month):
        return None
    direction = _direction(_group(match, "rel"))  # "last Friday, Oct. 23"
    if direction is None and _closes_past_period(match):
        direction = "on_or_before"  # "the fiscal year ended Jan. 31"
    fields = {"month": month, "day": day, **_year_shift(match)}
    return _relative(granularity, fields=fields, mod=mod, direction=direction, type_="TIME" if part else "DATE",
                     suffix=suffix, value="XXXX-WXX" if granularity == "week" else f"XXXX-{month:02d}-{day:02d}",
                     **extra)


_WORD_BEFORE = regex.compile(r"([\w'’]+)\s{1,2}$")


def _closes_past_period(match: regex.Match) -> bool:
    before = _WORD_BEFORE.search(match.string, max(0, match.start() - 16), match.start())
    return before is not None and before.group(1).lower() in lexicon().raw["closes_past_period"]


def _year_shift(match: regex.Match) -> dict[str, int]:
    """ "January this year", "September 20 of last year": the year counted from publication."""
    relyear = _group(match, "relyear")
    return {"year_shift": {"last": -1, "this": 0, "next": 1}[relyear.lower()]} if relyear else {}


def month(match: regex.Match) -> Reading:
    number, year = _month(match), _year(_group(match, "year"))
    mod = _position_mod(match)
    if year is not None:
        return _absolute("month", date(year, number, 1), mod)
    fields: dict[str, Any] = {"month": number, **_year_shift(match)}
    rel = normalise(_group(match, "rel") or "")
    # "That September" is the one of the year the story is at, not the one nearest publication.
    anchor = "reference" if rel == "that" else "publication"
    direction = _direction(rel)
    if direction is None and _closes_past_period(match):
        direction = "on_or_before"  # "since March"
    return _relative("month", anchor=anchor, fields=fields, direction=direction, mod=mod,
                     value=f"XXXX-{number:02d}")


def weekday(match: regex.Match) -> Reading:
    number, name = _weekday(match)
    part = _day_part(match)
    suffix = part_suffix(part)
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
    granularity = "week" if _group(match, "holweek") else "day"
    if year is not None:
        return _absolute(granularity, calendar.holiday_date(spec, year), holiday=name)
    return _relative(granularity, fields={"holiday": name}, direction=_direction(_group(match, "rel")), holiday=name,
                     value="XXXX-WXX" if granularity == "week" else None)


def event_day(match: regex.Match) -> Reading:
    """ "the September 11 attacks": the day the event named it, in its one year."""
    entry = lexicon().event_days[normalise(match.group("eventday"))]
    return _absolute("day", date.fromisoformat(entry["date"]))


def relday(match: regex.Match) -> Reading:
    if not _group(match, "relday"):  # "in the morning": the day the story is at
        return _relative("day", anchor="reference", shift=(0, "day"), type_="TIME",
                         suffix=part_suffix(_day_part(match)), mod=_position_mod(match))
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
        return _relative("day", shift=(offset, "day"), type_="TIME", suffix=part_suffix(part), mod=mod)
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
        hour, minute = _with_fraction(match, hour, minute)
        hhmm = f"{hour:02d}:{minute:02d}"
        if _group(match, "second"):
            hhmm += ":" + match.group("second")
    suffix = "T" + hhmm
    _, mod = _hedge(match)
    weekday_ = _weekday(match)
    if weekday_:
        return _relative("day", fields={"weekday": weekday_[0]}, type_="TIME", suffix=suffix, mod=mod,
                         weekday=weekday_[1])
    month_ = _month(match)
    if month_:
        year_ = _year(_group(match, "year"))
        if year_ is not None:  # "5:03 AM, February 10, 2019", "2020-03-03T10:00Z"
            try:
                day = date(year_, month_, int(match.group("day")))
            except ValueError:
                return None
            return Reading("TIME", calendar.value_of("day", day) + suffix, mod, calendar.period_range("day", day))
        return _relative("day", fields={"month": month_, "day": int(match.group("day"))},
                         type_="TIME", suffix=suffix, mod=mod)
    relday_ = _group(match, "relday")
    if relday_:
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[relday_.lower()]
        return _relative("day", shift=(offset, "day"), type_="TIME", suffix=suffix, mod=mod)
    return _relative("day", anchor="reference", shift=(0, "day"), type_="TIME", suffix=suffix, mod=mod)


def _with_fraction(match: regex.Match, hour: int, minute: int) -> tuple[int, int]:
    """ "a quarter before 11 a.m." -> 10:45, "half past ten" -> 10:30."""
    fraction = _group(match, "fraction")
    if not fraction:
        return hour, minute
    step = 30 if fraction.lower() == "half" else 15
    sign = -1 if match.group("fracdir").lower() in ("to", "before") else 1
    minutes = (hour * 60 + minute + sign * step) % (24 * 60)
    return divmod(minutes, 60)


def year(match: regex.Match) -> Reading | None:
    number = _year(_group(match, "year")) if _group(match, "yy") is None else _two_figure_year(match.group("yy"))
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
    extra = {"fiscal": True} if word.startswith(("fiscal", "financial")) or word == "fy" else {}
    return _absolute("year", date(number, 1, 1), mod, **extra)


def _two_figure_year(figures: str) -> int:
    """ "FY19" is 2019, "FY98" 1998: codes name years within about fifty years of now."""
    return int(figures) + (1900 if int(figures) >= 50 else 2000)


_RANGE_AFTER = regex.compile(r"\s?([-–/])\s?(\d{2,4})")
_RANGE_BEFORE = regex.compile(r"(\d{4})\s?([-–/])\s?$")


def year_range(match: regex.Match) -> Reading | None:
    """One end of a range of years, "2004-05": checked against the other end, which must be later."""
    text, number = match.string, match.group("year")
    after = _RANGE_AFTER.match(text, match.end())
    if after:  # the first year: its partner follows
        first, separator, second = int(number), after.group(1), after.group(2)
    else:
        before = _RANGE_BEFORE.search(text, max(0, match.start() - 8), match.start())
        if before is None:
            return None
        first, separator, second = int(before.group(1)), before.group(2), number
    last = _range_end(first, second, separator)
    if last is None:
        return None
    return _absolute("year", date(first if after else last, 1, 1))


def _range_end(first: int, second: str, separator: str) -> int | None:
    if len(second) == 4:
        last, widest = int(second), 100
    else:  # "1999-00" ends in 2000
        last = first // 100 * 100 + int(second)
        if last <= first:
            last += 100
        # After a hyphen or a slash two figures may be a month ("2020-12"), so the range must be short;
        # an en dash only joins ranges ("Prohibition (1919–33)").
        widest = 99 if separator == "–" else 10
    return last if 0 < last - first <= widest else None


def decade(match: regex.Match) -> Reading:
    mod = _position_mod(match)
    if _group(match, "decade"):
        first = int(match.group("decade"))
        if first % 100 == 0 and first < 2000:  # "the 1800s" is the century of years 18xx, not its first decade
            return _absolute("century", date(first, 1, 1), mod)
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


# Words that may follow a season named by "the" when it is the season itself, not an attribute of a noun
# ("the summer camp"): "by the summer.", "the summer of 2005", "the summer when...".
# A pronoun or an article after it opens a clause: "In the winter they left", "the summer the war ended".
_AFTER_SEASON = regex.compile(r"\s*(?:[^\w\s]|$)|\s+(?:of|in|on|at|to|for|from|and|or|but|when|while|as|with|"
                              r"is|was|were|will|would|has|had|have|that|before|after|until|if|so|because|months?|"
                              r"he|she|it|we|they|I|you|there|the|a|an)\b")
# "the spring" and "the fall" are the season after a preposition of time, when no "of" follows: "elected
# in the fall", but "in the fall of Baghdad", "during the fall in prices" is a drop.
_SEASON_PREPOSITION = regex.compile(r"(?<!\w)(?:in|during|by|until|through|over|since)\s+$", regex.IGNORECASE)
_OF_OR_IN = regex.compile(r"\s+(?:of|in)\b")


def _noun_follows(match: regex.Match) -> bool:
    return _AFTER_SEASON.match(match.string, match.end()) is None


def _after_preposition(match: regex.Match) -> bool:
    text = match.string
    return (_SEASON_PREPOSITION.search(text, max(0, match.start() - 10), match.start()) is not None
            and _OF_OR_IN.match(text, match.end()) is None)


def season(match: regex.Match) -> Reading | None:
    code = lexicon().seasons[match.group("season").lower()]
    rel = normalise(_group(match, "rel") or "")
    mod = _position_mod(match)
    number = _year(_group(match, "year"))
    if number is not None:
        return Reading("DATE", f"{number}-{code}", mod,
                       calendar.narrow(calendar.period_range("season", date(number, calendar.SEASON_MONTHS[code][0], 1)), mod))
    word = match.group("season").lower()
    # A bare "fall" is a verb as often as a season, "the spring" and "the fall" are as often a water
    # spring and a drop; "the summer" is only a season.
    if not rel and not mod and not (_group(match, "article") and not _noun_follows(match)
                                    and (word in ("summer", "winter", "autumn") or _after_preposition(match))):
        return None  # "the summer camp" is a camp
    if rel == "that":  # "that summer": the one of the year in discussion
        return _relative("season", anchor="reference", fields={"season": code}, direction="this", mod=mod,
                         value="XXXX-" + code)
    return _relative("season", fields={"season": code}, direction=_direction(rel), mod=mod, value="XXXX-" + code)
