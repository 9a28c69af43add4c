"""Every rule in rules/ carries examples that must fire and must pass; this runs them all."""
from __future__ import annotations

import pytest

from factcheck.engine.loader import instantiate, load_rules
from factcheck.engine.runner import Engine
from factcheck.model import Article, Span
from factcheck.pipeline import check_article

RULES = load_rules()


def _cases():
    for rule in RULES:
        for i, example in enumerate(rule.fire):
            yield pytest.param(rule, example, True, id=f"{rule.id}-fire-{i}")
        for i, example in enumerate(rule.pass_):
            yield pytest.param(rule, example, False, id=f"{rule.id}-pass-{i}")


def test_every_rule_has_both_kinds_of_example():
    for rule in RULES:
        assert rule.fire and rule.pass_, f"{rule.path}: needs examples that fire and that pass"
        assert rule.description, f"{rule.path}: needs a description (its documentation)"


@pytest.mark.parametrize("rule, example, must_fire", list(_cases()))
def test_rule_example(rule, example, must_fire):
    engine = Engine(instantiate([rule]))
    article = Article(f"{rule.id}-example", example.text, example.published, example.title,
                      body=Span(0, len(example.text)))
    fired = [f for f in check_article(article, engine).findings if f.rule_id == rule.id]
    if must_fire:
        assert fired, f"{rule.path}:{example.line}: example should fire but did not"
        for finding in fired:
            assert 0 <= finding.span.start <= finding.span.end <= len(example.text)
            assert finding.message and finding.explanation
    else:
        assert not fired, f"{rule.path}:{example.line}: example should pass but fired: {fired[0].message}"
