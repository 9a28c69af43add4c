"""Facts of a long run grouped by key on disk: the external form of the shuffle.

Corpus rules keep a few facts per article until the end of the run. Held in memory they would grow
with the corpus, so past ``memory_facts`` they are spilled to ``partitions`` temporary files chosen by
the hash of their (rule, key); every group then lies whole in one file, and the groups are checked one
file at a time. Memory holds at most ``memory_facts`` facts while reading and one partition while
checking.
"""
from __future__ import annotations

import pickle
import shutil
import tempfile
from pathlib import Path
from typing import BinaryIO, Iterator

from .engine.facts import Fact

MEMORY_FACTS = 2000
PARTITIONS = 64

Tagged = tuple[int, Fact]


class FactSpool:
    def __init__(self, memory_facts: int = MEMORY_FACTS, partitions: int = PARTITIONS) -> None:
        self.memory_facts, self.partitions = memory_facts, partitions
        self.buffer: list[Tagged] = []
        self.folder: Path | None = None
        self.files: dict[int, BinaryIO] = {}
        self.count = 0

    def add(self, tagged: Tagged) -> None:
        self.count += 1
        self.buffer.append(tagged)
        if len(self.buffer) >= self.memory_facts:
            self._spill()

    def _spill(self) -> None:
        if self.folder is None:
            self.folder = Path(tempfile.mkdtemp(prefix="factcheck-facts-"))
        for tagged in self.buffer:
            part = hash((tagged[0], tagged[1].key)) % self.partitions
            handle = self.files.get(part)
            if handle is None:
                handle = self.files[part] = (self.folder / f"{part}.pickle").open("ab")
            pickle.dump(tagged, handle, protocol=pickle.HIGHEST_PROTOCOL)
        self.buffer = []

    def partitions_of_facts(self) -> Iterator[list[Tagged]]:
        """All facts, a partition at a time; facts sharing a (rule, key) are always in one partition."""
        if self.folder is None:
            if self.buffer:
                yield self.buffer
            return
        self._spill()
        for handle in self.files.values():
            handle.close()
        for part in sorted(self.files):
            with (self.folder / f"{part}.pickle").open("rb") as handle:
                yield list(_load_all(handle))

    def close(self) -> None:
        for handle in self.files.values():
            handle.close()
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
        self.buffer, self.files, self.folder = [], {}, None

    def __enter__(self) -> "FactSpool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _load_all(handle: BinaryIO) -> Iterator[Tagged]:
    while True:
        try:
            yield pickle.load(handle)
        except EOFError:
            return
