"""The command line. The only place that prints; one module per command."""
from __future__ import annotations

import argparse
import sys
from typing import Sequence

from .. import __version__
from ..engine.schema import RuleError
from . import baseline, check, extract, review, rules
from .common import EXIT_CLEAN, EXIT_USAGE, UsageError

COMMANDS = (check, extract, rules, baseline, review)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="factcheck", description="Verify the facts and figures inside news articles.")
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        command.add_parser(commands).set_defaults(handler=command.execute)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except (RuleError, UsageError) as exc:
        print(f"factcheck: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_CLEAN
