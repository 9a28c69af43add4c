"""Streaming: results come in input order, the report keeps findings and counts, not every article."""
from __future__ import annotations

import json

import pandas as pd

from factcheck.cli import main
from factcheck.engine.loader import instantiate, load_rules
from factcheck.engine.runner import Engine
from factcheck.ingest import InputProblem, read_sources
from factcheck.pipeline import ArticleResult, CorpusResult, stream
from factcheck.report.builder import ReportBuilder
from factcheck.report.formats import RENDERERS, render
from factcheck.report.packed import Views


def _items(repo):
    return list(stream(read_sources([repo / "seeds"]), Engine(instantiate(load_rules()))))


def test_stream_ends_with_the_corpus_result_and_drops_facts(repo):
    items = _items(repo)
    assert isinstance(items[-1], CorpusResult) and items[-1].findings
    results = [i for i in items if isinstance(i, ArticleResult)]
    assert all(r.facts == () for r in results)  # facts stay in the pipeline, not with the caller
    assert not any(isinstance(i, CorpusResult) for i in items[:-1])


def test_report_keeps_only_some_articles_whole_but_counts_and_shows_every_finding(repo):
    rules = load_rules()
    full, bounded = ReportBuilder(rules), ReportBuilder(rules, list_articles=2)
    for item in _items(repo):
        full.add(item)
        bounded.add(item)
    full_report, small_report = full.build(), bounded.build()
    assert small_report.summary == full_report.summary
    assert all(view.findings for view in small_report.articles[2:])
    assert all(view.article.text == "" and not view.claims for view in small_report.articles[2:])
    assert small_report.extra["articles_not_listed"] == sum(1 for v in full_report.articles[2:] if not v.findings)
    # Findings shown from a fact's Origin read exactly as those shown from the kept article (articles
    # known only from corpus findings are listed after the kept ones, so compare in one order).
    def findings(report):
        return sorted(json.loads(render(report, "json"))["findings"], key=lambda f: f["fingerprint"])

    assert findings(small_report) == findings(full_report)
    # Past the listed articles the views are held packed, and every format reads them.
    assert isinstance(small_report.findings, Views) and any(isinstance(i, bytes) for i in small_report.findings._items)
    for fmt in RENDERERS:
        assert render(small_report, fmt)


def test_corpus_findings_on_articles_not_kept_are_located_from_their_facts(repo):
    rules = load_rules()
    builder = ReportBuilder(rules, list_articles=0)
    for item in _items(repo):
        # Keep no article at all: the corpus findings must be placed from the facts alone.
        if isinstance(item, ArticleResult) and item.article.id.startswith(("quake", "blast")):
            builder.checked += 1
            continue
        builder.add(item)
    report = json.loads(render(builder.build(), "json"))
    falls = next(f for f in report["findings"] if f["article"] == "quake-5")
    assert (falls["path"], falls["line"], falls["column"], falls["text"]) == (
        "seeds/500_event_reports.jsonl", 1, 21, "5,000")


def test_problems_flow_through_in_order(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "date": "2020-01-01", "text": "One."}\nnot json\n{"id": "b", "text": "Two."}\n')
    items = list(stream(read_sources([bad]), Engine(instantiate(load_rules()))))
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["ArticleResult", "InputProblem", "ArticleResult", "CorpusResult"]
    assert isinstance(items[1], InputProblem) and items[1].line == 2


def test_extract_writes_csv_and_parquet_for_pandas(repo, tmp_path, monkeypatch):
    monkeypatch.chdir(repo)
    assert main(["extract", "seeds", "--format", "csv", "-o", str(tmp_path / "c.csv")]) == 0
    assert main(["extract", "seeds", "--format", "parquet", "-o", str(tmp_path / "c.parquet")]) == 0
    assert main(["extract", "seeds", "-o", str(tmp_path / "c.jsonl")]) == 0
    lines = (tmp_path / "c.jsonl").read_text().splitlines()
    from_csv, from_parquet = pd.read_csv(tmp_path / "c.csv"), pd.read_parquet(tmp_path / "c.parquet")
    assert len(from_csv) == len(from_parquet) == len(lines)
    assert list(from_parquet["text"]) == [json.loads(line)["text"] for line in lines]
    hedged = from_parquet[from_parquet["text"] == "more than 2,300"].iloc[0]
    assert hedged["low"] == 2300 and hedged["high"] == float("inf") and not hedged["low_closed"]
    assert from_csv["high"].dtype == float and from_parquet["start"].dtype == "int64"


def test_extract_parquet_needs_an_output_file(repo, capsys):
    assert main(["extract", str(repo / "seeds"), "--format", "parquet"]) == 2
    assert "-o FILE" in capsys.readouterr().err


def test_progress_is_drawn_on_a_terminal_and_silent_otherwise(repo):
    import io

    from factcheck.cli.progress import with_progress

    items = _items(repo)
    quiet = io.StringIO()  # not a TTY
    assert list(with_progress(items, quiet)) == items and quiet.getvalue() == ""
    shown = io.StringIO()
    assert list(with_progress(items, shown, force=True)) == items
    findings = sum(len(i.findings) for i in items if isinstance(i, (ArticleResult, CorpusResult)))
    last = shown.getvalue().rstrip("\n").split("\r")[-1]
    assert f"{sum(isinstance(i, ArticleResult) for i in items)} articles" in last and f"{findings} findings" in last
