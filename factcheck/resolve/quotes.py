"""Where quoted speech runs in a text: a "yesterday" inside quotation marks was said on the day the story
is at, which for an article published a day or two later is not the publication day."""
from __future__ import annotations

from bisect import bisect_right

import regex

_QUOTE_MARK = regex.compile(r'[“”"]')
_PARAGRAPH = regex.compile(r"\n\s*\n")


class QuotedSpans:
    """The quoted passages of one text, found once: curly quotes pair by direction, straight ones in turn
    unless their shape says which way they face (a space before and a word after only opens), within a
    paragraph. A quote left open at the paragraph's end is no passage: the pairing is in doubt."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._spans: list[tuple[int, int]] | None = None  # found on the first question: most texts ask none
        self._starts: list[int] = []

    def contains(self, start: int, end: int) -> bool:
        if self._spans is None:
            self._spans = _passages(self._text)
            self._starts = [first for first, _ in self._spans]
        index = bisect_right(self._starts, start) - 1
        return index >= 0 and self._spans[index][1] >= end


def _passages(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for paragraph in _paragraphs(text):
        opened = None
        for mark in _QUOTE_MARK.finditer(text, *paragraph):
            char = mark.group()
            shape = _shape(text, mark.start()) if char == '"' else None
            if opened is None and char != "”" and shape != "closing":
                opened = mark.end()
            elif opened is not None and shape == "opening":
                opened = mark.end()  # 'saying " However, he felt, "In my opinion ..."': the first was stray
            elif opened is not None and char != "“":
                spans.append((opened, mark.start()))
                opened = None
    return spans


def _shape(text: str, at: int) -> str | None:
    """A straight quote mark that can only open ('felt, "In') or only close ('time." However'), by the
    characters beside it; None when both sides are spaces or both are words."""
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    open_before = before.isspace() or before in "([{—–"
    close_after = after.isspace() or after in ".,;:!?)]}—–"
    if open_before and not close_after:
        return "opening"
    if close_after and not open_before:
        return "closing"
    return None


def _paragraphs(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for gap in _PARAGRAPH.finditer(text):
        bounds.append((start, gap.start()))
        start = gap.end()
    bounds.append((start, len(text)))
    return bounds
