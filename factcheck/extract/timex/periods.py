"""Readings of a year and of longer periods: a year ("fiscal 1989", "post-1959", "FY19", "664 BCE"), one end of
a range of years ("2004-05"), a decade ("the '80s"), a century ("the 19th century") and a season ("last fall")."""
from __future__ import annotations

from datetime import date

import regex

from . import calendar
from .interpret import Reading, _absolute, _direction, _group, _position_mod, _relative, _year
from .lexicon import lexicon, normalise


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
        crosses_century = last <= first
        if crosses_century:
            last += 100
        # After a hyphen or a slash two figures up to 12 may be a month ("2020-12"), so the range must be
        # short; an en dash only joins ranges ("Prohibition (1919–33)"), and so do figures no month has
        # within one century ("prime minister from 1968-79").
        month_like = int(second) <= 12 or crosses_century
        widest = 99 if separator == "–" or not month_like else 10
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
        first = lexicon().raw["decade_words"][match.group("decade_word").lower()]
    return _absolute("decade", date(first, 1, 1), mod)


def era_year(match: regex.Match) -> Reading | None:
    """A year with its era: "664 b.c.e." is BC0664 (no calendar days: the calendar starts at AD 1), "AD
    79" the year 0079."""
    number = int(match.group("year"))
    if number == 0:
        return None
    if _before_the_era(match):
        return Reading("DATE", f"BC{number:04d}")
    return _absolute("year", date(number, 1, 1))


def _before_the_era(match: regex.Match) -> bool:
    """ "BC", "B.C.E.": the era named after the figure is the one before the common era."""
    return bool(_group(match, "era")) and lexicon().raw["eras"][match.group("era")] == "before"


def century(match: regex.Match) -> Reading | None:
    mod = _position_mod(match)
    rel = _group(match, "rel")
    ordinal = _group(match, "ord")
    number = int(match.group("century_num")) if _group(match, "century_num") else None
    if ordinal:
        ordinal = normalise(ordinal)
        number = int(ordinal[:-2]) if ordinal[0].isdigit() else lexicon().ordinals[ordinal]
    if _before_the_era(match):
        return Reading("DATE", f"BC{number - 1:02d}", mod) if number and number > 0 else None  # "the 5th century BC"
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
# in the fall", "contraction going into the fall", but "in the fall of Baghdad", "during the fall in prices"
# is a drop.
_SEASON_PREPOSITION = regex.compile(r"(?<!\w)(?:in|into|during|by|until|through|over|since)\s+$", regex.IGNORECASE)
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
