"""Time order: an event told as over whose computed end lies after publication, a start after its end,
and a year outside the decade or century another claim gives the same event."""
from __future__ import annotations

from datetime import timedelta
from typing import Iterable

import regex

from ...model import Claim, Span
from ...resources import load
from ..context import ArticleContext, Hit
from ..events import cued_start_and_end, dated, durations, is_partial_duration, range_pairs, start_of
from ..linking import (alternation, compiled, before, between, by_sentence, counted, duration_factors, is_absolute,
                       show_day, show_range, words)
from .arithmetic import APPROXIMATION_SLACK, close_in_clause
from .base import Param, RuleKind

_RESOURCE = "chronology.yaml"


class FinishedEventEndsAfterPublication(RuleKind):
    """"The ceasefire, which lasted three months after it began in late January, collapsed" in an article
    of 1 March: late January plus three months is mid-April at the earliest, after publication."""

    PARAMS = {
        "min_days_after": Param(int, 1, "how many days after publication the earliest end must lie to fire"),
        "max_gap": Param(int, 60, "most characters between the duration and its start date"),
        "approximation_slack": APPROXIMATION_SLACK,
    }
    FIELDS = frozenset({"duration", "start", "earliest_end", "published"})

    def check(self, context: ArticleContext) -> Iterable[Hit]:
        published = context.article.published
        if published is None:
            return
        finished = compiled(r"\b" + alternation(words(_RESOURCE, "finished")) + r"\b", regex.IGNORECASE)
        text = context.article.text
        for sentence, claims in by_sentence(context):
            if finished.search(text[sentence.start:sentence.end]):
                yield from self._shifted(context, claims, published)
            spans = durations(claims)
            start = start_of(context, claims)
            if len(spans) != 1 or start is None or start.dates is None:
                continue
            duration = spans[0]
            if is_partial_duration(context, duration, later_is_whole=start.span.end <= duration.span.start) \
                    or not close_in_clause(context, duration, start, None, self.params["max_gap"], across_conjunctions=True):
                continue
            elapsed = duration.attrs.get("tense") == "past" and (
                any(compiled(r"\s+" + form, regex.IGNORECASE).match(text[duration.span.end:sentence.end])
                    for form in words(_RESOURCE, "elapsed_after"))
                or any(compiled(form, regex.IGNORECASE).search(text[sentence.start:duration.span.start])
                       for form in words(_RESOURCE, "elapsed_before")))
            if duration.attrs.get("tense") == "future" or not (elapsed or finished.search(text[sentence.start:sentence.end])):
                continue
            if start.dates.start > published:
                continue  # the start itself lies after publication: FC202's finding, not a computed end
            least = duration_factors(duration.timex.mod if duration.timex else None, self.params["approximation_slack"]).low
            days = int(duration.attrs["days_min"] * least)
            earliest = start.dates.start + timedelta(days=days)
            late_by = (earliest - published).days
            if late_by < self.params["min_days_after"]:
                continue
            yield Hit(Span(min(duration.span.start, start.span.start), max(duration.span.end, start.span.end)),
                      (duration, start),
                      {"duration": duration.text, "start": start.text, "earliest_end": show_day(earliest),
                       "published": show_day(published)},
                      f"{show_range(start)} plus {duration.text} (at least {counted(days, 'day')}) ends on "
                      f"{show_day(earliest)} at the earliest, {counted(late_by, 'day')} after publication on "
                      f"{show_day(published)}, yet the sentence tells it as over")


    def _shifted(self, context: ArticleContext, claims: list[Claim], published) -> Iterable[Hit]:
        """"It began in late January and collapsed three months later": the parser anchors the later date
        on the earlier one; told as over, it must not lie after publication."""
        for claim in claims:
            if claim.attrs.get("anchor") != "reference" or not claim.attrs.get("shift") or claim.dates is None:
                continue
            if claim.attrs.get("tense") == "future" or claim.dates.start <= published:
                continue
            amount = claim.attrs["shift"][0] if isinstance(claim.attrs["shift"], (list, tuple)) else 0
            if not isinstance(amount, (int, float)) or amount <= 0:
                continue
            late_by = (claim.dates.start - published).days
            if late_by < self.params["min_days_after"]:
                continue
            earlier = [c for c in dated(claims) if c.span.end <= claim.span.start and c is not claim]
            if not earlier:
                continue
            start = earlier[-1]
            if start.dates.start > published:
                continue  # the start itself lies after publication: FC202's finding, not a computed end
            yield Hit(Span(start.span.start, claim.span.end), (start, claim),
                      {"duration": claim.text, "start": start.text, "earliest_end": show_day(claim.dates.start),
                       "published": show_day(published)},
                      f"{show_range(start)} plus {claim.attrs['shift'][0]} {claim.attrs['shift'][1]}(s) is "
                      f"{show_range(claim)}, {counted(late_by, 'day')} after publication on {show_day(published)}, yet the "
                      f"sentence tells it as over")


