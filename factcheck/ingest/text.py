"""Plain-text articles whose first line may carry a ``date YYYY-MM-DD`` header.

The header may stand alone on the first line or run straight into the body on the same line
(" date 2020-12-29 Turkey and Russia ..."), with leading spaces.
"""
from __future__ import annotations

import regex

from ..model import Article, Span
from .dates import parse_published

_HEADER = regex.compile(r"\A[ \t]*date[ \t]*[:=]?[ \t]+(?P<value>\S+)[ \t]*\n?", regex.IGNORECASE)


def parse_text_article(text: str, article_id: str, path: str | None) -> tuple[Article, str | None]:
    """The article, and the reason its date could not be read (or None)."""
    header = _HEADER.match(text)
    published, problem, body_start = None, None, 0
    if header:
        body_start = header.end()
        try:
            published = parse_published(header.group("value"))
        except ValueError as exc:
            problem = str(exc)
    meta = {"date_header": header.group("value")} if header else {}
    article = Article(article_id, text, published, None, path, Span(body_start, len(text)), meta)
    return article, problem
