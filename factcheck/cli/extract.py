"""``factcheck extract PATH...``: the claims found in articles, one JSON object per line."""
from __future__ import annotations

import argparse
import json

from ..ingest import InputProblem, read_sources
from ..pipeline import iter_claims
from .common import EXIT_CLEAN, EXIT_USAGE, iso_date, say, write_output


def add_parser(commands) -> argparse.ArgumentParser:
    parser = commands.add_parser("extract", help="print the claims found in articles")
    parser.add_argument("paths", nargs="+", metavar="PATH")
    parser.add_argument("--format", "-f", default="jsonl", choices=["jsonl"], help="output format")
    parser.add_argument("-o", "--output")
    parser.add_argument("--date", type=iso_date, help="publication date for every article (YYYY-MM-DD)")
    return parser


def execute(args: argparse.Namespace) -> int:
    from ..report.records import claim_record

    lines = []
    fatal = False
    for item in iter_claims(read_sources(args.paths, args.date)):
        if isinstance(item, InputProblem):
            say(f"skipped {item}")
            fatal |= item.fatal
            continue
        article, claims = item
        lines.extend(json.dumps(claim_record(c, article), ensure_ascii=False) for c in claims)
    write_output("".join(line + "\n" for line in lines), args.output)
    return EXIT_USAGE if fatal else EXIT_CLEAN
