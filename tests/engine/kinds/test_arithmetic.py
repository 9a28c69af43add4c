"""Arithmetic on dates (factcheck.engine.kinds.arithmetic): the duration rule's tolerance for an
approximate hedge, and anniversaries written as spelled ordinals."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from factcheck.engine.loader import instantiate, load_rules
from factcheck.engine.runner import Engine
from factcheck.model import Article, Span
from factcheck.pipeline import check_article


def _fired(rule_id: str, text: str, published: date, **params) -> bool:
    rule = next(r for r in load_rules() if r.id == rule_id)
    if params:
        rule = replace(rule, params={**rule.params, **params})
    findings = check_article(Article("t", text, published, body=Span(0, len(text))), Engine(instantiate([rule]))).findings
    return any(f.rule_id == rule_id for f in findings)


# June 1 to June 13 is 12 days (13 counting both): "about 10 days" is ±10 % to the extractor, [9, 11],
# and the rule's approximation_slack of 0.1 widens that to [8, 12].
INSIDE = "The strike lasted about 10 days, from June 1 to June 13."
OUTSIDE = "The strike lasted about 10 days, from June 1 to June 15."


def test_a_duration_inside_the_widened_hedge_passes():
    assert not _fired("FC101", INSIDE, date(2021, 7, 1))


def test_the_slack_is_what_admits_it():
    assert _fired("FC101", INSIDE, date(2021, 7, 1), approximation_slack=0.0)


def test_a_duration_outside_the_widened_hedge_fires():
    assert _fired("FC101", OUTSIDE, date(2021, 7, 1))


@pytest.mark.parametrize("text, published, fires", [
    ("Crowds marked the hundred-and-fiftieth anniversary of the 1870 treaty.", date(2020, 5, 1), False),
    ("Crowds marked the hundred-and-fiftieth anniversary of the 1870 treaty.", date(2025, 5, 1), True),
    ("Crowds marked the seventy-fifth anniversary of the 1945 armistice.", date(2020, 5, 1), False),
    ("Crowds marked the seventy-fifth anniversary of the 1945 armistice.", date(2024, 5, 1), True),
])
def test_anniversaries_in_spelled_ordinals(text, published, fires):
    assert _fired("FC103", text, published) is fires
