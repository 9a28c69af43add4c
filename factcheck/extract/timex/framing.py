"""What its sentence says of the year of a date written without one.

A year that opens a sentence frames it: "In 2019 in the Pacific region, outbreaks were declared first on
February 6, Tonga on October 22" means 2019's February 6 and October 22, though said on 2020-01-01, when
the nearest February 6 is the coming one. A date the sentence names as a day of every year ("designates
January 27 as an International Day") has no year at all: XXXX-01-27, left for no resolver to place.

Like coordination.py, this runs on the claims of a text after the grammar. A month or a day lacking only
its year, later in a sentence that opens with one of the lexicon's year_framing_prepositions and a stated
year ("In 2019,", "During March 2008,"), takes that year, as if written; ``attrs["year_from"]`` names the
framing expression. The frame holds until the next expression that names a year of its own or moves it
("In 2019 the fair opened on March 3; this year it opens on March 8"), and never crosses a sentence.
"The year" set off right after a stated year restates it ("since 1947 (the year of the CIA's inception)").
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ...model import Claim
from ...phrases import alternation
from .coordination import as_stated, in_year, lacks_year
from .lexicon import lexicon, said_around

_STATED_YEAR = regex.compile(r"(\d{4})(?:-\d\d)?")
_YEAR = regex.compile(r"\d{4}")


@lru_cache(maxsize=1)
def _opening() -> regex.Pattern:
    return regex.compile(rf"\s*(?:{alternation(lexicon().raw['year_framing_prepositions'])})\s+")


def frame_years(text: str, claims: list[Claim]) -> list[Claim]:
    """``claims`` (in text order) with the framing year given to each yearless month or date it frames."""
    framed = list(claims)
    frame: tuple[int, Claim] | None = None  # (sentence start, the framing claim)
    for index, claim in enumerate(claims):
        if claim.timex is None or claim.sentence is None:
            continue
        if frame is not None and frame[0] != claim.sentence.start:
            frame = None
        if _frames(text, claim):
            frame = (claim.sentence.start, claim)
        elif _names_a_year(claim):
            frame = None
        elif frame is not None and lacks_year(claim) and "weekday" not in claim.attrs:  # a weekday fixes its year
            framed[index] = in_year(claim, frame[1].dates.start.year, frame[1]) or claim
    return framed


def _frames(text: str, claim: Claim) -> bool:
    """A stated year, or month of a year, right after the sentence's opening preposition."""
    return (claim.timex.type == "DATE" and "anchor" not in claim.attrs and claim.dates is not None
            and _STATED_YEAR.fullmatch(claim.timex.value) is not None
            and _opening().fullmatch(text, claim.sentence.start, claim.span.start) is not None)


def _names_a_year(claim: Claim) -> bool:
    """An expression that puts the story in a year of its own: a stated date, "this year", "in 2020"."""
    if claim.timex.type not in ("DATE", "TIME") or lacks_year(claim):
        return False
    attrs = claim.attrs
    if "anchor" not in attrs:
        return claim.timex.value[:4].isdigit()
    fields = attrs.get("fields", {})
    return ("year" in fields or "year_shift" in fields
            or attrs.get("granularity") in ("year", "decade", "century", "quarter", "half")
            or ("shift" in attrs and attrs["shift"][1] in ("year", "month", "quarter")))


# "since 1947 (the year of the CIA's inception)", "in 1947, the year of the partition", "a return to profit in
# 2010. The year resulted in ...": "the year" right after a stated year, set off by a bracket or a comma or
# opening the next sentence, is that year again, not the year of publication.
_RESTATING_GAP = {"the year": regex.compile(r"\s*[(,]\s*"), "The year": regex.compile(r"[.;]\s+")}


def restated_years(text: str, claims: list[Claim]) -> list[Claim]:
    """``claims`` with each "the year" that restates the stated year just before it given that year."""
    restated = list(claims)
    for index in range(1, len(claims)):
        year, claim = claims[index - 1], claims[index]
        gap = _RESTATING_GAP.get(claim.text)
        if (gap is not None and claim.timex is not None and claim.attrs.get("anchor") == "publication"
                and year.timex is not None and "anchor" not in year.attrs and year.dates is not None
                and _YEAR.fullmatch(year.timex.value)
                and gap.fullmatch(text, year.span.end, claim.span.start)):
            restated[index] = as_stated(claim, "year", year.dates.start, year)
    return restated


def yearly_days(text: str, claims: list[Claim]) -> list[Claim]:
    """``claims`` with each yearless date the text names as a day of every year made yearless for good."""
    return [claim.with_(attrs={**{k: v for k, v in claim.attrs.items() if k not in ("anchor", "direction")},
                               "every_year": True}) if _names_a_yearly_day(text, claim) else claim
            for claim in claims]


def _names_a_yearly_day(text: str, claim: Claim) -> bool:
    if not lacks_year(claim) or "day" not in claim.attrs.get("fields", {}):
        return False
    return said_around(text, claim.span.start, claim.span.end, "yearly_day", reach=20)
