"""Articles and a running review server, shared by the review tests and the browser tests."""
from __future__ import annotations

import threading
from contextlib import contextmanager
from pathlib import Path

import pytest

SUMMIT = """---
id: summit
title: Leaders <b>sign</b> a deal
date: 2022-03-10
---
The agreement was signed on Friday, March 3, 2022, in Geneva, before more than 5,600 people.
"""


def write_articles(folder: Path) -> Path:
    news = folder / "news"
    news.mkdir()
    (news / "summit.md").write_text(SUMMIT, encoding="utf-8")
    return news


@contextmanager
def review_server(paths: list[str], baseline_path: Path):
    from factcheck.cli.reporting import checked_report
    from factcheck.review.app import ReviewApp
    from factcheck.review.server import make_server

    report, _ = checked_report(paths)
    app = ReviewApp(report, baseline_path)
    server = make_server(app, 0)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", app
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture
def served(tmp_path, monkeypatch):
    """A review server on two written articles, run from ``tmp_path``: (url, app, tmp_path)."""
    monkeypatch.chdir(tmp_path)
    news = write_articles(tmp_path)
    with review_server([str(news)], tmp_path / "baseline.yaml") as (url, app):
        yield url, app, tmp_path
