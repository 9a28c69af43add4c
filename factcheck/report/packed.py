"""Finding views held compactly: a long run's report keeps its findings as compressed pickles.

A finding view (the finding, its evidence claims with their sentences, its place) is ~6 KB of Python
objects and ~0.8 KB packed. A report over a hundred thousand articles holds thousands of findings until
it is written; packed, they stop being the part of memory that grows with the corpus. A ``Views``
sequence mixes views kept as objects (the articles a report lists whole, which the HTML desk links by
identity) and packed ones, and unpacks one view at a time as it is read, so a renderer that streams
(``formats/json_format.py``) never holds them all.
"""
from __future__ import annotations

import pickle
import zlib
from typing import Callable, Iterable, Iterator, Sequence, overload

from .data import FindingView


def pack(view: FindingView) -> bytes:
    return zlib.compress(pickle.dumps(view, protocol=pickle.HIGHEST_PROTOCOL), 1)


def _unpack(item: FindingView | bytes) -> FindingView:
    return pickle.loads(zlib.decompress(item)) if isinstance(item, bytes) else item


class Views(Sequence[FindingView]):
    """An immutable sequence of finding views, each stored as the object or packed."""

    __slots__ = ("_items",)

    def __init__(self, items: Iterable[FindingView | bytes] = ()) -> None:
        self._items = tuple(items)

    @classmethod
    def packed(cls, views: Iterable[FindingView]) -> "Views":
        return cls(pack(view) for view in views)

    @classmethod
    def concat(cls, parts: Iterable[Sequence[FindingView]]) -> "Views":
        return cls(item for part in parts for item in (part._items if isinstance(part, Views) else part))

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, index: int) -> FindingView: ...
    @overload
    def __getitem__(self, index: slice) -> "Views": ...

    def __getitem__(self, index):
        if isinstance(index, slice):
            return Views(self._items[index])
        return _unpack(self._items[index])

    def __iter__(self) -> Iterator[FindingView]:
        for item in self._items:
            yield _unpack(item)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (Views, tuple, list)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def keeping(self, keep: Callable[[FindingView], bool]) -> "Views":
        """The views ``keep`` accepts, each still stored as it was (packed ones are not packed again)."""
        return Views(item for item in self._items if keep(_unpack(item)))

    def __repr__(self) -> str:
        return f"Views({len(self)} findings)"


def kept(views: Sequence[FindingView], keep: Callable[[FindingView], bool]) -> Sequence[FindingView]:
    """``views`` filtered by ``keep``, in the form they came (a packed sequence stays packed)."""
    return views.keeping(keep) if isinstance(views, Views) else tuple(view for view in views if keep(view))
