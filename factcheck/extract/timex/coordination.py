"""Two dates joined by a connector share the year written once: "in August and September of 2004",
"from January to March 2020", "from Dec. 29, 2019 to Jan. 3".

This runs on the claims of a text after the grammar, because it needs both expressions read: a month or
a day without a year next to one with a year takes that year, as if it had been written. (The month
written once, "between 5 and 9 March", is the grammar's: a bare day is only found with its month.)

The year goes back to dates before it over any connector, and through a comma only along a list that
itself ends in one ("January, February and March 2020"). It goes forward to a later date only over a
range ("to", a dash, "between ... and"): "in March 2005 and June" may well be another year. A weekday
ending a range of weekdays ("Wednesday through Friday") is marked as the range's end too, so that the
resolver counts it from the start. A range
runs forward in the calendar, so an end earlier in the year than its start is in the next year
("December 2019 to February" is February 2020) and a start later than its end in the year before
("December to February 2020" is December 2019); a list is read the same way.

The end of a range is marked ``attrs["range_end"]`` (the offset of its start). When both ends still lack
a year, the resolver keeps them in calendar order ("the previous quarter (July to September)"); it does
not count later expressions from the end: the story is still at the range's start ("from September 12
to 14 ... the opening ceremony in the morning").
"""
from __future__ import annotations

from datetime import date
from functools import lru_cache

import regex

from ...model import Claim, Timex
from ...phrases import alternation
from . import calendar
from .fragments import date_joiner
from .lexicon import lexicon

# The fields a date lacking only its year has; anything else (a weekday-of-month, a holiday) is left alone.
_MONTH_DATE_FIELDS = ({"month"}, {"month", "day"})
_STATED_VALUE = regex.compile(r"\d{4}-\d\d(?:-\d\d)?")


def share_years(text: str, claims: list[Claim]) -> list[Claim]:
    """``claims`` (in text order) with the year of each coordinated partner given to the date lacking it."""
    joiners = _joiners()
    claims = list(claims)
    links = [_link(text, left, right, joiners) for left, right in zip(claims, claims[1:])]
    shared = [False] * len(claims)
    for index in range(len(claims) - 2, -1, -1):  # back from the year: "January, February and March 2020"
        link = links[index]
        if link is None or (link == "comma" and not shared[index + 1]):
            continue
        given = _given_year(claims[index], claims[index + 1], before=True)
        if given is not None:
            claims[index], shared[index] = given, True
    for index in range(len(claims) - 1):  # forward, over a range only: "from Dec. 29, 2019 to Jan. 3"
        pair = claims[index:index + 2]
        if links[index] == "range" and (all(lacks_year(c) or _states_year(c) for c in pair)
                                        or (_names_weekday(pair[0]) and bare_weekday(pair[1]))):
            end = _given_year(claims[index + 1], claims[index], before=False) or claims[index + 1]
            claims[index + 1] = end.with_(attrs={**end.attrs, "range_end": claims[index].span.start})
    return claims


def _link(text: str, left: Claim, right: Claim, joiners) -> str | None:
    """How two neighbouring claims are joined: "range", "list", "comma" or not at all (None)."""
    if left.sentence != right.sentence or left.span.end >= right.span.start:
        return None
    joined = joiners["joiner"].fullmatch(text, left.span.end, right.span.start)
    if joined is None:
        return None
    word = joined.group("word")
    if word is None:
        return "comma"
    if word.lower() in joiners["range"]:
        return "range"
    opener = joiners["opener"].search(text, max(0, left.span.start - 12), left.span.start)
    return "range" if opener else "list"


def _given_year(claim: Claim, partner: Claim, *, before: bool) -> Claim | None:
    """``claim`` with ``partner``'s year when it lacks one and the partner states it, else None.
    ``before``: the claim comes first in the text."""
    if not lacks_year(claim) or not _states_year(partner):
        return None
    fields = claim.attrs["fields"]
    stated = partner.dates.start
    month, day = fields["month"], fields.get("day")
    # Compare days only when both name one: "March to March 5, 2005" is one year.
    ours = (month, day if day is not None and len(partner.timex.value) == 10 else 0)
    theirs = (stated.month, stated.day if ours[1] else 0)
    year = stated.year
    # Within one month no year puts "from March 20 to 3" in order: a slip the rules report (FC204).
    if month != stated.month and before and ours > theirs:
        year -= 1
    elif month != stated.month and not before and ours < theirs:
        year += 1
    return in_year(claim, year, partner)


def in_year(claim: Claim, year: int, source: Claim) -> Claim | None:
    """A claim lacking only its year (``lacks_year``) as if ``year`` were written, which ``source`` gave;
    None for "Feb. 29" in a year without one."""
    fields = claim.attrs["fields"]
    try:
        when = date(year, fields["month"], fields.get("day", 1))
    except ValueError:
        return None
    return as_stated(claim, claim.attrs["granularity"], when, source)


def as_stated(claim: Claim, granularity: str, when: date, source: Claim) -> Claim:
    """A relative claim made absolute: the period of ``granularity`` holding ``when``, as if written, with
    ``attrs["year_from"]`` naming the expression that gave its year and nothing left to anchor."""
    value = calendar.value_of(granularity, when)
    attrs = {k: v for k, v in claim.attrs.items() if k not in ("anchor", "fields", "shift", "direction")}
    attrs["year_from"] = source.text
    return claim.with_(value=value, timex=Timex(claim.timex.type, value, claim.timex.mod), attrs=attrs,
                       dates=calendar.narrow(calendar.period_range(granularity, when), claim.timex.mod))


def lacks_year(claim: Claim) -> bool:
    attrs = claim.attrs
    return (claim.timex is not None and claim.timex.type == "DATE" and attrs.get("anchor") == "publication"
            and attrs.get("granularity") in ("day", "month") and "shift" not in attrs and "direction" not in attrs
            and set(attrs.get("fields", ())) in _MONTH_DATE_FIELDS)


def _names_weekday(claim: Claim) -> bool:
    return claim.timex is not None and "weekday" in claim.attrs.get("fields", {})


def bare_weekday(claim: Claim) -> bool:
    """A weekday that no "last"/"next"/"this" places and no date comes with ("Friday" in "Wednesday through
    Friday", "on Tuesday", "Wednesday night"); the resolver reads one named again as the same day."""
    attrs = claim.attrs
    return (_names_weekday(claim) and attrs.get("anchor") == "publication" and set(attrs["fields"]) == {"weekday"}
            and "shift" not in attrs and "direction" not in attrs)


def _states_year(claim: Claim) -> bool:
    """A date of a month or a day with its year written (not resolved from the publication date)."""
    return (claim.timex is not None and claim.timex.type == "DATE" and "anchor" not in claim.attrs
            and claim.dates is not None and _STATED_VALUE.fullmatch(claim.timex.value) is not None)


@lru_cache(maxsize=1)
def _joiners() -> dict:
    connectors = lexicon().raw["date_connectors"]
    # ", and" (a serial comma) is the same link as "and"; a comma alone is a link of its own.
    joiner = date_joiner(connectors["range"] + connectors["list"], group="word")
    return {
        "joiner": regex.compile(rf",?{joiner}|,\s{{1,2}}", regex.IGNORECASE),
        "range": {c.lower() for c in connectors["range"]},
        "opener": regex.compile(rf"\b(?:{alternation(connectors['range_openers'])})\s{{1,2}}$", regex.IGNORECASE),
    }
