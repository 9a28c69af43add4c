"""Turn a grammar match into a TIMEX3 reading: the Reading itself and the helpers every interpreter shares,
then the readings of days and times (dates, months, weekdays, holidays, "yesterday", clock times). Years and
longer periods are read in periods.py, parts of periods in parts.py, relative periods in relative.py and
lengths in lengths.py.

Absolute expressions get their final value and calendar days here. Relative ones get a value with
X placeholders and, in ``attrs``, what the resolver needs to anchor them (see resolve/__init__.py):
``anchor`` ("publication", "reference" = the last date mentioned before, or "quarter" = the fiscal
quarter in discussion), ``granularity``, ``shift`` [amount, unit], ``fields`` (known calendar
fields) and ``direction`` (which occurrence of a weekday/month: before/after/on_or_before/...).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

import regex

from ...model import DateRange
from ...phrases import trie
from . import calendar
from ..sentences import has_past_shape
from .lexicon import lexicon, normalise, said_around
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
    granularity = (_group(match, "weekof") or "day").lower()  # "the week of March 6", "the weekend of May 12"
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
    if direction is None and _told_as_gone_by(match):
        direction = "on_or_before"  # "the fiscal year ended Jan. 31"
    fields = {"month": month, "day": day, **_year_shift(match)}
    value = f"XXXX-{month:02d}-{day:02d}" if granularity == "day" else PLACEHOLDER[granularity]
    return _relative(granularity, fields=fields, mod=mod, direction=direction, type_="TIME" if part else "DATE",
                     suffix=suffix, value=value, **extra)


_WORD_BEFORE = regex.compile(r"([\w'’]+)\s{1,2}$")


def _told_as_gone_by(match: regex.Match) -> bool:
    """The words before a month or date place it on or before publication: it closes a period already over
    or opens one running up to now ("ended", "since"), or it is told "back in" the past or in a past
    perfect."""
    before = _WORD_BEFORE.search(match.string, max(0, match.start() - 16), match.start())
    if before is not None and before.group(1).lower() in lexicon().raw["closes_past_period"]:
        return True
    if _back_in().search(match.string, max(0, match.start() - 30), match.start()) is not None:
        return True
    return _told_in_past_perfect(match)


def _told_in_past_perfect(match: regex.Match) -> bool:
    """ "had already ceased operations in August": a past perfect before "in"/"on" and the date."""
    found = _past_perfect().search(match.string, max(0, match.start() - 80), match.start())
    return found is not None and has_past_shape(found.group("participle"))


@lru_cache(maxsize=1)
def _past_perfect() -> regex.Pattern:
    spec = lexicon().raw["past_perfect"]
    adverbs, between = trie(spec["adverbs"]), trie(spec["not_between"])
    return regex.compile(rf"\bhad\s+(?:(?:{adverbs})\s+)?(?:been\s+)?(?P<participle>[a-z]+)\b"
                         rf"(?:(?!\b(?:{between})\b)[^.;:!?])*?\b(?:in|on)\s{{1,2}}$", regex.IGNORECASE)


@lru_cache(maxsize=1)
def _back_in() -> regex.Pattern:
    """ "back in April": told as gone by, unless "back" is a return ("will be back in April")."""
    returning = trie(lexicon().raw["back_in_not_after"])
    return regex.compile(rf"(?<![\w'’-])(?<!\b(?:{returning})\s{{1,2}})[Bb]ack\s{{1,2}}(?:in|on)\s{{1,2}}$",
                         regex.IGNORECASE)


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
    # "That September", "December of the same year" are of the year the story is at, not the one nearest
    # publication.
    if _group(match, "refyear"):
        fields["year_shift"] = 0
    anchor = "reference" if rel == "that" or _group(match, "refyear") else "publication"
    direction = _direction(rel)
    if direction is None and _told_as_gone_by(match):
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
    fields = {"weekday": number}
    if rel == "last":  # "last Thursday" said on a Friday: a week back, the day before would be "yesterday"
        fields["not_the_day_before"] = True
    return _relative("day", anchor=anchor, fields=fields, direction=_direction(rel),
                     type_="TIME" if part else "DATE", mod=mod, suffix=suffix, value=f"XXXX-WXX-{number}",
                     weekday=name)


def weekday_day(match: regex.Match) -> Reading:
    """ "Thursday the 12th": a weekday with the day of a month left unsaid."""
    number, name = _weekday(match)
    day = _day(match)
    return _relative("day", fields={"weekday": number, "day_of_month": day}, value=f"XXXX-XX-{day:02d}",
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
    # "Easter Island is today a barren place", "the women of today": the present age, not the day
    if (word == "today" and match.group() == match.group("relday")
            and said_around(match.string, match.start(), match.end(), "today_as_the_present", reach=60)):
        return Reading("DATE", "PRESENT_REF")
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
        word = _group(match, "hourword")
        hour = int(lexicon().numbers[word.lower()]) if word else int(match.group("hour"))
        minute = int(_group(match, "minute") or 0)
        ampm = (_group(match, "ampm") or "").lower().replace(".", "").replace(" ", "")
        part = (_group(match, "part") or "").lower() or _part_named_after(match)
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


def _part_named_after(match: regex.Match) -> str:
    """The part of the day a clock time without "a.m."/"p.m." is told in, named by "tonight" in the match or
    right after it ("at around 6:30 last night" is 18:30, "at 8:30 tonight" 20:30)."""
    if (_group(match, "relday") or "").lower() == "tonight":
        return "night"
    after = _part_after_clock().match(match.string, match.end())
    return after.group("part").lower() if after else ""


@lru_cache(maxsize=1)
def _part_after_clock() -> regex.Pattern:
    words = lexicon().raw["part_after_clock"]
    return regex.compile(rf"\s{{1,2}}(?:(?:{trie(words['days'])})\s+)?(?P<part>{trie(words['parts'])})",
                         regex.IGNORECASE)


def _with_fraction(match: regex.Match, hour: int, minute: int) -> tuple[int, int]:
    """ "a quarter before 11 a.m." -> 10:45, "half past ten" -> 10:30."""
    fraction = _group(match, "fraction")
    if not fraction:
        return hour, minute
    step = 30 if fraction.lower() == "half" else 15
    sign = -1 if match.group("fracdir").lower() in ("to", "before") else 1
    minutes = (hour * 60 + minute + sign * step) % (24 * 60)
    return divmod(minutes, 60)
