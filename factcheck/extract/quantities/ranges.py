"""Two figures joined into one range: "300-400", "between 300 and 400", "from 10 to 15", "two or three"."""
from __future__ import annotations

import re

from ..numbers import Number, grammar
from ..units import Unit
from .context import words_before
from .figure import Figure
from .lexicon import lexicon

# "8- to 16-meter": a suspended hyphen before the word, the unit written once at the end.
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|‐)\s*|(?:-|‐)?\s+(?P<word>to|and|or|through)\s+", re.IGNORECASE)
_CHANGE_VERBS = frozenset("""rose rise rises rising risen fell fall falls falling fallen increased increase
increases increasing decreased decrease decreases decreasing grew grow grows growing grown dropped drop
drops dropping climbed climb climbs climbing jumped jump jumps jumping cut cuts cutting raised raise
raises raising reduced reduce reduces reducing lowered lower lowers lowering went go goes going changed
change changes moved move moves soared soar soars plunged plunge plunges slipped slip slips declined
decline declines surged surge surges shrank shrink shrinks expanded expand expands revised revise
boosted boost boosts slashed slash up down doubled tripled""".split())

_RATIO_JOIN = re.compile(r"\s+(?:in|out\s+of)(?:\s+every)?\s+", re.IGNORECASE)
_PERCENT = Unit("percent", "%", "percentage", "percentage")


def _ratio(text: str, a: Figure, b: Figure) -> Figure | None:
    """"one in five", "one out of three", "one out of every thousand": a proportion, made a percent (20.0) with the two counts
    kept in attrs["ratio"]. "7 out of 20 cases" stays two counts, which is how news tallies are checked."""
    if a.unit is not None or b.unit is not None or a.number.form not in ("digits", "words") \
            or b.number.form not in ("digits", "words") or not 0 < a.value < b.value:
        return None
    join = _RATIO_JOIN.fullmatch(text, a.end, b.start)
    if join is None or ("out" in join.group().lower() and "every" not in join.group().lower() and a.value != 1):
        # "29 out of 30 charges" stays two counts; "one in five", "one out of three", "one out of every
        # thousand" are shares
        return None
    if b.number.form == "digits" and 1000 <= b.value <= 2100 and "," not in text[b.number.start:b.number.end]:
        return None  # "scored 3 in 2019": a year
    share = round(100 * a.value / b.value, 6)
    return Figure(a.number, a.start, b.end, share, _PERCENT, None, None, attrs={"ratio": (a.value, b.value)})


def lower_end_of_taken(text: str, number: Number, taken_figures: set[int], s0: int, age_words: dict) -> bool:
    """"the 9–10 years", "2 to 3 minutes", "three-four months": the temporal parser took the duration from
    its upper end, so the lower end alone is no count of anything (it belongs to that duration). "And"
    joins a range only after "between" ("he lost 2 and 3 hours later ..."); an age keeps its lower end
    ("youths aged 16 to 18 years"). ``taken_figures``: starts of taken spans that begin with a figure
    (not "from 16 to 17 to now", where "now" is the date taken)."""
    join = _RANGE_JOIN.match(text, number.end)
    if join is None or join.end() not in taken_figures:
        return False
    before = words_before(text, number.start, s0, 1)
    if before and before[0] in age_words:
        return False
    word = join.group("word")
    return word is None or word.lower() != "and" or before == ["between"]


def join_ranges(text: str, figures: list[Figure], s0: int) -> list[Figure]:
    """Join "300-400", "between 300 and 400", "from 10 to 15", "two or three" into one figure."""
    out: list[Figure] = []
    i = 0
    while i < len(figures):
        a = figures[i]
        b = figures[i + 1] if i + 1 < len(figures) else None
        if b is None or a.number.form in ("ordinal", "vague") or b.number.form in ("ordinal", "vague"):
            out.append(a)
            i += 1
            continue
        join = _RANGE_JOIN.fullmatch(text, a.end, b.start)
        if join is None:
            ratio = _ratio(text, a, b)
            if ratio is not None:
                out.append(ratio)
                i += 2
                continue
            out.append(a)
            i += 1
            continue
        word = (join.group("word") or "-").lower()
        if a.number.scale_abbreviation == b.number.scale_abbreviation == "m" and a.unit is not None and b.unit is None:
            # "3m-4m people": "m" was read as metres at the first end, where no noun follows; the second,
            # before the plural, says millions for both
            a.value, a.unit = a.number.value, None
            a.attrs.pop("unit_name", None)
        before = words_before(text, a.start, s0, 2)
        low, high = a.value, b.value
        if b.number.scale and not a.number.scale and low * _scale_of(b) <= high:
            low *= _scale_of(b)
        dash = word == "-"
        if word == "and" and (not before or before[-1] != "between"):
            out.append(a)
            i += 1
            continue
        if word == "to" and before and before[-1] == "from" and len(before) > 1 and before[-2] in _CHANGE_VERBS:
            out.append(a)  # "rose from 10 to 15" is a change, two figures
            i += 1
            continue
        if word == "to" and before and (before[-1] in _CHANGE_VERBS or _change_by(text, a, b, s0)):
            # "rose 5 to 20"; "rose by 10 to 61": the change, then the new figure ("increase by 30 percent to
            # 50 percent" may be a range of increases, and stays one)
            out.append(a)
            i += 1
            continue
        if not low < high:
            if dash:  # "2-1" scores, "1994-95" seasons: not quantities
                i += 2
                continue
            if low > high and low < 0:  # "from -18 °C to -34 °C": a range written downwards
                low, high = high, low
            else:
                out.append(a)
                i += 1
                continue
        if a.unit is not None and b.unit is not None and a.unit.unit != b.unit.unit:
            out.append(a)
            i += 1
            continue
        merged = Figure(a.number, a.start, b.end, low, a.unit or b.unit, b.unit_match or a.unit_match,
                         a.symbol or b.symbol, high, attrs={**b.attrs, **a.attrs, "range": True})
        if before and before[-1] in ("between", "from") and word in ("and", "to", "-"):
            merged.start = _word_start(text, a.start, s0)
            merged.hedge = before[-1]
        out.append(merged)
        i += 2
    return out


