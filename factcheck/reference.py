"""``--reference FILE``: a trusted table of figures (CSV or Parquet) that claims are checked against.

Columns: the event key (``event``, ``key`` or ``subject``: the value articles carry in their ``event`` or
``cluster`` field), ``kind`` (casualties, ...), ``role`` (killed, dead, injured, wounded, missing, ...),
the figure as ``value`` or as ``low`` and ``high`` (``high`` empty or ``inf`` for "at least"), ``as_of``
(YYYY-MM-DD: the figure holds from that day until the next row for the same event and tally) and
``source``. Every row is validated when the table is loaded; the first bad row stops the run with
``file:line: problem`` (Parquet rows are counted from 1). The file's SHA-256 goes into the report so the
check can be reproduced against the same table.
"""
from __future__ import annotations

import bisect
import csv
import hashlib
import math
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Iterable, Mapping

from .engine.kinds.events import tally_of_word
from .model import Interval

KEY_COLUMNS = ("event", "key", "subject")
REQUIRED = ("kind", "role", "as_of", "source")
KINDS = ("casualties", "troops", "count", "money", "percent", "age", "ordinal", "measure")


class ReferenceError(ValueError):
    """The reference table is unusable; ``str()`` is ``file:line: what is wrong``."""

    def __init__(self, path: str, line: int | None, problem: str) -> None:
        self.path, self.line, self.problem = path, line, problem
        super().__init__(f"{path}:{line}: {problem}" if line else f"{path}: {problem}")


@dataclass(frozen=True, slots=True)
class ReferenceRow:
    key: str
    kind: str
    role: str
    tally: str
    interval: Interval
    as_of: date
    source: str
    path: str
    line: int

    @property
    def cited(self) -> str:
        return f"{self.path}:{self.line}"


class ReferenceTable:
    def __init__(self, rows: Iterable[ReferenceRow], path: str, sha256: str | None = None) -> None:
        self.path, self.sha256 = path, sha256
        self.rows = tuple(rows)
        self._by_tally: dict[tuple[str, str], list[ReferenceRow]] = {}
        for row in sorted(self.rows, key=lambda r: r.as_of):
            self._by_tally.setdefault((row.key, row.tally), []).append(row)
        for series in self._by_tally.values():
            for earlier, later in zip(series, series[1:]):
                if earlier.as_of == later.as_of and earlier.interval != later.interval:
                    raise ReferenceError(path, later.line, f"two figures for {later.key!r} {later.tally} as of "
                                         f"{later.as_of} (the other is line {earlier.line})")
        self._days = {k: [r.as_of for r in series] for k, series in self._by_tally.items()}

    def valid_at(self, key: str, tally: str, day: date) -> ReferenceRow | None:
        """The row in force on ``day``: the latest as_of not after it."""
        days = self._days.get((key, tally))
        if not days:
            return None
        position = bisect.bisect_right(days, day) - 1
        return self._by_tally[(key, tally)][position] if position >= 0 else None

    def describe(self) -> dict:
        return {"path": self.path, "sha256": self.sha256, "rows": len(self.rows)}

    @classmethod
    def from_records(cls, records: Iterable[tuple[int, Mapping[str, Any]]], path: str,
                     sha256: str | None = None, columns: Iterable[str] | None = None) -> "ReferenceTable":
        records = list(records)
        names = set(columns) if columns is not None else set().union(*(r.keys() for _, r in records)) if records else set()
        _check_columns(path, names)
        return cls((_row(path, line, record) for line, record in records), path, sha256)


