"""Anchor one relative temporal claim: compute the period it names from the publication date (or the
date last mentioned before it) and give its TIMEX3 value and calendar days.

What the parser leaves in ``claim.attrs`` (see extract/timex/interpret.py):
  anchor       "publication" | "reference" | "quarter"
  granularity  day | week | weekend | month | quarter | half | season | year | decade | century
  shift        [amount, unit]: "last month" = [-1, "month"]
  fields       known calendar fields: month, day, weekday (1 = Monday), season, quarter, half,
               holiday, year, year_shift, last_completed ("the last quarter"), unsized ("the same
               period": a quarter only where one is in discussion, else left unresolved)
  direction    before | after | this (from "last"/"next"/"this"); otherwise the clause tense decides:
               a weekday is on or before the anchor in a past clause, on or after it in a future one, the
               nearer one in a present one;
               a month, a date, a season, a holiday or a quarter without year_shift is the nearest
               one, leaning to the tense's side
  suffix       a time of day appended to a day value ("T10:35", "TMO")
  fields.day_of_period  one day of the period found, counted from its end when negative ("the last day
               of the month" = -1)
  fields.not_the_day_before  a weekday after "last" is not the day before the anchor ("last Thursday" said
               on a Friday is a week back; "the previous Thursday" and "this past Thursday" may be the day before)
  fields.weekday_of_week  the ISO weekday of the week found ("Thursday last week")
  fields.weekday_of_month / weekday_of_period  [nth, ISO weekday] of a named month or of the month
               found ("the first Tuesday in November", "the last Friday of the month" = [-1, 5])
  quarter_context  "a year ago" in a story about a fiscal quarter: that quarter, a year earlier
  before_any_day  the shift in days from publication of a narrative expression told before the story names
               a day ("overnight" in a lead is the night just gone = -1)
  named_day    the day is the one the text named last, whichever side of publication ("by that date"):
               not replaced by a past day when told in the past (resolve/narrative.py)
  keeps_story_day  the day found is not where the story is ("overnight", "the middle of the night": a
               night runs into the next day): it is not remembered (resolve/__init__.py)
  weekday      the weekday the text states ("Friday, Oct. 23"), also used to pick the year
  range_end    on the end of a range ("14" in "from September 12 to 14"), the offset of its start: the two
               are kept in calendar order, and later expressions count from the start, not from the end
               (resolve/__init__.py)
A date that took its year from a coordinated partner ("August" in "August and September of 2004") is
absolute, with ``year_from`` = the partner's text (extract/timex/coordination.py).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from ..extract.timex import calendar
from ..extract.timex.coordination import bare_weekday
from ..extract.timex.lexicon import lexicon
from ..model import Claim, DateRange, Timex


@dataclass
class Context:
    """What the resolver remembers while reading an article in order."""

    published: date
    last_day: date | None = None           # the last day-precise date mentioned
    last_period: date | None = None        # the first day of the last dated period of any size
    # The same, leaving out the year-ago points of comparison of results stories: "compared with a year
    # earlier" after "from a year ago" is the same year, not one more year back.
    last_stated_day: date | None = None
    last_stated_period: date | None = None
    last_day_at: int = -1                  # where the last day-precise date ends
    # Whether the last day-precise date was written out with its year ("on August 6, 1945") or placed in
    # such a year by the story, not found from publication: a story told years back goes on in that year
    # ("surrendered on 15 August").
    last_day_stated_in_full: bool = False
    last_past_day: date | None = None      # the last day-precise date not after publication
    last_quarter: tuple[int, int] | None = None  # (year, quarter) of the fiscal quarter in discussion
    last_quarter_at: int = -1              # where a quarter was last named
    quarter_mentions: dict[tuple[int, int], int] = field(default_factory=dict)
    # ISO weekday -> the day gone by that a bare weekday meant where first named: "On Tuesday, Democrats
    # held primaries ... Ohio, which was planning to hold its primary on Tuesday" is the same Tuesday.
    weekdays_named: dict[int, date] = field(default_factory=dict)
    # The same for a coming day: "Georgia will hold an election on Saturday ... a victory in Saturday's
    # election" is that Saturday again, though the second clause has no future verb.
    weekdays_coming: dict[int, date] = field(default_factory=dict)
    # The days of the last range of days the story named ("From March 15 to 17, the city hosted ..."):
    # a bare weekday told in the past that falls inside it is that day ("on Saturday afternoon").
    story_range: tuple[date, date] | None = None

    def reference(self, unit: str, comparison: bool = False) -> date:
        """The date "the next day" or "that year" counts from: the story's last date (for a point of
        comparison, "a year earlier", the last one not itself a point of comparison)."""
        if comparison:
            day, period = self.last_stated_day, self.last_stated_period
        else:
            day, period = self.last_day, self.last_period
        if unit in ("day", "week", "weekend"):
            return day or self.published
        return period or day or self.published

    def in_history(self) -> bool:
        """The story is at a day it wrote out in full, two or more years before publication: "The bomb was
        dropped on August 6, 1945 ... Japan surrendered on 15 August" is 1945's August 15."""
        return (self.last_day_stated_in_full and self.last_day is not None and self.last_period == self.last_day
                and self.last_day.year <= self.published.year - HISTORY_YEARS)

    def quarter_near(self, claim: Claim) -> bool:
        return self.last_quarter is not None and claim.span.start - self.last_quarter_at < QUARTER_CONTEXT_CHARS

    def default_quarter(self) -> tuple[int, int]:
        """The quarter a results story reports on: the last one completed before publication."""
        quarter = (self.published.month - 1) // 3 + 1
        return (self.published.year, quarter - 1) if quarter > 1 else (self.published.year - 1, 4)


