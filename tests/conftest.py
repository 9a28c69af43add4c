from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

pytest_plugins = ["tests.review_support"]

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO / "benchmarks"))  # the benchmark data's own reader, for the tests of that data


@pytest.fixture
def repo() -> Path:
    return REPO


@pytest.fixture
def shared() -> Path:
    """The shared data folder beside the checkout; tests that need it skip cleanly without it."""
    if not (SHARED / "data").is_dir():
        pytest.skip("../shared/data is not present")
    return SHARED


@pytest.fixture
def in_repo(monkeypatch) -> Path:
    monkeypatch.chdir(REPO)
    return REPO


def article(text: str, published: date | None = date(2020, 12, 29), article_id: str = "t"):
    from factcheck.model import Article

    return Article(article_id, text, published)
