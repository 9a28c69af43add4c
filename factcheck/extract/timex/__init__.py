"""Temporal expressions: dates, times, durations and sets as TIMEX3 claims.

The grammar (grammar.py, its regex pieces from fragments.py) is built from resources/en/timex/*.yaml into
compiled alternations; the scanner (scanner.py) tries them only around anchor words; the rule that matched
names its interpreter (handlers.py -> interpret.py, periods.py, parts.py, relative.py, lengths.py), which
reads the TIMEX3 type, value and mod.
Absolute dates get their calendar days here. Expressions relative to the publication date keep X
placeholders and carry in ``attrs`` what ``factcheck.resolve`` needs to anchor them (see
resolve/anchor.py). Every claim also has ``attrs["rule"]`` (the interpreter) and ``attrs["tense"]``: "past",
"present", "future" or "prospective" (a plan told in the past, "was due to open on Friday"; extract/tense.py).
Two dates joined by "and", "to", a dash... share a year written once (coordination.py).
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ...lowercase import same_length_lower, straight_apostrophes
from ...model import Claim, Span, Timex
from ...phrases import alternation
from ..sentences import Sentence
from ..tense import clause_tense
from .context import not_time, surnames_not_months
from .coordination import share_years
from .framing import frame_years, restated_years, yearly_days
from .grammar import grammar
from .handlers import HANDLERS
from .interpret import Reading
from .lexicon import lexicon, normalise
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
            try:
                return handler, HANDLERS[handler](match)
            except (ValueError, KeyError, OverflowError):
                return handler, None  # e.g. "Feb. 30": not a date, so not a claim
    raise AssertionError("a match without a rule")


def find_timexes(text: str, sentences: list[Sentence], article_id: str) -> list[Claim]:
    rules = grammar()
    # The grammar is written with straight apostrophes ("5 o’clock" reads as "5 o'clock"); claims keep
    # the article's own characters.
    source, text = text, straight_apostrophes(text)
    lowered = same_length_lower(text)
    claims: list[Claim] = []
    for sentence in sentences:
        start, end = sentence.span.start, sentence.span.end
        for match in scan(text, lowered, start, end, rules):
            handler, reading = read(match)
            if reading is None:
                continue
            attrs = dict(reading.attrs)
            attrs["rule"] = handler
            # The clause's own verb decides what a date is told as (past or planned); relative expressions
            # resolve by it, explicit dates keep the sentence tense for resolution but expose the clause's.
            local = clause_tense(text, start, end, match.start(), match.end(), sentence.tense)
            attrs["tense"] = local if "anchor" in attrs else sentence.tense
            attrs["clause_tense"] = local
            if not_time(text, match.start(), match.end(), attrs["tense"]):
                continue
            if "anchor" in attrs and _fronting().fullmatch(text, start, match.start()):
                attrs["fronted"] = True  # "In March, he debuted": the verb after it is the date's own
            if claims and reading.type == "TIME" and _restates_clock(text, claims[-1], match):
                attrs["restates"] = claims[-1].span.start  # its day is the local time's (resolve)
            span = Span(match.start(), match.end())
            if reading.hedge is None and reading.type in ("DURATION", "DATE") and not match.group().lower().startswith("the"):
                _hedge_before(text, start, match.start(), match.end(), reading)
            timex = Timex(reading.type, reading.value, reading.mod)
            claims.append(Claim(article_id, span, source[span.start:span.end], _KIND[reading.type], "timex",
                                sentence.span, value=reading.value, hedge=reading.hedge, timex=timex,
                                dates=reading.dates, attrs=attrs))
    claims = surnames_not_months(text, claims)
    return restated_years(text, frame_years(text, yearly_days(text, share_years(text, claims))))


# "10:35 a.m. (0735 GMT)", "9 a.m. local time (07:00 UTC)": the bracket gives the time just tagged in
# another zone. It is a time expression too, but one whose day is the local time's, moved across midnight
# if the zones differ that much; resolve/ gives it. A bracket naming its own day ("(4 a.m. EDT Thursday)")
# is resolved like any other.
_OPENING_BRACKET = regex.compile(r"\s*\(\s*")
_CLOSING_BRACKET = regex.compile(r"\s*\)")


def _restates_clock(text: str, previous: Claim, match) -> bool:
    if previous.timex.type != "TIME" or not _OPENING_BRACKET.fullmatch(text, previous.span.end, match.start()):
        return False
    if not _CLOSING_BRACKET.match(text, match.end()):
        return False
    groups = match.groupdict()
    return not any(groups.get(name) for name in ("weekday", "month", "relday"))


@lru_cache(maxsize=1)
def _fronting() -> regex.Pattern:
    """A preposition that opens a sentence with the date: "In March," "By June"."""
    return regex.compile(rf"\s*(?:{alternation(lexicon().raw['tense']['fronting_prepositions'])})\s+")


# "a three-year period": a length naming the period it sizes, which "over" or "within" does not hedge
_SIZES_A_PERIOD = regex.compile(r"\s(?:period|span|stretch|window)$")


def _hedge_before(text: str, sentence_start: int, start: int, end: int, reading: Reading) -> None:
    """Record a hedge TimeML leaves outside the span ("about two weeks" -> "two weeks")."""
    lex = lexicon()
    outside = _outside_hedges()
    found = outside.search(text, max(sentence_start, start - 16), start)
    if found:
        hedge = normalise(found.group(1))
        if hedge in lex.raw["length_only_hedges"] and (
                reading.type in ("DATE", "TIME") or _SIZES_A_PERIOD.search(text, start, end)):
            return  # "rose over this year", "over a three-year period": during it
        reading.hedge = hedge
        reading.mod = reading.mod or lex.hedges.get(hedge)


@lru_cache(maxsize=1)
def _outside_hedges() -> regex.Pattern:
    words = sorted(lexicon().raw["hedges_outside_span"], key=len, reverse=True)
    return regex.compile(r"(?<![\w])(" + "|".join(regex.escape(w) for w in words) + r")\s+$", regex.IGNORECASE)