HISTORY_YEARS = 2  # how far back a day written in full must lie for the story to be told in its year
# How far a story told in a past year moves on from its last day, or steps back from it, in one go.
# Over both Wikinews collections, each of the four articles with a date more than a month before such a
# day meant the one near publication ("kidnapped on February 23, 2002 ... met Sarkozy on November 20").
STORY_MOVES_ON_DAYS = 183
STORY_STEP_BACK_DAYS = 31
QUARTER_CONTEXT_CHARS = 1000  # how far back a quarter still frames "a year ago"
# A bare month or date is the nearest occurrence, distances on the side the clause tense points to
# counting this much: "in March" said in October of a past-tense story is last March (7 months back,
# weighted 2.8) rather than next March (5 months on). Tuned on TimeBank: 0.3..0.6 score alike.
TENSE_SIDE_WEIGHT = 0.4
NEAREST = ("nearest", "nearest_past", "nearest_future")


def _tense_direction(claim: Claim) -> str:
    """Which occurrence a bare name means when no "last"/"next" says it. A weekday is the last one
    unless the clause is in the future, or the nearer one in the present ("has another hurdle with a key
    vote on Thursday" said on a Wednesday is the next day, "are investigating a shooting on Monday" said
    on a Tuesday the day before) or in a plan told in the past ("planned to leave on Thursday"). A month
    or a date is the nearest one, leaning to the side of the clause tense: stories mention "Feb. 1"
    deadlines in past-tense clauses too."""
    tense = claim.attrs.get("tense")
    fields = claim.attrs.get("fields", {})
    if "weekday" in fields or claim.attrs.get("granularity") == "weekend":
        if tense in ("present", "prospective") and "weekday" in fields:
            return "nearest"
        return "on_or_after" if tense == "future" else "on_or_before"
    if tense == "past" and claim.attrs.get("fronted") and claim.attrs.get("granularity") == "month":
        return "on_or_before"  # "In March, he debuted" said in December: this year's, not the coming one
    return {"past": "nearest_past", "future": "nearest_future"}.get(tense, "nearest")


def _pick(candidates: list[date], anchor: date, direction: str) -> date:
    """The candidate date a direction selects relative to ``anchor`` (candidates sorted)."""
    if direction == "before":
        return max(c for c in candidates if c < anchor)
    if direction == "after":
        return min(c for c in candidates if c > anchor)
    if direction == "on_or_before":
        return max(c for c in candidates if c <= anchor)
    if direction == "on_or_after":
        return min(c for c in candidates if c >= anchor)
    if direction in ("nearest_past", "nearest_future"):
        wanted = -1 if direction == "nearest_past" else 1

        def cost(candidate: date) -> float:
            days = (candidate - anchor).days
            return abs(days) * (TENSE_SIDE_WEIGHT if days * wanted >= 0 else 1.0)

        return min(candidates, key=cost)
    return min(candidates, key=lambda c: (abs((c - anchor).days), c > anchor))


