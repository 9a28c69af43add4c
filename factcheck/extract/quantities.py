"""Quantity claims (first slice): digit numbers with a hedge and the counted noun after them."""
from __future__ import annotations

import math

import regex

from ..model import Claim, Interval, Span
from .sentences import Sentence

_HEDGES = {
    "more than": lambda v: Interval(v, math.inf, False, False),
    "over": lambda v: Interval(v, math.inf, False, False),
    "at least": lambda v: Interval(v, math.inf, True, False),
    "nearly": lambda v: Interval(v * 0.9, v, True, False),
    "almost": lambda v: Interval(v * 0.9, v, True, False),
    "about": lambda v: Interval(v * 0.9, v * 1.1),
}
_PATTERN = regex.compile(
    r"(?:\b(?P<hedge>more than|over|at least|nearly|almost|about)\s+)?"
    r"(?<![\w-])(?P<number>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w-])"
    r"(?:\s+(?P<noun>[a-z]+))?"
)


def find_quantities(text: str, sentences: list[Sentence], article_id: str, exclude: list[Span]) -> list[Claim]:
    claims = []
    for sentence in sentences:
        for match in _PATTERN.finditer(text, sentence.span.start, sentence.span.end):
            span = Span(match.start(), match.end("number"))
            if any(span.overlaps(taken) for taken in exclude):
                continue
            value = float(match.group("number").replace(",", ""))
            hedge = match.group("hedge")
            interval = _HEDGES[hedge](value) if hedge else Interval.exact(value)
            claims.append(Claim(article_id, span, text[span.start:span.end], "count", "quantities",
                                sentence.span, value, interval, hedge, entity=match.group("noun")))
    return claims
