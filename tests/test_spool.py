"""Facts spilled to disk come back whole per group, and a spilled run finds what an in-memory one does."""
from __future__ import annotations

from datetime import date

from factcheck.engine.facts import Fact, Origin
from factcheck.engine.loader import instantiate, load_rules
from factcheck.engine.runner import Engine
from factcheck.ingest import read_sources
from factcheck.model import Claim, Span
from factcheck.pipeline import run
from factcheck.spool import FactSpool


def _fact(key, n):
    claim = Claim("a", Span(n, n + 1), "x", "casualties", "test")
    return Fact(key, f"a{n}", date(2020, 1, 1), None, claim, Origin(f"a{n}", None, False, None, None, 1, 1, 1, 2, None))


def test_spilled_groups_stay_whole_in_one_partition():
    with FactSpool(memory_facts=3, partitions=4) as spool:
        for n in range(40):
            spool.add((n % 2, _fact(("event", n % 5), n)))
        parts = list(spool.partitions_of_facts())
        assert spool.folder is not None and sum(len(p) for p in parts) == 40
    where = {}
    for index, part in enumerate(parts):
        for position, fact in part:
            assert where.setdefault((position, fact.key), index) == index
    assert len(where) == 10


def test_in_memory_when_small():
    with FactSpool(memory_facts=100) as spool:
        spool.add((0, _fact("k", 1)))
        assert list(spool.partitions_of_facts()) == [[(0, _fact("k", 1))]] and spool.folder is None


def test_a_run_that_spills_finds_the_same(repo, monkeypatch):

    engine = Engine(instantiate(load_rules()))
    in_memory = run(read_sources([repo / "seeds"]), engine)
    monkeypatch.setattr(FactSpool.__init__, "__defaults__", (2, 3))
    spilled = run(read_sources([repo / "seeds"]), engine)
    assert spilled.corpus_findings == in_memory.corpus_findings and in_memory.corpus_findings
    assert spilled.corpus_origins == in_memory.corpus_origins
