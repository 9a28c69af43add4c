"""Reading the hand-labelled TSV files in benchmarks/data/: '#' lines are the file's own notes, the first
other line names the columns, and "start"/"end" are character offsets into an article's text."""
from __future__ import annotations

from pathlib import Path


def read_labelled(path: Path, columns: list[str] | None = None) -> list[dict]:
    """The rows of ``path`` as dicts; with ``columns``, the header and every row must have exactly those."""
    lines = [line.rstrip("\n") for line in path.open(encoding="utf-8") if line.strip() and not line.startswith("#")]
    header = lines[0].split("\t")
    if columns is not None and header != columns:
        raise ValueError(f"{path}: columns {header}, expected {columns}")
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(header):
            raise ValueError(f"{path}: row {number} has {len(fields)} fields, expected {len(header)}: {line!r}")
        row = dict(zip(header, fields))
        row["start"], row["end"] = int(row["start"]), int(row["end"])
        rows.append(row)
    return rows
