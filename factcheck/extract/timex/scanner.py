"""Find grammar matches fast: try the grammar only next to anchor words.

Running one alternation of ~35 rules at every word costs tens of microseconds per word. Instead a
trie-shaped regex over the lower-cased text finds anchor words (months, weekdays, units, digits,
"today"...; see ``Grammar.vocabulary``); for each, only the rules that can contain that anchor are
tried, at the anchor and at the few grammar words just before it ("at least the past" in "at least
the past 18 months"), earliest first. A match must reach the anchor; matches never overlap.
"""
from __future__ import annotations

from collections.abc import Iterator

import regex

from .grammar import Grammar

MAX_WORDS_BEFORE = 6   # "at least the past 18 months": five words before the anchor
LOOK_BACK = 48         # characters searched for those words
_TOKEN = regex.compile(r"'?\d[^\W_]*|[^\W\d_][^\W_]*")
_GAP = regex.compile(r"[\s,.\-'’/:]{0,3}")
_DIGITS_OR_QUOTE = frozenset("0123456789'")
# A figure no temporal rule can use: money, a percentage, a count with thousands separators, the
# decimals of a figure. Checked before the grammar is tried at a digit, which is most of the cost of
# financial news. Example: "$1.55 billion", "13%", "2,000 peacekeepers".
_MONEY_BEFORE = frozenset("$£€¥#")
_NOT_TIME_AFTER = regex.compile(r"(?:[.,]\d+)*\s?(?:%|percent\b|per\s?cent\b|[mb]illion\b|trillion\b)|,\d")


def scan(text: str, lowered: str, start: int, end: int, grammar: Grammar) -> Iterator[regex.Match]:
    """Grammar matches in ``text[start:end]``; ``lowered`` is ``text.lower()`` (same length)."""
    vocabulary = grammar.vocabulary
    last_end = start
    for anchor in grammar.anchor_regex.finditer(lowered, start, end):
        anchor_start = anchor.start()
        if anchor_start < last_end:
            continue
        word = _TOKEN.match(lowered, anchor_start, end)
        if word is None:
            continue
        if word.group()[0] in _DIGITS_OR_QUOTE and _figure_not_time(lowered, anchor_start, word.end()):
            continue
        # The anchor, not the whole token, picks the rules: "FY2019" is anchored by its code "fy".
        pattern = grammar.pattern_for(anchor.group())
        for position in _starts(text, lowered, max(last_end, start, anchor_start - LOOK_BACK), anchor_start, vocabulary):
            found = pattern.match(text, position, end)
            if found is not None and found.end() > anchor_start:
                last_end = found.end()
                yield found
                break


def _starts(text: str, lowered: str, window: int, anchor_start: int, vocabulary: dict[str, bool]) -> list[int]:
    """Where an expression reaching the anchor may start: the anchor, and each grammar word joined to
    it by short gaps, earliest first."""
    starts = [anchor_start]
    before = list(_TOKEN.finditer(lowered, window, anchor_start))
    if before and before[0].start() == window and window > 0 and lowered[window - 1].isalnum():
        before = before[1:]  # a word cut by the window's edge
    right = anchor_start
    for token in reversed(before[-MAX_WORDS_BEFORE:]):
        word = token.group()
        if word not in vocabulary and word[0] not in _DIGITS_OR_QUOTE:
            break
        if _GAP.fullmatch(text, token.end(), right) is None:
            break
        starts.append(token.start())
        right = token.start()
    starts.reverse()
    return starts


def _figure_not_time(lowered: str, start: int, end: int) -> bool:
    before = lowered[start - 1] if start else " "
    if before in _MONEY_BEFORE or (before in ",." and start > 1 and lowered[start - 2].isdigit()):
        return True
    return _NOT_TIME_AFTER.match(lowered, end) is not None
