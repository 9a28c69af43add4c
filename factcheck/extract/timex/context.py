"""Contexts in which a grammar match is not a temporal expression in the TimeML sense ("today's youth",
"the March for Life"). The contexts are data (``not_time_contexts`` in resources/en/timex/lexicon.yaml);
this module only compiles them and checks a match against them."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from .lexicon import lexicon

CONTEXT_CHARS = 60  # how far before and after a match a context pattern may look


@dataclass(frozen=True)
class NotTimeContext:
    expression: regex.Pattern
    before: regex.Pattern | None
    after: regex.Pattern | None
    tense: str | None


@lru_cache(maxsize=1)
def not_time_contexts() -> tuple[NotTimeContext, ...]:
    def compiled(entry: dict, key: str) -> regex.Pattern | None:
        return regex.compile(entry[key]) if entry.get(key) else None

    return tuple(NotTimeContext(regex.compile(entry["expression"]), compiled(entry, "before"),
                                compiled(entry, "after"), entry.get("tense"))
                 for entry in lexicon().raw.get("not_time_contexts", []))


@lru_cache(maxsize=1)
def _any_expression() -> regex.Pattern:
    """All the contexts' expressions as one: most matches fit none, and one test then settles them."""
    return regex.compile("|".join(f"(?:{context.expression.pattern})" for context in not_time_contexts()))


def not_time(text: str, start: int, end: int, tense: str | None) -> bool:
    """Whether the match text[start:end] sits in one of the not-time contexts."""
    matched = text[start:end]
    if not _any_expression().fullmatch(matched):
        return False
    for context in not_time_contexts():
        if not context.expression.fullmatch(matched):
            continue
        if context.tense is not None and context.tense != tense:
            continue
        if context.before is not None and not context.before.search(text[max(0, start - CONTEXT_CHARS):start]):
            continue
        if context.after is not None and not context.after.search(text[end:end + CONTEXT_CHARS]):
            continue
        return True
    return False
