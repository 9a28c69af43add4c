"""``factcheck review PATH...``: serve the report on 127.0.0.1 for an editor to judge each finding."""
from __future__ import annotations

import argparse

from .common import EXIT_CLEAN, UsageError, iso_date, say

DEFAULT_BASELINE = "factcheck-baseline.yaml"


def add_parser(commands) -> argparse.ArgumentParser:
    parser = commands.add_parser("review", help="serve the report on 127.0.0.1 to mark findings")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    parser.add_argument("--baseline", default=DEFAULT_BASELINE, metavar="FILE",
                        help=f"where decisions are written (default {DEFAULT_BASELINE})")
    parser.add_argument("--port", type=int, default=8700, help="port on 127.0.0.1 (default 8700; 0 picks one)")
    parser.add_argument("--rules", action="append", default=[], metavar="DIR", help="extra rule folder (repeatable)")
    parser.add_argument("--date", type=iso_date, help="publication date for every article (YYYY-MM-DD)")
    return parser


def execute(args: argparse.Namespace) -> int:
    from ..baseline import BaselineError
    from ..review.app import ReviewApp
    from ..review.server import make_server
    from .reporting import checked_report

    report, _ = checked_report(args.paths, args.rules, args.date)
    try:
        app = ReviewApp(report, args.baseline)
        server = make_server(app, args.port)
    except BaselineError as exc:
        raise UsageError(str(exc)) from None
    except OSError as exc:
        raise UsageError(f"cannot listen on 127.0.0.1:{args.port}: {exc.strerror or exc}") from None
    host, port = server.server_address[:2]
    say(f"reviewing {len(report.findings)} findings at http://{host}:{port}/ "
        f"(decisions go to {args.baseline}); Ctrl-C stops")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        say("stopped")
    finally:
        server.server_close()
    return EXIT_CLEAN
