"""Which event an article reports on, which outlet published it, and which tally a figure counts.

The event key of an article is its ``event`` or ``cluster`` field when it has one. Otherwise it is
derived: the first event word (``resources/en/events.yaml``) in the title, else in the first sentence,
the first capitalised place after "in", "near", ... in the same text, and the publication date's window
(``window_days``-day windows aligned to Mondays for 7). All three must be found, else the article joins
no group. A story that crosses a window boundary falls into two groups: the price of grouping by exact
key (a shuffle) rather than comparing every pair of articles.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Hashable

import regex

from ...model import Article, Claim
from ...resources import load
from ..context import ArticleContext


@lru_cache(maxsize=1)
def _events() -> dict:
    return load("en/events.yaml")


@lru_cache(maxsize=1)
def tally_of_word() -> dict[str, str]:
    return {word.lower(): tally for tally, words in _events()["tallies"].items() for word in words}


@lru_cache(maxsize=1)
def _event_pattern() -> tuple[regex.Pattern, dict[str, str]]:
    canonical = {w.lower(): name for name, words in _events()["event_words"].items() for w in words}
    words = sorted(canonical, key=len, reverse=True)
    return regex.compile(r"\b(" + "|".join(regex.escape(w) for w in words) + r")\b", regex.IGNORECASE), canonical


@lru_cache(maxsize=1)
def _place_pattern() -> tuple[regex.Pattern, frozenset[str]]:
    prepositions = "|".join(regex.escape(p) for p in _events()["place_prepositions"])
    name = r"\p{Lu}[\p{L}'’-]+"
    pattern = regex.compile(rf"\b(?:{prepositions})\s+(?:the\s+)?({name}(?:\s+{name}){{0,2}})")
    return pattern, frozenset(w.lower() for w in _events()["not_places"])


def tally(claim: Claim, kinds: frozenset[str]) -> str | None:
    """The tally a figure counts (dead, injured, missing), from its role or else its counted noun."""
    if claim.kind not in kinds or claim.interval is None:
        return None
    word = claim.role or claim.entity
    return tally_of_word().get(str(word).lower()) if word else None


def declared_event(article: Article) -> str | None:
    return _first_field(article, "event_fields")


def source(article: Article) -> str | None:
    return _first_field(article, "source_fields")


def _first_field(article: Article, fields: str) -> str | None:
    """The first non-blank value among the article fields events.yaml lists under ``fields``."""
    for name in _events()[fields]:
        value = article.meta.get(name)
        if value is not None and str(value).strip():
            return str(value).strip()
    return None


def event_key(context: ArticleContext, window_days: int) -> Hashable | None:
    declared = declared_event(context.article)
    if declared is not None:
        return ("event", declared)
    article = context.article
    if article.published is None:
        return None
    first = context.sentences[0].span if context.sentences else None
    texts = [article.title or "", article.text[first.start:first.end] if first else ""]
    event = next((e for e in map(_event_in, texts) if e), None)
    place = next((p for p in map(_place_in, texts) if p), None)
    if event is None or place is None:
        return None
    window = (article.published.toordinal() - 1) // window_days
    return ("auto", place, event, window)


def _event_in(text: str) -> str | None:
    pattern, canonical = _event_pattern()
    match = pattern.search(text)
    return canonical[match.group(1).lower()] if match else None


def _place_in(text: str) -> str | None:
    pattern, not_places = _place_pattern()
    for match in pattern.finditer(text):
        words = [w for w in match.group(1).split() if w.lower() not in not_places]
        if words and match.group(1).split()[0].lower() not in not_places:
            return " ".join(words).lower()
    return None
