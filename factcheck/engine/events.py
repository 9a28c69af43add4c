"""Linking dates to the start and end of the one event a sentence speaks of, by the cue words before
them ("began on June 1", "ended on June 20") or a range ("from 2014 to 2016", "between 2010 and 2012").
The cue words are data: ``resources/en/rules/chronology.yaml``."""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

import regex

from datetime import date

from ..model import Claim, DateRange, Span, Timex
from ..resources import load
from .context import ArticleContext
from .linking import alternation, compiled, before, between, words

_RESOURCE = "chronology.yaml"
# A cue stands right before the date, allowing an article or a season word: "began in late January".
_CUE_TAIL = r"\s+(?:the\s+)?$"


@lru_cache(maxsize=None)
def _cue(key: str) -> regex.Pattern:
    return regex.compile(r"\b" + alternation(words(_RESOURCE, key)) + _CUE_TAIL, regex.IGNORECASE)


@lru_cache(maxsize=1)
def _range() -> tuple[regex.Pattern, regex.Pattern]:
    opener = regex.compile(r"\b" + alternation(words(_RESOURCE, "range_openers")) + _CUE_TAIL, regex.IGNORECASE)
    joiner = regex.compile(r"\s*(?P<joiner>" + alternation(words(_RESOURCE, "range_joiners")) + r")\s*(?:the\s+)?",
                           regex.IGNORECASE)
    return opener, joiner


@lru_cache(maxsize=1)
def _change() -> regex.Pattern:
    """A change verb right before "from": "moved up from May 2029 to December 31, 2021"."""
    return regex.compile(r"\b" + alternation(words(_RESOURCE, "change_verbs")) + r"\s+(?:\w+\s+)?from\s+(?:the\s+)?$",
                         regex.IGNORECASE)


def is_between_range(context: ArticleContext, start: Claim) -> bool:
    return before(context, start, 20).rstrip().lower().endswith("between")


def dated(claims: Sequence[Claim]) -> list[Claim]:
    return [c for c in claims if c.kind == "date" and c.dates is not None]


# Durations longer than this are misreadings ("the 2008 Year Book" is not a 2008-year span).
MOST_DAYS = 200 * 366


def durations(claims: Sequence[Claim]) -> list[Claim]:
    """The durations of a sentence that a rule can measure in days."""
    return [c for c in claims if c.kind == "duration" and c.attrs.get("days_min") is not None
            and c.attrs.get("days_max", 0) <= MOST_DAYS]


def range_pairs(context: ArticleContext, claims: Sequence[Claim], sentence: Span) -> list[tuple[Claim, Claim]]:
    """Start and end given as a range: "from A to B", "between A and B", "2014–2016", "1 to 20 June"."""
    opener, joiner = _range()
    dates = dated(claims)
    pairs = written_ranges(context, claims, sentence)
    for first, second in zip(dates, dates[1:]):
        match = joiner.fullmatch(between(context, first, second))
        if not match or not opener.search(before(context, first, 20)):
            continue
        word = match.group("joiner").lower()
        opened_by = opener.search(before(context, first, 20)).group().strip().lower()
        if word == "and" and not opened_by.startswith("between"):
            continue
        if word != "and" and opened_by.startswith("between"):
            continue
        if _change().search(before(context, first, 40)):
            continue
        if not any(a.span == first.span and b.span == second.span for a, b in pairs):
            pairs.append((first, second))
    return pairs


