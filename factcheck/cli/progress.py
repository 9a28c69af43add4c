"""A one-line progress display on a terminal: articles, articles/s, findings so far. Silent otherwise."""
from __future__ import annotations

import sys
import time
from typing import Iterable, Iterator, TextIO

from ..pipeline import ArticleResult, CorpusResult

REFRESH_SECONDS = 0.25


def with_progress(items: Iterable, stream: TextIO | None = None, force: bool | None = None) -> Iterator:
    """Pass items through; on a TTY redraw the progress line at most every ``REFRESH_SECONDS``."""
    stream = stream or sys.stderr
    shown = stream.isatty() if force is None else force
    if not shown:
        yield from items
        return
    started = last = time.monotonic()
    articles = findings = 0

    def draw(final: bool = False) -> None:
        elapsed = max(time.monotonic() - started, 1e-9)
        stream.write(f"\r\x1b[K{articles:,} articles  {articles / elapsed:,.0f} articles/s  {findings:,} findings"
                     + ("\n" if final else ""))
        stream.flush()

    for item in items:
        if isinstance(item, ArticleResult):
            articles += 1
            findings += len(item.findings)
        elif isinstance(item, CorpusResult):
            findings += len(item.findings)
        now = time.monotonic()
        if now - last >= REFRESH_SECONDS:
            draw()
            last = now
        yield item
    draw(final=True)
