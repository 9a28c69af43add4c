"""``factcheck baseline write PATH... -o FILE``: accept today's findings so CI reports only new ones."""
from __future__ import annotations

import argparse

from .common import EXIT_CLEAN, UsageError, iso_date, say


def add_parser(commands) -> argparse.ArgumentParser:
    parser = commands.add_parser("baseline", help="write a baseline file of accepted findings")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    write = actions.add_parser("write", help="accept every current finding of PATH... into FILE")
    write.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    write.add_argument("-o", "--output", required=True, metavar="FILE",
                       help="the baseline file; decisions already in it are kept for findings still present")
    write.add_argument("--reason", default="", help="why these findings are accepted (stored with each new waiver)")
    write.add_argument("--expires", type=iso_date, help="new waivers stop applying after this day (YYYY-MM-DD)")
    write.add_argument("--rules", action="append", default=[], metavar="DIR", help="extra rule folder (repeatable)")
    write.add_argument("--date", type=iso_date, help="publication date for every article (YYYY-MM-DD)")
    return parser


def execute(args: argparse.Namespace) -> int:
    from .. import baseline
    from .reporting import checked_report

    try:
        previous = baseline.load(args.output)
        report, _ = checked_report(args.paths, args.rules, args.date)
        written = baseline.from_report(report, previous, args.reason, args.expires)
        baseline.save(written, args.output)
    except baseline.BaselineError as exc:
        raise UsageError(str(exc)) from None
    kept = sum(1 for fp in written.waivers if fp in previous.waivers)
    say(f"wrote {len(written.waivers)} waivers to {args.output} ({kept} kept from before, "
        f"{len(previous.waivers) - kept} dropped as their findings are gone)")
    for problem in report.problems:
        say(f"skipped {problem}")
    return EXIT_CLEAN
