"""``factcheck check PATH...``: check articles and report the findings."""
from __future__ import annotations

import argparse
from contextlib import ExitStack
from pathlib import Path

from ..engine.loader import instantiate, load_rules
from ..engine.runner import Engine
from ..ingest import read_sources
from ..model import Severity
from ..pipeline import ArticleResult, stream
from .common import EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE, UsageError, iso_date, say, seconds, write_report
from .progress import with_progress


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
    parser.add_argument("--reference", metavar="FILE", help="trusted figures (CSV or Parquet) to check claims against")
    parser.add_argument("--jobs", "-j", type=_positive, default=1, metavar="N",
                        help="check articles in N processes (default 1)")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="run on a Dask cluster at ADDRESS, or 'local' for one on this machine")
    parser.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                        help="show progress on standard error (default: only on a terminal)")
    parser.add_argument("--time-budget", type=seconds, metavar="SECONDS",
                        help="wall-clock seconds one article may take before it is reported as FC991 "
                             "and the run moves on (default from resources/limits.yaml; 0: no limit)")
    return parser


def execute(args: argparse.Namespace) -> int:
    from .. import suppress
    from ..reference import ReferenceError, load_reference
    from ..report.builder import ReportBuilder
    from ..report.formats import FILE_NAMES
    from .reporting import CiFilters

    if args.jobs > 1 and args.scheduler:
        raise UsageError("--jobs and --scheduler exclude each other: a Dask cluster has its own workers")
    filters = CiFilters.from_args(args)
    rules = load_rules(args.rules)
    reference = None
    if args.reference:
        try:
            reference = load_reference(args.reference)
        except ReferenceError as exc:
            raise UsageError(str(exc)) from None
    engine = Engine(instantiate(rules), reference)
    builder = ReportBuilder(rules)
    if reference is not None:
        builder.extra["reference"] = reference.describe()
    # Inline suppression comments are read while each article's text is at hand: the report keeps the
    # text of the first articles only.
    comments: dict[str, list] = {}
    with ExitStack() as stack:
        executor = _executor(args, engine, stack, builder.list_articles)
        items = stream(read_sources(args.paths, args.date), engine, executor, args.time_budget)
        for item in with_progress(items, force=args.progress):
            if isinstance(item, ArticleResult) and (found := suppress.regions(item.article.text)):
                comments[item.article.id] = found
            builder.add(item)
    report = filters.apply(suppress.apply(builder.build(), suppress.Suppressions.from_regions(comments)))
    write_report(report, args.format, args.output)
    if args.report_dir:
        folder = Path(args.report_dir)
        folder.mkdir(parents=True, exist_ok=True)
        for fmt, name in FILE_NAMES.items():
            write_report(report, fmt, str(folder / name))
    for problem in report.problems:
        say(f"skipped {problem}")
    if any(p.fatal for p in report.problems):
        return EXIT_USAGE
    if args.fail_on != "never" and report.count_at_least(Severity.parse(args.fail_on)):
        return EXIT_FINDINGS
    return EXIT_CLEAN


def _executor(args: argparse.Namespace, engine: Engine, stack: ExitStack, detailed: int):
    if args.scheduler:
        from ..distributed import DaskExecutor, DaskUnavailable

        try:
            return stack.enter_context(DaskExecutor(engine, args.scheduler))
        except DaskUnavailable as exc:
            raise UsageError(str(exc)) from None
    if args.jobs > 1:
        from ..parallel import ProcessExecutor

        return ProcessExecutor(engine, args.jobs, detailed=detailed)
    return None


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of at least 1")
    return number
