"""Ingest stage: paths → Articles (or InputProblems for what cannot be read).

Files and folders (recursively). The reader is chosen by extension: .txt/.text plain text with a
date header, .md/.markdown with front matter, .jsonl/.ndjson, .csv and .parquet tables.
"""
from __future__ import annotations

import os
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

from ..model import Article
from .files import Unreadable, read_text
from .markdown import FrontMatterError, parse_markdown_article
from .problems import InputProblem
from .tables import read_frame_chunks, read_jsonl
from .text import parse_text_article

TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
TABLE_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}
SUPPORTED = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | set(TABLE_SUFFIXES)

__all__ = ["InputProblem", "read_sources", "discover", "SUPPORTED"]


def discover(paths: Iterable[str | os.PathLike]) -> Iterator[Path | InputProblem]:
    """The article files named or found under the given paths, in a stable order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*")
                           if p.is_file() and p.suffix.lower() in SUPPORTED
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            yield from found
        elif path.exists():
            if path.suffix.lower() in SUPPORTED:
                yield path
            else:
                yield InputProblem(str(path), f"unsupported file type {path.suffix or '(none)'!r}; "
                                   f"use one of {', '.join(sorted(SUPPORTED))}")
        else:
            yield InputProblem(str(path), "no such file or directory")


def read_sources(paths: Iterable[str | os.PathLike], published: date | None = None) -> Iterator[Article | InputProblem]:
    """Every article under ``paths``; ``published`` overrides each article's own date."""
    for item in discover(paths):
        if isinstance(item, InputProblem):
            yield item
            continue
        for result in read_file(item):
            if published is not None and isinstance(result, Article):
                result = replace(result, published=published, input_notes=())
            yield result


def read_file(path: Path) -> Iterator[Article | InputProblem]:
    shown = _shown(path)
    suffix = path.suffix.lower()
    if suffix in TABLE_SUFFIXES:
        kind = TABLE_SUFFIXES[suffix]
        yield from (read_jsonl(path, shown) if kind == "jsonl" else read_frame_chunks(path, shown, kind))
        return
    try:
        text = read_text(path)
    except Unreadable as exc:
        yield InputProblem(shown, str(exc))
        return
    if not text.strip():
        yield InputProblem(shown, "empty file", fatal=False)
        return
    try:
        if suffix in MARKDOWN_SUFFIXES:
            article, note = parse_markdown_article(text, path.stem, shown)
        else:
            article, note = parse_text_article(text, path.stem, shown)
    except FrontMatterError as exc:
        yield InputProblem(shown, str(exc), fatal=False)
        return
    yield replace(article, input_notes=(note,)) if note else article


def _shown(path: Path) -> str:
    """The path as reports show it: relative to the working directory when under it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()

