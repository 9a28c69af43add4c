"""The helpers the consistency rules share: figures read from text, hedged intervals, linking by cue words."""
from __future__ import annotations

import math
from datetime import date
from pathlib import Path

import pytest
import regex

from factcheck.engine.events import start_and_end
from factcheck.engine.linking import (add, duration_factors, figure_from, hedge_pattern, hedged, not_a_count,
                                      number_pattern, ordinal_pattern, ordinal_text, parse_number)
from factcheck.extract.quantities import find_quantities
from factcheck.extract.quantities.lexicon import hedge_phrases
from factcheck.extract.sentences import split_sentences
from factcheck.model import Article, Interval, Span
from factcheck.pipeline import analyse
from factcheck.resources import load


@pytest.mark.parametrize("text, value", [("5,600", 5600), ("twenty-five", 25), ("1.2 million", 1_200_000),
                                         ("two hundred", 200), ("Forty-two", 42), ("12", 12)])
def test_parse_number_reads_digits_and_words(text, value):
    assert parse_number(text) == value


def test_parse_number_refuses_what_is_not_a_number():
    assert parse_number("several") is None


def test_ordinal_text_round_trips():
    assert [ordinal_text(n) for n in (1, 2, 3, 11, 12, 13, 21, 50, 101)] == \
        ["1st", "2nd", "3rd", "11th", "12th", "13th", "21st", "50th", "101st"]


def test_hedges_make_intervals():
    assert hedged(120, "at least") == Interval(120, math.inf, True, False)
    assert not hedged(120, "more than").contains(120)
    assert hedged(2000, "nearly").contains(1960) and not hedged(2000, "nearly").contains(2001)
    assert hedged(12, None) == Interval.exact(12)


_FIGURE = regex.compile(rf"(?:(?P<hedge>{hedge_pattern()})\s+)?(?P<num>{number_pattern()})", regex.IGNORECASE)


@pytest.mark.parametrize("phrase", sorted(hedge_phrases()))
def test_a_rule_reads_every_hedge_of_the_extractor_as_the_extractor_does(phrase):
    text = f"They counted {phrase} 100 boats."
    figure = figure_from(_FIGURE.search(text), text)
    claims = [c for c in find_quantities(text, split_sentences(text), "t", []) if c.value == 100]
    assert figure.hedge.lower() == phrase and figure.value == 100
    assert len(claims) == 1 and figure.interval == claims[0].interval, (figure.interval, claims[0].interval)


@pytest.mark.parametrize("text", ["Moreover 300 people came.", "Acme Inc. 200 staff left.", "Leftover 40 seats."])
def test_a_hedge_starts_at_a_word(text):
    assert _FIGURE.search(text).group("hedge") is None


# Words the rules' number, ordinal and hedge patterns are built from must come from factcheck.extract;
# a rules resource that lists them again is a second table whose meaning drifts from the extractor's.
_NUMBER_VOCABULARY = {"hedges", "units", "tens", "scales", "cardinals", "ordinals", "widths"}
_RULE_RESOURCES = Path(__file__).resolve().parents[3] / "factcheck" / "resources" / "en" / "rules"


def _keys(data):
    if isinstance(data, dict):
        for key, value in data.items():
            yield key
            yield from _keys(value)
    elif isinstance(data, list):
        for item in data:
            yield from _keys(item)


@pytest.mark.parametrize("path", sorted(_RULE_RESOURCES.glob("*.yaml")), ids=lambda p: p.name)
def test_no_rules_resource_keeps_a_second_hedge_or_number_table(path):
    data = load(f"en/rules/{path.name}")
    assert not set(_keys(data)) & _NUMBER_VOCABULARY, path.name


def test_every_hedge_the_rules_match_is_in_the_extractors_table():
    pattern = regex.compile(hedge_pattern(), regex.IGNORECASE)
    table = set(hedge_phrases())
    candidates = table | {"practically", "virtually", "more or less", "give or take", "well under", "umpteen",
                          "about some", "nearly all"}
    assert {c for c in candidates if pattern.fullmatch(c)} == table


def test_timex_mods_map_onto_the_extractors_shapes():
    shapes = set(load("en/quantities/hedges.yaml")["before"])
    assert set(load("en/rules/timex_mods.yaml").values()) <= shapes


def test_duration_factors_read_a_timex_mod_as_the_extractor_reads_its_hedge():
    assert duration_factors("APPROX") == hedged(1.0, "about") == Interval(0.9, 1.1)
    assert duration_factors("MORE_THAN") == hedged(1.0, "more than")
    assert duration_factors("EQUAL_OR_LESS") == hedged(1.0, "at most")
    assert duration_factors(None) == duration_factors("UNKNOWN") == Interval.exact(1.0)


def test_slack_widens_an_approximate_duration_only():
    wide = duration_factors("APPROX", slack=0.1)
    assert wide.low == pytest.approx(0.8) and wide.high == pytest.approx(1.2)
    assert duration_factors("LESS_THAN", slack=0.1) == duration_factors("LESS_THAN")


@pytest.mark.parametrize("text", ["50th", "fiftieth", "seventy-fifth", "hundred-and-fiftieth", "one hundred and fiftieth",
                                  "Two-Hundredth", "21st"])
def test_ordinal_pattern_reads_what_the_extractor_reads(text):
    assert regex.fullmatch(ordinal_pattern(), text, regex.IGNORECASE)


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
