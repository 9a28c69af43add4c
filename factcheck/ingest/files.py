"""Reading one file's bytes as text, refusing what is not text or is too large."""
from __future__ import annotations

import stat
from pathlib import Path

from ..budget import limits
from .encoding import Decoded, Undecodable, decode


class Unreadable(Exception):
    """The file cannot be used as text; the message says why."""


def max_file_bytes() -> int:
    return int(limits()["ingest"]["max_file_bytes"])


def read_bytes(path: Path, max_bytes: int | None = None) -> bytes:
    """The file's bytes; refuses special files (a FIFO or a device would block or never end) and files
    over the limit, reading at most one byte more than the limit whatever the file claims its size is."""
    limit = max_file_bytes() if max_bytes is None else max_bytes
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise Unreadable("not a regular file")
        if info.st_size > limit:
            raise Unreadable(f"file is {info.st_size:,} bytes, over the size limit of {limit:,} bytes")
        with path.open("rb") as handle:
            raw = handle.read(limit + 1)
    except OSError as exc:
        raise Unreadable(exc.strerror or str(exc)) from None
    if len(raw) > limit:
        raise Unreadable(f"file grew over the size limit of {limit:,} bytes while being read")
    return raw


def read_text(path: Path, max_bytes: int | None = None) -> Decoded:
    try:
        decoded = decode(read_bytes(path, max_bytes))
    except Undecodable as exc:
        raise Unreadable(str(exc)) from None
    # Offsets are into the text as Python reads a file in text mode, with universal newlines.
    text = decoded.text.replace("\r\n", "\n").replace("\r", "\n")
    return Decoded(text, decoded.encoding, decoded.how)
