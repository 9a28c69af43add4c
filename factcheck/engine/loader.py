"""Finding and loading rule files: the packaged catalogue plus any ``--rules DIR``."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

from ..paths import data_dir
from .kinds.base import RuleKind
from .registry import rule_kinds
from .schema import Rule, RuleError, parse_rule_file


def default_rules_dir() -> Path:
    return data_dir("rules")


def load_rules(extra_dirs: Iterable[str | Path] = (), include_default: bool = True) -> list[Rule]:
    """Rules sorted by id; a rule in a later directory replaces a packaged rule with the same id."""
    dirs = ([default_rules_dir()] if include_default else []) + [Path(d) for d in extra_dirs]
    by_id: dict[str, Rule] = {}
    for directory in dirs:
        if not directory.is_dir():
            raise RuleError(str(directory), None, "rules directory not found")
        seen_here: dict[str, str] = {}
        for path in sorted(directory.glob("*.y*ml")):
            rule = parse_rule_file(path)
            if rule.id in seen_here:
                raise RuleError(str(path), rule.line, f"rule id {rule.id} is already used by {seen_here[rule.id]}")
            seen_here[rule.id] = str(path)
            by_id[rule.id] = rule
    names: dict[str, str] = {}
    for rule in by_id.values():
        if rule.name in names:
            raise RuleError(rule.path, rule.line, f"rule name {rule.name!r} is already used by {names[rule.name]}")
        names[rule.name] = rule.id
    return sorted(by_id.values(), key=lambda r: r.id)


def instantiate(rules: Iterable[Rule]) -> list[RuleKind]:
    """A checker per enabled rule; unknown kinds and bad parameters are reported with file:line."""
    kinds = rule_kinds()
    checkers = []
    for rule in rules:
        kind = kinds.get(rule.extends)
        if kind is None:
            raise RuleError(rule.path, rule.line, f"unknown rule kind {rule.extends!r}; known kinds: "
                            f"{', '.join(sorted(kinds))}")
        checker = kind(rule)
        if rule.enabled:
            checkers.append(checker)
    return checkers
