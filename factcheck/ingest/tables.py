"""Corpora as tables: JSONL, CSV and Parquet with ``id``, ``date`` (or ``published``) and ``text``.

Read in chunks so memory stays flat however long the file is. JSONL is read line by line with the
json module rather than pandas: one malformed line must cost that record only, with its line number.
"""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Iterator

from ..model import Article, Span
from .dates import parse_published
from .problems import InputProblem

CHUNK_ROWS = 2000
_TEXT_COLUMNS = ("text", "body", "content")
_DATE_COLUMNS = ("date", "published", "publication_date")


def read_jsonl(path: Path, shown: str) -> Iterator[Article | InputProblem]:
    try:
        handle = path.open(encoding="utf-8", errors="strict")
    except OSError as exc:
        yield InputProblem(shown, exc.strerror or str(exc))
        return
    with handle:
        line_no = 0
        while True:
            try:
                line = handle.readline()
            except UnicodeDecodeError as exc:
                yield InputProblem(shown, f"not UTF-8 after line {line_no}: {exc.reason}", line_no + 1,
                                   fatal=line_no == 0)
                return
            if not line:
                return
            line_no += 1
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield InputProblem(shown, f"not JSON: {exc.msg} at column {exc.colno}", line_no, fatal=False)
                continue
            if not isinstance(record, dict):
                yield InputProblem(shown, "not a JSON object", line_no, fatal=False)
                continue
            yield _record_article(record, shown, line_no)


def read_frame_chunks(path: Path, shown: str, kind: str) -> Iterator[Article | InputProblem]:
    import pandas as pd

    try:
        if kind == "csv":
            chunks = pd.read_csv(path, chunksize=CHUNK_ROWS, dtype=str, keep_default_na=False)
        else:
            chunks = _parquet_chunks(path)
        row_base = 0
        for frame in chunks:
            for offset, record in enumerate(frame.to_dict("records")):
                # A CSV row number counted from the header line; a quoted multi-line cell shifts it.
                yield _record_article(record, shown, row_base + offset + 2)
            row_base += len(frame)
    except Exception as exc:  # pandas raises many types for a malformed table
        yield InputProblem(shown, f"cannot read {kind.upper()}: {exc}".strip())


def _parquet_chunks(path: Path):
    import pyarrow.parquet as pq

    for batch in pq.ParquetFile(path).iter_batches(batch_size=CHUNK_ROWS):
        yield batch.to_pandas()


def _record_article(record: dict, shown: str, line: int) -> Article | InputProblem:
    text = next((record[c] for c in _TEXT_COLUMNS if isinstance(record.get(c), str)), None)
    record_id = str(record.get("id") or f"{Path(shown).name}:{line}")
    if text is None:
        return InputProblem(shown, "record has no text column (text, body or content)", line, record_id,
                            fatal=False)
    if not text.strip():
        return InputProblem(shown, "record text is empty", line, record_id, fatal=False)
    notes: list[str] = []
    raw_date = next((record[c] for c in _DATE_COLUMNS if c in record), None)
    try:
        published = parse_published(raw_date)
    except ValueError as exc:
        published = None
        notes.append(str(exc))
    title = record.get("title")
    meta = {k: v for k, v in record.items()
            if k not in _TEXT_COLUMNS and isinstance(v, (str, int, float, bool)) and v == v}
    article = Article(record_id, text, published, title if isinstance(title, str) else None, shown,
                      Span(0, len(text)), meta, first_line=line, in_table=True)
    return replace(article, input_notes=tuple(notes)) if notes else article
