"""Resolve stage: anchor relative temporal claims to the article's publication date.

Claims are read in text order so that expressions anchored to the narrative ("the next day", a bare
"10:35 a.m.") and to the fiscal quarter under discussion ("the year-ago quarter") find the date or
quarter mentioned last, refined in narrative.py (a clock time takes the day named after it, quotes count
from the story's day, ...). Dates said inside a quotation serve the rest of it but do not move the story:
after the quote, the narrative goes on from where it left off. Without a publication date nothing is
guessed: placeholders stay X.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from ..extract.timex.coordination import bare_weekday
from ..model import Article, Claim
from .anchor import Context, resolve_claim
from .narrative import (a_point_of_comparison, day_told_after, in_another_zone, remember_range, said_in_a_quote,
                        story_day_by_tense, weekday_in_story_range, weekday_named_before)
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
    before_quote: Context | None = None  # the story's context as the narrative left it, while a quote is read
    for index in order:
        claim = claims[index]
        if claim.timex is None:
            continue
        # Dates said inside a quotation serve the rest of it, not the narrative after it: "'tomorrow's
        # Monday,' the owner told WCBS-TV. ... The next day" is the day after the fire the story told of.
        inside_quote = quoted.contains(claim.span.start, claim.span.end)
        if inside_quote:
            before_quote = before_quote or _copy(context)
        elif before_quote is not None:
            context, before_quote = before_quote, None
        day_after = in_quote = None
        if "restates" in claim.attrs:
            local = index_at.get(claim.attrs["restates"])
            resolved[index] = in_another_zone(claim, resolved[local]) if local is not None else claim
            continue  # the local time stands for the story's day
        if "anchor" in claim.attrs:
            try:
                after = claims[following[index]] if index in following else None
                day_after = day_told_after(claim, after, article.text, context)
                in_quote = said_in_a_quote(claim, inside_quote, context)
                told = day_after or in_quote or story_day_by_tense(claim, article.text, context)
                told = weekday_named_before(claim, article.text, told)
                claim = resolve_claim(claim, weekday_in_story_range(claim, told))
                start = index_at.get(claim.attrs.get("range_end", -1))
                if start is not None and "anchor" in claims[start].attrs:
                    resolved[start], claim = _in_calendar_order(claims[start], resolved[start], claim)
                    _remember(resolved[start], context)
            except (ValueError, OverflowError, KeyError):
                pass  # a date out of range (or a malformed claim) stays unresolved rather than wrong
            resolved[index] = claim
        index_at[claim.span.start] = index
        if claim.attrs.get("range_end") in index_at:  # "From March 15 to 17": the days the story is about
            remember_range(resolved[index_at[claim.attrs["range_end"]]], claim, context)
        # The day after it is remembered in its turn ("10pm the previous night" is one night), and a
        # quote's "yesterday" counts from the story's day without moving it, as a point of comparison does.
        if not (day_after or in_quote or a_point_of_comparison(claim, article.text)):
            _remember(claim, context)
    return resolved


def _in_calendar_order(unresolved_start: Claim, start: Claim, end: Claim) -> tuple[Claim, Claim]:
    """A range whose dates, each read on its own, run backwards is put in order. The end read on its own
    is more often right ("the previous quarter (July to September)" said in February is the last one),
    so the start moves to the last such date on or before it; a weekday that fixes the start's year
    ("Tuesday, March 1-2"), as any weekday starting a range does ("Wednesday through Friday"), moves the
    end to the first such date on or after the start instead."""
    if start.dates is None or end.dates is None or end.dates.start >= start.dates.start:
        return start, end
    first, last = start.dates.start, end.dates.start
    ends_on_a_weekday = "weekday" in end.attrs.get("fields", {})
    if last.month == first.month and last.day < first.day and not ends_on_a_weekday:
        return start, end  # "from March 20 to March 3": no year puts it in order, a slip the rules report (FC204)
    if "weekday" in start.attrs:
        return start, resolve_claim(_directed(end, "on_or_after"), Context(start.dates.start))
    return resolve_claim(_directed(unresolved_start, "on_or_before"), Context(end.dates.start)), end


def _copy(context: Context) -> Context:
    return replace(context, quarter_mentions=dict(context.quarter_mentions),
                   weekdays_named=dict(context.weekdays_named), weekdays_coming=dict(context.weekdays_coming))


def _directed(claim: Claim, direction: str) -> Claim:
    return claim.with_(attrs={**claim.attrs, "direction": direction})


def _remember(claim: Claim, context: Context) -> None:
    """Keep the last day-precise date and the last fiscal quarter for later anaphoric expressions."""
    value = claim.timex.value
    if claim.timex.type not in ("DATE", "TIME") or claim.dates is None:
        return
    if "range_end" in claim.attrs:
        return  # "from September 12 to 14 ... in the morning": the story stays at the range's start
    if claim.attrs.get("keeps_story_day"):
        return  # "(Monday) in the middle of the night ... 3:30 in the morning": still Monday
    stated = not claim.attrs.get("quarter_context")  # "a year ago" is a point of comparison
    if claim.dates.days == 1 and bare_weekday(claim):
        named = context.weekdays_named if claim.dates.start <= context.published else context.weekdays_coming
        named.setdefault(claim.attrs["fields"]["weekday"], claim.dates.start)
    if claim.dates.days == 1:
        context.last_day = claim.dates.start
        context.last_day_at = claim.span.end
        context.last_day_stated_in_full = "anchor" not in claim.attrs or "told_in_history" in claim.attrs
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
