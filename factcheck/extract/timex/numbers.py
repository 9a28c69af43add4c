"""Counts of time units: "44", "forty-four", "a", "2 1/2", "a couple of"; vague counts give None."""
from __future__ import annotations

from fractions import Fraction

from .lexicon import lexicon, normalise

VAGUE = object()


def parse_count(text: str):
    """The number a count phrase denotes, ``VAGUE`` for "several"/"a few", None if not a count."""
    words = normalise(text)
    if not words:
        return None
    lex = lexicon()
    if words.endswith(" and a half"):
        whole = parse_count(words[: -len(" and a half")])
        return whole + 0.5 if isinstance(whole, float) else None
    head, _, fraction = words.partition(" ")
    if head[0].isdigit():
        value = float(head.replace(",", ""))
        if fraction and "/" in fraction:
            value += float(Fraction(fraction))
        elif "/" in head:
            value = float(Fraction(head))
        return value
    for scale, factor in (("hundred", 100), ("thousand", 1000)):
        if words.endswith(scale):
            base = words[: -len(scale)].strip()
            count = 1 if base in ("a", "one", "") else lexicon().numbers.get(base)
            return None if count is None else count * factor
    if words in lex.numbers:
        value = lex.numbers[words]
        return VAGUE if value is None else float(value)
    return None


def parse_spelled_year(text: str) -> int | None:
    """ "nineteen ninety-six" -> 1996, "two thousand" -> 2000, "2020" -> 2020."""
    words = normalise(text)
    if words.isdigit():
        return int(words)
    numbers = lexicon().numbers
    if words.startswith("two thousand"):
        rest = words[len("two thousand"):].replace("and", "").strip()
        return 2000 + int(numbers.get(rest, 0) or 0) if rest else 2000
    head, _, rest = words.partition(" ")
    century = numbers.get(head)
    if century is None:
        return None
    rest = rest.replace("oh ", "")
    tail = numbers.get(rest)
    return None if tail is None else int(century) * 100 + int(tail)
