"""What the commands share: exit codes, argument types, writing output."""
from __future__ import annotations

import argparse
import sys
from datetime import date

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    pass


def iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date in YYYY-MM-DD form") from None


def seconds(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not number >= 0 or number == float("inf"):
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds (0 or more)")
    return number


def write_report(report, fmt: str, output: str | None) -> None:
    """The report onto ``output`` (a path) or standard output; formats that stream are streamed."""
    from ..report.formats import write

    if output:
        with open(output, "w", encoding="utf-8") as sink:
            write(report, fmt, sink)
    else:
        write(report, fmt, sys.stdout)
        sys.stdout.flush()


def say(message: str) -> None:
    print(f"factcheck: {message}", file=sys.stderr)
