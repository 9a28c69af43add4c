"""The 1xx seed articles carry one planted error per rule; each must be found, and the real seed article
(000) must stay free of findings at warning or above."""
from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.engine.loader import instantiate, load_rules
from factcheck.engine.runner import Engine
from factcheck.ingest import read_sources
from factcheck.model import Severity
from factcheck.pipeline import run

EXPECTED = {
    "101_port_strike.txt": {"FC101", "FC102", "FC104"},
    "102_referendum.md": {"FC103", "FC105"},
    "103_ceasefire.txt": {"FC203", "FC204", "FC205", "FC401"},
    "104_crash_sources.txt": {"FC402"},
}


SEEDS = Path(__file__).resolve().parents[3] / "seeds"


@pytest.fixture(scope="module")
def seed_findings():
    seeds = SEEDS
    result = run(read_sources([str(seeds)], None), Engine(instantiate(load_rules())))
    found: dict[str, list] = {}
    for article in result.articles:
        found[Path(article.article.path).name] = list(article.findings)
    return found


@pytest.mark.parametrize("name, rules", sorted(EXPECTED.items()))
def test_planted_errors_are_found(seed_findings, name, rules):
    fired = {f.rule_id for f in seed_findings[name]}
    assert fired == rules, f"{name}: expected {sorted(rules)}, got {sorted(fired)}"


def test_the_real_seed_article_stays_clean(seed_findings):
    loud = [f for f in seed_findings["000_fcbb8e3e67838202.txt"] if f.severity >= Severity.WARNING]
    assert not loud, [f.message for f in loud]