def bare_weekday_day(context: Context, weekday: int, base: date, direction: str) -> date:
    """The day a bare weekday resolves to: where the story already placed that weekday, else the one
    ``direction`` picks from ``base``."""
    return context.weekdays_named.get(weekday) or _weekday(base, weekday, direction)


def _weekday(anchor: date, weekday: int, direction: str, not_the_day_before: bool = False) -> date:
    candidates = [anchor + timedelta(days=offset) for offset in range(-14, 15)]
    candidates = [c for c in candidates if c.isoweekday() == weekday]
    if direction == "this":
        return anchor - timedelta(days=anchor.weekday()) + timedelta(days=weekday - 1)
    if not_the_day_before:
        # "last Thursday" said on a Friday is the week before: the day just gone would be "yesterday" or
        # "on Thursday" (both such cases in the Wikinews gold; TimeML has none).
        candidates = [c for c in candidates if c != anchor - timedelta(days=1)]
    return _pick(candidates, anchor, direction)


def _this_week_told(day: date, base: date, tense: str | None, days: int = 1) -> date:
    """The ``days`` from ``day`` of "this" week ("this Sunday", "this weekend" = 2 days) are the current ISO
    week's, unless the clause tense puts them wholly on the other side of ``base``: told in the past, the
    ones just gone; told ahead, the coming ones."""
    if tense == "past" and day > base:
        return day - timedelta(days=7)
    if tense == "future" and day + timedelta(days=days - 1) < base:
        return day + timedelta(days=7)
    return day


