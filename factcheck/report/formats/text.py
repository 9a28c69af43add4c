"""Linter-style lines: ``path:line:col severity FC201 message``, then a summary line."""
from __future__ import annotations

from ...engine.linking import counted
from ..data import ReportData


def render(report: ReportData) -> str:
    lines = []
    for view in report.findings:
        finding = view.finding
        lines.append(f"{view.location} {view.severity} {finding.rule_id} {finding.message} [{finding.rule_name}]")
        if finding.explanation:
            lines.append(f"    {finding.explanation}")
    for problem in report.problems:
        lines.append(f"{problem} [skipped]")
    summary = report.summary
    counts = summary["findings_by_severity"]
    lines.append(
        f"{counted(summary['articles_checked'], 'article')} checked, "
        f"{summary['articles_skipped']} skipped, {counted(summary['claims'], 'claim')}; "
        f"{counted(counts['error'], 'error')}, {counted(counts['warning'], 'warning')}, {counts['info']} info"
        + _hidden(report)
    )
    return "\n".join(lines) + "\n"


def _hidden(report: ReportData) -> str:
    """What a baseline, inline comments or --changed-since kept out of this report, so no reader wonders."""
    notes = []
    baseline = report.extra.get("baseline")
    if baseline:
        notes.append(f"{baseline['hidden']} hidden by the baseline")
        if baseline["expired"]:
            notes.append(f"{counted(len(baseline['expired']), 'waiver')} expired")
    if report.extra.get("suppressed"):
        notes.append(f"{report.extra['suppressed']} switched off inline")
    changed = report.extra.get("changed_since")
    if changed:
        notes.append(f"only files changed since {changed['ref']} reported, "
                     f"{counted(changed['articles_checked'], 'article')} read")
    return f" ({'; '.join(notes)})" if notes else ""
