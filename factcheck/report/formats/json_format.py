from __future__ import annotations

import json

from ..data import ReportData
from ..records import report_record


def render(report: ReportData) -> str:
    return json.dumps(report_record(report), ensure_ascii=False, indent=2) + "\n"
