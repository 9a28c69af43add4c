"""Contexts in which a grammar match is not a temporal expression in the TimeML sense ("today's youth",
"the March for Life"), and months that a text uses as a person's surname ("Theresa May ... May responded").
The contexts are data (``not_time_contexts`` and ``surname_months`` in resources/en/timex/lexicon.yaml);
this module only compiles them and checks matches against them."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ...model import Claim
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


@dataclass(frozen=True)
class SurnameMonth:
    named: regex.Pattern        # the person named: "Theresa May"
    bare: regex.Pattern         # the month alone, with no day or year after it
    time_before: regex.Pattern  # a word of time right before it: "in May", "from March to May"
    before_possessive: regex.Pattern  # ... that leads to a possessive too: "opposed to May's joining"


@lru_cache(maxsize=1)
def surname_months() -> tuple[SurnameMonth, ...]:
    entries = []
    for entry in lexicon().raw.get("surname_months", []):
        month = regex.escape(entry["month"])
        time_words = "|".join(regex.escape(word) for word in entry["time_words_before"])
        possessive_words = "|".join(regex.escape(word) for word in entry["before_a_possessive_too"])
        entries.append(SurnameMonth(
            named=regex.compile(f"(?:{entry['named_before'].removesuffix('$')}){month}\\b"),
            bare=regex.compile(f"{month}(?:[\\'’]s)?"),
            time_before=regex.compile(f"(?i)(?:\\b(?:{time_words})|\\d)[\\s-]*$"),
            before_possessive=regex.compile(f"(?i)\\b(?:{possessive_words})\\s+$")))
    return tuple(entries)


def surnames_not_months(text: str, claims: list[Claim]) -> list[Claim]:
    """``claims`` without the bare months that the text uses as a person named in it ("Green Party leader
    Elizabeth May was excluded. May responded")."""
    kept = claims
    for entry in surname_months():
        # most texts have no bare "May" claim: the search for the person is left for those that do
        if not any(entry.bare.fullmatch(claim.text) for claim in kept) or not entry.named.search(text):
            continue
        kept = [claim for claim in kept if not _the_person(text, claim, entry)]
    return kept


def _the_person(text: str, claim: Claim, entry: SurnameMonth) -> bool:
    if not entry.bare.fullmatch(claim.text) or regex.match(r"\s*,?\s*\d", text[claim.span.end:claim.span.end + 4]):
        return False
    before = text[max(0, claim.span.start - CONTEXT_CHARS):claim.span.start]
    possessive = text.startswith(("'s", "’s"), claim.span.end)
    if entry.time_before.search(before):
        return possessive and entry.before_possessive.search(before) is not None
    return True
