"""Corpora as tables: JSONL, CSV and Parquet with ``id``, ``date`` (or ``published``) and ``text``.

Read record by record (Parquet in batches) so memory stays flat however long the file is, and so one bad
record costs that record only, reported with its line: a line that is not JSON, a row without text, a
record over the size limit, a line in an encoding that cannot be decoded. A file none of whose records
can be read at all (binary, no text column, unreadable) is one fatal problem.
"""
from __future__ import annotations

import json
import stat
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO, Iterator

from ..budget import limits
from ..model import Article, Span
from .dates import parse_published
from .encoding import detect_encoding
from .problems import InputProblem

CHUNK_ROWS = 2000
TEXT_COLUMNS = ("text", "body", "content")
DATE_COLUMNS = ("date", "published", "publication_date")
_WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff")


class TableUnreadable(Exception):
    """The table as a whole cannot be read; the message says why."""


def max_record_bytes() -> int:
    return int(limits()["ingest"]["max_record_bytes"])


def open_table(path: Path) -> tuple[BinaryIO, LineDecoder]:
    """The file opened for binary reading, and the decoder of its lines (which has seen its first bytes);
    refuses what no record could come from."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            raise TableUnreadable("not a regular file")
        handle = path.open("rb")
    except OSError as exc:
        raise TableUnreadable(exc.strerror or str(exc)) from None
    sample = handle.read(limits()["ingest"]["sniff_bytes"])
    handle.seek(0)
    if sample.startswith(_WIDE_BOMS):
        handle.close()
        raise TableUnreadable("UTF-16/UTF-32 tables are not supported; save the file as UTF-8")
    if b"\x00" in sample[:8192]:
        handle.close()
        raise TableUnreadable("binary file (contains NUL bytes)")
    return handle, LineDecoder(sample)


class LineDecoder:
    """Decodes a table's lines as UTF-8, or, for a file that is not UTF-8, in its detected encoding."""

    def __init__(self, sample: bytes) -> None:
        self.sample = sample
        self.fallback: str | None = None
        self.fallback_used = False

    def __call__(self, raw: bytes) -> str:
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            if self.fallback is None:
                self.fallback = detect_encoding(self.sample) or "utf-8"
            if self.fallback.replace("-", "_").lower() in {"utf_8", "utf8", "ascii"}:
                raise ValueError(f"not UTF-8: {exc.reason} at byte {exc.start}") from None
            try:
                text = raw.decode(self.fallback)
            except UnicodeDecodeError as again:
                raise ValueError(f"neither UTF-8 nor {self.fallback}: {again.reason}") from None
            self.fallback_used = True
            return text

    def noted(self, item: Article | InputProblem) -> Article | InputProblem:
        """An article read in the detected encoding says so in its metadata."""
        if self.fallback_used and isinstance(item, Article):
            return replace(item, meta={**item.meta, "encoding": f"{self.fallback} (detected)"})
        return item


def physical_lines(handle: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) for each line; bytes is None for a line over ``limit``, which is skipped
    without ever holding more than ``limit`` bytes of it in memory."""
    line_no = 0
    while True:
        raw = handle.readline(limit + 1)
        if not raw:
            return
        line_no += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            while True:
                rest = handle.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield line_no, None
            continue
        yield line_no, raw[3:] if line_no == 1 and raw.startswith(b"\xef\xbb\xbf") else raw


def read_jsonl(path: Path, shown: str) -> Iterator[Article | InputProblem]:
    try:
        handle, decode = open_table(path)
    except TableUnreadable as exc:
        yield InputProblem(shown, str(exc))
        return
    limit = max_record_bytes()
    seen_any = False
    with handle:
        for line_no, raw in physical_lines(handle, limit):
            if raw is None:
                seen_any = True
                yield InputProblem(shown, f"record is over the size limit of {limit:,} bytes", line_no, fatal=False)
                continue
            if not raw.strip():
                continue
            seen_any = True
            try:
                record = json.loads(decode(raw))
            except ValueError as exc:  # JSONDecodeError is a ValueError; so is an undecodable line
                reason = f"not JSON: {exc.msg} at column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else str(exc)
                yield InputProblem(shown, reason, line_no, fatal=False)
                continue
            except RecursionError:
                yield InputProblem(shown, "not JSON: nested too deeply", line_no, fatal=False)
                continue
            if not isinstance(record, dict):
                yield InputProblem(shown, "not a JSON object", line_no, fatal=False)
                continue
            yield decode.noted(record_article(record, shown, line_no))
    if not seen_any:
        yield InputProblem(shown, "empty file", fatal=False)


def read_parquet(path: Path, shown: str) -> Iterator[Article | InputProblem]:
    import pyarrow.parquet as pq

    try:
        table = pq.ParquetFile(path)
        columns = set(table.schema_arrow.names)
    except Exception as exc:  # pyarrow raises several types for a file that is not Parquet
        yield InputProblem(shown, f"cannot read Parquet: {exc}".strip())
        return
    if not columns & set(TEXT_COLUMNS):
        yield InputProblem(shown, no_text_column(sorted(columns)))
        return
    row = 0
    try:
        for batch in table.iter_batches(batch_size=CHUNK_ROWS):
            for record in batch.to_pylist():
                row += 1
                yield record_article(record, shown, row)
    except Exception as exc:
        yield InputProblem(shown, f"cannot read Parquet after row {row}: {exc}".strip(), fatal=row == 0)
    if row == 0:
        yield InputProblem(shown, "empty table", fatal=False)


def no_text_column(columns: list[str]) -> str:
    return (f"no text column ({', '.join(TEXT_COLUMNS)}); the columns are: "
            f"{', '.join(map(str, columns[:20])) or 'none'}")


def record_article(record: dict, shown: str, line: int) -> Article | InputProblem:
    """One table record as an Article, or the reason it cannot be one. ``line`` is its line in the file
    (a row number for Parquet)."""
    text = next((record[c] for c in TEXT_COLUMNS if isinstance(record.get(c), str)), None)
    record_id = record.get("id")
    record_id = str(record_id) if isinstance(record_id, (str, int)) and str(record_id) else f"{Path(shown).name}:{line}"
    if text is None:
        return InputProblem(shown, "record has no text (text, body or content)", line, record_id, fatal=False)
    if not text.strip():
        return InputProblem(shown, "record text is empty", line, record_id, fatal=False)
    limit = max_record_bytes()
    if len(text) * 4 > limit and len(text.encode("utf-8", "surrogatepass")) > limit:
        return InputProblem(shown, f"record text is over the size limit of {limit:,} bytes", line, record_id,
                            fatal=False)
    notes: list[str] = []
    raw_date = next((record[c] for c in DATE_COLUMNS if c in record), None)
    try:
        if isinstance(raw_date, (list, dict)):
            raise ValueError(f"publication date is a {type(raw_date).__name__}, not YYYY-MM-DD")
        published = parse_published(raw_date)
    except ValueError as exc:
        published = None
        notes.append(str(exc))
    title = record.get("title")
    meta = {k: v for k, v in record.items()
            if k not in TEXT_COLUMNS and isinstance(v, (str, int, float, bool)) and v == v}
    article = Article(record_id, text, published, title if isinstance(title, str) else None, shown,
                      Span(0, len(text)), meta, first_line=line, in_table=True)
    return replace(article, input_notes=tuple(notes)) if notes else article
