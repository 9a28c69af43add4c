import xml.etree.ElementTree as ET

from factcheck.report.formats import render
from factcheck.report.formats.github import _escape_data, _escape_property

from .conftest import report_for


def test_junit_has_a_case_per_article_and_a_failure_per_finding(deal_article, table_article):
    from dataclasses import replace

    clean = replace(table_article, id="clean", text="Nothing dated here.", body=None)
    root = ET.fromstring(render(report_for(deal_article, clean), "junit"))
    suite = root.find("testsuite")
    cases = suite.findall("testcase")
    assert len(cases) == 2 and suite.get("tests") == "2" and suite.get("failures") == "1"
    (failure,) = cases[0].findall("failure")
    assert failure.get("type") == "FC201 weekday-does-not-match-date"
    assert failure.get("message").startswith("news/deal.txt:2:1: error:")
    assert "Thursday" in failure.text
    assert cases[1].findall("failure") == []
    assert cases[0].get("name") == 'Deal <img src=x onerror="alert(2)">'  # escaped by the XML writer


def test_junit_reports_unreadable_inputs_as_errors(in_repo, tmp_path):
    from factcheck.cli import main

    out = tmp_path / "r.xml"
    main(["check", "seeds/", str(tmp_path / "gone.md"), "-f", "junit", "-o", str(out), "--fail-on", "never"])
    suite = ET.parse(out).getroot().find("testsuite")
    assert suite.get("errors") == "1"
    assert suite.findall("testcase/error")[0].get("type") == "skipped-input"


def test_github_annotations(deal_article, table_article):
    lines = render(report_for(deal_article, table_article), "github").splitlines()
    assert lines[0].startswith("::error file=news/deal.txt,title=FC201 weekday-does-not-match-date,"
                               "line=2,col=1,endLine=2,endColumn=22::Friday does not match")
    assert "%0A" in lines[0] and "\n" not in lines[0]
    assert lines[1].startswith("::error file=wire.jsonl,title=FC201 weekday-does-not-match-date,line=7::record row-7")


def test_github_escaping():
    assert _escape_data("50% off\r\nnext") == "50%25 off%0D%0Anext"
    assert _escape_property("a:b,c") == "a%3Ab%2Cc"


def test_markdown_pr_comment_has_summary_and_groups_by_article(deal_article, table_article):
    out = render(report_for(deal_article, table_article), "md")
    assert out.index("| articles checked |") < out.index("### Deal")
    assert out.index("### Deal") < out.index("### Row")
    assert "| FC201 weekday-does-not-match-date | 2 |" in out


def test_markdown_lists_a_bounded_number_of_findings(deal_article, table_article):
    from factcheck.report.formats.markdown import render as markdown

    report = report_for(deal_article, table_article)
    out = markdown(report, max_rows=1)
    assert "### Deal" in out and "### Row" not in out
    assert "… and 1 more finding not listed here" in out
    assert "| FC201 weekday-does-not-match-date | 2 |" in out  # the per-rule table still counts everything
