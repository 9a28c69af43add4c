"""Readings of lengths of time and of repetitions: durations ("44 days", "at least five years"),
vague durations ("recent years"), vague references ("now") and sets ("every year")."""
from __future__ import annotations

from typing import Any

import regex

from .interpret import Reading, _group, _hedge, _month, _weekday, part_suffix
from .lexicon import Unit, lexicon, normalise
from .numbers import VAGUE, parse_count


# --- durations and sets ------------------------------------------------------------------------------

def _iso_amount(amount: float, iso: str) -> str:
    # A part of a unit is told in the next smaller one, as the TimeML corpus writes "2 1/2 years" (P2Y6M)
    # and "a minute and a half" (PT1M30S).
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


_LONG_AFTER = regex.compile(r"[\s-]long\b", regex.IGNORECASE)


def _is_plural(form: str, unit: Unit) -> bool:
    """ "months", "hrs": a form of the unit other than its singular name, ending in "s"."""
    return form.lower() != unit.name and form.lower().endswith("s")


def _days_covered(least: float, most: float) -> dict[str, float]:
    """What a length tells the rules: the fewest and the most days it may cover (a month is 28 to 31),
    and their middle."""
    return {"days": (least + most) / 2, "days_min": least, "days_max": most}


def duration(match: regex.Match) -> Reading | None:
    # "day-long" has no count: one unit; "a few hundred years" a vague count.
    count = VAGUE if _group(match, "vaguescale") else parse_count(_group(match, "num") or "one")
    if count is None:
        return None
    reference = lexicon().references.get(normalise(match.group()))
    if reference:  # "some day" is a vague future, not a length
        return Reading("DATE", reference)
    if normalise(match.group()) == "one day" and _after_modal(match):
        return Reading("DATE", "FUTURE_REF")  # "Islam will one day be...": someday, not a length
    unit = lexicon().units[normalise(match.group("unit"))]
    # "a months long order": the article is the order's, not a count of one ("a minutes silence" is a minute's)
    if (normalise(_group(match, "num") or "") in ("a", "an") and _is_plural(match.group("unit"), unit)
            and _LONG_AFTER.match(match.string, match.end("unit"))):
        return None
    if unit.name == "quarter" and "-quarter" in match.group(0).lower():
        return None  # "three-quarters" is a fraction
    if normalise(match.group(0)).endswith("and a half") and count is not VAGUE:
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
            if isinstance(low_count, float) and count is not VAGUE:  # a unit's days already count its factor
                attrs["days_min"], attrs["days_max"] = low_count * unit.days[0], count * unit.days[1]
        return Reading("DURATION", value, mod, hedge=hedge, attrs=attrs)
    amount = count * unit.factor
    attrs.update(amount=count, **_days_covered(count * unit.days[0], count * unit.days[1]))
    if unit.name == "fortnight":
        amount = count * 2
    return Reading("DURATION", _iso_amount(amount, unit.iso), mod, hedge=hedge, attrs=attrs)


def whole_period(match: regex.Match) -> Reading:
    """ "the whole weekend" -> P2D, "the entire week" -> P1W: the period told as its length (a weekend is
    two of the lexicon's days)."""
    name = match.group("wholeunit").lower()
    days_in_it = 2 if name == "weekend" else 1
    unit = lexicon().units["day" if name == "weekend" else name]
    covered = _days_covered(days_in_it * unit.days[0], days_in_it * unit.days[1])
    return Reading("DURATION", _iso_amount(days_in_it, unit.iso), attrs={"unit": name, "amount": 1, **covered})


def trailing_period(match: regex.Match) -> Reading:
    """ "the past decade", "the last century" said in 2006: the ten or hundred years up to publication, a
    length (P10Y, P100Y), not the calendar 1990s or 1900s; "last century" without "the" is the calendar one."""
    unit = lexicon().units[normalise(match.group("trailunit"))]
    covered = _days_covered(unit.days[0], unit.days[1])
    return Reading("DURATION", _iso_amount(unit.factor, unit.iso),
                   attrs={"unit": unit.name, "amount": 1, "relation": "past", **covered})


