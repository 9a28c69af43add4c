"""packed.Views: finding views stored packed read back equal, one at a time, and stay packed when filtered."""
from __future__ import annotations

import pickle

from factcheck.engine.loader import instantiate, load_rules
from factcheck.engine.runner import Engine
from factcheck.ingest import read_sources
from factcheck.pipeline import run
from factcheck.report.builder import build_report
from factcheck.report.packed import Views, kept


def _views(repo):
    rules = load_rules()
    report = build_report(run(read_sources([repo / "seeds"]), Engine(instantiate(rules))), rules)
    assert len(report.findings) > 3
    return report.findings


def test_packed_views_read_back_equal(repo):
    views = _views(repo)
    packed = Views.packed(views)
    assert all(isinstance(item, bytes) for item in packed._items)
    assert len(packed) == len(views) and packed == views and list(packed) == list(views)
    assert packed[1] == views[1] and packed[-1] == views[-1]
    assert packed[1:3] == views[1:3] and isinstance(packed[1:3], Views)
    assert sum(map(len, packed._items)) < 0.6 * sum(len(pickle.dumps(v)) for v in views)  # compressed


def test_filtering_keeps_items_as_stored(repo):
    views = _views(repo)
    mixed = Views.concat([views[:2], Views.packed(views[2:])])
    errors = kept(mixed, lambda v: str(v.finding.severity) == "error")
    assert isinstance(errors, Views)
    assert list(errors) == [v for v in views if str(v.finding.severity) == "error"]
    assert all(isinstance(i, bytes) == (views.index(v) >= 2) for i, v in zip(errors._items, errors))
    assert kept(tuple(views), lambda v: False) == ()
