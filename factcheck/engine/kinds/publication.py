"""Dates measured against the article's publication date, and the date itself."""
from __future__ import annotations

from typing import Iterable

import regex

from ...model import Span
from ..context import ArticleContext, Hit
from ..linking import alternation, compiled, counted
from .base import Param, RuleKind

_PRECISION_DAYS = {"day": 1, "month": 31, "year": 366}
_ON_BEFORE = regex.compile(r",?\s+(?:on\s+)?$")
_SPACE = regex.compile(r"\s*")


class DateAfterPublication(RuleKind):
    """An explicit date later than publication, told as something that already happened."""

    PARAMS = {
        "tense": Param(str, "past", "the sentence tense in which a later date is suspicious", ("past",)),
        "precision": Param(str, "day", "the coarsest date precision checked: day, month or year",
                           tuple(_PRECISION_DAYS)),
        "min_days_after": Param(int, 1, "how many days after publication a date must start to fire"),
        "target_words": Param(list, [], "words that make the date the target of a change or a limit, which may "
                              "lie ahead even in a past-tense clause (\"was postponed to\", \"extended until\")"),
        "designation_words": Param(list, [], "words after the date that make it one named for something to come, "
                                   "which may lie ahead even in a past-tense clause (\"set May 5 as the date\")"),
    }
    FIELDS = frozenset({"date", "published", "days", "days_after"})

    def check(self, context: ArticleContext) -> Iterable[Hit]:
        published = context.article.published
        if published is None:
            return
        longest = _PRECISION_DAYS[self.params["precision"]]
        text = context.article.text
        # "until 5 p.m. on [Friday]", "from 00:00 AM on [the 24 of March]": the word before the clock time
        # the extractor found is the one that says what the date is to the clause.
        clock_before = {c.span.end: c.span.start for c in context.claims if c.kind == "time"}
        # A date there is the dateline ("April 5, 2005 A bombing struck ..."): the article's own date, no event.
        opening = _SPACE.match(text, context.article.body_span.start).end()
        target = self._phrases(self.params["target_words"], r"\b", r"\s*$")
        designated = self._phrases(self.params["designation_words"], r"[\s,]*", r"\b")
        for claim in context.claims:
            if claim.kind != "date" or claim.dates is None or claim.dates.days > longest:
                continue
            if claim.span.start == opening or claim.attrs.get("anchor") or claim.attrs.get("relative"):
                continue
            # Most dates lie before publication: the day count settles them before any text is searched.
            days = (claim.dates.start - published).days
            if days < self.params["min_days_after"]:
                continue
            tense = (claim.attrs.get("clause_tense") or claim.attrs.get("tense")
                     or getattr(context.sentence_of(claim.span), "tense", None))
            if tense != self.params["tense"]:
                continue
            start = claim.span.start
            gap = _ON_BEFORE.search(text, max(0, start - 8), start)
            word_end = clock_before.get(gap.start(), start) if gap else start
            if target and target.search(text, max(0, word_end - 40), word_end):
                continue
            if designated and designated.match(text, claim.span.end):
                continue
            days_after = counted(days, "day")
            yield Hit(claim.span, (claim,),
                      {"date": claim.text, "published": published.isoformat(), "days": days,
                       "days_after": days_after},
                      f"{claim.dates.start.isoformat()} is {days_after} after "
                      f"publication on {published.isoformat()}, yet the sentence is in the {tense} tense")

    @staticmethod
    def _phrases(phrases: list[str], before: str, after: str) -> regex.Pattern | None:
        return compiled(before + alternation(phrases) + after, regex.IGNORECASE) if phrases else None


class MissingPublicationDate(RuleKind):
    """No usable publication date: relative dates cannot be anchored."""

    FIELDS = frozenset({"reason"})

    def check(self, context: ArticleContext) -> Iterable[Hit]:
        article = context.article
        if article.published is not None:
            return
        reason = "; ".join(article.input_notes) or "no publication date given"
        start = article.body_span.start
        yield Hit(_first_line(article.text, start), (), {"reason": reason},
                  "relative dates (\"on Tuesday\", \"last month\") stay unresolved without a publication date")


def _first_line(text: str, start: int) -> Span:
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    if end == start:
        end = min(len(text), start + 1)
    # A header line that held a bad date is the better place to point at.
    return Span(0, end) if start > 0 else Span(start, end)
