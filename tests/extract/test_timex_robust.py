"""Any text: the parser and the resolver never fail, and every claim's text is its span."""
from __future__ import annotations

from datetime import date, datetime

from hypothesis import given, settings, strategies as st

from factcheck.extract.sentences import split_sentences
from factcheck.extract.timex import find_timexes
from factcheck.model import Article
from factcheck.resolve import resolve

WORDS = ["Friday", "March", "3", "2022", "29", ",", "last", "next", "the", "week", "year", "ago", "a.m.", "10:35",
         "at least", "five", "years", "early", "1990s", "19th", "century", "Feb.", "30", "quarter", "third",
         "every", "daily", "$", "2,000", "S-400", "mid-", "-", "'80s", "half", "an", "hour", "Christmas", "."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=25), st.dates(date(1, 1, 1), date(9999, 12, 31)) | st.none())
def test_any_word_salad(words, published):
    text = " ".join(words)
    claims = resolve(Article("f", text, published), find_timexes(text, split_sentences(text), "f"))
    for claim in claims:
        assert claim.text == text[claim.span.start:claim.span.end]
        assert claim.kind in {"date", "time", "duration", "set"}


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_any_unicode(text):
    for claim in find_timexes(text, split_sentences(text), "u"):
        assert claim.text == text[claim.span.start:claim.span.end]


def test_impossible_dates_are_not_claims():
    text = "It happened on Feb. 30, 2021 and on 31 April."
    assert [c.text for c in find_timexes(text, split_sentences(text), "x")] == []


def test_a_publication_datetime_is_taken_as_its_date():
    text = "They met on Friday."
    [claim] = resolve(Article("d", text, datetime(2020, 12, 29, 18, 0)), find_timexes(text, split_sentences(text), "d"))
    assert claim.timex.value == "2020-12-25"
