"""The false-alarm control: the consistency rules stay quiet on 293 real Wikinews articles (at most 3
findings at warning or above; benchmarks/false_alarms.py lists them). Skips without ../shared."""
from __future__ import annotations

from factcheck.engine.loader import instantiate, load_rules
from factcheck.engine.runner import Engine
from factcheck.ingest import read_sources
from factcheck.model import Severity
from factcheck.pipeline import run

CATALOGUE = ("FC10", "FC203", "FC204", "FC205", "FC40")


def test_the_consistency_rules_stay_quiet_on_real_articles(shared):
    control = shared / "data" / "news" / "wikinews_2019_2020" / "articles.jsonl"
    rules = [r for r in load_rules() if r.id.startswith(CATALOGUE)]
    result = run(read_sources([str(control)], None), Engine(instantiate(rules)))
    assert len(result.articles) == 293
    loud = [f"{f.article}: {f.rule_id} {f.message}" for r in result.articles for f in r.findings
            if f.severity >= Severity.WARNING]
    assert len(loud) <= 3, loud
