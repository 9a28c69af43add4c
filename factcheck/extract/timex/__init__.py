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
from .lexicon import lexicon, normalise
from .interpret import HANDLERS, Reading
from .scanner import scan

__all__ = ["find_timexes", "read"]

_KIND = {"DATE": "date", "TIME": "time", "DURATION": "duration", "SET": "set"}


_HANDLERS_BY_PATTERN: dict[int, list[tuple[int, str]]] = {}


def read(match) -> tuple[str, Reading | None]:
    """The handler name and the reading of one grammar match."""
    pattern = match.re
    rules = _HANDLERS_BY_PATTERN.get(id(pattern))
    if rules is None:
        handlers = {f"r_{name}": rule.handler for name, rule in grammar().rules.items()}
        rules = _HANDLERS_BY_PATTERN[id(pattern)] = [
            (index, handlers[name]) for name, index in sorted(pattern.groupindex.items(), key=lambda kv: kv[1])
            if name in handlers]
    for index, handler in rules:
        if match.start(index) >= 0:
            return handler, HANDLERS[handler](match)
    raise AssertionError("a match without a rule")


def find_timexes(text: str, sentences: list[Sentence], article_id: str) -> list[Claim]:
    rules = grammar()
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters lower-case to two; keep offsets exact
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    claims: list[Claim] = []
    for sentence in sentences:
        start, end = sentence.span.start, sentence.span.end
        for match in scan(text, lowered, start, end, rules):
            handler, reading = read(match)
            if reading is None:
                continue
            attrs = dict(reading.attrs)
            attrs["rule"] = handler
            attrs["tense"] = (clause_tense(text, start, end, match.start(), match.end(), sentence.tense)
                              if "anchor" in attrs else sentence.tense)
            span = Span(match.start(), match.end())
            if reading.hedge is None and reading.type in ("DURATION", "DATE") and not match.group().lower().startswith("the"):
                _hedge_before(text, start, match.start(), reading)
            timex = Timex(reading.type, reading.value, reading.mod)
            claims.append(Claim(article_id, span, match.group(), _KIND[reading.type], "timex", sentence.span,
                                value=reading.value, hedge=reading.hedge, timex=timex, dates=reading.dates,
                                attrs=attrs))
    return claims


def _hedge_before(text: str, sentence_start: int, start: int, reading: Reading) -> None:
    """Record a hedge TimeML leaves outside the span ("about two weeks" -> "two weeks")."""
    lex = lexicon()
    outside = _outside_hedges()
    found = outside.search(text, max(sentence_start, start - 16), start)
    if found:
        hedge = normalise(found.group(1))
        reading.hedge = hedge
        reading.mod = reading.mod or lex.hedges.get(hedge)


_OUTSIDE = None


def _outside_hedges():
    global _OUTSIDE
    if _OUTSIDE is None:
        import regex
        words = sorted(lexicon().raw["hedges_outside_span"], key=len, reverse=True)
        _OUTSIDE = regex.compile(r"(?<![\w])(" + "|".join(regex.escape(w) for w in words) + r")\s+$", regex.IGNORECASE)
    return _OUTSIDE