def written_ranges(context: ArticleContext, claims: Sequence[Claim], sentence: Span) -> list[tuple[Claim, Claim]]:
    """Ranges the temporal parser leaves as one date or none, as rule-made start and end claims."""
    text = context.article.text
    pairs = []
    taken = [c.span for c in claims if c.is_temporal and c.dates is not None and c.dates.days > 366]
    for match in _pattern("year_range").finditer(text[sentence.start:sentence.end]):
        span_a = Span(sentence.start + match.start("a"), sentence.start + match.end("a"))
        span_b = Span(sentence.start + match.start("b"), sentence.start + match.end("b"))
        if any(t.overlaps(span_a) for t in taken):
            continue
        pairs.append((_made(context, span_a, date(int(match.group("a")), 1, 1), date(int(match.group("a")), 12, 31), None),
                      _made(context, span_b, date(int(match.group("b")), 1, 1), date(int(match.group("b")), 12, 31), None)))
    for claim in dated(claims):
        fields = claim.attrs.get("fields") or {}
        written = not claim.attrs.get("anchor") or ("month" in fields and "day" in fields)
        if claim.dates.days != 1 or claim.attrs.get("granularity", "day") != "day" or not written:
            continue  # only a date written with its month and day takes a day range ("June 1–20"), not "today"
        day = claim.dates.start
        ahead = _pattern("day_before_date").search(text[max(sentence.start, claim.span.start - 20):claim.span.start])
        after = _pattern("day_after_date").match(text[claim.span.end:sentence.end])
        found = ahead or after
        if not found or not 1 <= int(found.group("day")) <= 31:
            continue
        offset = (claim.span.start - len(ahead.string) + ahead.start("day")) if ahead else claim.span.end + after.start("day")
        span = Span(offset, offset + len(found.group("day")))
        if any(c.is_temporal and c.span.overlaps(span) for c in context.claims):
            continue  # "June 1 to June 20": the day belongs to a date of its own
        try:
            other = day.replace(day=int(found.group("day")))
        except ValueError:
            continue
        made = _made(context, span, other, other, claim.attrs.get("anchor"))
        pairs.append((made, claim) if ahead else (claim, made))
    return pairs


@lru_cache(maxsize=None)
def _pattern(key: str) -> regex.Pattern:
    value = load("en/rules/chronology.yaml")[key]
    return regex.compile(value, regex.IGNORECASE)


def _made(context: ArticleContext, span: Span, start: date, end: date, anchor: str | None) -> Claim:
    attrs = {"rule": "year" if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) else "date"}
    if anchor:
        attrs["anchor"] = anchor
    sentence = context.sentence_of(span)
    return Claim(context.article.id, span, context.text_of(span), "date", "rules", sentence.span if sentence else None,
                 start.isoformat(), timex=Timex("DATE", str(start.year) if attrs["rule"] == "year" else start.isoformat()),
                 dates=DateRange(start, end), attrs=attrs)


def start_and_end(context: ArticleContext, claims: Sequence[Claim], sentence: Span) -> tuple[Claim, Claim] | None:
    """The one start and one end date of a sentence, or None when there is none or more than one."""
    ranges = range_pairs(context, claims, sentence)
    if len(ranges) == 1:
        return ranges[0]
    return None if ranges else cued_start_and_end(context, claims)


def cued_start_and_end(context: ArticleContext, claims: Sequence[Claim]) -> tuple[Claim, Claim] | None:
    """The one date a cue marks as the start ("began", "since") and the one marked as the end."""
    dates = dated(claims)
    starts = [c for c in dates if _cue("start_cues").search(before(context, c, 30))
              and not before(context, c, 30).rstrip().lower().endswith("from")]
    ends = [c for c in dates if _cue("end_cues").search(before(context, c, 30))
            and not compiled(r"\b(?:to|through)\s+(?:the\s+)?$", regex.IGNORECASE).search(before(context, c, 30))]
    if len(starts) == 1 and len(ends) == 1 and starts[0] is not ends[0]:
        return starts[0], ends[0]
    return None


def start_of(context: ArticleContext, claims: Sequence[Claim]) -> Claim | None:
    """The one date a sentence gives as an event's start ("began in late January", "since 2014")."""
    starts = [c for c in dated(claims) if _cue("start_cues").search(before(context, c, 30))]
    return starts[0] if len(starts) == 1 else None


def is_partial_duration(context: ArticleContext, duration: Claim, later_is_whole: bool = False) -> bool:
    """"the first 12 days", "12 days later", "for another month": a part of the span, not all of it.
    With ``later_is_whole``, "collapsed three months later" (after a start date) is the whole span."""
    partial = compiled(r"\b" + alternation(words(_RESOURCE, "partial_duration")) + r"\s+(?:\w+\s+)?$",
                            regex.IGNORECASE)
    after = context.article.text[duration.span.end:duration.span.end + 12]
    ahead = before(context, duration, 25)
    # "lasted three months after it began": after a verb of length, "after" starts the span, not an offset.
    offsets = r"ago|later|earlier|into|of\s+the|from\s+now" if _LENGTH_VERB.search(ahead) else \
        r"ago|later|earlier|before|after|into|of\s+the|from\s+now"
    if later_is_whole:
        offsets = offsets.replace("later|", "")
    return bool(partial.search(ahead) or compiled(rf"\s*(?:{offsets})\b", regex.IGNORECASE).match(after))


_LENGTH_VERB = regex.compile(r"\b(?:lasted|lasting|lasts|last|for|went\s+on\s+for)\s+$", regex.IGNORECASE)
