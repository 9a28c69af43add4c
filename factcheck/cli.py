"""The command line: check, extract, rules. The only place that prints."""
from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Sequence

from . import __version__
from .engine.loader import instantiate, load_rules
from .engine.runner import Engine
from .engine.schema import RuleError
from .ingest import InputProblem, read_sources
from .model import Severity
from .pipeline import run

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    pass


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date in YYYY-MM-DD form") from None


def build_parser() -> argparse.ArgumentParser:
    from .report.formats import RENDERERS

    parser = argparse.ArgumentParser(prog="factcheck", description="Verify the facts and figures inside news articles.")
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    check = commands.add_parser("check", help="check articles and report findings")
    check.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    check.add_argument("--format", "-f", default="text", choices=sorted(RENDERERS), help="report format (default text)")
    check.add_argument("-o", "--output", help="write the report to this file instead of standard output")
    check.add_argument("--report-dir", help="also write the report in every format into this folder")
    check.add_argument("--fail-on", default="error", choices=["error", "warning", "info", "never"],
                       help="exit 1 when a finding at or above this severity exists (default error)")
    check.add_argument("--rules", action="append", default=[], metavar="DIR", help="extra rule folder (repeatable)")
    check.add_argument("--date", type=_iso_date, help="publication date for every article (YYYY-MM-DD)")

    extract = commands.add_parser("extract", help="print the claims found in articles")
    extract.add_argument("paths", nargs="+", metavar="PATH")
    extract.add_argument("--format", "-f", default="jsonl", choices=["jsonl"], help="output format")
    extract.add_argument("-o", "--output")
    extract.add_argument("--date", type=_iso_date)

    rules = commands.add_parser("rules", help="list the rule catalogue")
    rules.add_argument("--rules", action="append", default=[], metavar="DIR")
    rules.add_argument("--verbose", "-v", action="store_true", help="show each rule's documentation")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        handler = {"check": _check, "extract": _extract, "rules": _rules}[args.command]
        return handler(args)
    except (RuleError, UsageError) as exc:
        print(f"factcheck: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_CLEAN


def _check(args: argparse.Namespace) -> int:
    from .report.data import build_report
    from .report.formats import FILE_NAMES, render

    rules = load_rules(args.rules)
    engine = Engine(instantiate(rules))
    result = run(read_sources(args.paths, args.date), engine)
    report = build_report(result, rules)
    _write(render(report, args.format), args.output)
    if args.report_dir:
        folder = Path(args.report_dir)
        folder.mkdir(parents=True, exist_ok=True)
        for fmt, name in FILE_NAMES.items():
            (folder / name).write_text(render(report, fmt), encoding="utf-8")
    for problem in result.problems:
        print(f"factcheck: skipped {problem}", file=sys.stderr)
    if any(p.fatal for p in result.problems):
        return EXIT_USAGE
    if args.fail_on != "never" and report.count_at_least(Severity.parse(args.fail_on)):
        return EXIT_FINDINGS
    return EXIT_CLEAN


def _extract(args: argparse.Namespace) -> int:
    import json

    from .pipeline import iter_claims
    from .report.records import claim_record

    lines = []
    fatal = False
    for item in iter_claims(read_sources(args.paths, args.date)):
        if isinstance(item, InputProblem):
            print(f"factcheck: skipped {item}", file=sys.stderr)
            fatal |= item.fatal
            continue
        article, claims = item
        lines.extend(json.dumps(claim_record(c, article), ensure_ascii=False) for c in claims)
    _write("".join(line + "\n" for line in lines), args.output)
    return EXIT_USAGE if fatal else EXIT_CLEAN


def _rules(args: argparse.Namespace) -> int:
    rules = load_rules(args.rules)
    instantiate(rules)
    out = []
    for rule in rules:
        state = "" if rule.enabled else " (disabled)"
        out.append(f"{rule.id}  {rule.name}  [{rule.severity}]{state}\n    {rule.summary}")
        if args.verbose and rule.description:
            out.extend("    " + line for line in rule.description.rstrip().splitlines())
            out.append(f"    message: {rule.message}")
            out.append(f"    kind: {rule.extends}  file: {rule.path}")
    print("\n".join(out))
    return EXIT_CLEAN


def _write(text: str, output: str | None) -> None:
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
        sys.stdout.flush()


if __name__ == "__main__":
    raise SystemExit(main())
