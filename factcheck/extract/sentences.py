"""Sentence boundaries and sentence tense: context every extractor and rule shares."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import regex

from ..lowercase import straight_apostrophes
from ..model import Span
from ..resources import load


@dataclass(frozen=True, slots=True)
class Sentence:
    span: Span
    tense: str  # "past", "present" or "future"


_BOUNDARY = regex.compile(r"""[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\d])|\n\s*\n""")
# After "Sun." and the like: a month's name (or its abbreviation) and a day's number, or a day's number.
_DATE_AHEAD = regex.compile(r"\s+(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}(?:st|nd|rd|th)?)\b")
_WORD = regex.compile(r"[\p{L}’'.]+")


class _Config(NamedTuple):
    abbreviations: frozenset[str]
    before_a_date: frozenset[str]
    future: regex.Pattern
    past_auxiliaries: frozenset[str]
    irregular_past: frozenset[str]
    non_past_before_participle: frozenset[str]
    coordinators: frozenset[str]


@lru_cache(maxsize=1)
def _config() -> _Config:
    data = load("en/sentences.yaml")
    tense = data["tense"]
    future = regex.compile(
        r"\b(?:" + "|".join(regex.escape(m) for m in sorted(tense["future_markers"], key=len, reverse=True)) + r")\b",
        regex.IGNORECASE,
    )
    return _Config(
        frozenset(a.lower() for a in data["abbreviations"]),
        frozenset(data["abbreviations_before_a_date"]),
        future,
        frozenset(tense["past_auxiliaries"]),
        frozenset(tense["irregular_past"]),
        frozenset(tense["non_past_before_participle"]),
        frozenset(tense["coordinators"]),
    )


def split_sentences(text: str, within: Span | None = None) -> list[Sentence]:
    """Split ``text[within]`` into sentences; spans are offsets into ``text``."""
    within = within if within is not None else Span(0, len(text))
    spans: list[Span] = []
    start = within.start
    for match in _boundaries(text, within.start, within.end):
        end = match.end() if not match.group().startswith("\n") else match.start()
        _append(text, spans, start, end)
        start = match.end()
    _append(text, spans, start, within.end)
    return [Sentence(span, sentence_tense(straight_apostrophes(text[span.start:span.end]))) for span in spans]


def sentence_ends_between(text: str, start: int, end: int) -> bool:
    """Whether a sentence ends in ``text[start:end]``, by the same boundaries as split_sentences."""
    return next(_boundaries(text, start, end), None) is not None


def _boundaries(text: str, start: int, end: int):
    """The sentence-ending matches in text[start:end]; a full stop after an abbreviation or an initial
    ends nothing."""
    config = _config()
    for match in _BOUNDARY.finditer(text, start, end):
        if match.group().startswith((".",)) and not match.group().startswith("\n"):
            before = text[max(start, match.start() - 12):match.start()].split()
            word = before[-1] if before else ""
            if word.lower().lstrip("(\"'“") in config.abbreviations or (len(word) == 1 and word.isalpha()):
                continue
            if (word.lstrip("(\"'“*") in config.before_a_date and _DATE_AHEAD.match(text, match.end())
                    and _abbreviates_a_day(text, start, match.start() - len(word), word)):
                continue
        yield match


def _abbreviates_a_day(text: str, start: int, word_start: int, word: str) -> bool:
    """ "Sun." before a date abbreviates a weekday, unless it ends a name ("the Baltimore Sun.") or is a noun
    after an article ("looked at the Sun."); opening an item of a list ("*Sat. Dec. 4:") it always does."""
    if not word[:1].isalpha():
        return True
    before = text[max(start, word_start - 16):word_start].split()
    previous = before[-1] if before else ""
    return not (previous[:1].isupper() and previous[-1:].isalpha()) and previous.lower() not in ("the", "a")


def _append(text: str, spans: list[Span], start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end))


def sentence_tense(sentence: str) -> str:
    """A coarse tense: future if a future marker occurs, past if a past verb form occurs, else present."""
    config = _config()
    future, past_aux, irregular, non_past = (config.future, config.past_auxiliaries, config.irregular_past,
                                             config.non_past_before_participle)
    if future.search(sentence):
        return "future"
    # is_past_form inlined (this runs on every word of every sentence): any past auxiliary, or a past
    # form whose word before is not one that makes it a participle.
    words = _WORD.findall(sentence)
    lowered = [word.lower().strip(".'’") for word in words]
    if not past_aux.isdisjoint(lowered):
        return "past"
    previous = ""
    for word, lower in zip(words, lowered):
        if word[:1].islower() and (lower in irregular or (lower.endswith("ed") and len(lower) > 4)) \
                and previous not in non_past:
            return "past"
        previous = lower
    return "present"


def tells_anything_past(sentence: str) -> bool:
    """Whether any verb of the sentence tells of the past: a past auxiliary ("was"), a simple past or a
    perfect ("has announced"), whatever else looks ahead ("predicted that it would pass")."""
    words = _WORD.findall(straight_apostrophes(sentence))
    past_aux = _config().past_auxiliaries
    return any(word.lower().strip(".'’") in past_aux or tells_of_the_past(word, word_before_verb(words, index))
               for index, word in enumerate(words))


def word_before_verb(words: list[str], index: int) -> str:
    """The word before the verb form ``words[index]``, looking past a coordination of them: in "is to be
    signed and ratified by December 2", "ratified" follows "be" as "signed" does, a passive, not a past."""
    coordinators = _config().coordinators
    while index >= 2 and words[index - 1].lower() in coordinators and has_past_shape(words[index - 2]):
        index -= 2
    return words[index - 1] if index else ""


def is_past_form(word: str, previous: str = "") -> bool:
    """A simple-past verb form ("said", "signed"), unless the word before makes it a participle or an
    adjective ("will be held", "has signed", "the failed talks")."""
    return has_past_shape(word) and previous.lower().strip(".'’") not in _config().non_past_before_participle


def tells_of_the_past(word: str, previous: str) -> bool:
    """A simple past ("signed") or a participle after "has"/"have" ("has signed", "they've agreed"): what
    picks the date meant, where a perfect tells of the past as a simple past does."""
    if not has_past_shape(word):
        return False
    before = previous.lower().strip(".'’")
    auxiliaries, contractions = _perfect_auxiliaries()
    return before not in _config().non_past_before_participle or before in auxiliaries or before.endswith(contractions)


def has_past_shape(word: str) -> bool:
    """An irregular past form or a regular "-ed" one (four-letter "-ed" words such as "need" excepted), in
    lower case: a capital makes a name ("the UPA-Left committee", "Reed"), not a verb."""
    lower = word.lower().strip(".'’")
    return word[:1].islower() and (lower in _config().irregular_past or (len(lower) > 4 and lower.endswith("ed")))


@lru_cache(maxsize=1)
def _perfect_auxiliaries() -> tuple[frozenset[str], tuple[str, ...]]:
    """The words, and the contracted endings ("'ve" in "they've") that are part of a word."""
    words = load("en/sentences.yaml")["tense"]["perfect_auxiliaries"]
    return frozenset(words), tuple(w for w in words if w.startswith(("'", "’")))
