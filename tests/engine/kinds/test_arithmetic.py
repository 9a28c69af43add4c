"""Arithmetic on dates (factcheck.engine.kinds.arithmetic): anniversaries written as spelled ordinals."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.engine.loader import instantiate, load_rules
from factcheck.engine.runner import Engine
from factcheck.model import Article, Span
from factcheck.pipeline import check_article


def _fired(rule_id: str, text: str, published: date) -> bool:
    rule = next(r for r in load_rules() if r.id == rule_id)
    findings = check_article(Article("t", text, published, body=Span(0, len(text))), Engine(instantiate([rule]))).findings
    return any(f.rule_id == rule_id for f in findings)


@pytest.mark.parametrize("text, published, fires", [
    ("Crowds marked the hundred-and-fiftieth anniversary of the 1870 treaty.", date(2020, 5, 1), False),
    ("Crowds marked the hundred-and-fiftieth anniversary of the 1870 treaty.", date(2025, 5, 1), True),
    ("Crowds marked the seventy-fifth anniversary of the 1945 armistice.", date(2020, 5, 1), False),
    ("Crowds marked the seventy-fifth anniversary of the 1945 armistice.", date(2024, 5, 1), True),
])
def test_anniversaries_in_spelled_ordinals(text, published, fires):
    assert _fired("FC103", text, published) is fires
