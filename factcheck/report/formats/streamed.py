"""Writing a JSON document whose one long list is encoded an item at a time.

``write(record, path, items, sink)`` writes exactly ``json.dumps(record, ensure_ascii=False, indent=2)``
plus a newline, where the list at ``path`` inside ``record`` holds ``items``; but only one item is ever
encoded at once. The JSON and SARIF reports of a long run have thousands of findings: built whole, the
dicts and the string were the peak of the run's memory.
"""
from __future__ import annotations

import io
import json
from typing import Any, Callable, Iterable, Sequence, TextIO

# Stands in for the list while the rest of the document is encoded; a string no report contains.
_SLOT = "\x00factcheck: streamed list\x00"


def write(record: dict, path: Sequence[str | int], items: Iterable[Any], sink: TextIO) -> None:
    *parents, last = path
    holder: Any = record
    for step in parents:
        holder = holder[step]
    holder[last] = _SLOT
    try:
        text = dumps(record)
    finally:
        holder[last] = []
    slot = dumps(_SLOT)
    at = text.index(slot)
    line_start = text.rfind("\n", 0, at) + 1
    indent = len(text[line_start:at]) - len(text[line_start:at].lstrip(" "))
    inner = " " * (indent + 2)
    sink.write(text[:at])
    first = True
    for item in items:
        # Encoded JSON has no raw newline inside strings, so re-indenting by lines is exact.
        sink.write(("[\n" if first else ",\n") + inner + dumps(item).replace("\n", "\n" + inner))
        first = False
    sink.write("[]" if first else "\n" + " " * indent + "]")
    sink.write(text[at + len(slot):] + "\n")


def to_string(writer: Callable[[Any, TextIO], None], report: Any) -> str:
    """What ``writer`` writes for ``report``, as one string (the ``render`` of a streaming format)."""
    buffer = io.StringIO()
    writer(report, buffer)
    return buffer.getvalue()


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)
