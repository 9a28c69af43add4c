"""Bytes → text: a byte-order mark, then UTF-8, then the encoding the file declares, then a detected one.

Binary data is refused rather than decoded into garbage: NUL bytes in a file without a UTF-16/32 mark,
or too many control characters after decoding.
"""
from __future__ import annotations

import codecs
from dataclasses import dataclass

import regex

from ..budget import limits

_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Where a file says what it is: <meta charset="...">, <meta http-equiv=... content="...; charset=...">,
# an Emacs/Vim/PEP 263 coding cookie, or an ``encoding:``/``charset:`` line (front matter, a header).
_DECLARED = regex.compile(
    rb"""<meta[^>]{0,200}?charset\s{0,5}=\s{0,5}["']?(?P<name>[A-Za-z0-9._:-]{1,40})"""
    rb"""|coding[:=][ \t]{0,5}(?P<cookie>[A-Za-z0-9._-]{1,40})"""
    rb"""|^[ \t]{0,5}(?:encoding|charset)[ \t]{0,5}:[ \t]{0,5}["']?(?P<field>[A-Za-z0-9._-]{1,40})""",
    regex.IGNORECASE | regex.MULTILINE,
)
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


class Undecodable(ValueError):
    """The bytes are not usable text; the message says why."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    how: str  # "utf-8", "byte-order mark", "declared" or "detected"


def decode(raw: bytes) -> Decoded:
    for bom, name in _BOMS:
        if raw.startswith(bom):
            try:
                return _checked(Decoded(raw[len(bom):].decode(name), name, "byte-order mark"))
            except UnicodeDecodeError as exc:
                raise Undecodable(f"starts with a {name} byte-order mark but is not {name}: {exc.reason} "
                                  f"at byte {exc.start + len(bom)}") from None
    if b"\x00" in raw[:8192]:
        raise Undecodable("binary file (contains NUL bytes)")
    try:
        return _checked(Decoded(raw.decode("utf-8"), "utf-8", "utf-8"))
    except UnicodeDecodeError:
        pass
    declared = declared_encoding(raw)
    if declared is not None:
        try:
            return _checked(Decoded(raw.decode(declared), declared, "declared"))
        except UnicodeDecodeError:
            pass  # a wrong declaration is common; detection may still find the truth
    detected = detect_encoding(raw)
    if detected is None:
        tried = f"UTF-8, declared {declared}" if declared else "UTF-8"
        raise Undecodable(f"not text: tried {tried} and no encoding could be detected")
    try:
        return _checked(Decoded(raw.decode(detected), detected, "detected"))
    except UnicodeDecodeError as exc:
        raise Undecodable(f"not UTF-8 and not {detected} either: {exc.reason} at byte {exc.start}") from None


def declared_encoding(raw: bytes) -> str | None:
    """The encoding named in the first bytes of the file, if Python knows it."""
    sample = raw[:limits()["ingest"]["sniff_bytes"]]
    for match in _DECLARED.finditer(sample):
        name = (match.group("name") or match.group("cookie") or match.group("field")).decode("ascii")
        try:
            return codecs.lookup(name).name
        except LookupError:
            continue
    return None


def detect_encoding(raw: bytes) -> str | None:
    from charset_normalizer import from_bytes

    matches = list(from_bytes(raw[:limits()["ingest"]["sniff_bytes"] * 4]))
    if not matches:
        return None
    least_chaos = min(m.chaos for m in matches)
    plausible = {name for m in matches if m.chaos <= least_chaos + 0.01 for name in m.could_be_from_charset}
    preferred = next((name for name in limits()["ingest"]["preferred_encodings"] if name in plausible), None)
    return preferred or min(matches, key=lambda m: m.chaos).encoding


def _checked(decoded: Decoded) -> Decoded:
    text = decoded.text
    if text:
        controls = len(_CONTROL.findall(text, 0, 65536))
        if controls / min(len(text), 65536) > limits()["ingest"]["max_control_ratio"]:
            raise Undecodable(f"binary file (decoded as {decoded.encoding}, "
                              f"{controls} control characters in the first {min(len(text), 65536):,})")
    return decoded
