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


def test_a_stray_straight_quote_does_not_turn_the_narration_inside_out():
    # the first mark has spaces on both sides; the next can only open, so the first was stray
    text = ('Adams said " However, at a rally he felt, "there is only one IRA." Ahern called it "a landmark," '
            'and that it "has opened the way." Blair and Ahern will meet tomorrow.')
    assert inside(text, "there is only one IRA")
    assert not inside(text, "at a rally")
    assert inside(text, "has opened the way")
    assert not inside(text, "will meet tomorrow")


def test_a_mark_that_can_only_close_opens_nothing():
    text = 'The vote was "free," officials said. Then he said yesterday" and left. She said "no."'
    assert inside(text, "free")
    assert not inside(text, "officials said")
    assert not inside(text, "and left")
    assert inside(text, "no.")
