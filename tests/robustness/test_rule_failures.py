"""A rule that raises or misbehaves costs an internal finding for that article and rule, nothing more."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from factcheck.cli import main
from factcheck.engine.context import Hit
from factcheck.engine.kinds.base import RuleKind
from factcheck.engine.loader import instantiate, load_rules
from factcheck.engine.runner import INTERNAL_RULE_ID, Engine
from factcheck.model import Article, Span
from factcheck.pipeline import run
from factcheck.report.data import build_report
from factcheck.report.formats import RENDERERS

RULES = {r.id: r for r in load_rules()}
TEXT = "It was signed on Friday, March 3, 2022."


class OutOfBounds(RuleKind):
    def check(self, context):
        yield Hit(Span(0, len(context.article.text) + 10))


class FailsOnOne(RuleKind):
    def check(self, context):
        if context.article.id == "b":
            raise KeyError("missing")
        return []


def _checker(kind, rule_id="FC202"):
    return kind(replace(RULES[rule_id], params={}, message="never shown"))


def _articles():
    return [Article(i, TEXT, date(2022, 3, 10)) for i in "abc"]


def test_a_rule_failing_on_one_article_leaves_the_others_and_every_format_renders():
    result = run(_articles(), Engine(instantiate([RULES["FC201"]]) + [_checker(FailsOnOne)]))
    ids = {r.article.id: sorted(f.rule_id for f in r.findings) for r in result.articles}
    assert ids == {"a": ["FC201"], "b": ["FC201", INTERNAL_RULE_ID], "c": ["FC201"]}
    report = build_report(result, list(RULES.values()))
    for render in RENDERERS.values():
        assert "FC990" in render(report)


def test_a_hit_outside_the_text_is_an_internal_finding_not_a_broken_report():
    result = run(_articles()[:1], Engine([_checker(OutOfBounds)]))
    (finding,) = result.articles[0].findings
    assert finding.rule_id == INTERNAL_RULE_ID and "outside the article" in finding.message
    build_report(result, list(RULES.values()))


def test_bad_rule_file_fails_fast_with_file_and_line(tmp_path, capsys):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "FC801.yaml").write_text("id: FC801\nname: x\nseverity: error\nsummary: s\nmessage: m\n"
                                      "extends: weekday-mismatch\nparams:\n  nope: 1\n"
                                      "examples: {fire: [{text: a}], pass: [{text: b}]}\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    assert main(["check", str(article), "--rules", str(rules)]) == 2
    err = capsys.readouterr().err
    assert f"{rules / 'FC801.yaml'}:8: kind 'weekday-mismatch' has no parameter 'nope'" in err