def race_time(match: regex.Match) -> Reading:
    """ "2:14:04" after "in", "a time of" or a runner's name -> PT2H14M4S; "1:59:40.2" -> PT1H59M40.2S."""
    hours, minutes, seconds = int(match.group("rh")), int(match.group("rm")), float(match.group("rs"))
    parts = "".join(f"{amount:g}{letter}"
                    for amount, letter in ((hours, "H"), (minutes, "M"), (seconds, "S")) if amount)
    value = "PT" + (parts or "0S")
    days = (hours * 3600 + minutes * 60 + seconds) / 86400
    return Reading("DURATION", value, attrs={"unit": "second", **_days_covered(days, days)})


# The ISO letters in their order; weeks beside days are counted as days, since ISO 8601 has no "P2W3D".
_COMBINED_ORDER = ("Y", "M", "D", "TH", "TM", "TS")


def combined_duration(match: regex.Match) -> Reading | None:
    """ "2 hours and 30 minutes" -> PT2H30M, "a week and a day" -> P8D."""
    parts: dict[str, float] = {}
    low_days = high_days = 0.0
    for count_group, unit_group in (("num", "unit"), ("num2", "unit2"), ("num3", "unit3")):
        if _group(match, unit_group) is None:
            continue
        count = parse_count(match.group(count_group))
        unit = lexicon().units[normalise(match.group(unit_group))]
        # Only the last of three units, in seconds, may carry a fraction ("40.2 seconds").
        if not isinstance(count, float) or not (count.is_integer() or (count_group == "num3" and unit.iso == "TS")):
            return None
        iso, amount = unit.iso, count * unit.factor
        if iso == "W":
            iso, amount = "D", amount * 7
        parts[iso] = parts.get(iso, 0) + amount
        low_days += count * unit.days[0]
        high_days += count * unit.days[1]
    date_part = "".join(f"{parts[k]:g}{k}" for k in _COMBINED_ORDER[:3] if k in parts)
    time_part = "".join(f"{parts[k]:g}{k[1]}" for k in _COMBINED_ORDER[3:] if k in parts)
    hedge, mod = _hedge(match)
    # The smaller unit is the precision the length is told to.
    attrs = {"unit": unit.name, **_days_covered(low_days, high_days)}
    return Reading("DURATION", "P" + date_part + ("T" + time_part if time_part else ""), mod, hedge=hedge,
                   attrs=attrs)


_LAST_WORD = regex.compile(r"([\w'’]+)\s+$")


def _after_modal(match: regex.Match) -> bool:
    before = _LAST_WORD.search(match.string, max(0, match.start() - 12), match.start())
    return before is not None and before.group(1).lower() in lexicon().raw["modals_before_someday"]


def vague_duration(match: regex.Match) -> Reading:
    if _group(match, "indefinite"):  # "for a while": a length whose unit is not said
        return Reading("DURATION", "PXX")
    units = normalise(match.group("units"))
    qualifier = normalise(_group(match, "vq") or "")
    unit = lexicon().units[units]
    if qualifier in ("past", "last", "previous") or (qualifier == "recent" and unit.name == "year"):
        return Reading("DATE", "PAST_REF")
    value = ("PTX" if unit.iso.startswith("T") else "PX") + unit.vague_iso[-1]
    return Reading("DURATION", value, attrs={"unit": unit.name})


_NEXT_WORD = regex.compile(r"\s{1,2}([a-z][\w-]*)")


def vague_ref(match: regex.Match) -> Reading | None:
    ref = normalise(match.group("ref"))
    if ref == "now":
        text = match.string
        # "Now, ..." opening a sentence is a discourse marker. In "until now" the word is still the
        # present (TimeML: "until" is a signal, "now" the TIMEX3 PRESENT_REF).
        if match.group() == "Now" and text[match.end():match.end() + 1] == ",":
            return None
    if ref == "current" and not _current_before_noun(match):
        return None
    return Reading("DATE", lexicon().references[ref])


def present_moment(match: regex.Match) -> Reading:
    return Reading("DATE", "PRESENT_REF")


def _current_before_noun(match: regex.Match) -> bool:
    """ "current" is the present only as an adjective before a lower-case word that is not a fixed
    term ("current account")."""
    following = _NEXT_WORD.match(match.string, match.end())
    if following is None:
        return False
    return following.group(1).lower() not in lexicon().raw["current_not_before"]


def set_(match: regex.Match) -> Reading:
    lex = lexicon()
    if _group(match, "setadv"):
        return Reading("SET", lex.set_adverbs[normalise(match.group("setadv"))])
    weekday_ = _weekday(match)
    part = _group(match, "part")
    part_code = part_suffix(part)
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
