from dataclasses import replace
from datetime import date

from factcheck.engine.kinds.base import RuleKind
from factcheck.engine.loader import instantiate, load_rules
from factcheck.engine.runner import INTERNAL_RULE_ID, Engine
from factcheck.model import Article, Severity
from factcheck.pipeline import check_article


class Exploding(RuleKind):
    def check(self, context):
        raise ZeroDivisionError("boom")


def test_a_failing_rule_becomes_an_internal_finding_and_others_still_run():
    rules = {r.id: r for r in load_rules()}
    checkers = instantiate([rules["FC201"]]) + [Exploding(replace(rules["FC202"], params={}, message="never shown"))]
    text = "It was signed on Friday, March 3, 2022."
    result = check_article(Article("a", text, date(2022, 3, 10)), Engine(checkers))
    ids = sorted(f.rule_id for f in result.findings)
    assert ids == ["FC201", INTERNAL_RULE_ID]
    internal = next(f for f in result.findings if f.rule_id == INTERNAL_RULE_ID)
    assert internal.severity is Severity.ERROR and "FC202" in internal.message and "boom" in internal.message
