"""JSON: the report record of ``records.py``, indented two spaces.

``write`` streams it: the findings are encoded and written one at a time (``streamed.py``), so a report
over a large corpus, whose findings are held packed (``report/packed.py``), never exists whole as one
string or one tree of dicts. ``render`` is ``write`` into a string: both give the same bytes.
"""
from __future__ import annotations

from typing import TextIO

from ..data import ReportData
from ..records import finding_record, report_record
from . import streamed


def render(report: ReportData) -> str:
    return streamed.to_string(write, report)


def write(report: ReportData, sink: TextIO) -> None:
    streamed.write(report_record(report, findings=False), ["findings"],
                   (finding_record(view) for view in report.findings), sink)
