"""The data that flows between stages: Article → Claim → Finding.

Everything here is frozen: a stage takes values in and hands new values out, never mutating what an
earlier stage produced, which keeps the one-way flow honest and makes results safe to share across
processes.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import date
from enum import IntEnum
from typing import Any, Mapping

INF = math.inf


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character offsets into ``Article.text``."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Interval:
    """The set of values a hedged figure admits: "more than 5,600" is (5600, inf)."""

    low: float
    high: float
    low_closed: bool = True
    high_closed: bool = True

    def __post_init__(self) -> None:
        if self.low > self.high:
            raise ValueError(f"interval low {self.low} above high {self.high}")

    @classmethod
    def exact(cls, value: float) -> "Interval":
        return cls(value, value, True, True)

    @property
    def is_exact(self) -> bool:
        return self.low == self.high

    def contains(self, value: float) -> bool:
        above = value > self.low or (self.low_closed and value == self.low)
        below = value < self.high or (self.high_closed and value == self.high)
        return above and below

    def intersects(self, other: "Interval") -> bool:
        """True when some value satisfies both intervals."""
        if self.high < other.low or other.high < self.low:
            return False
        if self.high == other.low:
            return self.high_closed and other.low_closed
        if other.high == self.low:
            return other.high_closed and self.low_closed
        return True

    def describe(self) -> str:
        def num(v: float) -> str:
            if math.isinf(v):
                return "∞" if v > 0 else "-∞"
            return f"{v:,.0f}" if float(v).is_integer() else f"{v:,g}"

        if self.is_exact:
            return num(self.low)
        return f"{'[' if self.low_closed else '('}{num(self.low)}, {num(self.high)}{']' if self.high_closed else ')'}"


@dataclass(frozen=True, slots=True)
class DateRange:
    """Calendar days a date expression covers, both ends inclusive."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise ValueError(f"date range starts {self.start} after it ends {self.end}")

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True, slots=True)
class Timex:
    """An ISO-TimeML TIMEX3 annotation: type DATE|TIME|DURATION|SET, value, optional mod."""

    type: str
    value: str
    mod: str | None = None


class Severity(IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, name: str) -> "Severity":
        try:
            return cls[name.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {name!r}; use info, warning or error") from None

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class Article:
    """One article. ``text`` is the source exactly as read; ``body`` marks where claims may be found
    (a date header or front matter lies before it and is never scanned)."""

    id: str
    text: str
    published: date | None = None
    title: str | None = None
    path: str | None = None
    body: Span | None = None
    meta: Mapping[str, Any] = field(default_factory=dict)
    # Line of the file where this article's record starts (a JSONL/CSV row); 1 for a whole file.
    first_line: int = 1
    # Whether the article is a record inside a table file rather than a file of its own.
    in_table: bool = False
    # What ingest noticed but could live with, e.g. an unparseable publication date.
    input_notes: tuple[str, ...] = ()

    @property
    def body_span(self) -> Span:
        return self.body if self.body is not None else Span(0, len(self.text))


@dataclass(frozen=True, slots=True)
class Claim:
    """A quantitative or temporal statement found at ``span`` of an article's text."""

    article: str
    span: Span
    text: str
    kind: str
    extractor: str
    sentence: Span | None = None
    value: float | str | None = None
    interval: Interval | None = None
    hedge: str | None = None
    unit: str | None = None
    entity: str | None = None
    role: str | None = None
    timex: Timex | None = None
    dates: DateRange | None = None
    # Free-form facts an extractor knows and a rule may use (e.g. the tense of the sentence).
    attrs: Mapping[str, Any] = field(default_factory=dict)

    def with_(self, **changes: Any) -> "Claim":
        return replace(self, **changes)

    @property
    def is_temporal(self) -> bool:
        return self.timex is not None


@dataclass(frozen=True, slots=True)
class Finding:
    rule_id: str
    rule_name: str
    severity: Severity
    message: str
    article: str
    span: Span
    evidence: tuple[Claim, ...] = ()
    explanation: str = ""
