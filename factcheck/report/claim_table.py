"""The claim table of ``factcheck extract``: JSONL as DESIGN.md gives it, or flat columns for CSV and
Parquet (pandas reads either), written as claims stream past so a corpus never sits in memory."""
from __future__ import annotations

import csv
import json
from typing import Any, TextIO

from ..model import Article, Claim
from .records import claim_record

# Flat columns: the JSONL record with ``timex`` and ``interval`` spread into columns of their own.
COLUMNS = ("article", "start", "end", "text", "sentence", "kind", "value", "low", "high", "low_closed",
           "high_closed", "hedge", "unit", "entity", "role", "timex_type", "timex_value", "timex_mod",
           "date_start", "date_end", "extractor")
PARQUET_BATCH_ROWS = 5000


def flat_record(claim: Claim, article: Article) -> dict[str, Any]:
    record = claim_record(claim, article)
    timex = record.pop("timex") or {}
    dates = record.pop("interval") or {}
    record.update(timex_type=timex.get("type"), timex_value=timex.get("value"), timex_mod=timex.get("mod"),
                  date_start=dates.get("start"), date_end=dates.get("end"))
    # One type per column, so pandas gets numbers: a temporal claim's value is its timex_value, and an
    # open hedge ("more than 5,600") has high = inf.
    record["value"] = float(claim.value) if isinstance(claim.value, (int, float)) else None
    record["low"] = claim.interval.low if claim.interval else None
    record["high"] = claim.interval.high if claim.interval else None
    return record


class JsonlWriter:
    def __init__(self, out: TextIO) -> None:
        self.out = out

    def write(self, claim: Claim, article: Article) -> None:
        self.out.write(json.dumps(claim_record(claim, article), ensure_ascii=False) + "\n")

    def close(self) -> None:
        self.out.flush()


class CsvWriter:
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.writer = csv.DictWriter(out, fieldnames=COLUMNS)
        self.writer.writeheader()

    def write(self, claim: Claim, article: Article) -> None:
        self.writer.writerow(flat_record(claim, article))

    def close(self) -> None:
        self.out.flush()


class ParquetWriter:
    def __init__(self, path: str) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        types = {"start": pa.int64(), "end": pa.int64(), "value": pa.float64(), "low": pa.float64(),
                 "high": pa.float64(), "low_closed": pa.bool_(), "high_closed": pa.bool_()}
        self.schema = pa.schema([(name, types.get(name, pa.string())) for name in COLUMNS])
        self.writer = pq.ParquetWriter(path, self.schema)
        self.rows: list[dict[str, Any]] = []

    def write(self, claim: Claim, article: Article) -> None:
        self.rows.append(flat_record(claim, article))
        if len(self.rows) >= PARQUET_BATCH_ROWS:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self.rows:
            self.writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def close(self) -> None:
        self._flush()
        self.writer.close()
