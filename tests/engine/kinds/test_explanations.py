"""Every finding of a consistency rule explains its arithmetic and lists every claim involved."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.engine.loader import instantiate, load_rules
from factcheck.engine.runner import Engine
from factcheck.model import Article, Span
from factcheck.pipeline import check_article

CASES = [
    ("FC101", date(2021, 7, 1), "The 12-day strike, which began on June 1 and ended on June 20, cost millions.",
     ["1 June 2021 to 20 June 2021 is 19 days (20 counting both days), not 12-day"], 3),
    ("FC102", date(2021, 5, 10), "Smith, 45, born in 1962, told reporters the plant would close.",
     ["58 or 59", "not 45"], 2),
    ("FC103", date(2021, 7, 20), "Crowds gathered for the 50th anniversary of the 1969 landing.",
     ["1969 + 50 = 2019"], 2),
    ("FC104", date(2021, 5, 10), "42 people died: 20 soldiers and 12 civilians.", ["20 + 12 = 32", "42"], 3),
    ("FC105", date(2021, 5, 10), "In the referendum, 58% voted yes and 47% no.", ["58% + 47% = 105%"], 2),
    ("FC203", date(2021, 3, 1), "The ceasefire, which lasted three months after it began in late January, collapsed.",
     ["15 April 2021", "1 March 2021"], 2),
    ("FC202", date(2022, 3, 10), "The summit was held on March 11, 2022, in Vienna.",
     ["2022-03-11 is 1 day after publication on 2022-03-10"], 1),
    ("FC204", date(2021, 5, 10), "The war lasted from 2014 to 2012.", ["2014", "after the end, 2012"], 2),
    ("FC205", date(2021, 5, 10), "The border was drawn in the 1990s (in 1985) by a commission.",
     ["1985 is not within the 1990s (1990–1999)"], 2),
    ("FC206", date(2007, 5, 23), "On Monday May 12, a patrol was attacked.",
     ["12 May 2007 fell on a Saturday", "no year next to it"], 1),
    ("FC401", date(2021, 5, 10), "At least 120 people were killed on Sunday. The death toll of 85 was confirmed.",
     ["[120, ∞)", "85"], 2),
]


@pytest.mark.parametrize("rule_id, published, text, phrases, claims", CASES, ids=[c[0] for c in CASES])
def test_the_finding_explains_its_arithmetic_and_lists_its_claims(rule_id, published, text, phrases, claims):
    engine = Engine(instantiate([r for r in load_rules() if r.id == rule_id]))
    findings = check_article(Article("t", text, published, body=Span(0, len(text))), engine).findings
    assert [f.rule_id for f in findings] == [rule_id]
    finding = findings[0]
    for phrase in phrases:
        assert phrase in finding.explanation, finding.explanation
    assert " 1 days" not in finding.message + finding.explanation
    assert len(finding.evidence) == claims
    for claim in finding.evidence:
        assert text[claim.span.start:claim.span.end] == claim.text
