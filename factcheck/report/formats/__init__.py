"""Renderers: ReportData → text in one format. Each is a function ``render(report) -> str``."""
from __future__ import annotations

from typing import Callable, TextIO

from ..data import ReportData
from . import github, html, json_format, junit, markdown, sarif, text

RENDERERS: dict[str, Callable[[ReportData], str]] = {
    "text": text.render,
    "json": json_format.render,
    "md": markdown.render,
    "html": html.render,
    "sarif": sarif.render,
    "junit": junit.render,
    "github": github.render,
}

# File names used when writing every format into a directory (``--report-dir``).
FILE_NAMES = {"text": "report.txt", "json": "report.json", "md": "report.md", "html": "report.html",
              "sarif": "report.sarif", "junit": "report.junit.xml", "github": "report.github.txt"}


def render(report: ReportData, fmt: str) -> str:
    try:
        renderer = RENDERERS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(RENDERERS)}") from None
    return renderer(report)


# Formats that can write a report piece by piece instead of building it as one string.
WRITERS: dict[str, Callable[[ReportData, TextIO], None]] = {"json": json_format.write, "sarif": sarif.write}


def write(report: ReportData, fmt: str, sink: TextIO) -> None:
    """The report in ``fmt`` onto ``sink``: streamed where the format allows, else rendered whole."""
    writer = WRITERS.get(fmt)
    if writer is not None:
        writer(report, sink)
    else:
        sink.write(render(report, fmt))
