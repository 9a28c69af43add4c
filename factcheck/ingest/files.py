"""Reading one file's bytes as text, refusing what is not text."""
from __future__ import annotations

from pathlib import Path

MAX_BYTES = 20 * 1024 * 1024


class Unreadable(Exception):
    """The file cannot be used as text; the message says why."""


def read_text(path: Path, max_bytes: int = MAX_BYTES) -> str:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise Unreadable(f"file is {size:,} bytes, over the {max_bytes:,}-byte limit")
        raw = path.read_bytes()
    except OSError as exc:
        raise Unreadable(exc.strerror or str(exc)) from None
    if b"\x00" in raw[:8192]:
        raise Unreadable("binary file (contains NUL bytes)")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_detected(raw)
    # Offsets are into the text as Python reads a file in text mode, with universal newlines.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_detected(raw: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise Unreadable("not UTF-8 and no text encoding could be detected")
    return str(best)
