"""Lower-casing that keeps character offsets: matching on ``lower(text)`` finds spans of ``text``."""
from __future__ import annotations


def same_length_lower(text: str) -> str:
    """``text.lower()``, except that the few characters whose lower case is longer (``İ`` → ``i̇``)
    stay as they are, so every offset into the result is the same offset into ``text``."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
