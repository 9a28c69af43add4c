"""What the commands share around a run: check the inputs into a report honouring inline suppressions,
and narrow it the way CI asks (--changed-since, --baseline)."""
from __future__ import annotations

import argparse
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Sequence

from ..engine.loader import instantiate, load_rules
from ..engine.runner import Engine
from ..ingest import read_sources
from ..pipeline import RunResult, run
from ..report.data import ReportData, build_report
from .common import UsageError, say


def checked_report(paths: Sequence[str], rule_dirs: Sequence[str] = (), published: date | None = None,
                   budget_seconds: float | None = None) -> tuple[ReportData, RunResult]:
    """``budget_seconds``: each article's time budget (None: the configured default, 0: none)."""
    from .. import suppress

    rules = load_rules(list(rule_dirs))
    result = run(read_sources(paths, published), Engine(instantiate(rules)), budget_seconds=budget_seconds)
    return suppress.apply(build_report(result, rules)), result


@dataclass(frozen=True)
class CiFilters:
    """``--changed-since`` and ``--baseline``, read before the run so a bad ref or file fails fast."""

    ref: str | None = None
    changed: frozenset[Path] | None = None
    accepted: object | None = None  # a baseline.Baseline

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> "CiFilters":
        from .. import baseline, changes

        try:
            changed = changes.changed_files(args.changed_since) if args.changed_since else None
            accepted = baseline.load(args.baseline) if args.baseline else None
        except (changes.ChangesError, baseline.BaselineError) as exc:
            raise UsageError(str(exc)) from None
        return cls(args.changed_since, frozenset(changed) if changed is not None else None, accepted)

    def apply(self, report: ReportData) -> ReportData:
        """The report narrowed to changed files, without what the baseline hides; expired waivers said."""
        from .. import baseline, changes

        if self.changed is not None:
            report = changes.narrow(report, set(self.changed), self.ref)
        if self.accepted is not None:
            report, outcome = baseline.apply(report, self.accepted)
            for note in outcome.notes():
                say(note)
        return report
