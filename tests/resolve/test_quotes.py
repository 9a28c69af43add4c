"""Quoted passages: what counts as inside quotation marks."""
from __future__ import annotations

from factcheck.resolve.quotes import QuotedSpans


def inside(text: str, words: str) -> bool:
    start = text.index(words)
    return QuotedSpans(text).contains(start, start + len(words))


def test_curly_and_straight_quotes_pair():
    text = 'He said “we met yesterday” and she said "not today" later.'
    assert inside(text, "yesterday")
    assert inside(text, "not today")
    assert not inside(text, "later")
    assert not inside(text, "she said")


def test_a_quote_left_open_at_the_paragraph_end_is_no_passage():
    text = 'He said "we met yesterday.\n\nToday it rained.'
    assert not inside(text, "yesterday")
    assert not inside(text, "Today")


def test_quotes_do_not_pair_across_paragraphs():
    text = 'A "first" passage.\n\nThen "yesterday" again.'
    assert inside(text, "yesterday")
    assert not inside(text, "Then")
