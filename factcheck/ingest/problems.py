"""What ingest reports instead of an Article when a source cannot be used."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class InputProblem:
    """A source (file, or one record of a table) that could not be read as an article.

    ``fatal`` marks a source that could not be read at all (missing, unreadable, not decodable) as
    opposed to one record skipped inside a readable file.
    """

    path: str
    reason: str
    line: int | None = None
    record: str | None = None
    fatal: bool = True

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason}"
