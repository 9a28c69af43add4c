from __future__ import annotations

from ..data import ReportData
from ..templating import environment


def render(report: ReportData) -> str:
    return environment().get_template("report.md.j2").render(report=report, summary=report.summary)
