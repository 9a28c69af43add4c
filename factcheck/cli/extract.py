"""``factcheck extract PATH...``: the claims found in articles as JSONL, CSV or Parquet."""
from __future__ import annotations

import argparse
import sys
from contextlib import ExitStack

from ..ingest import InputProblem, read_sources
from ..pipeline import iter_claims
from .common import EXIT_CLEAN, EXIT_USAGE, UsageError, iso_date, say

FORMATS = ("jsonl", "csv", "parquet")


def add_parser(commands) -> argparse.ArgumentParser:
    parser = commands.add_parser("extract", help="write the claims found in articles as a table")
    parser.add_argument("paths", nargs="+", metavar="PATH")
    parser.add_argument("--format", "-f", default="jsonl", choices=FORMATS,
                        help="jsonl (one claim per line, default), csv or parquet (flat columns)")
    parser.add_argument("-o", "--output", help="write to this file (needed for parquet) instead of standard output")
    parser.add_argument("--date", type=iso_date, help="publication date for every article (YYYY-MM-DD)")
    return parser


def execute(args: argparse.Namespace) -> int:
    from ..report.claim_table import CsvWriter, JsonlWriter, ParquetWriter

    if args.format == "parquet" and not args.output:
        raise UsageError("--format parquet writes a binary file: give it with -o FILE")
    fatal = False
    with ExitStack() as stack:
        if args.format == "parquet":
            writer = ParquetWriter(args.output)
        else:
            out = (stack.enter_context(open(args.output, "w", encoding="utf-8", newline=""))
                   if args.output else sys.stdout)
            writer = CsvWriter(out) if args.format == "csv" else JsonlWriter(out)
        for item in iter_claims(read_sources(args.paths, args.date)):
            if isinstance(item, InputProblem):
                say(f"skipped {item}")
                fatal |= item.fatal
                continue
            article, claims = item
            for claim in claims:
                writer.write(claim, article)
        writer.close()
    return EXIT_USAGE if fatal else EXIT_CLEAN