def _change_by(text: str, a: Figure, b: Figure, s0: int) -> bool:
    """"by 10 to 61", "fallen by almost six per cent to 906.160", "her salary by nearly $30,000 to
    $347,000": a change after "by" (a hedge may stand between), then the new figure. Two percentages
    stay a range ("by 30 percent to 50 percent" may be a range of increases), as does a unit written
    once at the end ("by 7 to 10%") and two measures ("by 5 km to 10 km")."""
    before = words_before(text, a.start, s0, 3)
    hedges = lexicon().hedge_shape
    if len(before) >= 2 and " ".join(before[-2:]) in hedges:
        before = before[:-2]
    elif before and before[-1] in hedges:
        before = before[:-1]
    if not before or before[-1] != "by":
        return False
    if a.unit is None:  # "by 10 to 61"; "by 7 to 10%", "by 5 to 10 cents": one unit written for a range
        return b.unit is None
    if a.unit.kind == "percent":  # "fallen by 3.16% to 2138.14"
        return b.unit is None or b.unit.kind != "percent"
    return a.unit.kind == "money" and b.unit is not None and b.unit.kind == "money"  # "by $200 to $399"


def _scale_of(figure: Figure) -> float:
    number = figure.number
    base = float(text_value(number))
    return number.value / base if base else 1.0


def text_value(number: Number) -> float:
    """The figure before its scale word: 2 for "2 million"."""
    if not number.scale:
        return number.value
    return number.value / grammar().scales[number.scale]


def _word_start(text: str, pos: int, floor: int) -> int:
    """Start of the word before ``pos`` ("between" in "between 300")."""
    j = pos
    while j > floor and text[j - 1].isspace():
        j -= 1
    while j > floor and text[j - 1].isalpha():
        j -= 1
    return j




# One whitespace run on each side of the optional comma: two adjacent runs would split a long gap of
# spaces in quadratically many ways.
_BOUND_JOIN = re.compile(r"\s*(?:,\s*)?(?:and|but|yet)\s+", re.IGNORECASE)
_LOWER_BOUNDS = {"above": False, "at_least": True}  # shape → is the end closed
_UPPER_BOUNDS = {"below": False, "at_most": True}


def join_bounds(text: str, figures: list[Figure]) -> list[Figure]:
    """"more than 100 and fewer than 300", "at most 100 and at least 20": two hedged figures that bound
    one amount from both sides become one figure whose interval is what both allow."""
    out: list[Figure] = []
    i = 0
    while i < len(figures):
        a = figures[i]
        b = figures[i + 1] if i + 1 < len(figures) else None
        if (b is not None and a.high is None and b.high is None and a.shape and b.shape
                and {a.shape, b.shape} & set(_LOWER_BOUNDS) and {a.shape, b.shape} & set(_UPPER_BOUNDS)
                and _BOUND_JOIN.fullmatch(text, a.end, b.start)
                and (a.unit is None or b.unit is None or a.unit.unit == b.unit.unit)):
            lower, upper = (a, b) if a.shape in _LOWER_BOUNDS else (b, a)
            if lower.shape in _LOWER_BOUNDS and upper.shape in _UPPER_BOUNDS and lower.value < upper.value:
                merged = Figure(a.number, a.start, b.end, lower.value, a.unit or b.unit,
                                b.unit_match or a.unit_match, a.symbol or b.symbol, upper.value,
                                a.before, a.before_upto, f"{a.hedge} … {b.hedge}", "bounds",
                                {**b.attrs, **a.attrs, "range": True},
                                (_LOWER_BOUNDS[lower.shape], _UPPER_BOUNDS[upper.shape]))
                out.append(merged)
                i += 2
                continue
        out.append(a)
        i += 1
    return out
