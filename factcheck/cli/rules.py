"""``factcheck rules``: the rule catalogue with summaries (and documentation with ``-v``)."""
from __future__ import annotations

import argparse

from ..engine.loader import instantiate, load_rules
from .common import EXIT_CLEAN


def add_parser(commands) -> argparse.ArgumentParser:
    parser = commands.add_parser("rules", help="list the rule catalogue")
    parser.add_argument("--rules", action="append", default=[], metavar="DIR", help="extra rule folder (repeatable)")
    parser.add_argument("--verbose", "-v", action="store_true", help="show each rule's documentation")
    return parser


def execute(args: argparse.Namespace) -> int:
    rules = load_rules(args.rules)
    instantiate(rules)
    out = []
    for rule in rules:
        state = "" if rule.enabled else " (disabled)"
        out.append(f"{rule.id}  {rule.name}  [{rule.severity}]{state}\n    {rule.summary}")
        if args.verbose:
            out.extend("    " + line for line in rule.description.rstrip().splitlines())
            out.append(f"    message: {rule.message}")
            out.append(f"    kind: {rule.extends}  file: {rule.path}")
    print("\n".join(out))
    return EXIT_CLEAN
