"""Vote tallies and match scores: two figures that are one result, not a range or two loose counts.

A tally ("voted 52 to 48", "by a vote of 52-48", "a 5-4 decision") is a checkable fact: each side
becomes a count of votes with ``attrs["tally"]`` "for" or "against" (the first figure is the winning
side as written). A match score ("won 3-1", "45 points to 24") is no count of anything a rule checks, so
its figures give no claim at all. Ranges of counted things ("52-48 people", "between 52 and 48") are
neither and are left to the range stage.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..numbers import parse_number

_FIGURE = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?!\d)"
_TO = r"\s*(?:-|–|—)\s*|-?to-?|\s+to\s+"

_TALLIES = re.compile(
    r"(?i:\bvot(?:e|ed|es|ing)\s+(?:of\s+)?|\bballot\s+of\s+)"
    rf"(?P<a>{_FIGURE})(?:{_TO})(?P<b>{_FIGURE})(?![\d%.,]\d|\s*(?:%|per\s?cent|percent))"
    r"|(?<![\d,.-])"
    rf"(?P<c>{_FIGURE})(?:{_TO})(?P<d>{_FIGURE})"
    r"\s+(?i:votes?|decisions?|rulings?|verdicts?|margin)\b"
    rf"|(?<![\d,.-])(?P<e>{_FIGURE})\s+votes?\s+to\s+(?P<f>{_FIGURE})\b"
)

_SCORES = re.compile(
    r"(?i:\b(?:won|wins?|winning|beat(?:s|ing)?|defeat(?:ed|s|ing)?|lost|los(?:e|es|ing)|drew|draw(?:s|n)?"
    r"|tied|ties|led|lead(?:s|ing)?|trail(?:ed|s|ing)?|thrash(?:ed|es)?|edged|routed)\b)"
    r"(?:\s+[\w.'’-]+){0,3}?\s+"
    r"(?P<a>\d{1,3})\s*(?:-|–|—)\s*(?P<b>\d{1,3})"
    r"(?=\s*(?:[,.;:!?)]|$)|\s+(?i:on|in|at|against|over|after|with|and|to|for|thanks|victory|win|defeat|loss|draw|home|away|lead)\b)"
    r"|(?<![\d,.-])(?P<c>\d{1,3})\s*(?:-|–|—)\s*(?P<d>\d{1,3})\s+(?i:wins?|victory|defeat|loss|draw|scoreline|thrashing|home\s+win|away\s+win)\b"
    r"|(?<![\d,.-])(?<!from )(?P<e>\d{1,3})\s+points?\s+to\s+(?P<f>\d{1,3})\b"
)


@dataclass(frozen=True)
class Tally:
    start: int  # of the first figure
    end: int  # of the second figure
    sides: tuple[tuple[int, int, float], ...]  # (start, end, value) of each figure
    score: bool  # a match score: no claim


# A second tally joined to a vote: "passed by votes of 230-to-197 and 229-to-198 (respectively)".
_NEXT_TALLY = re.compile(rf"(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)(?P<a>{_FIGURE})(?:{_TO})(?P<b>{_FIGURE})"
                         r"(?=[ \t]*(?:[,.;:)]|$)|[ \t]+(?i:respectively|votes?|in|on|and|with|at|for|against)\b)")
# ...and not "voted 60-40, and 30 to 40 members abstained": a range of counted things follows there.

# Every tally and score has two figures apart: a sentence without two digit runs is skipped before the
# two long patterns scan it (they cost a tenth of a check run when tried on every sentence).
_TWO_FIGURES = re.compile(r"\d\D+\d")


def find_tallies(text: str, s0: int, s1: int) -> list[Tally]:
    if not _TWO_FIGURES.search(text, s0, s1):
        return []
    found = []
    for m in _TALLIES.finditer(text, s0, s1):
        found.append(_tally(m, score=False))
        while (more := _NEXT_TALLY.match(text, found[-1].end, s1)) is not None:
            found.append(_tally(more, score=False))
    found += [_tally(m, score=True) for m in _SCORES.finditer(text, s0, s1)]
    found.sort(key=lambda t: t.start)
    kept: list[Tally] = []
    for t in found:
        if not kept or t.start >= kept[-1].end:
            kept.append(t)
    return kept


def _tally(m: re.Match, score: bool) -> Tally:
    pair = next(p for p in ("ab", "cd", "ef") if m.group(p[0]) is not None)
    sides = tuple((m.start(g), m.end(g), parse_number(m.group(g))) for g in pair)
    return Tally(sides[0][0], sides[1][1], sides, score)
