"""The helpers the consistency rules share: figures read from text, hedged intervals, linking by cue words."""
from __future__ import annotations

import math
from datetime import date

import pytest
import regex

from factcheck.engine.events import start_and_end
from factcheck.engine.linking import add, hedged, not_a_count, ordinal_pattern, ordinal_text, parse_number
from factcheck.model import Article, Interval, Span
from factcheck.pipeline import analyse


@pytest.mark.parametrize("text, value", [("5,600", 5600), ("twenty-five", 25), ("1.2 million", 1_200_000),
                                         ("two hundred", 200), ("Forty-two", 42), ("12", 12)])
def test_parse_number_reads_digits_and_words(text, value):
    assert parse_number(text) == value


def test_parse_number_refuses_what_is_not_a_number():
    assert parse_number("several") is None


@pytest.mark.parametrize("text", ["50th", "fiftieth", "seventy-fifth", "hundred-and-fiftieth", "one hundred and fiftieth",
                                  "Two-Hundredth", "21st"])
def test_ordinal_pattern_reads_what_the_extractor_reads(text):
    assert regex.fullmatch(ordinal_pattern(), text, regex.IGNORECASE)


def test_ordinal_text_round_trips():
    assert [ordinal_text(n) for n in (1, 2, 3, 11, 12, 13, 21, 50, 101)] == \
        ["1st", "2nd", "3rd", "11th", "12th", "13th", "21st", "50th", "101st"]


def test_hedges_make_intervals():
    assert hedged(120, "at least") == Interval(120, math.inf, True, False)
    assert not hedged(120, "more than").contains(120)
    assert hedged(2000, "nearly").contains(1960) and not hedged(2000, "nearly").contains(2001)
    assert hedged(12, None) == Interval.exact(12)


def test_an_unknown_hedge_admits_anything_so_no_rule_fires_on_it():
    assert hedged(12, "umpteen-ish").contains(1_000_000)


def test_sums_of_hedged_figures():
    total = add([hedged(20, None), hedged(12, "at least")])
    assert total.low == 32 and math.isinf(total.high)


@pytest.mark.parametrize("text, figure", [("58% voted", "58"), ("$42 million", "42"), ("a score of 3:2", "2"),
                                          ("on June 8: two", "8"), ("aged 45 years", "45")])
def test_shares_money_ratios_days_and_measures_are_not_counts(text, figure):
    start = text.index(figure)
    assert not_a_count(text, Span(start, start + len(figure)))


def test_a_plain_count_is_a_count():
    text = "42 people died"
    assert not not_a_count(text, Span(0, 2))


def _context(text: str, published: date = date(2021, 7, 1)):
    return analyse(Article("t", text, published, body=Span(0, len(text))))


@pytest.mark.parametrize("text, start, end", [
    ("The strike began on June 1 and ended on June 20.", "June 1", "June 20"),
    ("The war lasted from 2014 to 2016.", "2014", "2016"),
    ("The talks ran between 2010 and 2012.", "2010", "2012"),
    ("The fair was held from 1 to 20 June.", "1", "20 June"),
    ("The 2014-2016 war killed thousands.", "2014", "2016"),
])
def test_start_and_end_are_linked_by_cues_and_ranges(text, start, end):
    context = _context(text)
    sentence = context.sentences[0].span
    pair = start_and_end(context, [c for c in context.claims if sentence.contains(c.span)], sentence)
    assert pair is not None and (pair[0].text, pair[1].text) == (start, end)


def test_a_change_from_one_date_to_another_is_not_a_span():
    text = "The end of life has been moved up from May 2029 to December 31, 2021."
    context = _context(text)
    sentence = context.sentences[0].span
    assert start_and_end(context, list(context.claims), sentence) is None
