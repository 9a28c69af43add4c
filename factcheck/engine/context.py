"""What a rule kind sees: one article with its anchored claims and sentences."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Callable, Mapping

from ..extract.sentences import Sentence
from ..model import Article, Claim, Span


@dataclass(frozen=True)
class ArticleContext:
    article: Article
    claims: tuple[Claim, ...]
    sentences: tuple[Sentence, ...]
    # What rules derive from the article and share (claims by sentence, measured figures), kept for the
    # article's lifetime so the first rule that asks computes it and the others read it.
    _derived: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def derived(self, key: Any, compute: Callable[[], Any]) -> Any:
        """``compute()``, once per article and ``key``; the value must not be changed by its readers."""
        try:
            return self._derived[key]
        except KeyError:
            value = self._derived[key] = compute()
            return value

    def sentence_of(self, span: Span) -> Sentence | None:
        """The sentence a span starts in (sentences are in text order and do not overlap)."""
        index = bisect_right(self._sentence_starts, span.start) - 1
        if index >= 0:
            sentence = self.sentences[index]
            if sentence.span.start <= span.start < sentence.span.end or sentence.span.contains(span):
                return sentence
        return None

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [sentence.span.start for sentence in self.sentences]

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
