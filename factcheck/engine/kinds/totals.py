"""Parts against their total ("42 people died: 20 soldiers and 12 civilians") and shares of one whole
that sum past 100% ("58% voted yes and 47% no")."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable

import regex

from ...model import Interval, Span
from ...resources import load
from ..context import ArticleContext, Hit
from ..linking import (add, alternation, compiled, figure_claim, figure_from, hedge_pattern, not_a_count, number_pattern,
                       with_extracted)
from .base import Param, RuleKind

_WORD = r"[\p{L}'’-]+"


@lru_cache(maxsize=1)
def _resource() -> dict:
    return load("en/rules/totals.yaml")


@lru_cache(maxsize=1)
def _parts_pattern() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    data = _resource()
    figure = rf"(?:(?P<hedge>{hedge_pattern()})\s+)?(?P<num>{number_pattern()})"
    not_joiner = r"(?!(?:and|plus)\b)"
    part = rf"(?:(?:{hedge_pattern()})\s+)?{number_pattern()}(?:\s+{not_joiner}{_WORD}){{0,{data['part_words']}}}"
    join = rf"\s*(?:{alternation(data['list_joiners'])})\s+"
    separator = alternation(data["exhaustive_separators"] + data["partial_separators"])
    whole = regex.compile(
        rf"{figure}(?P<head>(?:\s+{_WORD}){{0,8}}?)(?P<sep>{separator})\s*(?P<list>{part}(?:{join}{part})+)",
        regex.IGNORECASE)
    of_the = regex.compile(
        rf"\b{alternation(data['of_the_openers'])}\s+{figure}(?P<head>(?:\s+{_WORD}){{0,4}}?)(?P<sep>,)\s*"
        rf"(?P<list>{part}(?:{join}{part})+)", regex.IGNORECASE)
    return whole, of_the, regex.compile(figure, regex.IGNORECASE)


class PartsAgainstTotal(RuleKind):
    """A total followed by the list of its parts; an exhaustive list (after a colon or dash) must add up
    to the total, a partial one ("including") must not exceed it."""

    FIELDS = frozenset({"total", "parts", "sum"})

    def check(self, context: ArticleContext) -> Iterable[Hit]:
        whole, of_the, one_part = _parts_pattern()
        excludes = compiled(r"\b" + alternation(_resource()["part_excludes"]) + r"\b", regex.IGNORECASE)
        partial_seps = {s.strip().lower() for s in _resource()["partial_separators"]} | {","}
        text = context.article.text
        temporal = [c.span for c in context.claims if c.is_temporal]
        remainder = compiled(rf"\b{alternation(_resource()['remainder_words'])}\b", regex.IGNORECASE)
        figure_starts: dict[int, list[int]] = {}
        for claim in context.claims:
            if not claim.is_temporal and claim.sentence is not None:
                figure_starts.setdefault(claim.sentence.start, []).append(claim.span.start)
        for sentence in context.sentences:
            starts = figure_starts.get(sentence.span.start, [])
            if len(starts) < 2:
                continue  # a total and at least two parts: fewer figures cannot list parts
            # A total is tried only where the extractor found a figure; trying the pattern at every
            # character of every sentence was most of this rule's time.
            found = (whole.match(text, start, sentence.span.end) for start in sorted(set(starts)))
            matches = list(of_the.finditer(text, sentence.span.start, sentence.span.end)) + [m for m in found if m]
            seen: set[int] = set()
            for match in matches:
                if match.start("num") in seen:
                    continue
                seen.add(match.start("num"))
                total = figure_from(match, text)
                parts_text = match.group("list")
                parts = [figure_from(m, text) for m in one_part.finditer(text, match.start("list"), match.end("list"))]
                if total is None or any(p is None for p in parts):
                    continue
                total, parts = with_extracted(context, total), [with_extracted(context, p) for p in parts]
                figures = [total] + parts
                if len(parts) < 2 or excludes.search(parts_text):
                    continue
                if any(not_a_count(text, f.span) or any(f.span.overlaps(t) for t in temporal)
                       for f in figures):
                    continue
                summed = add([p.interval for p in parts])
                partial = match.group("sep").strip().lower() in partial_seps \
                    or bool(remainder.search(text, sentence.span.start, sentence.span.end))
                if partial and len(parts) == 2 and compiled(r"[^,]*,\s+and\b[^,]*").fullmatch(parts_text):
                    continue  # "123 Israelis, including 40 civilians, and 861 Lebanese": the aside ends at the comma
                if not (_exceeds(summed, total.interval) if partial else not summed.intersects(total.interval)):
                    continue
                evidence = tuple(figure_claim(context, f) for f in figures)
                addition = " + ".join(p.text for p in parts)
                relation = "more than the total" if partial else "not the total"
                note = f" (the list after \"{match.group('sep').strip()}\" names only some parts)" if partial else ""
                yield Hit(Span(match.start(), match.end()), evidence,
                          {"total": total.text, "parts": addition, "sum": summed.describe()},
                          f"{addition} = {summed.describe()}, {relation} of {total.text}{note}")


def _exceeds(summed: Interval, total: Interval) -> bool:
    """Even the smallest sum the parts admit is above every value the total admits."""
    return summed.low > total.high or (summed.low == total.high and not total.high_closed)


_SHARE_HINT = regex.compile(r"%|\bper\s*cent\b", regex.IGNORECASE)


@lru_cache(maxsize=1)
def _share_patterns() -> tuple[regex.Pattern, ...]:
    data = _resource()
    share = regex.compile(rf"(?:(?P<hedge>{hedge_pattern()})\s+)?(?P<num>\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)",
                          regex.IGNORECASE)
    reach = data["answer_reach_words"]
    answer_words = [w for group in data["answers"].values() for w in group]
    answer = regex.compile(rf"(?:\s+{_WORD}){{0,{reach - 1}}}?\s+(?P<answer>{alternation(answer_words)})\b",
                           regex.IGNORECASE)
    vote = regex.compile(rf"\s+{alternation(data['whole_of_vote'])}\b(?!\s+{alternation(data['not_a_share_after'])}\b)",
                         regex.IGNORECASE)
    different = regex.compile(rf"\b{alternation(data['different_wholes'])}\b", regex.IGNORECASE)
    counted = regex.compile(rf"\s+{alternation(data['whole_of_vote'])}\s+{alternation(data['not_a_share_after'])}\b",
                            regex.IGNORECASE)
    return share, answer, vote, different, counted


@lru_cache(maxsize=None)
def _answer_class(word: str) -> str:
    word = compiled(r"\s+").sub(" ", word.lower())
    for name, group in _resource()["answers"].items():
        if word in (w.lower() for w in group):
            return name
    return word


class SharesOverWhole(RuleKind):
    """Percentages in one sentence that share one whole (the answers to one question, the votes of one
    ballot) and add up to more than 100."""

    PARAMS = {"rounding_per_share": Param((int, float), 0.5, "percentage points each share may be off by rounding")}
    FIELDS = frozenset({"shares", "sum"})

    def check(self, context: ArticleContext) -> Iterable[Hit]:
        share, answer, vote, different, counted = _share_patterns()
        text = context.article.text
        for sentence in (s.span for s in context.sentences):
            body = text[sentence.start:sentence.end]
            if not _SHARE_HINT.search(body) or different.search(body) \
                    or sum(1 for c in context.claims if c.kind == "date" and sentence.contains(c.span)) > 1:
                continue
            answered: dict[str, object] = {}
            duplicate = False
            voted, bare = [], []
            for match in share.finditer(text, sentence.start, sentence.end):
                figure = figure_from(match, text)
                if figure is None:
                    continue
                linked = answer.match(text, match.end(), sentence.end)
                if counted.match(text, match.end(), sentence.end):
                    continue  # "97 percent of the votes counted": the count's progress, not a share
                if vote.match(text, match.end(), sentence.end):
                    voted.append(figure)
                elif compiled(r"\s*(?:[.;]|,\s|$)").match(text[match.end():sentence.end]):
                    bare.append(figure)  # "Smith won 58% of the vote and Jones 47%."
                elif linked:
                    key = _answer_class(linked.group("answer"))
                    duplicate = duplicate or key in answered
                    answered[key] = figure
            groups = [voted + bare if voted else []] + ([list(answered.values())] if not duplicate else [])
            for group in groups:
                if len(group) < 2:
                    continue
                summed = add([f.interval for f in group])
                limit = 100 + self.params["rounding_per_share"] * len(group)
                if summed.low <= limit:
                    continue
                group = sorted(group, key=lambda f: f.span.start)
                shown = " + ".join(f"{f.text}%" for f in group)
                yield Hit(Span(group[0].span.start, group[-1].span.end),
                          tuple(figure_claim(context, f, kind="percent", unit="%") for f in group),
                          {"shares": shown, "sum": summed.describe()},
                          f"{shown} = {summed.describe()}%, more than the 100% of one whole "
                          f"(even allowing {self.params['rounding_per_share']} points of rounding per share)")
