"""A per-article time budget: a runaway article becomes a finding for that article, not a hang.

Two mechanisms, so that it works wherever an article is checked:

* cooperative: ``Budget.checkpoint(stage)`` is called between stages and between rules and raises
  :class:`BudgetExceeded` once the deadline has passed. This works in any thread or process, but cannot
  stop one stage that never returns.
* preemptive: ``Budget.enforced()`` arms ``signal.setitimer`` when it runs on the main thread of a POSIX
  process (the CLI, and each worker of a process pool, where a task runs on the worker's main thread).
  The alarm raises :class:`BudgetExceeded` inside whatever Python code is running, including a
  ``regex`` match, which checks for signals while it backtracks. Elsewhere (a thread, Windows) the
  cooperative checkpoints are the fallback.

``BudgetExceeded`` derives from ``BaseException`` on purpose: extractors and the rule runner catch
``Exception`` to survive their own bugs, and must not swallow the budget running out.
"""
from __future__ import annotations

import signal
import threading
import time
import traceback
from contextlib import contextmanager
from functools import lru_cache
from typing import Iterator

from .model import Article, Finding, Severity, Span
from .resources import load


class BudgetExceeded(BaseException):
    """The article's time budget ran out while ``stage`` was running."""

    def __init__(self, seconds: float, stage: str) -> None:
        super().__init__(f"time budget of {seconds:g} s exceeded while {stage}")
        self.seconds, self.stage = seconds, stage


@lru_cache(maxsize=1)
def limits() -> dict:
    return load("limits.yaml")


def default_article_seconds() -> float:
    return float(limits()["budget"]["article_seconds"])


class Budget:
    """The time one article may take. ``seconds`` None means the configured default; 0 means no limit."""

    def __init__(self, seconds: float | None = None) -> None:
        self.seconds = default_article_seconds() if seconds is None else float(seconds)
        if self.seconds < 0:
            raise ValueError(f"time budget must be 0 (no limit) or more seconds, not {self.seconds:g}")
        self.deadline = time.monotonic() + self.seconds if self.seconds else None
        self.stage = "starting"
        self._armed = False

    @property
    def limited(self) -> bool:
        return self.deadline is not None

    def checkpoint(self, stage: str) -> None:
        """Record that ``stage`` begins; raise BudgetExceeded if the deadline has already passed."""
        self.stage = stage
        if self.deadline is not None and time.monotonic() >= self.deadline:
            raise BudgetExceeded(self.seconds, stage)

    @contextmanager
    def enforced(self) -> Iterator["Budget"]:
        """Interrupt the enclosed code at the deadline where a POSIX interval timer is usable."""
        if not self.limited or not _can_interrupt():
            yield self
            return
        remaining = max(self.deadline - time.monotonic(), 1e-3)
        outer_handler = signal.getsignal(signal.SIGALRM)
        outer_delay, outer_interval = signal.getitimer(signal.ITIMER_REAL)
        if outer_delay and outer_delay <= remaining:
            # Someone else's alarm (a test timeout, an outer budget) fires first; leave it alone and
            # rely on the checkpoints.
            yield self
            return
        started = time.monotonic()
        signal.signal(signal.SIGALRM, self._on_alarm)
        self._armed = True
        signal.setitimer(signal.ITIMER_REAL, remaining)
        try:
            yield self
        finally:
            self._armed = False
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, outer_handler)
            if outer_delay:
                left = max(outer_delay - (time.monotonic() - started), 1e-3)
                signal.setitimer(signal.ITIMER_REAL, left, outer_interval)

    def _on_alarm(self, signum, frame) -> None:
        if self._armed:  # the body may have finished between the alarm and its delivery
            raise BudgetExceeded(self.seconds, self.stage)


def _can_interrupt() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def over_budget_finding(article: Article, stop: BudgetExceeded) -> Finding:
    spec = limits()["internal_findings"]["time-budget-exceeded"]
    return Finding(spec["id"], "time-budget-exceeded", Severity.parse(spec["severity"]),
                   spec["message"].format(seconds=stop.seconds, stage=stop.stage), article.id,
                   _start(article), (), spec["explanation"])


def analysis_failed_finding(article: Article, error: Exception) -> Finding:
    """An extractor or resolver raised on this article: say so instead of taking the run down."""
    spec = limits()["internal_findings"]["analysis-failed"]
    frames = traceback.extract_tb(error.__traceback__)
    where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "an unknown place"
    return Finding(spec["id"], "analysis-failed", Severity.parse(spec["severity"]),
                   spec["message"].format(error=f"{type(error).__name__}: {error}"), article.id,
                   _start(article), (), spec["explanation"].format(where=where))


def _start(article: Article) -> Span:
    start = article.body_span.start
    return Span(start, start)
