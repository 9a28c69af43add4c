"""An article's timeline: every resolved date and duration on one calendar axis, laid out for inline SVG.

Editors see a broken chronology faster than they read it. Claims a finding names are drawn in that
finding's severity and labelled with its rule, so the colour never carries the meaning alone.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ..model import Claim
from .data import ArticleView, FindingView

ClaimKey = tuple[str, int, int, str]

WIDTH, LABEL_WIDTH, ROW_HEIGHT, TOP, RIGHT_PAD, TICKS = 720, 250, 24, 44, 16, 5
LABEL_CHARS = 34
TICK_LABEL_WIDTH, TICK_GAP = 66, 8  # an ISO date at font-size 11, and the space between two


@dataclass(frozen=True)
class Bar:
    claim_key: ClaimKey
    label: str
    detail: str
    x: float
    width: float
    y: float
    severity: str | None
    rule: str | None
    # Durations are drawn as outlined bars and dates as filled ones: told apart by shape, not colour.
    is_duration: bool = False


@dataclass(frozen=True)
class Tick:
    x: float
    label: str
    anchor: str = "middle"


@dataclass(frozen=True)
class Timeline:
    width: int
    height: int
    axis_y: float
    bars: tuple[Bar, ...]
    ticks: tuple[Tick, ...]
    published_x: float | None
    published: str | None
    published_anchor: str
    first: str
    last: str


def timeline(view: ArticleView, flagged: dict[ClaimKey, list[FindingView]]) -> Timeline | None:
    dated = sorted((c.claim for c in view.claims if c.claim.dates is not None),
                   key=lambda c: (c.dates.start, c.dates.end, c.span.start))
    if not dated:
        return None
    published = view.article.published
    first = min([c.dates.start for c in dated] + ([published] if published else []))
    last = max([c.dates.end for c in dated] + ([published] if published else []))
    days = (last - first).days + 1
    plot = WIDTH - LABEL_WIDTH - RIGHT_PAD

    def x_of(day: date) -> float:
        return round(LABEL_WIDTH + plot * (day - first).days / days, 1)

    bars = []
    for row, claim in enumerate(dated):
        key = claim_key(claim)
        flags = flagged.get(key, [])
        worst = flags[0] if flags else None
        rule = worst.finding.rule_id if worst else None
        label = " ".join(claim.text.split())
        label = label if len(label) <= LABEL_CHARS else label[:LABEL_CHARS - 1] + "…"
        start_x = x_of(claim.dates.start)
        end_x = x_of(claim.dates.end + timedelta(days=1))
        span = claim.dates.start.isoformat() if claim.dates.days == 1 else \
            f"{claim.dates.start.isoformat()} to {claim.dates.end.isoformat()}"
        detail = f"“{claim.text}”: {span}" + (f"; {rule}: {worst.finding.message}" if worst else "")
        bars.append(Bar(key, (f"{rule} " if rule else "") + label, detail, start_x, max(end_x - start_x, 3.0),
                        TOP + row * ROW_HEIGHT, worst.severity if worst else None, rule, claim.kind == "duration"))
    ticks: list[Tick] = []
    for step in range(TICKS + 1):
        day = first + timedelta(days=round((days - 1) * step / TICKS))
        if not ticks or ticks[-1].label != day.isoformat():
            ticks.append(Tick(x_of(day), day.isoformat()))
    # The outer labels read inward so neither is cut off at the edge of the drawing; a label that would
    # run into its neighbour's is left out.
    ticks[0] = Tick(ticks[0].x, ticks[0].label, "start")
    if len(ticks) > 1:
        ticks[-1] = Tick(ticks[-1].x, ticks[-1].label, "end")
    ticks = _spaced(ticks)
    height = TOP + len(bars) * ROW_HEIGHT + 8
    published_x = x_of(published) if published else None
    # The label reads away from the nearer edge, so it is never cut off.
    anchor = "middle" if published_x is None else (
        "end" if published_x > WIDTH - 90 else "start" if published_x < LABEL_WIDTH + 90 else "middle")
    return Timeline(WIDTH, height, TOP - 6, tuple(bars), tuple(ticks), published_x,
                    published.isoformat() if published else None, anchor, first.isoformat(), last.isoformat())


def _spaced(ticks: list[Tick]) -> list[Tick]:
    def extent(tick: Tick) -> tuple[float, float]:
        offset = {"start": 0.0, "middle": TICK_LABEL_WIDTH / 2, "end": TICK_LABEL_WIDTH}[tick.anchor]
        return tick.x - offset, tick.x - offset + TICK_LABEL_WIDTH

    kept = [ticks[0]]
    for tick in ticks[1:]:
        if extent(tick)[0] < extent(kept[-1])[1] + TICK_GAP:
            if tick is not ticks[-1]:
                continue
            if len(kept) > 1:
                kept.pop()  # the last date matters more than the one before it
            else:
                continue
        kept.append(tick)
    return kept


def claim_key(claim: Claim) -> ClaimKey:
    """A claim's identity within a report: evidence of a corpus finding may come from another article."""
    return (claim.article, claim.span.start, claim.span.end, claim.kind)


def unplaced_durations(view: ArticleView) -> list[str]:
    """Durations with no anchor on the calendar ("44 days"): listed beside the timeline, never guessed."""
    result = []
    for claim_view in view.claims:
        claim = claim_view.claim
        if claim.kind != "duration" or claim.dates is not None:
            continue
        low, high = claim.attrs.get("days_min"), claim.attrs.get("days_max")
        length = "" if low is None else f", {_days(low)} days" if low == high else f", {_days(low)} to {_days(high)} days"
        value = claim.timex.value if claim.timex else ""
        result.append(f"“{' '.join(claim.text.split())}” ({value}{length})")
    return result


def _days(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
