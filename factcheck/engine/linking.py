"""Shared helpers for consistency rules: reading figures from text, hedged intervals, and linking claims
that speak of the same thing (same sentence, cue words before a claim, the words between two claims).

The word lists live in ``factcheck/resources/en/rules/``; this module only compiles them. Number words,
ordinals and hedges are the quantity extractor's (``factcheck/resources/en/quantities/``).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Iterable, Sequence

import regex

from .. import phrases
from ..extract.numbers import grammar, parse_number
from ..extract.quantities.lexicon import hedge_phrases, hedge_shape, shaped
from ..model import Claim, Interval, Span
from ..resources import load
from .context import ArticleContext


@lru_cache(maxsize=None)
def words(resource: str, key: str) -> tuple[str, ...]:
    """A word list from a rules resource file, e.g. ``words("chronology.yaml", "finished")``."""
    data = load(f"en/rules/{resource}")
    value = data.get(key) if isinstance(data, dict) else None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"resources/en/rules/{resource}: {key!r} must be a list of strings")
    return tuple(value)


@lru_cache(maxsize=1024)
def compiled(pattern: str, flags: int = 0) -> regex.Pattern:
    """A compiled pattern, cached here: the module-level ``regex.search(string, ...)`` consults regex's own
    cache and the locale on every call, which was a tenth of the rules' time."""
    return regex.compile(pattern, flags)


def alternation(items: Iterable[str]) -> str:
    """A regex alternation of literal phrases, longest first, spaces matching any whitespace."""
    return _alternation(tuple(items))


@lru_cache(maxsize=None)
def _alternation(items: tuple[str, ...]) -> str:
    # Rules build their patterns while checking each article; escaping the word lists once per process
    # rather than once per article keeps that off the hot path.
    return "(?:" + phrases.alternation(items) + ")"


@lru_cache(maxsize=None)
def phrase_pattern(resource: str, key: str, suffix: str = r"\b", prefix: str = r"\b") -> regex.Pattern:
    return regex.compile(prefix + alternation(words(resource, key)) + suffix, regex.IGNORECASE)


# --- numbers ----------------------------------------------------------------------------------------
# A figure, a number word, an ordinal or a hedge means here what it means to the quantity extractor: the
# words and the hedge shapes come from factcheck.extract (resources/en/quantities/), so there is one
# table of each. A rule that tolerates more than the extractor's reading says so in a parameter.

@lru_cache(maxsize=1)
def number_pattern() -> str:
    """A regex (no groups) for a cardinal figure in digits or words: "5,600", "1.2 million", "twenty-five"."""
    cardinals, scales = grammar().cardinals, grammar().scales
    small = alternation(w for w, v in cardinals.items() if v < 20)
    digit = alternation(w for w, v in cardinals.items() if 1 <= v <= 9)
    ten = alternation(w for w, v in cardinals.items() if v >= 20)
    word = rf"(?:{ten}(?:[-\s]{digit})?|{small})"
    digits = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    return rf"(?<![\w.,-])(?:{digits}|{word})(?:\s+{alternation(scales)})?(?![\w-])"


@lru_cache(maxsize=1)
def hedge_pattern() -> str:
    """A regex (no groups) for a hedge the extractor lists before a figure, starting at a word's start."""
    # A trie: the optional hedge is tried at every position of a sentence, and the extractor's hundred
    # phrases as a plain alternation made the rules' figure pattern 45 % slower.
    return rf"(?<!\w)(?:{phrases.trie(hedge_phrases())})"


@lru_cache(maxsize=1)
def ordinal_pattern() -> str:
    """A regex (no groups) for an ordinal in digits or words: "50th", "fiftieth", "hundred-and-fiftieth"."""
    g = grammar()
    joined = rf"(?:{alternation([*g.cardinals, *g.scales])}(?:-|\s+)(?:and(?:-|\s+))?)"
    return rf"(?:\d+(?:st|nd|rd|th)|{joined}{{0,4}}{alternation(g.ordinals)})(?![\w-])"


def ordinal_text(n: int) -> str:
    """50 → "50th", 21 → "21st"."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def hedged(value: float, hedge: str | None, slack: float = 0.0) -> Interval:
    """The values a hedged figure admits ("more than 120" → (120, ∞)), as the extractor reads the hedge;
    ``slack`` widens an approximate hedge for a rule that allows more. An unknown hedge admits anything
    between 0 and ∞, so a rule never fires on a hedge it does not understand."""
    if not hedge:
        return Interval.exact(value)
    shape = hedge_shape(hedge)
    return Interval(0.0, math.inf) if shape is None else shaped(shape, value, slack)


@lru_cache(maxsize=1)
def _timex_shapes() -> dict[str, str]:
    return load("en/rules/timex_mods.yaml")


def duration_factors(mod: str | None, slack: float = 0.0) -> Interval:
    """What a duration with TIMEX3 ``mod`` admits, as factors of its stated length ("about": [0.9, 1.1])."""
    shape = _timex_shapes().get(mod) if mod else None
    return Interval.exact(1.0) if shape is None else shaped(shape, 1.0, slack)


def add(intervals: Sequence[Interval]) -> Interval:
    """The interval of a sum of hedged figures."""
    low = sum(i.low for i in intervals)
    high = sum(i.high for i in intervals)
    return Interval(low, high, all(i.low_closed for i in intervals), all(i.high_closed for i in intervals))


@dataclass(frozen=True)
class Figure:
    """A number read from a sentence: where, its value and hedge, and the interval they admit."""

    span: Span
    text: str
    value: float
    hedge: str | None
    interval: Interval


def figure_from(match: regex.Match, text: str, number_group: str = "num", hedge_group: str = "hedge") -> Figure | None:
    value = parse_number(match.group(number_group))
    if value is None:
        return None
    hedge = match.group(hedge_group) if hedge_group in match.re.groupindex else None
    start = match.start(hedge_group) if hedge else match.start(number_group)
    span = Span(start, match.end(number_group))
    return Figure(span, text[span.start:span.end], value, hedge, hedged(value, hedge))


def with_extracted(context: ArticleContext, figure: Figure) -> Figure:
    """The figure with the quantity extractor's interval when it made a claim of the same value there: the
    extractor also reads hedges the rules' figure pattern does not see, after the figure ("30+", "85 or
    greater") or before a currency sign ("more than $350 billion")."""
    for claim in context.claims:
        if (not claim.is_temporal and claim.interval is not None and claim.span.overlaps(figure.span)
                and isinstance(claim.value, (int, float)) and claim.value == figure.value):
            return Figure(figure.span, figure.text, figure.value, figure.hedge, claim.interval)
    return figure


