"""Arithmetic on dates: a duration against its start and end, an age against a birth date, an Nth
anniversary against the year of the event. Each fires only when the calendar proves the claims disagree."""
from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Iterable

import regex

from ...extract.numbers import parse_number, parse_ordinal
from ...model import Claim, Span
from ...resources import load
from ..context import ArticleContext, Hit
from ..linking import (alternation, compiled, by_sentence, duration_factors, is_absolute, number_pattern, ordinal_pattern,
                       ordinal_text, counted, show_range)
from .base import Param, RuleKind
from ..events import durations, is_between_range, is_partial_duration, start_and_end

# Half a unit of rounding for durations stated in units longer than a day ("three weeks" for 19 days).
_HALF_UNIT_DAYS = {"day": 0.0, "week": 3.5, "month": 15.0, "year": 183.0, "decade": 1826.0}


# An approximate hedge on a duration ("about three months") admits this fraction of the stated length
# beyond the extractor's reading of the hedge (±10 %, resources/en/quantities/hedges.yaml): a rule that
# accuses a writer from calendar dates alone keeps the wider ±20 % it has always allowed.
APPROXIMATION_SLACK = Param((int, float), 0.1, "fraction of a duration an approximate hedge (\"about three months\") "
                                               "admits beyond the quantity extractor's reading of that hedge")


@lru_cache(maxsize=1)
def _resource() -> dict:
    return load("en/rules/arithmetic.yaml")


class DurationAgainstDates(RuleKind):
    """A duration stated in one sentence with the start and end of the same span."""

    PARAMS = {
        "units": Param(list, ["day", "week", "month", "year"], "duration units checked"),
        "max_gap": Param(int, 40, "most characters between the duration and the nearer of its dates"),
        "approximation_slack": APPROXIMATION_SLACK,
    }
    FIELDS = frozenset({"duration", "start", "end", "days"})

    def check(self, context: ArticleContext) -> Iterable[Hit]:
        for sentence, claims in by_sentence(context):
            spans = [c for c in durations(claims) if c.attrs.get("unit") in self.params["units"]]
            if len(spans) != 1 or is_partial_duration(context, spans[0]):
                continue
            duration = spans[0]
            pair = start_and_end(context, claims, sentence)
            if pair is None:
                continue
            start, end = pair
            if not close_in_clause(context, duration, start, end, self.params["max_gap"]):
                continue
            low_days = (end.dates.start - start.dates.end).days
            high_days = (end.dates.end - start.dates.start).days + 1
            if low_days < 0:
                continue  # a start after its end is FC204's finding
            slack = _HALF_UNIT_DAYS.get(duration.attrs["unit"], 0.0)
            stated = duration_factors(duration.timex.mod if duration.timex else None, self.params["approximation_slack"])
            stated_low = duration.attrs["days_min"] * stated.low - slack
            stated_high = duration.attrs["days_max"] * stated.high + slack
            # Dates coarser than the duration's unit, or a "between" range, may hold a shorter stay
            # ("four months at the colony between 2015 and 2017"): only a longer duration is then wrong.
            coarse = max(start.dates.days, end.dates.days) > max(1.0, 2 * slack) or is_between_range(context, start)
            if stated_low <= high_days and (coarse or low_days <= stated_high):
                continue
            span_days = (f"{counted(low_days, 'day')} ({low_days + 1} counting both days)" if low_days + 1 == high_days
                       else f"between {low_days} and {high_days} days")
            yield Hit(Span(min(duration.span.start, start.span.start), max(end.span.end, duration.span.end)),
                      (duration, start, end),
                      {"duration": duration.text, "start": start.text, "end": end.text, "days": span_days},
                      f"{show_range(start)} to {show_range(end)} is {span_days}, not {duration.text} "
                      f"({_days_text(duration)})")


def close_in_clause(context: ArticleContext, duration: Claim, start: Claim, end: Claim | None, max_gap: int,
                    across_conjunctions: bool = False) -> bool:
    """The duration stands near its dates, with no parenthesis, semicolon or conjunction between: one clause
    ("serving 35 years in the Air Force and from 1980-1982 he served ..." links nothing)."""
    nearest = min((c for c in (start, end) if c is not None), key=lambda c: abs(c.span.start - duration.span.start))
    left, right = sorted((duration.span, nearest.span), key=lambda s: s.start)
    gap = context.article.text[left.end:right.start]
    breaks = r"[;()\[\]]" if across_conjunctions else r"[;()\[\]]|\b(?:and|but|while|whereas)\b"
    return len(gap) <= max_gap and not compiled(breaks).search(gap)


def _days_text(duration: Claim) -> str:
    low, high = duration.attrs["days_min"], duration.attrs["days_max"]
    return counted(low, "day") if low == high else f"{low:g} to {high:g} days"


