"""Temporal expressions (first slice): absolute dates, weekdays and years.

Values are TIMEX3 values; relative expressions are left to the full parser (issue 3).
"""
from __future__ import annotations

from datetime import date

import regex

from ..model import Claim, DateRange, Span, Timex
from .sentences import Sentence

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_MONTH = "|".join(m.capitalize() for m in MONTHS)
_WEEKDAY = "|".join(w.capitalize() for w in WEEKDAYS)
_PATTERN = regex.compile(
    rf"(?:(?P<weekday>{_WEEKDAY}),?\s+)?(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}}),\s+(?P<year>\d{{4}})\b"
    rf"|\b(?P<lone_weekday>{_WEEKDAY})\b"
    rf"|\b(?:in|since|until|of)\s+(?P<lone_year>1[5-9]\d\d|20\d\d)\b(?![-\d])"
)


def find_timexes(text: str, sentences: list[Sentence], article_id: str) -> list[Claim]:
    claims: list[Claim] = []
    for sentence in sentences:
        for match in _PATTERN.finditer(text, sentence.span.start, sentence.span.end):
            claim = _claim(match, sentence, article_id)
            if claim is not None:
                claims.append(claim)
    return claims


def _claim(match: regex.Match, sentence: Sentence, article_id: str) -> Claim | None:
    attrs = {"tense": sentence.tense}
    if match.group("month"):
        try:
            day = date(int(match.group("year")), MONTHS[match.group("month").lower()], int(match.group("day")))
        except ValueError:
            return None
        if match.group("weekday"):
            attrs["weekday"] = match.group("weekday")
        span = Span(match.start(), match.end())
        return Claim(article_id, span, match.group(), "date", "timex", sentence.span, day.isoformat(),
                     timex=Timex("DATE", day.isoformat()), dates=DateRange(day, day), attrs=attrs)
    if match.group("lone_weekday"):
        span = Span(*match.span("lone_weekday"))
        attrs["weekday"] = match.group("lone_weekday")
        return Claim(article_id, span, match.group("lone_weekday"), "date", "timex", sentence.span,
                     timex=Timex("DATE", "XXXX-WXX-" + str(WEEKDAYS.index(match.group("lone_weekday").lower()) + 1)),
                     attrs=attrs)
    year = int(match.group("lone_year"))
    span = Span(*match.span("lone_year"))
    return Claim(article_id, span, match.group("lone_year"), "date", "timex", sentence.span, str(year),
                 timex=Timex("DATE", str(year)), dates=DateRange(date(year, 1, 1), date(year, 12, 31)),
                 attrs=attrs)
