"""The per-article time budget: a runaway becomes FC991 for that article and the run goes on."""
from __future__ import annotations

import threading
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from datetime import date

import pytest

from factcheck.budget import Budget, BudgetExceeded
from factcheck.cli import main
from factcheck.engine.context import Hit
from factcheck.engine.kinds.base import RuleKind
from factcheck.engine.loader import instantiate, load_rules
from factcheck.engine.runner import Engine
from factcheck.model import Article, Span
from factcheck.pipeline import check_article, run

RULES = {r.id: r for r in load_rules()}
TEXT = "It was signed on Friday, March 3, 2022."
BUDGET = 1.0  # seconds: far above the milliseconds a warm extraction of TEXT takes


@pytest.fixture(autouse=True, scope="module")
def warm_extractors():
    """The first article loads lexicons and compiles patterns; that must not eat the budgets below."""
    check_article(Article("warm", TEXT, date(2022, 3, 10)), Engine(instantiate([RULES["FC201"]])), 0)


class Spinning(RuleKind):
    """A rule stuck in a pure-Python loop: only a preemptive alarm can stop it."""

    def check(self, context):
        while True:
            pass


class Sleepy(RuleKind):
    """A slow rule that does return: the cooperative checkpoint stops the rules after it."""

    def check(self, context):
        time.sleep(BUDGET * 1.5)
        return [Hit(Span(0, 2))]


class SwallowsEverything(RuleKind):
    """A rule that catches ``Exception`` around a runaway must not swallow the budget running out."""

    def check(self, context):
        try:
            while True:
                pass
        except Exception:
            return []


def _engine(*kinds):
    checkers = instantiate([RULES["FC201"]])
    for kind, rule_id in zip(kinds, ("FC202", "FC901")):
        checkers.insert(0, kind(replace(RULES[rule_id], params={}, message="never shown")))
    return Engine(checkers)


def _ids(result):
    return sorted(f.rule_id for f in result.findings)


def _check_spinning(seconds: float) -> list[str]:
    """Run in a worker process: the worker's main thread can use the interval timer."""
    return _ids(check_article(Article("w", TEXT, date(2022, 3, 10)), _engine(Spinning), seconds))


@pytest.mark.parametrize("kind", [Spinning, SwallowsEverything])
def test_a_runaway_rule_in_the_main_thread_becomes_a_budget_finding(kind):
    result = check_article(Article("a", TEXT, date(2022, 3, 10)), _engine(kind), budget_seconds=BUDGET)
    (finding,) = [f for f in result.findings if f.rule_id == "FC991"]
    assert "1 s" in finding.message and "running rule FC202" in finding.message
    assert finding.article == "a" and result.claims, "claims found before the runaway are kept"


def test_a_runaway_in_a_worker_process_becomes_a_budget_finding():
    with ProcessPoolExecutor(max_workers=1) as pool:
        assert pool.submit(_check_spinning, BUDGET).result(timeout=120) == ["FC991"]


def test_in_a_thread_the_checkpoints_stop_the_rules_after_a_slow_one():
    outcome = {}
    article = Article("t", TEXT, date(2022, 3, 10))
    worker = threading.Thread(target=lambda: outcome.update(result=check_article(article, _engine(Sleepy), BUDGET)))
    worker.start()
    worker.join(60)
    # Sleepy's own hit is kept; FC201, due after the deadline, did not run.
    assert _ids(outcome["result"]) == ["FC202", "FC991"]


def test_a_runaway_extractor_becomes_a_budget_finding(monkeypatch):
    import factcheck.pipeline as pipeline

    def spin(article, sentences):
        while True:
            pass

    monkeypatch.setattr(pipeline, "extract", spin)
    result = check_article(Article("x", TEXT, date(2022, 3, 10)), _engine(), BUDGET)
    (finding,) = result.findings
    assert finding.rule_id == "FC991" and "extracting claims" in finding.message and result.claims == ()


def test_a_crashing_extractor_costs_that_article_only(monkeypatch):
    import factcheck.pipeline as pipeline

    real = pipeline.extract

    def fragile(article, sentences):
        if article.id == "bad":
            raise IndexError("off the end")
        return real(article, sentences)

    monkeypatch.setattr(pipeline, "extract", fragile)
    articles = [Article("bad", TEXT, date(2022, 3, 10)), Article("good", TEXT, date(2022, 3, 10))]
    result = run(articles, _engine())
    by_id = {r.article.id: _ids(r) for r in result.articles}
    assert by_id == {"bad": ["FC992"], "good": ["FC201"]}
    assert "IndexError: off the end" in result.articles[0].findings[0].message


def test_the_budget_leaves_no_alarm_behind_and_restores_an_outer_one():
    import signal

    fired = []
    previous = signal.signal(signal.SIGALRM, lambda *_: fired.append(True))
    try:
        signal.setitimer(signal.ITIMER_REAL, 5.0)
        check_article(Article("a", TEXT, date(2022, 3, 10)), _engine(), 1.0)
        left, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 3.0 < left <= 5.0, "the outer alarm is re-armed with its remaining time"
        signal.setitimer(signal.ITIMER_REAL, 0)
        check_article(Article("a", TEXT, date(2022, 3, 10)), _engine(), 1.0)
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0) and not fired
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_checkpoint_raises_only_after_the_deadline():
    budget = Budget(0.05)
    budget.checkpoint("early")
    time.sleep(0.06)
    with pytest.raises(BudgetExceeded) as info:
        budget.checkpoint("late")
    assert info.value.stage == "late"
    Budget(0).checkpoint("anything")  # 0: no limit
    with pytest.raises(ValueError):
        Budget(-1)


def test_cli_time_budget_option(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text("date 2022-03-10\n" + TEXT + "\n", encoding="utf-8")
    assert main(["check", str(path), "--time-budget", "0"]) == 1
    assert "FC201" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["check", str(path), "--time-budget", "soon"])