class AgeAgainstBirth(RuleKind):
    """An age and a birth date of the one person a sentence speaks of, against the publication date."""

    FIELDS = frozenset({"age", "born", "expected", "published"})

    def check(self, context: ArticleContext) -> Iterable[Hit]:
        published = context.article.published
        if published is None:
            return
        data = _resource()
        ages = [compiled(p) for p in data["age_patterns"]]
        births = [compiled(p, regex.IGNORECASE) for p in data["birth_cues"]]
        elsewhere = compiled(r"\b" + alternation(data["age_elsewhere"]) + r"\b", regex.IGNORECASE)
        text = context.article.text
        for sentence, claims in by_sentence(context):
            sentence_text = text[sentence.start:sentence.end]
            born = [c for c in claims if is_absolute(c) and c.dates.days in (1, 365, 366)
                    and any(p.search(text[max(sentence.start, c.span.start - 50):c.span.start]) for p in births)]
            if len(born) != 1 or elsewhere.search(sentence_text):
                continue
            found = {(m.start("age"), m.end("age")) for p in ages for m in p.finditer(text, sentence.start, sentence.end)}
            if len(found) != 1:
                continue
            (age_start, age_end), birth = found.pop(), born[0]
            age = int(text[age_start:age_end])
            possible = _possible_ages(birth, published)
            if age in possible:
                continue
            age_claim = _own_claim(context, Span(age_start, age_end), float(age), "age")
            expected = " or ".join(str(a) for a in sorted(possible))
            yield Hit(Span(min(age_start, birth.span.start), max(age_end, birth.span.end)), (age_claim, birth),
                      {"age": age, "born": birth.text, "expected": expected, "published": published.isoformat()},
                      f"born {show_range(birth)}, the person was {expected} on {published.isoformat()} "
                      f"(publication), not {age}")


def _possible_ages(birth: Claim, published: date) -> set[int]:
    if birth.dates.days == 1:
        day = birth.dates.start
        before_birthday = (published.month, published.day) < (day.month, day.day)
        return {published.year - day.year - (1 if before_birthday else 0)}
    year = birth.dates.start.year
    return {published.year - year - 1, published.year - year}


def _own_claim(context: ArticleContext, span: Span, value: float, kind: str) -> Claim:
    """The extractor's claim for a figure a rule read itself, or a claim of the rule's own making."""
    for claim in context.claims:
        if claim.span.overlaps(span) and not claim.is_temporal:
            return claim
    sentence = context.sentence_of(span)
    return Claim(context.article.id, span, context.text_of(span), kind, "rules",
                 sentence.span if sentence else None, value)


class AnniversaryAgainstYear(RuleKind):
    """"The 50th anniversary of the 1969 landing" falls in 2019: the article's year (or the year the
    sentence gives the anniversary) must be that one."""

    PARAMS = {
        "window_years": Param(int, 1, "how many years either side of publication an anniversary may be spoken of "
                                       "without a year of its own"),
    }
    FIELDS = frozenset({"ordinal", "event_year", "anniversary_year", "year"})

    def check(self, context: ArticleContext) -> Iterable[Hit]:
        published = context.article.published
        data = _resource()
        patterns = [compiled(data["anniversary"].replace("{ORDINAL}", ordinal_pattern()), regex.IGNORECASE),
                    compiled(data["years_since"].replace("{NUMBER}", number_pattern()), regex.IGNORECASE)]
        text = context.article.text
        for sentence, claims in by_sentence(context):
            for match in (m for p in patterns for m in p.finditer(text, sentence.start, sentence.end)):
                n = parse_ordinal(match.group("ord")) or parse_number(match.group("ord"))
                n = int(n) if n and float(n).is_integer() else None
                reach = min(sentence.end, match.end() + data["anniversary_reach"])
                after = [c for c in claims if is_absolute(c) and match.end() <= c.span.start < reach
                         and "anniversary" not in text[match.end():c.span.start]]
                if not n or not after or len({c.dates.start.year for c in after}) != 1:
                    continue
                event = after[0]
                if event.dates.start.year != event.dates.end.year:
                    continue
                expected = event.dates.start.year + n
                others = [c for c in claims if is_absolute(c) and c not in after and c.dates.start.year == c.dates.end.year
                          and c.span.end <= match.start()]
                if others:
                    years = {c.dates.start.year for c in others}
                    if expected in years:
                        continue
                    said, shown = others[-1], str(others[-1].dates.start.year)
                elif published is not None:
                    window = self.params["window_years"]
                    if abs(expected - published.year) <= window:
                        continue
                    said, shown = None, f"{published.year} (publication)"
                else:
                    continue
                ordinal = _own_claim(context, Span(*match.span("ord")), float(n), "ordinal")
                evidence = tuple(c for c in (ordinal, event, said) if c is not None)
                yield Hit(Span(min([match.start()] + [c.span.start for c in evidence]), max(c.span.end for c in evidence)),
                          evidence,
                          {"ordinal": ordinal_text(n), "event_year": event.dates.start.year,
                           "anniversary_year": expected, "year": shown},
                          f"{event.dates.start.year} + {n} = {expected}: the {ordinal_text(n)} anniversary falls "
                          f"in {expected}, not in {shown}")
