"""CSV corpora, read row by row with the csv module.

The csv module rather than pandas: it streams, it tells the physical line where each row ends (a quoted
cell may span lines), and a malformed row (wrong number of fields, a field over the size limit, an
unclosed quote) raises for that row only, so the rows after it are still read.
"""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Iterator

from ..model import Article
from .problems import InputProblem
from .tables import (TEXT_COLUMNS, TableUnreadable, max_record_bytes, no_text_column,
                     open_table, physical_lines, record_article)


def read_csv(path: Path, shown: str) -> Iterator[Article | InputProblem]:
    try:
        handle, decode = open_table(path)
    except TableUnreadable as exc:
        yield InputProblem(shown, str(exc))
        return
    limit = max_record_bytes()
    if csv.field_size_limit() < limit:
        csv.field_size_limit(limit)  # process-wide; only ever raised, never lowered
    bad_lines: dict[int, str] = {}

    def lines() -> Iterator[str]:
        for line_no, raw in physical_lines(handle, limit):
            if raw is None:
                bad_lines[line_no] = f"line is over the size limit of {limit:,} bytes"
                yield "\n"
                continue
            try:
                yield decode(raw)
            except ValueError as exc:
                bad_lines[line_no] = str(exc)
                yield raw.decode("utf-8", "replace")

    with handle:
        reader = csv.reader(lines())
        header: list[str] | None = None
        seen_rows = 0
        while True:
            start = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                yield InputProblem(shown, f"malformed CSV row: {exc}", start, fatal=header is None)
                if header is None:
                    return
                continue
            bad = next((f"line {n}: {bad_lines[n]}" for n in range(start, reader.line_num + 1) if n in bad_lines), None)
            if header is None:
                if not row:
                    continue
                if bad:
                    yield InputProblem(shown, f"header {bad}", start)
                    return
                header = [name.strip() for name in row]
                if not set(header) & set(TEXT_COLUMNS):
                    yield InputProblem(shown, no_text_column(header))
                    return
                continue
            if not bad and (not row or row == [""]):
                continue
            seen_rows += 1
            if bad:
                yield InputProblem(shown, bad, start, fatal=False)
            elif len(row) != len(header):
                yield InputProblem(shown, f"row has {len(row)} fields, the header has {len(header)}", start,
                                   fatal=False)
            else:
                yield decode.noted(record_article(dict(zip(header, row)), shown, start))
    if header is None or not seen_rows:
        yield InputProblem(shown, "empty file" if header is None else "no rows after the header", fatal=False)
