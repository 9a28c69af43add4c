"""JSON: the report record of ``records.py``, indented two spaces.

``write`` streams it: the findings are encoded and written one at a time, so a report over a large
corpus (whose findings are held packed, see ``report/packed.py``) never exists whole as one string or
one tree of dicts. ``render`` is ``write`` into a string, so both give the same bytes.
"""
from __future__ import annotations

import io
import json
from typing import TextIO

from ..data import ReportData
from ..records import finding_record, report_record


def render(report: ReportData) -> str:
    buffer = io.StringIO()
    write(report, buffer)
    return buffer.getvalue()


def write(report: ReportData, sink: TextIO) -> None:
    """What ``json.dumps(report_record(report), ensure_ascii=False, indent=2)`` gives, plus a newline."""
    head = report_record(report, findings=False)
    sink.write("{\n")
    for position, (key, value) in enumerate(head.items()):
        sink.write(f"  {_dumps(key)}: ")
        if key == "findings" and len(report.findings):
            sink.write("[\n")
            for index, view in enumerate(report.findings):
                sink.write(",\n    " if index else "    ")
                sink.write(_dumps(finding_record(view)).replace("\n", "\n    "))
            sink.write("\n  ]")
        else:
            # Encoded JSON has no raw newline inside strings, so re-indenting by lines is exact.
            sink.write(_dumps(value).replace("\n", "\n  "))
        sink.write(",\n" if position < len(head) - 1 else "\n")
    sink.write("}\n")


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)
