from __future__ import annotations

from ..data import ReportData
from ..records import claim_record
from ..segments import segments
from ..templating import environment


def render(report: ReportData) -> str:
    template = environment().get_template("report.html.j2")
    return template.render(report=report, summary=report.summary, segments=segments, claim_record=claim_record)
