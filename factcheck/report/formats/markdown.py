"""Markdown fit to post as a pull-request comment: the summary, findings per rule, then per article."""
from __future__ import annotations

from collections import Counter

from ..data import ReportData
from ..templating import environment

# A pull-request comment holds at most 65,536 characters; past this many finding rows the rest are
# counted, not listed, and the full report (HTML, JSON, SARIF) has them all.
MAX_FINDING_ROWS = 250


def render(report: ReportData, max_rows: int = MAX_FINDING_ROWS) -> str:
    per_rule = Counter((f.finding.rule_id, f.finding.rule_name) for f in report.findings)
    by_rule = [(rule_id, name, number) for (rule_id, name), number in sorted(per_rule.items())]
    return environment().get_template("report.md.j2").render(
        report=report, summary=report.summary, by_rule=by_rule, changed=report.extra.get("changed_since"),
        baseline=report.extra.get("baseline"), suppressed=report.extra.get("suppressed", 0),
        listed=_listed(report, max_rows), unlisted=max(0, len(report.findings) - max_rows))


def _listed(report: ReportData, max_rows: int) -> dict[str, int]:
    """How many findings of each article fit in the comment, in report order."""
    listed, room = {}, max_rows
    for view in report.articles:
        listed[view.article.id] = min(len(view.findings), room)
        room -= listed[view.article.id]
    return listed
