"""Temporal expressions: dates, times, durations and sets as TIMEX3 claims.

One compiled alternation (grammar.py, built from resources/en/timex/*.yaml) scans each sentence;
the rule that matched names the interpreter (interpret.py) that reads the TIMEX3 value. Expressions
relative to the publication date keep X placeholders here and are anchored by ``factcheck.resolve``.
"""
from __future__ import annotations

from ...model import Claim, Span, Timex
from ..sentences import Sentence
from ..tense import clause_tense
from .grammar import grammar
from .interpret import HANDLERS, Reading

__all__ = ["find_timexes", "read"]

_KIND = {"DATE": "date", "TIME": "time", "DURATION": "duration", "SET": "set"}


def _rule_groups() -> list[tuple[int, str]]:
    g = grammar()
    return [(g.pattern.groupindex[f"r_{name}"], rule.handler) for name, rule in g.rules.items()]


_RULES: list[tuple[int, str]] | None = None


def read(match) -> tuple[str, Reading | None]:
    """The handler name and the reading of one grammar match."""
    global _RULES
    if _RULES is None:
        _RULES = _rule_groups()
    for index, handler in _RULES:
        if match.start(index) >= 0:
            return handler, HANDLERS[handler](match)
    raise AssertionError("a match without a rule")


def find_timexes(text: str, sentences: list[Sentence], article_id: str) -> list[Claim]:
    pattern = grammar().pattern
    claims: list[Claim] = []
    for sentence in sentences:
        start, end = sentence.span.start, sentence.span.end
        for match in pattern.finditer(text, start, end):
            handler, reading = read(match)
            if reading is None:
                continue
            attrs = dict(reading.attrs)
            attrs["rule"] = handler
            attrs["tense"] = (clause_tense(text, start, end, match.start(), match.end(), sentence.tense)
                              if "anchor" in attrs else sentence.tense)
            span = Span(match.start(), match.end())
            timex = Timex(reading.type, reading.value, reading.mod)
            claims.append(Claim(article_id, span, match.group(), _KIND[reading.type], "timex", sentence.span,
                                value=reading.value, hedge=reading.hedge, timex=timex, dates=reading.dates,
                                attrs=attrs))
    return claims
