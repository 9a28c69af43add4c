"""Hedges become intervals: the interval of every hedge word in resources/en/quantities/hedges.yaml."""
import math

import pytest

from factcheck.extract.quantities import find_quantities
from factcheck.extract.quantities.lexicon import hedge_phrases, hedge_shape, shaped
from factcheck.extract.sentences import split_sentences
from factcheck.model import Interval
from factcheck.resources import load

INF = math.inf


def claim(text):
    claims = [c for c in find_quantities(text, split_sentences(text), "t", []) if c.value == 100]
    assert len(claims) == 1, (text, claims)
    return claims[0]


EXPECTED = {
    "above": Interval(100, INF, False, False),
    "at_least": Interval(100, INF, True, False),
    "below_near": Interval(90, 100, True, False),
    "above_near": Interval(100, 110, False, True),
    "around": Interval(90, 110, True, True),
    "at_most": Interval(0, 100, True, True),
    "below": Interval(0, 100, True, False),
    "exact": Interval(100, 100, True, True),
}


def _close(a, b):
    return (a.low == pytest.approx(b.low) and a.high == pytest.approx(b.high)
            and a.low_closed == b.low_closed and a.high_closed == b.high_closed)


HEDGES = load("en/quantities/hedges.yaml")
BEFORE = [(e["words"], shape) for shape, entries in HEDGES["before"].items() for e in entries]
AFTER = [(e["words"], shape) for shape, entries in HEDGES["after"].items() for e in entries]


@pytest.mark.parametrize("words, shape", BEFORE, ids=[w for w, _ in BEFORE])
def test_hedge_before(words, shape):
    sep = "" if words == "~" else " "
    c = claim(f"They counted {words}{sep}100 boats.")
    assert c.hedge == words
    assert c.text == f"{words}{sep}100"
    assert _close(c.interval, EXPECTED[shape]), (words, c.interval)


@pytest.mark.parametrize("words, shape", AFTER, ids=[w for w, _ in AFTER])
def test_hedge_after(words, shape):
    sep = {"+": "", "plus": "-", "odd": "-"}.get(words, " ")
    c = claim(f"They counted 100{sep}{words} boats.")
    assert c.hedge == words
    expected = Interval(100, 125, False, True) if words == "odd" else EXPECTED[shape]
    if words == "odd":
        expected = EXPECTED["above_near"]
    assert _close(c.interval, expected), (words, c.interval)


def test_hedge_keeps_case_as_lower():
    c = claim("More than 100 boats sank.")
    assert c.hedge == "more than" and c.text == "More than 100"


def test_no_hedge_is_exact():
    assert claim("They counted 100 boats.").interval == Interval.exact(100)


@pytest.mark.parametrize("text, low, high", [
    ("between 300 and 400 people", 300, 400), ("300-400 people", 300, 400), ("from 10 to 15 people", 10, 15),
    ("300 to 400 people", 300, 400), ("two or three people", 2, 3), ("between 1 and 2 million people", 1e6, 2e6),
])
def test_ranges_are_closed_intervals(text, low, high):
    cs = find_quantities(text, split_sentences(text), "t", [])
    assert len(cs) == 1
    assert cs[0].interval == Interval(low, high) and cs[0].value == (low + high) / 2 and cs[0].attrs["range"]


@pytest.mark.parametrize("name, text", [
    ("a change, not a range", "Prices rose from 10 to 15 dollars."),
    ("a score, not a range", "The team won 2-1."),
])
def test_not_ranges(name, text):
    assert not any(c.attrs.get("range") for c in find_quantities(text, split_sentences(text), "t", [])), name


def test_vague_plurals_are_intervals():
    cs = find_quantities("Dozens of people were hurt.", split_sentences("Dozens of people were hurt."), "t", [])
    assert cs[0].interval == Interval(24, 144, True, False)


def test_nearly_is_below():
    c = find_quantities("Russia deployed nearly 2,000 peacekeepers.", split_sentences("Russia deployed nearly 2,000 peacekeepers."), "t", [])[0]
    assert c.interval.contains(1900) and not c.interval.contains(2000) and not c.interval.contains(1700)


@pytest.mark.parametrize("text, interval", [
    ("greater than 100 and smaller than 300 boats", Interval(100, 300, False, False)),
    ("at most 100 and at least 20 boats", Interval(20, 100, True, True)),
    ("more than 5% but less than 10% of voters", Interval(5, 10, False, False)),
])
def test_two_hedges_bound_one_amount(text, interval):
    cs = find_quantities(text, split_sentences(text), "t", [])
    assert len(cs) == 1 and cs[0].interval == interval and cs[0].attrs["range"]


def test_contradictory_bounds_stay_apart():
    text = "More than 40 and less than 10 are two ranges."
    assert [c.text for c in find_quantities(text, split_sentences(text), "t", [])][:2] == ["More than 40", "less than 10"]


# The shared lookup: the rules read hedges through these, so they must give what the extractor gives.

@pytest.mark.parametrize("words, shape", BEFORE, ids=[w for w, _ in BEFORE])
def test_hedge_shape_is_the_tables(words, shape):
    assert hedge_shape(words) == shape
    assert hedge_shape(words.upper()) == shape


def test_hedge_shape_of_a_phrase_the_table_lacks_is_none():
    assert hedge_shape("umpteen") is None and hedge_shape("or more") is None  # "or more" is written after


def test_hedge_phrases_are_the_before_list():
    assert sorted(hedge_phrases()) == sorted(" ".join(w.split()) for w, _ in BEFORE)


@pytest.mark.parametrize("shape", sorted(EXPECTED))
def test_shaped_is_what_a_claim_admits(shape):
    assert _close(shaped(shape, 100), EXPECTED[shape])


def test_slack_widens_only_approximate_shapes():
    assert _close(shaped("around", 100, slack=0.1), Interval(80, 120, True, True))
    assert _close(shaped("below_near", 100, slack=0.1), Interval(80, 100, True, False))
    assert _close(shaped("above_near", 100, slack=0.1), Interval(100, 120, False, True))
    for shape in ("above", "at_least", "at_most", "below", "exact"):
        assert _close(shaped(shape, 100, slack=0.1), EXPECTED[shape]), shape
