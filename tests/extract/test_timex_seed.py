"""The seed article (published 2020-12-29): every temporal expression the issue names, anchored."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from factcheck.extract.sentences import split_sentences
from factcheck.extract.timex import find_timexes
from factcheck.model import Article, DateRange, Span
from factcheck.resolve import resolve

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_fcbb8e3e67838202.txt"
HEADER = "date 2020-12-29 "


@pytest.fixture(scope="module")
def claims():
    text = SEED.read_text(encoding="utf-8")
    body = Span(text.index(HEADER) + len(HEADER), len(text))
    article = Article("seed", text, date(2020, 12, 29), body=body)
    found = resolve(article, find_timexes(text, split_sentences(text, body), "seed"))
    for claim in found:
        assert claim.text == text[claim.span.start:claim.span.end]
        assert claim.extractor == "timex"
    return {c.text: c for c in found}


@pytest.mark.parametrize("text, value, mod", [
    ("late September", "2020-09", "END"),
    ("last month", "2020-11", None),
    ("44 days", "P44D", None),
    ("at least five years", "P5Y", "EQUAL_OR_MORE"),
    ("the 1990s", "199", None),
    ("Tuesday", "2020-12-29", None),
    ("earlier this month", "2020-12", None),
    ("this year", "2020", None),
    ("1994", "1994", None),
])
def test_seed_values(claims, text, value, mod):
    assert claims[text].timex.value == value
    assert claims[text].timex.mod == mod


def test_late_september_covers_its_last_third(claims):
    assert claims["late September"].dates == DateRange(date(2020, 9, 21), date(2020, 9, 30))


def test_durations_carry_their_length(claims):
    assert claims["44 days"].attrs["days"] == 44
    five_years = claims["at least five years"]
    assert five_years.hedge == "at least"
    assert five_years.attrs["days_min"] == 5 * 365 and five_years.attrs["days_max"] == 5 * 366


@pytest.mark.parametrize("not_time", ["S-400", "100th", "2,000", "5,600"])
def test_seed_non_time(claims, not_time):
    assert not any(not_time in text for text in claims)
