"""Markdown fit to post as a pull-request comment: the summary, findings per rule, then per article."""
from __future__ import annotations

from collections import Counter

from ..data import ReportData
from ..templating import environment


def render(report: ReportData) -> str:
    per_rule = Counter((f.finding.rule_id, f.finding.rule_name) for f in report.findings)
    by_rule = [(rule_id, name, number) for (rule_id, name), number in sorted(per_rule.items())]
    return environment().get_template("report.md.j2").render(
        report=report, summary=report.summary, by_rule=by_rule, changed=report.extra.get("changed_since"),
        baseline=report.extra.get("baseline"), suppressed=report.extra.get("suppressed", 0))
