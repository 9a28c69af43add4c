"""Publication dates as they appear in headers, front matter and table columns."""
from __future__ import annotations

from datetime import date, datetime

import regex

_ISO_PREFIX = regex.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.+\-Z]*)?")


def parse_published(value: object) -> date | None:
    """A date from a header or column value; None when absent. Raises ValueError when unparseable."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, float) and value != value:  # NaN from pandas: an empty cell
        return None
    text = str(value).strip()
    if not text or text.lower() in {"nan", "nat", "none", "null"}:
        return None
    match = _ISO_PREFIX.fullmatch(text)
    if not match:
        raise ValueError(f"publication date {text!r} is not YYYY-MM-DD")
    year, month, day = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"publication date {text!r}: {exc}") from None