def _yearly(anchor: date, make, direction: str) -> date | None:
    """An annual date (month-day, month start, holiday) chosen around ``anchor``."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(make(year))
        except ValueError:
            continue
    if direction == "this":
        return next((c for c in candidates if c.year == anchor.year), None)
    try:
        return _pick(candidates, anchor, direction)
    except ValueError:
        return None


def resolve_claim(claim: Claim, context: Context) -> Claim:
    attrs = claim.attrs
    granularity = attrs["granularity"]
    anchor_kind = attrs["anchor"]
    fields = attrs.get("fields", {})
    direction = attrs.get("direction") or _tense_direction(claim)
    day: date | None = None
    if anchor_kind == "quarter" or (attrs.get("quarter_context") and context.quarter_near(claim)):
        return _resolve_quarter(claim, context)
    unit = attrs["shift"][1] if "shift" in attrs else granularity
    comparison = bool(attrs.get("quarter_context"))  # "a year earlier": the comparison of results stories
    base = context.reference(unit, comparison) if anchor_kind == "reference" else context.published
    if "shift" in attrs:
        amount, unit = attrs["shift"]
        if anchor_kind == "reference" and context.last_day is None and "before_any_day" in attrs:
            amount = attrs["before_any_day"]  # "overnight" in a lead: the night just gone
        if unit == "weekend":
            unit = "week"
        day = calendar.shift(base, amount, unit)
        if "year" in fields or "year_shift" in fields:  # "the same month last year": that month, in the year said
            day = day.replace(day=1, year=fields.get("year", context.published.year + fields.get("year_shift", 0)))
        if granularity == "weekend":
            day = day - timedelta(days=day.weekday()) + timedelta(days=5)
            if amount == 0:  # "held this weekend" said on a Monday: the weekend just gone
                day = _this_week_told(day, base, attrs.get("tense"), days=2)
        elif (granularity == "week" and amount == 0 and anchor_kind == "publication" and base.isoweekday() == 7
              and attrs.get("tense") != "past"):
            # Said on a Sunday, the last day of its ISO week, "this week" ahead is the week starting:
            # "is set to be tested in court this week" (as all three such phrases in the Wikinews gold).
            day += timedelta(days=7)
    elif "weekday_of_month" in fields:  # "the first Tuesday in November": chosen like "November 3"
        nth, weekday = fields["weekday_of_month"]
        day = _yearly(base, lambda y: calendar.nth_weekday(y, fields["month"], nth, weekday), direction)
    elif "day_of_month" in fields:  # "Thursday the 12th": the 12th nearby that is a Thursday
        day = _weekday_and_day(base, fields["weekday"], fields["day_of_month"], direction)
    elif "weekday" in fields:
        day = (bare_weekday_day(context, fields["weekday"], base, direction) if bare_weekday(claim)
               else _weekday(base, fields["weekday"], direction, fields.get("not_the_day_before", False)))
        if direction == "this":  # "This Sunday, police arrested him" said on a Tuesday: the Sunday just gone
            day = _this_week_told(day, base, attrs.get("tense"))
    elif "holiday" in fields:
        spec = lexicon().holidays[fields["holiday"].lower()]
        day = _yearly(base, lambda y: calendar.holiday_date(spec, y), direction)
    elif "day" in fields and "year_shift" in fields:
        day = calendar.nth_day(base.year + fields["year_shift"], fields["month"], fields["day"])
    elif "day" in fields:
        day = _stated_weekday_year(base, fields, attrs.get("weekday"), attrs.get("tense"))
        if day is None and attrs.get("tense") == "past" and not attrs.get("weekday") and context.in_history():
            day = _in_the_story_year(context.last_day, fields)
            if day is not None:
                attrs = {**attrs, "told_in_history": True}
                claim = claim.with_(attrs=attrs)
        day = day or _yearly(base, lambda y: calendar.nth_day(y, fields["month"], fields["day"]), direction)
    elif granularity == "month" and "month" in fields:
        if "year_shift" in fields:
            day = date(base.year + fields["year_shift"], fields["month"], 1)
        else:
            # "last December" said in January is the December just ended ("exports surged last December"):
            # seven of the nine such phrases in the Wikinews collections plainly mean it, one the year before
            # (TimeML's one case, "crashed last February" said on March 1, also means the year before).
            if direction in NEAREST:
                # The nearest month by the middles: "elections in September" said on March 30 is the
                # coming September, 5½ months ahead, not the one 6½ months gone.
                middle = _yearly(base, lambda y: date(y, fields["month"], 15), direction)
                day = middle.replace(day=1) if middle else None
            else:
                day = _yearly(base.replace(day=1), lambda y: date(y, fields["month"], 1), direction)
    elif granularity in ("quarter", "half") and granularity in fields:
        months = 3 if granularity == "quarter" else 6
        first_month = (fields[granularity] - 1) * months + 1
        if "year_shift" in fields:
            day = date(base.year + fields["year_shift"], first_month, 1)
        else:
            # "the fourth quarter" said in January is the one just ended: the nearest such period,
            # measured from its last day (a period is reported on once it is over).
            last_month = first_month + months - 1
            end = _yearly(base, lambda y: date(y, last_month, calendar.last_day(y, last_month)), direction)
            day = date(end.year, first_month, 1) if end else None
    elif granularity == "season":
        day = _season(base, fields["season"], direction)
    elif granularity == "weekend":
        monday = base - timedelta(days=base.weekday())
        saturday = monday + timedelta(days=5)
        if direction in ("on_or_before", "before") and base < saturday:
            saturday -= timedelta(days=7)
        day = saturday
    if day is None:
        return claim
    if "day_of_period" in fields:  # "the last day of the year": one day of the period found
        days = calendar.period_range(granularity, day)
        nth = fields["day_of_period"]
        if abs(nth) > days.days:
            return claim  # "the 31st of this month" in a month of 30 days
        day = days.start + timedelta(days=nth - 1) if nth > 0 else days.end + timedelta(days=nth + 1)
        granularity = "day"
    elif "weekday_of_week" in fields:  # "Thursday last week": one weekday of the week found
        day = day - timedelta(days=day.weekday()) + timedelta(days=fields["weekday_of_week"] - 1)
        granularity = "day"
    elif "weekday_of_period" in fields:  # "the last Friday of the month": one weekday of the month found
        nth, weekday = fields["weekday_of_period"]
        try:
            day = calendar.nth_weekday(day.year, day.month, nth, weekday)
        except ValueError:
            return claim  # "the fifth Monday of next month" in a month with four
        granularity = "day"
    value = calendar.value_of(granularity, day) + attrs.get("suffix", "")
    dates = calendar.narrow(calendar.period_range(granularity, day), claim.timex.mod)
    return claim.with_(value=value, timex=Timex(claim.timex.type, value, claim.timex.mod), dates=dates)


def _in_the_story_year(story_day: date, fields: dict) -> date | None:
    """A date without a year told after a day written out in full years back: that year's, when the story
    moves on from that day to it (up to half a year later) or steps back a few weeks. "The bomb was dropped
    on August 6, 1945 ... Japan surrendered on 15 August" is 1945's; "kidnapped on February 23, 2002 ... When
    Chávez met Sarkozy on November 20" is not 2001's but, as without that background, the nearest one."""
    earliest = story_day - timedelta(days=STORY_STEP_BACK_DAYS)
    day = _yearly(earliest, lambda y: calendar.nth_day(y, fields["month"], fields["day"]), "on_or_after")
    return day if day is not None and (day - story_day).days <= STORY_MOVES_ON_DAYS else None


