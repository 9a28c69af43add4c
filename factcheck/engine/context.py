"""What a rule kind sees: one article with its anchored claims and sentences."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from ..extract.sentences import Sentence
from ..model import Article, Claim, Span


@dataclass(frozen=True)
class ArticleContext:
    article: Article
    claims: tuple[Claim, ...]
    sentences: tuple[Sentence, ...]

    def sentence_of(self, span: Span) -> Sentence | None:
        for sentence in self.sentences:
            if sentence.span.start <= span.start < sentence.span.end or sentence.span.contains(span):
                return sentence
        return None

    def text_of(self, span: Span) -> str:
        return self.article.text[span.start:span.end]


@dataclass(frozen=True)
class Hit:
    """What a rule kind found: where, the claims involved, the values its message needs, the arithmetic."""

    span: Span
    evidence: tuple[Claim, ...] = ()
    values: Mapping[str, Any] = field(default_factory=dict)
    explanation: str = ""
    # The article a corpus rule's hit belongs to; article rules leave it to the engine.
    article: str | None = None
