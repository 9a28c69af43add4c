"""Linter-style lines: ``path:line:col severity FC201 message``, then a summary line."""
from __future__ import annotations

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
        f"{summary['articles_checked']} article{'s' if summary['articles_checked'] != 1 else ''} checked, "
        f"{summary['articles_skipped']} skipped, {summary['claims']} claims; "
        f"{counts['error']} errors, {counts['warning']} warnings, {counts['info']} info"
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
            notes.append(f"{len(baseline['expired'])} waivers expired")
    if report.extra.get("suppressed"):
        notes.append(f"{report.extra['suppressed']} switched off inline")
    changed = report.extra.get("changed_since")
    if changed:
        notes.append(f"only files changed since {changed['ref']} reported, "
                     f"{changed['articles_checked']} articles read")
    return f" ({'; '.join(notes)})" if notes else ""
