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
from .csv_table import read_csv
from .tables import read_jsonl, read_parquet
from .text import parse_text_article

TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
TABLE_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}
SUPPORTED = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | set(TABLE_SUFFIXES)

__all__ = ["InputProblem", "read_sources", "discover", "SUPPORTED"]


def discover(paths: Iterable[str | os.PathLike]) -> Iterator[Path | InputProblem]:
    """The article files named or found under the given paths, in a stable order. A folder that cannot
    be listed is reported, not silently passed over; symbolic links to folders are not followed (a link
    loop would never end)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found: list[Path] = []
            unlisted: list[InputProblem] = []

            def report(error: OSError) -> None:
                unlisted.append(InputProblem(_shown(Path(error.filename or path)),
                                             f"cannot list folder: {error.strerror or error}"))

            for folder, subfolders, files in os.walk(path, onerror=report):
                subfolders[:] = [d for d in subfolders if not d.startswith(".")]
                found.extend(Path(folder, name) for name in files
                             if not name.startswith(".") and Path(name).suffix.lower() in SUPPORTED)
            yield from unlisted
            yield from sorted(found)
        elif path.exists() or path.is_symlink():
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
        reader = {"jsonl": read_jsonl, "csv": read_csv, "parquet": read_parquet}[TABLE_SUFFIXES[suffix]]
        yield from reader(path, shown)
        return
    try:
        decoded = read_text(path)
    except Unreadable as exc:
        yield InputProblem(shown, str(exc))
        return
    text = decoded.text
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
    if not text[article.body_span.start:].strip():
        what = "front matter" if suffix in MARKDOWN_SUFFIXES else "date header"
        yield InputProblem(shown, f"no article text after the {what}", fatal=False)
        return
    if decoded.how != "utf-8":
        article = replace(article, meta={**article.meta, "encoding": f"{decoded.encoding} ({decoded.how})"})
    yield replace(article, input_notes=(note,)) if note else article


def _shown(path: Path) -> str:
    """The path as reports show it: relative to the working directory when under it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()