def _weekday_and_day(base: date, weekday: int, day_of_month: int, direction: str) -> date:
    """A weekday with a day of the month and no month ("on Thursday the 12th"): the day of that number within
    two months of ``base`` that falls on the weekday, picked as a bare weekday would be; if none does (the
    text slipped), the nearest day of that number."""
    days = [base + timedelta(days=offset) for offset in range(-62, 63)]
    numbered = [d for d in days if d.day == day_of_month]
    matching = [d for d in numbered if d.isoweekday() == weekday]
    try:
        return _pick(matching, base, direction)
    except ValueError:  # none on the side the tense points to, or none at all
        return _pick(matching or numbered, base, "nearest")


def _stated_weekday_year(base: date, fields: dict, weekday: str | None, tense: str | None) -> date | None:
    """ "Friday, Oct. 23" without a year: the year, next to publication, in which Oct. 23 is a Friday, on
    the side of publication the clause's tense allows. "On Monday May 12, a patrol was attacked" said in
    May 2007 is not May 2008, though that was the Monday: the weekday is wrong (a slip FC206 reports)."""
    if not weekday:
        return None
    candidates = []
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            day = date(year, fields["month"], fields["day"])
        except ValueError:
            continue
        if day.strftime("%A").lower() != weekday.lower():
            continue
        if (tense == "past" and day > base) or (tense == "future" and day < base):
            continue
        candidates.append(day)
    return candidates[0] if len(candidates) == 1 else None


def _season(base: date, season: str, direction: str) -> date:
    first_month = calendar.SEASON_MONTHS[season][0]
    candidates = [date(year, first_month, 1) for year in (base.year - 2, base.year - 1, base.year, base.year + 1)]
    current = calendar.season_of(base)
    if direction == "this":
        return date(current[0] if season == "WI" else base.year, first_month, 1)
    if direction == "before":
        # "last fall": the most recent fall that is not the season we are in.
        earlier = [c for c in candidates if c <= base and calendar.season_of(c) != current]
        return max(earlier)
    if direction == "after":
        return min(c for c in candidates if c > base)
    if date(current[0], calendar.SEASON_MONTHS[current[1]][0], 1) in candidates and current[1] == season:
        return date(current[0], first_month, 1)  # "this summer" said in July
    return _pick(candidates, base, direction)


def _resolve_quarter(claim: Claim, context: Context) -> Claim:
    fields = claim.attrs.get("fields", {})
    if fields.get("unsized") and not context.quarter_near(claim):
        return claim.with_(value="XXXX", timex=Timex(claim.timex.type, "XXXX", claim.timex.mod), dates=None)
    if fields.get("last_completed"):  # "the last quarter": the one completed before publication
        year, quarter = context.default_quarter()
    else:
        year, quarter = context.last_quarter or context.default_quarter()
    if "year" in fields:
        year = fields["year"]
    year += fields.get("year_shift", 0)
    if claim.attrs.get("quarter_context"):
        year -= 1  # "a year ago": the quarter in discussion, a year before
    in_quarter = claim.attrs["granularity"] == "quarter" or (
        claim.attrs.get("anchor") == "quarter" and context.quarter_near(claim)) or claim.attrs.get("quarter_context")
    if not in_quarter:
        value = f"{year:04d}"
        dates = DateRange(date(year, 1, 1), date(year, 12, 31))
    else:
        value = f"{year:04d}-Q{quarter}"
        dates = calendar.period_range("quarter", date(year, quarter * 3 - 2, 1))
    return claim.with_(value=value, timex=Timex(claim.timex.type, value, claim.timex.mod), dates=dates)
