"""``factcheck check PATH...``: check articles and report the findings."""
from __future__ import annotations

import argparse
from pathlib import Path

from ..model import Severity
from .common import EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE, iso_date, say, seconds, write_output


def add_parser(commands) -> argparse.ArgumentParser:
    from ..report.formats import RENDERERS

    parser = commands.add_parser("check", help="check articles and report findings")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    parser.add_argument("--format", "-f", default="text", choices=sorted(RENDERERS), help="report format (default text)")
    parser.add_argument("-o", "--output", help="write the report to this file instead of standard output")
    parser.add_argument("--report-dir", help="also write the report in every format into this folder")
    parser.add_argument("--fail-on", default="error", choices=["error", "warning", "info", "never"],
                        help="exit 1 when a finding at or above this severity exists (default error)")
    parser.add_argument("--rules", action="append", default=[], metavar="DIR", help="extra rule folder (repeatable)")
    parser.add_argument("--date", type=iso_date, help="publication date for every article (YYYY-MM-DD)")
    parser.add_argument("--baseline", metavar="FILE",
                        help="hide the findings this baseline file accepts (see `factcheck baseline write`)")
    parser.add_argument("--changed-since", metavar="REF",
                        help="report only article files changed since this Git ref (all are still checked)")
    parser.add_argument("--time-budget", type=seconds, metavar="SECONDS",
                        help="wall-clock seconds one article may take before it is reported as FC991 "
                             "and the run moves on (default from resources/limits.yaml; 0: no limit)")
    return parser


def execute(args: argparse.Namespace) -> int:
    from ..report.formats import FILE_NAMES, render
    from .reporting import CiFilters, checked_report

    filters = CiFilters.from_args(args)
    report, _ = checked_report(args.paths, args.rules, args.date, args.time_budget)
    report = filters.apply(report)
    write_output(render(report, args.format), args.output)
    if args.report_dir:
        folder = Path(args.report_dir)
        folder.mkdir(parents=True, exist_ok=True)
        for fmt, name in FILE_NAMES.items():
            (folder / name).write_text(render(report, fmt), encoding="utf-8")
    for problem in report.problems:
        say(f"skipped {problem}")
    if any(p.fatal for p in report.problems):
        return EXIT_USAGE
    if args.fail_on != "never" and report.count_at_least(Severity.parse(args.fail_on)):
        return EXIT_FINDINGS
    return EXIT_CLEAN
