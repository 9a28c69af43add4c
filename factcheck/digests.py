"""A set of 64-bit digests at 8 bytes each: what a long run remembers of every article it has seen.

A Python ``set`` of ints costs about 70 bytes an entry (6 MB at a hundred thousand articles) and was
the largest thing that grew with the corpus. Here recent digests wait in a small set; every ``batch``
they become a sorted ``array('Q')``, and arrays of similar size are merged (a log-structured merge:
each digest is copied O(log n) times, and a lookup bisects a handful of arrays).
"""
from __future__ import annotations

from array import array
from bisect import bisect_left
from heapq import merge

BATCH = 8192


class DigestSet:
    def __init__(self, batch: int = BATCH) -> None:
        self.batch = batch
        self.recent: set[int] = set()
        self.levels: list[array] = []  # sorted arrays, largest first

    def __contains__(self, digest: int) -> bool:
        if digest in self.recent:
            return True
        for level in self.levels:
            index = bisect_left(level, digest)
            if index < len(level) and level[index] == digest:
                return True
        return False

    def add(self, digest: int) -> bool:
        """Remember ``digest``; False when it was already there."""
        if digest in self:
            return False
        self.recent.add(digest)
        if len(self.recent) >= self.batch:
            self.levels.append(array("Q", sorted(self.recent)))
            self.recent = set()
            while len(self.levels) > 1 and len(self.levels[-1]) * 2 > len(self.levels[-2]):
                newer, older = self.levels.pop(), self.levels.pop()
                self.levels.append(array("Q", merge(older, newer)))
        return True

    def __len__(self) -> int:
        return len(self.recent) + sum(len(level) for level in self.levels)
