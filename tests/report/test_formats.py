import json
from datetime import date

import pytest
import regex

from factcheck.engine.loader import instantiate, load_rules
from factcheck.engine.runner import Engine
from factcheck.model import Article, Span
from factcheck.pipeline import run
from factcheck.report.data import build_report
from factcheck.report.formats import RENDERERS, render

TEXT = "ISTANBUL — The deal was signed on\nFriday, March 3, 2022, by <script>alert('x')</script> officials.\n"


@pytest.fixture
def report():
    rules = load_rules()
    article = Article("deal", TEXT, date(2022, 3, 10), 'Deal <img src=x onerror="alert(2)">', "news/deal.txt",
                      Span(0, len(TEXT)))
    return build_report(run([article], Engine(instantiate(rules))), rules)


def test_finding_location_is_line_and_column(report):
    (finding,) = report.findings
    assert (finding.location.line, finding.location.column) == (2, 1)
    assert str(finding.location) == "news/deal.txt:2:1"


def test_text_format(report):
    out = render(report, "text")
    assert out.splitlines()[0].startswith("news/deal.txt:2:1 error FC201 Friday does not match")
    assert out.rstrip().endswith("1 error, 0 warnings, 0 info")


def test_json_format_has_the_design_shape(report):
    data = json.loads(render(report, "json"))
    assert set(data) >= {"summary", "articles", "findings"}
    (finding,) = data["findings"]
    assert set(finding) >= {"rule_id", "rule_name", "severity", "message", "explanation", "article", "path",
                            "span", "line", "column", "evidence", "fingerprint"}
    assert finding["text"] == TEXT[finding["span"]["start"]:finding["span"]["end"]]
    assert data["articles"][0]["published"] == "2022-03-10"
    assert data["summary"]["findings_by_severity"] == {"error": 1, "warning": 0, "info": 0}


def test_markdown_format_escapes_markup(report):
    out = render(report, "md")
    assert "| 2:1 | error | FC201 weekday-does-not-match-date |" in out
    assert not regex.search(r"(?<!\\)<img", out) and "\\<img" in out


def test_html_format_highlights_and_escapes(report):
    out = render(report, "html")
    assert out.startswith("<!DOCTYPE html>")
    assert "<script>alert" not in out and "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in out
    assert '<img src=x' not in out
    assert 'class="kind-date flag sev-error"' in out
    assert "FC201" in out


def test_every_format_renders(report):
    for fmt in RENDERERS:
        assert render(report, fmt)


def test_streamed_json_and_sarif_are_byte_for_byte_the_dumped_records(repo):
    import json

    from factcheck.engine.loader import instantiate, load_rules
    from factcheck.engine.runner import Engine
    from factcheck.ingest import read_sources
    from factcheck.pipeline import run
    from factcheck.report.builder import build_report
    from factcheck.report.formats import json_format, sarif
    from factcheck.report.records import report_record

    rules = load_rules()
    report = build_report(run(read_sources([repo / "seeds"]), Engine(instantiate(rules))), rules)
    assert len(report.findings) > 3
    for shown in (report, report.keeping(lambda view: False)):
        assert json_format.render(shown) == json.dumps(report_record(shown), ensure_ascii=False, indent=2) + "\n"
        assert sarif.render(shown) == json.dumps(sarif.sarif_log(shown), ensure_ascii=False, indent=2) + "\n"


def test_streamed_writer_places_the_list_at_any_depth():
    import io
    import json

    from factcheck.report.formats import streamed

    items = [{"text": "two\nlines", "n": [1, {"deep": "ü"}]}, "plain", [], {}]
    for record, path in (({"a": 1, "list": None, "z": {"k": [1]}}, ["list"]),
                         ({"runs": [{"x": "y", "results": None}], "after": 2}, ["runs", 0, "results"])):
        for streamed_items in (items, []):
            sink = io.StringIO()
            streamed.write(record, path, iter(streamed_items), sink)
            holder = record
            for step in path[:-1]:
                holder = holder[step]
            holder[path[-1]] = streamed_items
            assert sink.getvalue() == json.dumps(record, ensure_ascii=False, indent=2) + "\n"
