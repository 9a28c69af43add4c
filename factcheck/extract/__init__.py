"""Extract stage: Article → Claims (temporal first, so a duration's number is not also counted)."""
from __future__ import annotations

from ..model import Article, Claim
from .quantities import find_quantities
from .sentences import Sentence, split_sentences
from .timex import find_timexes


def extract(article: Article, sentences: list[Sentence] | None = None) -> list[Claim]:
    if sentences is None:
        sentences = split_sentences(article.text, article.body_span)
    sentences = list(sentences)
    temporal = find_timexes(article.text, sentences, article.id)
    quantities = find_quantities(article.text, sentences, article.id, [c.span for c in temporal])
    return sorted(temporal + quantities, key=lambda c: (c.span.start, c.span.end))
