"""``--jobs N``: check articles in N worker processes on one machine.

Articles go out in batches and come back in input order. At most ``IN_FLIGHT × N`` batches are in flight, so
reading runs only a little ahead of checking and memory stays flat however long the corpus is
(``Pool.imap`` would read the whole input into its task queue). Cross-article facts come back with
their articles; grouping them by key is cheap and done in this process.

This process is the bottleneck's neighbour: it reads, sends and receives for every worker. Past the
first ``detailed`` articles (those a report lists whole) an article's claims and sentences stay in the
worker and only their count, the findings and the facts travel back; unpickling claims was half of
this process's time.
"""
from __future__ import annotations

import gc
import multiprocessing
from collections import deque
from itertools import chain, islice
from typing import Iterable, Iterator

from .engine.context import ArticleContext
from .engine.facts import Fact
from .engine.runner import Engine
from .ingest import InputProblem
from .model import Article, Finding
from .pipeline import ArticleResult, check_article

BATCH_ARTICLES = 16
WARM_UP_ARTICLES = 16
# Batches in flight per worker. Results are taken in input order, so while this process waits on a slow
# batch the other workers live on the queue: with two per worker they ran dry behind one long article.
IN_FLIGHT = 6
_worker_engine: Engine | None = None


class ProcessExecutor:
    def __init__(self, engine: Engine, jobs: int, batch: int = BATCH_ARTICLES, warm_up: int = WARM_UP_ARTICLES,
                 detailed: int | None = None) -> None:
        """``detailed``: how many leading articles come back with their claims and sentences (None: all)."""
        if jobs < 1:
            raise ValueError(f"--jobs must be at least 1, not {jobs}")
        self.engine, self.jobs, self.batch, self.warm_up = engine, jobs, batch, warm_up
        self.detailed = detailed

    def map(self, items: Iterable[Article | InputProblem]) -> Iterator[ArticleResult | InputProblem]:
        # The first articles are checked here, before the workers are forked: the extractors build
        # their patterns and word lists lazily, and what this builds every worker shares instead of
        # building it again (a compile costs as much as checking dozens of articles).
        iterator = iter(items)
        yield from check_batch(list(islice(iterator, self.warm_up)), self.engine)
        first = list(islice(iterator, self.batch))
        if not first:
            return
        # fork shares the loaded rules and compiled patterns; spawn (other platforms) re-imports them.
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        if method == "fork":
            # Objects that exist now are never collected in the workers, so the collector does not touch
            # (and copy) the pages they share with this process.
            gc.freeze()
        context = multiprocessing.get_context(method)
        with context.Pool(self.jobs, initializer=_start_worker, initargs=(self.engine,)) as pool:
            pending: deque = deque()
            sent = self.warm_up
            for batch in chain([first], batched(iterator, self.batch)):
                detailed = self.detailed is None or sent < self.detailed
                sent += len(batch)
                pending.append((batch, pool.apply_async(check_batch_compact, (batch, detailed))))
                if len(pending) >= IN_FLIGHT * self.jobs:
                    yield from expand(*_get(pending.popleft()))
            while pending:
                yield from expand(*_get(pending.popleft()))

    def check_facts(self, tagged: list[tuple[int, Fact]]) -> list[Finding]:
        return self.engine.check_facts(tagged)


def batched(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def check_batch(batch: list[Article | InputProblem], engine: Engine | None = None) -> list[ArticleResult | InputProblem]:
    engine = engine or _worker_engine
    return [item if isinstance(item, InputProblem) else check_article(item, engine) for item in batch]


def check_batch_compact(batch: list[Article | InputProblem], detailed: bool = True,
                        engine: Engine | None = None) -> list[tuple | None]:
    """A batch's results without the articles, which the sender still holds: what travels back is the
    claims (or, not ``detailed``, their number), sentences, findings and facts."""
    return [None if isinstance(r, InputProblem)
            else (r.context.claims if detailed else len(r.context.claims), r.context.sentences if detailed else (),
                  r.findings, r.facts)
            for r in check_batch(batch, engine)]


def expand(batch: list[Article | InputProblem], compact: list[tuple | None]) -> Iterator[ArticleResult | InputProblem]:
    """The results of ``check_batch_compact`` joined again with the articles that were sent."""
    for item, result in zip(batch, compact):
        if result is None:
            yield item
        else:
            claims, sentences, findings, facts = result
            if isinstance(claims, int):
                yield ArticleResult(ArticleContext(item, (), ()), findings, facts, claims_found=claims)
            else:
                yield ArticleResult(ArticleContext(item, claims, sentences), findings, facts)


def _get(entry: tuple) -> tuple[list, list]:
    batch, future = entry
    return batch, future.get()


def _start_worker(engine: Engine) -> None:
    global _worker_engine
    _worker_engine = engine
