"""JUnit XML, which every CI system shows as a test run: one test case per article, one failure per
finding, and an errored test case per input that could not be read."""
from __future__ import annotations

import xml.etree.ElementTree as ET

from ..data import ReportData


def render(report: ReportData) -> str:
    suite = ET.Element("testsuite", name="factcheck", tests=str(len(report.articles) + len(report.problems)),
                       failures=str(sum(1 for a in report.articles if a.findings)),
                       errors=str(len(report.problems)), skipped="0")
    for view in report.articles:
        case = ET.SubElement(suite, "testcase", classname=_classname(view.article.path or "articles"),
                             name=view.article.title or view.article.id, file=view.article.path or "")
        case.set("line", str(view.article.first_line))
        for finding_view in view.findings:
            finding = finding_view.finding
            failure = ET.SubElement(case, "failure", type=f"{finding.rule_id} {finding.rule_name}",
                                    message=f"{finding_view.location}: {finding_view.severity}: {finding.message}")
            failure.text = "\n".join(filter(None, [
                f"{finding_view.location} {finding_view.severity} {finding.rule_id} {finding.message}",
                finding.explanation,
                *(f"evidence {e.location.line}:{e.location.column} “{e.claim.text}” ({e.claim.kind})"
                  for e in finding_view.evidence)]))
    for problem in report.problems:
        case = ET.SubElement(suite, "testcase", classname=_classname(problem.path),
                             name=problem.record or problem.path, file=problem.path)
        ET.SubElement(case, "error", type="skipped-input", message=str(problem)).text = problem.reason
    root = ET.Element("testsuites", name="factcheck", tests=suite.get("tests"), failures=suite.get("failures"),
                      errors=suite.get("errors"))
    root.append(suite)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _classname(path: str) -> str:
    """Test reporters group by dotted class name; a path's folders become the groups."""
    return "factcheck." + path.replace("\\", "/").replace(".", "_").replace("/", ".")
