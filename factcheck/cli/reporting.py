"""The report the commands share: check the inputs, build the report, honour inline suppressions."""
from __future__ import annotations

from datetime import date
from typing import Sequence

from ..engine.loader import instantiate, load_rules
from ..engine.runner import Engine
from ..ingest import read_sources
from ..pipeline import RunResult, run
from ..report.data import ReportData, build_report


def checked_report(paths: Sequence[str], rule_dirs: Sequence[str] = (), published: date | None = None
                   ) -> tuple[ReportData, RunResult]:
    from .. import suppress

    rules = load_rules(list(rule_dirs))
    result = run(read_sources(paths, published), Engine(instantiate(rules)))
    return suppress.apply(build_report(result, rules)), result