class StartAfterEnd(RuleKind):
    """Two dates given as the start and end of one span, the start later than the end."""

    FIELDS = frozenset({"start", "end"})

    def check(self, context: ArticleContext) -> Iterable[Hit]:
        for sentence, claims in by_sentence(context):
            dates = dated(claims)
            pairs = range_pairs(context, dates, sentence)
            if not pairs:
                pair = cued_start_and_end(context, dates)
                pairs = [pair] if pair else []
            for start, end in pairs:
                if not _comparable(start, end):
                    continue
                if start.dates.start <= end.dates.end:
                    continue
                gap = (start.dates.start - end.dates.end).days
                yield Hit(Span(min(start.span.start, end.span.start), max(start.span.end, end.span.end)), (start, end),
                          {"start": start.text, "end": end.text},
                          f"the start, {show_range(start)}, is {counted(gap, 'day')} after the end, "
                          f"{show_range(end)}")


class YearOutsideEra(RuleKind):
    """A year and a decade or century said of one moment or event, the year outside it: "in the 1990s
    (in 1985)", or "the 1990s war" beside "the 1985 war"."""

    FIELDS = frozenset({"year", "era"})

    def check(self, context: ArticleContext) -> Iterable[Hit]:
        joiners = compiled(r"\s*" + alternation(words(_RESOURCE, "apposition_joiners")) + r"\s*", regex.IGNORECASE)
        for _, claims in by_sentence(context):
            dates = dated(claims)
            for first, second in zip(dates, dates[1:]):
                if not joiners.fullmatch(between(context, first, second)):
                    continue
                era, year = (first, second) if _is_era(first) else (second, first)
                if _is_era(era) and _is_year(year):
                    yield from _compare(year, era)
        yield from self._by_event(context)

    def _by_event(self, context: ArticleContext) -> Iterable[Hit]:
        events = alternation(words(_RESOURCE, "events"))
        right_after = compiled(r"\s*(?P<event>" + events + r")\b", regex.IGNORECASE)
        data = load("en/rules/chronology.yaml")
        era_before = compiled(data["era_after_event"].replace("{EVENT}", events), regex.IGNORECASE)
        year_before = compiled(data["year_after_event"].replace("{EVENT}", events), regex.IGNORECASE)
        eras: dict[str, list[Claim]] = {}
        years: dict[str, list[Claim]] = {}
        text = context.article.text
        for claim in context.claims:
            if claim.dates is None or not is_absolute(claim):
                continue
            ahead = before(context, claim, 60)
            match = right_after.match(text, claim.span.end) or (era_before if _is_era(claim) else year_before).search(ahead)
            if not match:
                continue
            key = compiled(r"\s+").sub(" ", match.group("event").lower())
            if _is_era(claim):
                eras.setdefault(key, []).append(claim)
            elif _is_year(claim):
                years.setdefault(key, []).append(claim)
        for key, era_claims in eras.items():
            year_claims = years.get(key, [])
            if len({c.dates for c in era_claims}) != 1 or len({c.dates.start.year for c in year_claims}) != 1:
                continue
            yield from _compare(year_claims[0], era_claims[0])


def _comparable(start: Claim, end: Claim) -> bool:
    """Both dates written in full, or both days of one month anchored alike ("from March 20 to March 3"),
    whose order no choice of year can change."""
    if is_absolute(start) and is_absolute(end):
        return True
    return (start.attrs.get("anchor") is not None and start.attrs.get("anchor") == end.attrs.get("anchor")
            and _month_and_day(start) and _month_and_day(end)
            and (start.dates.start.year, start.dates.start.month) == (end.dates.start.year, end.dates.start.month))


def _month_and_day(claim: Claim) -> bool:
    """A date written with its month and day ("March 20"), not a weekday or "today" the resolver placed."""
    fields = claim.attrs.get("fields") or {}
    return claim.dates.days == 1 and (claim.extractor == "rules" or ("month" in fields and "day" in fields))


def _is_era(claim: Claim) -> bool:
    return claim.attrs.get("rule") in ("decade", "century") and claim.dates is not None


def _is_year(claim: Claim) -> bool:
    return claim.dates is not None and claim.dates.start.year == claim.dates.end.year and claim.attrs.get("rule") not in ("decade", "century")


def _compare(year: Claim, era: Claim) -> Iterable[Hit]:
    if era.dates.start <= year.dates.start and year.dates.end <= era.dates.end:
        return
    yield Hit(Span(min(year.span.start, era.span.start), max(year.span.end, era.span.end)), (year, era),
              {"year": year.text, "era": era.text},
              f"{year.dates.start.year} is not within {era.text} ({era.dates.start.year}–{era.dates.end.year})")
