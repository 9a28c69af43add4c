"""Resolve stage: anchor relative temporal claims to the article's publication date.

Claims are read in text order so that expressions anchored to the narrative ("the next day", a bare
"10:35 a.m.") and to the fiscal quarter under discussion ("the year-ago quarter") find the date or
quarter mentioned last. Three refinements of "the date mentioned last": a clock time followed by its
day takes that day ("15:30 (1430 UTC) on Tuesday"); told in the past, the story's day is not a coming
day of an earlier sentence; and a "yesterday" inside quotation marks counts from the story's day, when
that day is one of the few before publication. Without a publication date nothing is guessed:
placeholders stay X.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta

from ..extract.sentences import sentence_ends_between
from ..model import Article, Claim, DateRange, Timex
from .anchor import Context, resolve_claim
from .quotes import QuotedSpans

__all__ = ["resolve"]


def resolve(article: Article, claims: list[Claim]) -> list[Claim]:
    if article.published is None:
        return claims
    published = article.published
    if isinstance(published, datetime):
        published = published.date()
    if not isinstance(published, date):
        return claims
    context = Context(published)
    order = sorted(range(len(claims)), key=lambda i: (claims[i].span.start, claims[i].span.end))
    resolved = list(claims)
    index_at: dict[int, int] = {}
    quoted = QuotedSpans(article.text)
    dated = [i for i in order if claims[i].timex is not None and "restates" not in claims[i].attrs]
    following = dict(zip(dated, dated[1:]))
    for index in order:
        claim = claims[index]
        if claim.timex is None:
            continue
        day_after = in_quote = None
        if "restates" in claim.attrs:
            local = index_at.get(claim.attrs["restates"])
            resolved[index] = _in_another_zone(claim, resolved[local]) if local is not None else claim
            continue  # the local time stands for the story's day
        if "anchor" in claim.attrs:
            try:
                after = claims[following[index]] if index in following else None
                day_after = _day_told_after(claim, after, article.text, context)
                in_quote = _said_in_a_quote(claim, quoted, context)
                claim = resolve_claim(claim, day_after or in_quote or _told_in_the_past(claim, article.text, context))
                start = index_at.get(claim.attrs.get("range_end", -1))
                if start is not None and "anchor" in claims[start].attrs:
                    resolved[start], claim = _in_calendar_order(claims[start], resolved[start], claim)
                    _remember(resolved[start], context)
            except (ValueError, OverflowError, KeyError):
                pass  # a date out of range (or a malformed claim) stays unresolved rather than wrong
            resolved[index] = claim
        index_at[claim.span.start] = index
        # The day after it is remembered in its turn ("10pm the previous night" is one night), and a
        # quote's "yesterday" counts from the story's day without moving it.
        if not (day_after or in_quote):
            _remember(claim, context)
    return resolved


# Between a clock time and the day it belongs to: its restatement in another zone, "on" or a comma.
_TIME_THEN_DAY = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:,\s*)?(?:on\s+)?")


def _day_told_after(claim: Claim, after: Claim | None, text: str, context: Context) -> Context | None:
    """A clock time whose day comes right after it ("about 15:30 local time (1430 UTC) on Tuesday") is
    on that day, not on the day the story was at: the context to resolve it in, if so."""
    if after is None or claim.attrs.get("anchor") != "reference" or not claim.attrs.get("suffix", "").startswith("T"):
        return None
    if not _TIME_THEN_DAY.fullmatch(text, claim.span.end, after.span.start):
        return None
    day = resolve_claim(after, context) if "anchor" in after.attrs else after
    if day.dates is None or day.dates.days != 1 or day.timex.type != "DATE":
        return None
    return Context(context.published, last_day=day.dates.start, last_period=day.dates.start)


_CLOCK = re.compile(r"T(\d\d):(\d\d)")


def _in_another_zone(claim: Claim, local: Claim) -> Claim:
    """ "13:40 local time (0040 UTC)": the restated time on the local time's day, unless no real zone
    offset (UTC-12 to UTC+14) joins the two on one day: "11 p.m. EDT (0300 UTC)" is the next day."""
    own = _CLOCK.match(claim.attrs.get("suffix", ""))
    if local.dates is None or local.timex.type != "TIME" or own is None:
        return claim
    there = _CLOCK.match(local.timex.value[10:])
    day = local.dates.start
    if there is not None:
        local_minutes = int(there.group(1)) * 60 + int(there.group(2))
        own_minutes = int(own.group(1)) * 60 + int(own.group(2))
        offsets = {shift: local_minutes - own_minutes - shift * 1440 for shift in (-1, 0, 1)}
        real = [shift for shift, offset in offsets.items() if -12 * 60 <= offset <= 14 * 60]
        day += timedelta(days=0 if 0 in real or not real else real[0])
    value = day.isoformat() + claim.attrs["suffix"]
    return claim.with_(value=value, timex=Timex("TIME", value, claim.timex.mod), dates=DateRange(day, day))


QUOTE_AGE_DAYS = 7  # how long before publication the story's day may lie for a quote to be from it


def _said_in_a_quote(claim: Claim, quoted: QuotedSpans, context: Context) -> Context | None:
    """A "yesterday", "this morning" or "last night" inside quotation marks counts from the day the story
    is at ("Bolton tendered it the next morning. 'I informed John Bolton last night,' Trump wrote"), when
    that day is one of the few before publication; otherwise from publication as usual."""
    shift = claim.attrs.get("shift")
    if claim.attrs.get("anchor") != "publication" or not shift or shift[1] != "day":
        return None
    day = context.last_past_day
    if day is None or not 0 < (context.published - day).days <= QUOTE_AGE_DAYS:
        return None
    if not quoted.contains(claim.span.start, claim.span.end):
        return None
    return replace(context, published=day)


def _told_in_the_past(claim: Claim, text: str, context: Context) -> Context:
    """The context for a claim anchored to the story's last date. Told in the past, "the same day" or
    "at 13:40" is not on a coming day named in an earlier sentence ("remanded until his next appearance
    on April 5. The first attack was at about 13:40"): the last date not after publication stands in."""
    unit = claim.attrs["shift"][1] if "shift" in claim.attrs else claim.attrs.get("granularity")
    if claim.attrs.get("anchor") != "reference" or claim.attrs.get("tense") != "past" or unit not in ("day", "week"):
        return context
    if context.last_day is None or context.last_day <= context.published:
        return context
    if not sentence_ends_between(text, context.last_day_at, claim.span.start):
        return context  # "effective Sunday February 15 at midnight": the day of its own sentence
    return replace(context, last_day=context.last_past_day)


def _in_calendar_order(unresolved_start: Claim, start: Claim, end: Claim) -> tuple[Claim, Claim]:
    """A range whose dates, each read on its own, run backwards is put in order. The end read on its own
    is more often right ("the previous quarter (July to September)" said in February is the last one),
    so the start moves to the last such date on or before it; a weekday that fixes the start's year
    ("Tuesday, March 1-2") moves the end to the first such date on or after the start instead."""
    if start.dates is None or end.dates is None or end.dates.start >= start.dates.start:
        return start, end
    first, last = start.dates.start, end.dates.start
    if last.month == first.month and last.day < first.day:
        return start, end  # "from March 20 to March 3": no year puts it in order, a slip the rules report (FC204)
    if "weekday" in start.attrs:
        return start, resolve_claim(_directed(end, "on_or_after"), Context(start.dates.start))
    return resolve_claim(_directed(unresolved_start, "on_or_before"), Context(end.dates.start)), end


def _directed(claim: Claim, direction: str) -> Claim:
    return claim.with_(attrs={**claim.attrs, "direction": direction})


def _remember(claim: Claim, context: Context) -> None:
    """Keep the last day-precise date and the last fiscal quarter for later anaphoric expressions."""
    value = claim.timex.value
    if claim.timex.type not in ("DATE", "TIME") or claim.dates is None:
        return
    if "range_end" in claim.attrs:
        return  # "from September 12 to 14 ... in the morning": the story stays at the range's start
    stated = not claim.attrs.get("quarter_context")  # "a year ago" is a point of comparison
    if claim.dates.days == 1:
        context.last_day = claim.dates.start
        context.last_day_at = claim.span.end
        if claim.dates.start <= context.published:
            context.last_past_day = claim.dates.start
        if stated:
            context.last_stated_day = claim.dates.start
    if claim.dates.days < 400:
        context.last_period = claim.dates.start
        if stated:
            context.last_stated_period = claim.dates.start
    fields = claim.attrs.get("fields", {})
    # The quarter in discussion is one named outright, not "the year-ago quarter" or "the 1988 period".
    in_discussion = not (claim.attrs.get("quarter_context") or fields.get("year_shift", 0) < 0 or "year" in fields)
    if len(value) == 7 and value[4:6] == "-Q" and value[:4].isdigit() and value[6].isdigit() and in_discussion:
        # The quarter in discussion is the one named most often so far, the first on a tie: a results
        # story leads with its quarter and may mention "a flat second quarter" in passing.
        quarter = (int(value[:4]), int(value[6]))
        if quarter[0] < context.published.year - 1:
            return  # "the third quarter of 1984" is history, not the quarter a results story reports
        mentions = context.quarter_mentions
        mentions[quarter] = mentions.get(quarter, 0) + 1
        if context.last_quarter is None or mentions[quarter] > mentions.get(context.last_quarter, 0):
            context.last_quarter = quarter
        context.last_quarter_at = claim.span.start