def load_reference(file: str | Path) -> ReferenceTable:
    path = Path(file)
    shown = str(file)
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise ReferenceError(shown, None, f"cannot read reference table: {exc.strerror or exc}") from None
    digest = hashlib.sha256(content).hexdigest()
    suffix = path.suffix.lower()
    if suffix == ".csv":
        try:
            text = content.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ReferenceError(shown, None, f"not UTF-8: {exc.reason}") from None
        reader = csv.DictReader(text.splitlines(keepends=True))
        if reader.fieldnames is None:
            raise ReferenceError(shown, 1, "empty table: a header row is needed")
        columns = [c.strip() for c in reader.fieldnames]
        records = []
        for record in reader:
            if None in record:
                raise ReferenceError(shown, reader.line_num, "more cells than header columns")
            records.append((reader.line_num, {k.strip(): v for k, v in record.items()}))
        table = ReferenceTable.from_records(records, shown, digest, columns)
    elif suffix == ".parquet":
        import pyarrow.parquet as pq

        try:
            data = pq.read_table(path)
        except Exception as exc:  # pyarrow raises several types for a damaged file
            raise ReferenceError(shown, None, f"cannot read Parquet: {exc}") from None
        records = [(number, record) for number, record in enumerate(data.to_pylist(), start=1)]
        table = ReferenceTable.from_records(records, shown, digest, data.column_names)
    else:
        raise ReferenceError(shown, None, f"unsupported reference table type {suffix or '(none)'!r}; use .csv or .parquet")
    if not table.rows:
        raise ReferenceError(shown, None, "the reference table has no rows")
    return table


def _check_columns(path: str, names: set[str]) -> None:
    if not names & set(KEY_COLUMNS):
        raise ReferenceError(path, 1, f"no event key column: name one of {', '.join(KEY_COLUMNS)}")
    missing = [c for c in REQUIRED if c not in names]
    if missing:
        raise ReferenceError(path, 1, f"missing column{'s' if len(missing) > 1 else ''} {', '.join(missing)}")
    if "value" not in names and not {"low", "high"} <= names:
        raise ReferenceError(path, 1, "a figure needs a 'value' column or 'low' and 'high' columns")


def _row(path: str, line: int, record: Mapping[str, Any]) -> ReferenceRow:
    def text(name: str) -> str:
        value = record.get(name)
        if value is None or (isinstance(value, float) and math.isnan(value)) or not str(value).strip():
            raise ReferenceError(path, line, f"{name!r} is empty")
        return str(value).strip()

    present = [c for c in KEY_COLUMNS if c in record]
    key_column = next((c for c in present if record[c] is not None and str(record[c]).strip()), present[0])
    key = text(key_column)
    kind = text("kind").lower()
    if kind not in KINDS:
        raise ReferenceError(path, line, f"unknown kind {kind!r}; use one of {', '.join(KINDS)}")
    role = text("role").lower()
    tally = tally_of_word().get(role)
    if tally is None:
        raise ReferenceError(path, line, f"unknown role {role!r}; use one of {', '.join(sorted(tally_of_word()))}")
    interval = _interval(path, line, record)
    raw_day = record.get("as_of")
    if isinstance(raw_day, date):
        as_of = raw_day
    else:
        try:
            as_of = date.fromisoformat(text("as_of"))
        except ValueError:
            raise ReferenceError(path, line, f"as_of {record.get('as_of')!r} is not a date in YYYY-MM-DD form") from None
    return ReferenceRow(key, kind, role, tally, interval, as_of, text("source"), path, line)


def _interval(path: str, line: int, record: Mapping[str, Any]) -> Interval:
    def number(name: str, empty_means: float | None = None) -> float:
        raw = record.get(name)
        if raw is None or (isinstance(raw, str) and not raw.strip()) or (isinstance(raw, float) and math.isnan(raw)):
            if empty_means is not None:
                return empty_means
            raise ReferenceError(path, line, f"{name!r} is empty")
        try:
            value = float(str(raw).replace(",", "").strip()) if not isinstance(raw, (int, float)) else float(raw)
        except ValueError:
            raise ReferenceError(path, line, f"{name!r} {raw!r} is not a number") from None
        if value < 0 or (math.isinf(value) and name != "high"):
            raise ReferenceError(path, line, f"{name!r} {raw!r} must be a finite number of at least 0")
        return value

    has_value = record.get("value") not in (None, "") and not (isinstance(record.get("value"), float)
                                                               and math.isnan(record["value"]))
    if has_value:
        return Interval.exact(number("value"))
    low, high = number("low"), number("high", empty_means=math.inf)
    if low > high:
        raise ReferenceError(path, line, f"low {low:g} is above high {high:g}")
    return Interval(low, high, True, not math.isinf(high))
