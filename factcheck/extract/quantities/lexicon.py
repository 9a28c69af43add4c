"""The quantity extractor's vocabulary, compiled once per process from ``resources/en/quantities/``.

Every phrase list becomes one precompiled alternation. Patterns that look backwards from a figure are
anchored at the figure (``$`` at ``endpos``) and searched in a short window, so none can backtrack far.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

import regex

from ...model import Interval
from ...phrases import alternation
from ...resources import ResourceError, load


def normal(phrase: str) -> str:
    return " ".join(phrase.lower().split())


@dataclass(frozen=True, slots=True)
class Lexicon:
    hedges_by_last: dict  # hedges written before a figure, as word tuples indexed by their last word
    casualty_before_by_last: dict
    age_before_by_last: dict
    hedge_after: re.Pattern  # a hedge right after a figure (and its unit)
    hedge_shape: dict[str, str]  # hedge phrase → shape ("above", "around", ...)
    hedges_not_before_years: frozenset[str]  # "more than 1000 Romanians": an amount, not a year
    hedge_after_shape: dict[str, str]
    near: float
    band: float
    casualty_before_role: dict[str, str]
    casualty_after: dict[str, str]  # role phrase (1–3 words) → role
    lives_taken_by: frozenset[str]  # "claimed 45 lives"
    toll_before: re.Pattern  # "The death toll from the storm has risen to " ending right before a figure
    casualty_after_longest: int
    casualty_after_by_first: dict[str, list[tuple[tuple[str, ...], str]]]
    auxiliaries: frozenset[str]
    finite_auxiliaries: frozenset[str]  # a listed figure's own verb: "20 soldiers were arrested"
    clause_taking_verbs: frozenset[str]  # "said 12 soldiers ... were wounded": no object of their own
    object_fillers: frozenset[str]  # "arrested a total of 30": words between a verb and its object figure
    troops: frozenset[str]
    troops_when_deployed: frozenset[str]
    people: frozenset[str]
    collective_before: re.Pattern  # "a mob of " ending right before a figure
    participle_adjectives: frozenset[str]
    plural_modifiers: frozenset[str]  # "arms dealers": a plural that is not the head
    modifier_adjectives: frozenset[str]  # "two older sisters": never the head of a counted phrase
    time_units: frozenset[str]
    lemmas: dict[str, str]
    compounds: dict[str, str]
    age_after: re.Pattern
    age_range: tuple[int, int]
    age_units: dict[str, str]
    age_pronouns: frozenset[str]  # "she was 40.": a person's age after a pronoun and a verb of being
    age_verbs: frozenset[str]
    identifier_words: frozenset[str]
    phrase_stops: frozenset[str]
    past_verbs: frozenset[str]  # irregular past forms end a noun phrase ("17 rockets struck")
    blocked: re.Pattern  # dates, times, phone numbers, street numbers, decades, list markers
    named_figures: re.Pattern  # a figure inside a name or code: "called 911", "Alliance 90"
    era_after: re.Pattern  # "664 b.c.e.": matched at a figure's end
    before_figure: re.Pattern  # "UTC+", "AD ": searched in the few characters before a figure


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    hedges = load("en/quantities/hedges.yaml")
    casualties = load("en/quantities/casualties.yaml")
    entities = load("en/quantities/entities.yaml")

    shape = {normal(e["words"]): s for s, entries in hedges["before"].items() for e in entries}
    after_shape = {normal(e["words"]): s for s, entries in hedges["after"].items() for e in entries}
    words_after = [k for k in after_shape if k not in ("+", "odd", "plus")]
    hedge_after = re.compile(
        rf"(?:\s+(?P<hedge>{alternation(words_after)})\b|(?P<hedge_sign>\+)(?!\d)|[-\s](?P<hedge_word>odd|plus)\b)",
        re.IGNORECASE)

    before_role = {normal(p): role for role, phrases in casualties["before"].items() for p in phrases}
    after_role = {normal(p): role for role, phrases in casualties["after"].items() for p in phrases}
    after_role.update({normal(p): role for role, phrases in casualties["among"].items() for p in phrases})

    age = entities["age"]
    age_after = re.compile(rf"(?:\s*-\s*|\s+)(?P<age_unit>{alternation(age['after'])})(?![^\W\d_])", re.IGNORECASE)

    return Lexicon(
        hedges_by_last=_by_last_word({k: k for k in shape}),
        casualty_before_by_last=_by_last_word(before_role),
        age_before_by_last=_by_last_word({normal(a): a for a in age["before"]}),
        hedge_after=hedge_after,
        hedge_shape=shape,
        hedges_not_before_years=_known_hedges(hedges["never_before_years"], shape),
        hedge_after_shape=after_shape,
        near=float(hedges["widths"]["near"]),
        band=float(hedges["widths"]["band"]),
        casualty_before_role=before_role,
        casualty_after=after_role,
        lives_taken_by=frozenset(normal(w) for w in casualties["lives_taken_by"]),
        toll_before=re.compile(rf"\b(?:{alternation(casualties['toll_before']['tolls'])})\b[^.;:!?]{{0,60}}?"
                               rf"\b(?:{alternation(casualties['toll_before']['leading_to'])})\s+$", re.IGNORECASE),
        casualty_after_longest=max(len(p.split()) for p in after_role),
        casualty_after_by_first=_by_first_word(after_role),
        auxiliaries=frozenset(normal(a) for a in casualties["auxiliaries"] if " " not in a),
        finite_auxiliaries=frozenset(normal(a) for a in casualties["finite_auxiliaries"]),
        clause_taking_verbs=frozenset(normal(v) for v in casualties["clause_taking_verbs"]),
        object_fillers=frozenset(normal(w) for w in casualties["object_fillers"]),
        troops=frozenset(entities["troops"]),
        troops_when_deployed=frozenset(entities["troops_only_when_deployed"]),
        people=frozenset(entities["people"]) | {"other", "others"},
        participle_adjectives=frozenset(entities["participle_adjectives"]),
        plural_modifiers=frozenset(entities["plural_modifiers"]),
        modifier_adjectives=frozenset(entities["modifier_adjectives"]),
        collective_before=re.compile(rf"\b(?P<collective>{alternation(entities['collectives'])})s?\s+of\s+$", re.IGNORECASE),
        time_units=frozenset(entities["time_units"]),
        lemmas=dict(entities["lemmas"]),
        compounds={k: v["as"] for k, v in entities["compound_suffixes"].items()},
        age_after=age_after,
        age_range=(int(age["min"]), int(age["max"])),
        age_units={normal(k): v for k, v in age["after"].items()},
        age_pronouns=frozenset(normal(w) for w in age["pronouns"]),
        age_verbs=frozenset(normal(w) for w in age["verbs"]),
        identifier_words=frozenset(str(w).lower() for w in entities["identifier_words"]),
        phrase_stops=frozenset(w for w in entities["phrase_stops"] if " " not in w),
        past_verbs=frozenset(load("en/sentences.yaml")["tense"]["irregular_past"]) - {"left", "set", "cut", "hit", "shot"},
        blocked=_blocked(entities["street_types"]),
        named_figures=re.compile("|".join(e["pattern"] for e in entities["names_with_figures"])),
        era_after=re.compile(entities["era_after"]),
        before_figure=re.compile(entities["before_figure"]),
    )


def _by_last_word(phrases: dict[str, object]) -> dict[str, list[tuple[tuple[str, ...], object]]]:
    index: dict[str, list[tuple[tuple[str, ...], object]]] = {}
    for phrase, value in sorted(phrases.items()):
        words = tuple(_WORDS.findall(phrase))
        index.setdefault(words[-1], []).append((words, value))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return index


_WORDS = regex.compile(r"[^\W\d_][\w'’.-]*|\d[\d,.]*|[^\w\s]")


def _by_first_word(phrases: dict[str, str]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, value in sorted(phrases.items()):
        words = tuple(phrase.split())
        index.setdefault(words[0], []).append((words, value))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return index


_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
           "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")


def _blocked(street_types: list[str]) -> regex.Pattern:
    """Numbers that are not quantities, found in one pass over a sentence."""
    streets = alternation(street_types)
    # The leading lookahead lets the engine skip, with one character test, every position where no
    # alternative can start (a digit, "+", "(", an apostrophe or a month's capital).
    return re.compile(
        r"(?=[\d+('’JFMASOND])(?:" + "|".join([
            # numeric dates: 29/12/2020, 2020-12-29, 12.05.2019
            r"(?<![\d.,])\d{1,4}([/.-])\d{1,2}\1\d{1,4}(?![\d,])",
            # month and day: "December 29", "29 December", "29th of December", "December 2020"
            rf"\b(?:{_MONTHS})\.?\s+\d{{1,4}}(?:st|nd|rd|th)?\b(?:\s*(?:-|–|to|and|through)\s*\d{{1,2}}(?:st|nd|rd|th)?\b)?(?:,?\s+\d{{4}}\b)?",
            rf"(?<![\d.,])\d{{1,2}}(?:st|nd|rd|th)?(?:\s*(?:-|–|to|and)\s*\d{{1,2}}(?:st|nd|rd|th)?)?(?:\s+of)?\s+(?:{_MONTHS})\b\.?(?:,?\s+\d{{4}}\b)?",
            # times of day: 10:30, 10:30:15, 5 p.m., 5pm, 1.30pm, 10 o'clock
            r"(?<![\d.,])\d{1,2}(?::\d{2}){1,2}(?:\s*(?i:[ap]\.m\.|[ap]m\b))?",
            r"(?<![\d.,])\d{1,2}(?:[.:]\d{2})?\s*(?i:[ap]\.m\.|[ap]m\b|[ap]\.m\b)",
            r"(?<![\d.,])\d{1,2}\s+o['’]clock",
            r"(?<![\d.,])\d{4}\s*(?:GMT|UTC|hrs|hours\s+GMT)\b",
            # phone numbers: +44 20 7946 0958, (02) 9876 5432, 555 123 4567
            r"\+\d{1,3}[\s.-]?(?:\(\d{1,5}\)[\s.-]?)?\d{1,5}(?:[\s.-]\d{2,5}){1,4}(?![\d,])",
            r"\(\d{2,5}\)\s?\d{3,4}[\s.-]?\d{3,5}(?![\d,])",
            r"(?<![\d,.])\d{3}[.-]\d{3}[.-]\d{4}(?![\d,])",
            # street numbers: "10 Downing Street", "1600 Pennsylvania Avenue"
            rf"(?<![\d,.])\d{{1,5}}[A-Za-z]?\s+(?:[A-Z][\w.'’-]*\s+){{1,3}}(?:{streets})\b",
            # decades and abbreviated years: the 1990s, the '90s, 90s, the class of '19
            r"(?<![\d,.])\d{2,4}['’]?s\b",
            r"['’]\d{2}s?\b",
            r"\b24/7\b",
            # list markers at the start of a line: "1. ", "2) ", "(3) "
            r"(?m:^)\(?\d{1,2}[.)](?=\s|$)",
            # row numbers in a wiki table: "|- | 15. || Jo Bonner ||"
            r"(?<=\|)\d{1,3}\.(?=[ \t]*\|)|(?<=\|[ \t])\d{1,3}\.(?=[ \t]*\|)",
            # list markers inside a line: "two priorities — 1) estimating ... and 2) determining"
            r"(?<![(\w.,])\d{1,2}\)(?=\s+[a-z])",
        ]) + ")",
    )


def _known_hedges(phrases: list[str], shape: dict[str, str]) -> frozenset[str]:
    """``phrases`` normalised, each one a hedge of the tables: a list about hedges adds no hedge of its own."""
    normalised = frozenset(normal(p) for p in phrases)
    unknown = sorted(normalised - shape.keys())
    if unknown:
        raise ResourceError(f"en/quantities/hedges.yaml: never_before_years names no hedge of the tables: {unknown}")
    return normalised


def hedge_shape(phrase: str) -> str | None:
    """The shape the table gives a hedge written before a figure ("Nearly" → "below_near"), else None."""
    return lexicon().hedge_shape.get(normal(phrase))


def hedge_phrases() -> tuple[str, ...]:
    """Every hedge the table lists before a figure, lower-case: the only ones the rules may read."""
    return tuple(lexicon().hedge_shape)


def shaped(shape: str, value: float, slack: float = 0.0) -> Interval:
    """What a figure hedged with ``shape`` admits. ``slack`` widens the near and band widths for a caller
    that tolerates more than a writer's usual meaning (a rule parameter says how much and why)."""
    lex = lexicon()
    return hedge_interval(shape, value, value, lex.near + slack, lex.band + slack)


