"""Every rule in rules/ carries examples that must fire and must pass; this runs them all."""
from __future__ import annotations

import pytest

from factcheck.engine.loader import instantiate, load_rules
from factcheck.engine.runner import Engine
from factcheck.model import Article, Span
from factcheck.pipeline import check_article, run
from factcheck.reference import ReferenceTable

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


def _findings(rule, example):
    """The rule's findings on an example: one article, or several checked together as a run (corpus
    rules), against the example's reference rows when it has them."""
    reference = (ReferenceTable.from_records(example.reference, rule.path)
                 if example.reference else None)
    engine = Engine(instantiate([rule]), reference)
    if example.articles:
        articles = [Article(a.id, a.text, a.published, a.title, body=Span(0, len(a.text)), meta=a.meta)
                    for a in example.articles]
        result = run(articles, engine)
        findings = [f for r in result.articles for f in r.findings] + list(result.corpus_findings)
        texts = {a.id: a.text for a in articles}
    else:
        article = Article(f"{rule.id}-example", example.text, example.published, example.title,
                          body=Span(0, len(example.text)))
        findings = list(check_article(article, engine).findings)
        texts = {article.id: article.text}
    return [f for f in findings if f.rule_id == rule.id], texts


@pytest.mark.parametrize("rule, example, must_fire", list(_cases()))
def test_rule_example(rule, example, must_fire):
    fired, texts = _findings(rule, example)
    if must_fire:
        assert fired, f"{rule.path}:{example.line}: example should fire but did not"
        for finding in fired:
            assert 0 <= finding.span.start <= finding.span.end <= len(texts[finding.article])
            assert finding.message and finding.explanation
    else:
        assert not fired, f"{rule.path}:{example.line}: example should pass but fired: {fired[0].message}"
