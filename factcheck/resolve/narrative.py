"""Refinements of "the date the story mentioned last", the anchor of narrative expressions.

- A clock time whose day is named right after it takes that day ("15:30 (1430 UTC) on Tuesday").
- A bracketed restatement of a clock time in another zone is on the local time's day, moved across midnight
  only when no real zone offset joins the two on one day.
- Told in the past, the story's day is not a coming day named in an earlier sentence; told ahead, with nothing
  past in the sentence, not a day gone by.
- A "yesterday" inside quotation marks counts from the story's day, when that day is one of the few before
  publication.
- A bare weekday named again in a sentence that tells of the past is the day it meant where first named;
  one first named as a coming day is that day again in a clause not told in the past.
- A date a change is measured from ("up 11.7 per cent from July 2010") is not where the story is.
- A bare weekday told in the past is inside the range of days the story named shortly before publication
  ("From March 15 to 17 ... on Saturday afternoon"), when the range has that weekday.
Each returns the context (or the claim) to resolve with; resolve() decides which applies.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from functools import lru_cache

from ..extract.sentences import sentence_ends_between, tells_anything_past
from ..extract.timex.coordination import bare_weekday
from ..extract.timex.lexicon import lexicon
from ..model import Claim, DateRange, Timex
from ..phrases import alternation
from .anchor import Context, bare_weekday_day, resolve_claim


# Between a clock time and the day it belongs to: its restatement in another zone, "on" or a comma.
_TIME_THEN_DAY = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:,\s*)?(?:on\s+)?")


def day_told_after(claim: Claim, after: Claim | None, text: str, context: Context) -> Context | None:
    """A clock time whose day comes right after it ("about 15:30 local time (1430 UTC) on Tuesday", "at
    2:49 a.m. local time (7:49 a.m. UTC) on Saturday morning") is on that day, not on the day the story
    was at: the context to resolve it in, if so."""
    if after is None or claim.attrs.get("anchor") != "reference" or not claim.attrs.get("suffix", "").startswith("T"):
        return None
    if not _TIME_THEN_DAY.fullmatch(text, claim.span.end, after.span.start):
        return None
    day = resolve_claim(after, context) if "anchor" in after.attrs else after
    if day.dates is None or day.dates.days != 1 or day.timex.type not in ("DATE", "TIME"):
        return None
    return Context(context.published, last_day=day.dates.start, last_period=day.dates.start)


_CLOCK = re.compile(r"T(\d\d):(\d\d)")


def in_another_zone(claim: Claim, local: Claim) -> Claim:
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


def said_in_a_quote(claim: Claim, inside_quote: bool, context: Context) -> Context | None:
    """A "yesterday", "this morning" or "last night" inside quotation marks counts from the day the story
    is at ("Bolton tendered it the next morning. 'I informed John Bolton last night,' Trump wrote"), when
    that day is one of the few before publication; otherwise from publication as usual."""
    shift = claim.attrs.get("shift")
    if claim.attrs.get("anchor") != "publication" or not shift or shift[1] != "day":
        return None
    day = context.last_past_day
    if day is None or not 0 < (context.published - day).days <= QUOTE_AGE_DAYS:
        return None
    return replace(context, published=day) if inside_quote else None


def story_day_by_tense(claim: Claim, text: str, context: Context) -> Context:
    """The context for a claim anchored to the story's last date. Told in the past, "the same day" or
    "at 13:40" is not on a coming day named in an earlier sentence ("remanded until his next appearance
    on April 5. The first attack was at about 13:40"): the last date not after publication stands in.
    Told ahead in a sentence with nothing past in it, it is not on a day gone by ("On July 22 the minister
    announced figures. ... The rally will begin at 5:30pm"): publication stands in."""
    unit = claim.attrs["shift"][1] if "shift" in claim.attrs else claim.attrs.get("granularity")
    tense = claim.attrs.get("tense")
    if claim.attrs.get("anchor") != "reference" or tense not in ("past", "future") or unit not in ("day", "week"):
        return context
    if claim.attrs.get("named_day"):
        return context  # "said Britain must leave by that date": the deadline named, coming or not
    if context.last_day is None or (context.last_day <= context.published if tense == "past"
                                    else context.last_day >= context.published):
        return context
    if not sentence_ends_between(text, context.last_day_at, claim.span.start):
        return context  # "effective Sunday February 15 at midnight": the day of its own sentence
    if tense == "past":
        return replace(context, last_day=context.last_past_day)
    if claim.sentence is None or tells_anything_past(text[claim.sentence.start:claim.sentence.end]):
        return context  # "he said the rally would begin at 5:30pm": ahead of the day he said it
    return replace(context, last_day=context.published)


def weekday_named_before(claim: Claim, text: str, context: Context) -> Context:
    """The context for a bare weekday. One the story already placed on a day gone by is that day again in
    a sentence that tells of the past, whatever its clause looks ahead to ("Ohio, which was planning to
    hold its primary on Tuesday"; "the NHC predicted Humberto would pass Bermuda Wednesday night"). In a
    sentence with no past verb the weekday is read afresh ("Protests are planned for Sunday" after "On
    Sunday morning alone 250 signed"). One placed on a coming day, and not on a day gone by, is that day
    again in a clause not told in the past ("will hold an election on Saturday ... say Saturday's vote
    will be fair"). A weekday naming an event by its day ("the themes of Wednesday's dinner") is the day the
    story placed it on, whatever the sentence tells."""
    if not bare_weekday(claim) or claim.sentence is None:
        return context
    weekday = claim.attrs["fields"]["weekday"]
    coming = context.weekdays_coming.get(weekday)
    if coming is not None and weekday not in context.weekdays_named and claim.attrs.get("tense") != "past":
        return replace(context, weekdays_named={weekday: coming})
    if (not context.weekdays_named or tells_anything_past(text[claim.sentence.start:claim.sentence.end])
            or text.startswith(("'s", "’s"), claim.span.end)):
        return context
    return replace(context, weekdays_named={})


@lru_cache(maxsize=1)
def _comparison_opener() -> re.Pattern:
    return re.compile(rf"(?<![\w%])(?:{alternation(lexicon().raw['comparison_openers'])})\s+(?:the\s+)?$",
                      re.IGNORECASE)


def a_point_of_comparison(claim: Claim, text: str) -> bool:
    """ "an increase of 11.7 per cent from July 2010", "compared with the same month in 2010": the date a
    change is measured from, which the story does not move to ("sold in the month" after it is the
    month the story is about)."""
    return _comparison_opener().search(text, max(0, claim.span.start - 24), claim.span.start) is not None


STORY_RANGE_DAYS = 14  # a range of days that ended at most this long before publication frames the story


def remember_range(start: Claim, end: Claim, context: Context) -> None:
    """Keep the days of a range of days the story names ("From March 15 to 17"), if it ended shortly
    before publication."""
    if start.dates is None or end.dates is None or start.dates.days != 1 or end.dates.days != 1:
        return
    if not start.dates.start < end.dates.start <= context.published:
        return
    if ((context.published - end.dates.start).days <= STORY_RANGE_DAYS
            and (end.dates.start - start.dates.start).days < 7):
        context.story_range = (start.dates.start, end.dates.start)


def weekday_in_story_range(claim: Claim, context: Context) -> Context:
    """The context for a bare weekday told in the past, which publication (or where it was first named)
    puts after the range of days the story named: that weekday inside the range, when the range has one.
    "From March 15 to 17, Toronto hosted the fair ... held a session on Saturday afternoon" (published
    March 25) is March 16."""
    if context.story_range is None or not bare_weekday(claim) or claim.attrs.get("tense") != "past":
        return context
    first, last = context.story_range
    weekday = claim.attrs["fields"]["weekday"]
    placed = bare_weekday_day(context, weekday, context.published, "on_or_before")
    day = first + timedelta(days=(weekday - first.isoweekday()) % 7)
    if placed <= last or day > last:
        return context
    return replace(context, weekdays_named={**context.weekdays_named, weekday: day})
