"""``--scheduler ADDRESS|local``: the same pipeline on a Dask distributed cluster.

Partitioned by article: batches of articles are submitted as tasks (at most two per worker thread in
flight, so the client reads only a little ahead) and their results are taken back in input order.
Cross-article grouping is a Dask bag ``groupby`` on the (rule, key) of each fact: a shuffle by key
done by the cluster; each group is then checked by a worker. ``local`` starts a cluster on this
machine. Dask is an optional dependency (``pip install 'factcheck[dask]'``).
"""
from __future__ import annotations

from collections import deque
from functools import partial
from typing import Iterable, Iterator

from .engine.facts import Fact
from .engine.runner import Engine, finding_order
from .ingest import InputProblem
from .model import Article, Finding
from .parallel import batched, check_batch_compact, expand
from .pipeline import ArticleResult, group_key

BATCH_ARTICLES = 32


class DaskUnavailable(RuntimeError):
    pass


class DaskExecutor:
    def __init__(self, engine: Engine, scheduler: str, workers: int = 2, processes: bool = True,
                 batch: int = BATCH_ARTICLES) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise DaskUnavailable("--scheduler needs Dask: pip install 'factcheck[dask]'") from None
        self.engine, self.batch = engine, batch
        self.cluster = None
        if scheduler == "local":
            self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=processes,
                                        dashboard_address=None)
            self.client = Client(self.cluster)
        else:
            self.client = Client(scheduler)
        self.engine_future = self.client.scatter(engine, broadcast=True)
        self.slots = max(1, sum(self.client.nthreads().values()))

    def map(self, items: Iterable[Article | InputProblem]) -> Iterator[ArticleResult | InputProblem]:
        pending: deque = deque()
        for batch in batched(items, self.batch):
            pending.append((batch, self.client.submit(check_batch_compact, batch, True, self.engine_future, pure=False)))
            if len(pending) >= 2 * self.slots:
                batch, future = pending.popleft()
                yield from expand(batch, future.result())
        while pending:
            batch, future = pending.popleft()
            yield from expand(batch, future.result())

    def check_facts(self, tagged: list[tuple[int, Fact]]) -> list[Finding]:
        if not tagged:
            return []
        import dask.bag as db

        partitions = max(1, min(len(tagged), 2 * self.slots))
        groups = db.from_sequence(tagged, npartitions=partitions).groupby(group_key, shuffle="tasks")
        findings = groups.map(partial(_check_group, self.engine)).flatten()
        return sorted(findings.compute(scheduler=self.client), key=finding_order)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def __enter__(self) -> "DaskExecutor":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _check_group(engine: Engine, group: tuple[tuple[int, object], list[tuple[int, Fact]]]) -> list[Finding]:
    (position, key), tagged = group
    return engine.check_group(position, key, [fact for _, fact in tagged])
