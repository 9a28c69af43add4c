"""Markdown articles with YAML front matter (``date`` or ``published``, ``title``, ``id``)."""
from __future__ import annotations

from datetime import date

import regex
import yaml

from ..model import Article, Span
from .dates import parse_published

_FRONT_MATTER = regex.compile(r"\A---[ \t]*\n(?P<yaml>.*?\n)?---[ \t]*(?:\n|\Z)", regex.DOTALL)
_OPENING = regex.compile(r"\A---[ \t]*\n[^\n]*:")
# Front matter fields used as text must be plain values: a list or mapping (perhaps a YAML alias bomb,
# whose str() grows exponentially) is not a title.
_SCALARS = (str, int, float, bool, date)


class FrontMatterError(ValueError):
    pass


class _FrontMatterLoader(yaml.SafeLoader):
    """YAML's safe loader, but a timestamp stays the text written: "date: 2021-13-45" is then a bad
    publication date of one article (parse_published says why), not an exception out of the YAML parser."""


_FrontMatterLoader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))


def parse_markdown_article(text: str, article_id: str, path: str | None) -> tuple[Article, str | None]:
    match = _FRONT_MATTER.match(text)
    if match is None and _OPENING.match(text):
        raise FrontMatterError("malformed front matter: no closing --- line")
    meta: dict = {}
    body_start = 0
    if match:
        body_start = match.end()
        try:
            loaded = yaml.load(match.group("yaml") or "", Loader=_FrontMatterLoader) or {}  # noqa: S506 (safe)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"line {mark.line + 2}: " if mark is not None else ""
            raise FrontMatterError(f"malformed front matter: {where}{getattr(exc, 'problem', exc)}") from None
        except RecursionError:
            raise FrontMatterError("malformed front matter: nested too deeply") from None
        if not isinstance(loaded, dict):
            raise FrontMatterError("malformed front matter: expected key: value pairs")
        meta = loaded
    problem = None
    raw_date = meta.get("date", meta.get("published"))
    try:
        if raw_date is not None and not isinstance(raw_date, _SCALARS):
            raise ValueError(f"publication date is a {type(raw_date).__name__}, not YYYY-MM-DD")
        published = parse_published(raw_date)
    except ValueError as exc:
        published, problem = None, str(exc)
    title, own_id = meta.get("title"), meta.get("id")
    for key, value in (("title", title), ("id", own_id)):
        if value is not None and not isinstance(value, _SCALARS):
            raise FrontMatterError(f"malformed front matter: {key} is a {type(value).__name__}, not text")
    article = Article(str(own_id or article_id), text, published,
                      str(title) if title is not None else None, path, Span(body_start, len(text)),
                      {k: v for k, v in meta.items() if isinstance(v, (str, int, float, bool))})
    return article, problem