def figure_claim(context: ArticleContext, figure: Figure, kind: str = "count", **fields) -> Claim:
    """The extractor's claim at a figure when there is one, else a claim the rule read itself (so every
    finding lists its evidence as claims)."""
    for claim in context.claims:
        if claim.span.overlaps(figure.span) and not claim.is_temporal:
            return claim
    sentence = context.sentence_of(figure.span)
    return Claim(context.article.id, figure.span, figure.text, kind, "rules", sentence.span if sentence else None,
                 figure.value, figure.interval, figure.hedge, **fields)


# --- linking claims ---------------------------------------------------------------------------------

def by_sentence(context: ArticleContext) -> tuple[tuple[Span, tuple[Claim, ...]], ...]:
    """Every sentence in order with the claims inside it (possibly none); grouped once per article."""
    return context.derived(by_sentence, lambda: _group_by_sentence(context))


def _group_by_sentence(context: ArticleContext) -> tuple[tuple[Span, tuple[Claim, ...]], ...]:
    groups: dict[Span, list[Claim]] = {s.span: [] for s in context.sentences}
    for claim in context.claims:
        sentence = claim.sentence or getattr(context.sentence_of(claim.span), "span", None)
        if sentence is not None:
            groups.setdefault(sentence, []).append(claim)
    return tuple((span, tuple(claims)) for span, claims in sorted(groups.items(), key=lambda item: item[0].start))


def before(context: ArticleContext, claim: Claim | Span, chars: int = 40) -> str:
    """The text of the claim's sentence just before it (at most ``chars`` characters)."""
    span = claim.span if isinstance(claim, Claim) else claim
    sentence = context.sentence_of(span)
    start = max(sentence.span.start if sentence else 0, span.start - chars)
    return context.article.text[start:span.start]


def between(context: ArticleContext, first: Claim | Span, second: Claim | Span) -> str:
    a = first.span if isinstance(first, Claim) else first
    b = second.span if isinstance(second, Claim) else second
    return context.article.text[a.end:b.start] if a.end <= b.start else ""


def is_absolute(claim: Claim) -> bool:
    """A date written in full (its year given), not anchored to the publication date."""
    return claim.kind == "date" and claim.dates is not None and not claim.attrs.get("anchor")



def counted(number: float, noun: str) -> str:
    """ "1 day", "4 days", "2.5 days", "23 articles": a count and its noun, plural unless the count is one."""
    shown = f"{number:g}" if isinstance(number, float) else str(number)
    return f"{shown} {noun}" if number == 1 else f"{shown} {noun}s"


def show_day(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def show_range(claim: Claim) -> str:
    """How a rule writes a claim's dates in an explanation: "1 June 2021", "21–31 January 2021", "1990–1999"."""
    dates = claim.dates
    if dates is None:
        return claim.text
    if dates.start == dates.end:
        return show_day(dates.start)
    if dates.start.month == 1 and dates.start.day == 1 and dates.end.month == 12 and dates.end.day == 31:
        return str(dates.start.year) if dates.start.year == dates.end.year else f"{dates.start.year}–{dates.end.year}"
    return f"{show_day(dates.start)} to {show_day(dates.end)}"


@lru_cache(maxsize=1)
def _not_count_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    data = load("en/rules/totals.yaml")
    after = regex.compile(r"\s*(?:%|" + alternation(data["not_a_count"]) + r"\b)", regex.IGNORECASE)
    before_ = regex.compile(r"(?:" + alternation(data["not_a_count_before"]) + r"\s*|\b"
                            + alternation(data["not_a_count_before_words"]) + r"\.?\s+)$")
    return after, before_


def not_a_count(text: str, span: Span) -> bool:
    """A figure that is a share, an age, money, a measure or a ratio, never a count of things."""
    after, before_ = _not_count_patterns()
    ratio = compiled(r"\d\s?[:/]$").search(text[max(0, span.start - 2):span.start]) or compiled(r"[:/]\d").match(text[span.end:span.end + 2])
    return bool(ratio or after.match(text, span.end) or before_.search(text[max(0, span.start - 12):span.start]))