def hedge_interval(shape: str, low: float, high: float, near: float, band: float) -> Interval:
    """The interval a hedge of ``shape`` admits around a figure ``[low, high]`` (a range or one value)."""
    interval = _hedged(shape, low, high, near, band)
    if interval.low == interval.high and not (interval.low_closed and interval.high_closed):
        # "nearly 0", "fewer than 0": the proportional width vanishes at zero; an empty interval would
        # contradict every other figure, so the hedge is read as the figure itself.
        return Interval(interval.low, interval.high, True, True)
    return interval


def _hedged(shape: str, low: float, high: float, near: float, band: float) -> Interval:
    if shape == "above":
        return Interval(high, math.inf, False, False)
    if shape == "at_least":
        return Interval(low, math.inf, True, False)
    if shape == "below_near":  # "almost 800-1000" admits the whole range below 1,000, down to 800
        return Interval(min(high * (1 - near), low), high, True, False) if high >= 0 else Interval(min(high * (1 + near), low), high, True, False)
    if shape == "above_near":
        return Interval(low, max(low * (1 + near), low), False, True) if low > 0 else Interval(low, low * (1 - near) if low < 0 else near, False, True)
    if shape == "around":
        a, b = sorted((low * (1 - band), high * (1 + band)))
        return Interval(a, b, True, True)
    if shape == "at_most":
        return Interval(min(0.0, high), high, True, True)
    if shape == "below":
        return Interval(min(0.0, high), high, True, False)
    return Interval(low, high, True, True)
