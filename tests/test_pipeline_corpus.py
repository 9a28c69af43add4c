"""The cross-article seed set gives exactly the expected findings, and none of those that must not fire."""
from __future__ import annotations

import json

from factcheck.engine.loader import instantiate, load_rules
from factcheck.engine.runner import Engine
from factcheck.ingest import read_sources
from factcheck.pipeline import run
from factcheck.report.builder import build_report

SEED = "seeds/500_event_reports.jsonl"


def _run(repo):
    rules = load_rules()
    return run(read_sources([repo / SEED]), Engine(instantiate(rules))), rules


def test_seed_set_gives_exactly_the_expected_findings(repo):
    result, _ = _run(repo)
    findings = [f for r in result.articles for f in r.findings] + list(result.corpus_findings)
    got = sorted((f.rule_id, f.article, tuple(c.article for c in f.evidence)) for f in findings)
    assert got == [
        # A later, lower toll from another outlet after a higher one: a warning on the later report.
        ("FC501", "blast-2", ("blast-1", "blast-2")),  # grouped without an event field: Beirut, explosion, week
        ("FC501", "quake-5", ("quake-4", "quake-5")),  # the binding earlier figure is the highest one (quake-4)
        # Two outlets, same event and day, figures with no value in common: info naming both.
        ("FC502", "quake-3", ("quake-2", "quake-3")),
    ]
    # Must not fire: quake-3 after quake-1 (4,000 within "more than 2,300"), quake-4 growing, quake-6's
    # "about 19,000 injured" (can still be 20,000), the flood (another event, smaller numbers), blast-3
    # (no place: in no group), quake-6 vs quake-5 (one is injured, the other dead).


def test_findings_cite_both_articles_dates_and_spans(repo):
    result, rules = _run(repo)
    falls = next(f for f in result.corpus_findings if f.article == "quake-5")
    assert "2023-02-10" in falls.message and "2023-02-09" in falls.message and "quake-4" in falls.message
    assert "Herald" in falls.message and "Desk" in falls.message
    earlier, later = falls.evidence
    assert (earlier.text, later.text) == ("nearly 12,000", "5,000")
    assert later.span == falls.span
    report = json.loads(_json(result, rules))
    record = next(f for f in report["findings"] if f["article"] == "quake-5")
    assert record["text"] == "5,000" and record["line"] == 1 and record["column"] == 21
    assert [e["article"] for e in record["evidence"]] == ["quake-4", "quake-5"]
    assert record["evidence"][0]["sentence"].startswith("The toll has climbed to nearly 12,000 dead")


def _json(result, rules):
    from factcheck.report.formats import render

    return render(build_report(result, rules), "json")
