"""What a corpus rule keeps of an article: a small, picklable record grouped by key.

Cross-article rules never hold articles. While an article is checked (in whatever process or worker),
each corpus rule turns it into a few ``Fact``s: the group key (event, tally), the figure's claim, and
an ``Origin`` that lets a report show the claim's place and sentence without the article's text.
Grouping facts by key is a shuffle, never a comparison of every pair of articles.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Hashable

from ..model import Article, Claim
from ..report.locate import LineIndex


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a claim sits, for a report that no longer has the article: path, line and column, sentence."""

    article: str
    path: str | None
    in_table: bool
    published: date | None
    title: str | None
    line: int
    column: int
    end_line: int
    end_column: int
    sentence: str | None


@dataclass(frozen=True, slots=True)
class Fact:
    key: Hashable
    article: str
    published: date | None
    source: str | None
    claim: Claim
    origin: Origin


def origin_of(article: Article, claim: Claim, index: LineIndex | None = None) -> Origin:
    index = index or LineIndex(article.text)
    line, column = index.line_col(claim.span.start)
    end_line, end_column = index.line_col(claim.span.end)
    sentence = article.text[claim.sentence.start:claim.sentence.end] if claim.sentence else None
    return Origin(article.id, article.path, article.in_table, article.published, article.title,
                  line, column, end_line, end_column, sentence)
