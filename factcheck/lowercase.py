"""Normalisations that keep character offsets: matching on ``lower(text)`` or ``straight_apostrophes(text)``
finds spans of ``text``."""
from __future__ import annotations


def same_length_lower(text: str) -> str:
    """``text.lower()``, except that the few characters whose lower case is longer (``İ`` → ``i̇``)
    stay as they are, so every offset into the result is the same offset into ``text``."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})


def straight_apostrophes(text: str) -> str:
    """``text`` with typographic apostrophes ("won’t", "year’s end", "the ’80s") made the straight one
    word lists and patterns are written with; one character for one."""
    return text.translate(_APOSTROPHES)
