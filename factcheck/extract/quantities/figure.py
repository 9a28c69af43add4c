"""A figure being assembled: its numeral, then the unit or currency around it and its hedge."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..numbers import Number
from ..units import Unit, UnitMatch, currency_before, unit_after
from .context import phrase_ending, tokens_before
from .lexicon import Lexicon, normal

_METRE = Unit("measure", "m", "metre", "length")
_POUND_MASS = Unit("measure", "lb", "pound-mass", "mass")
_MAGNITUDE = Unit("measure", "magnitude", "magnitude", "earthquake magnitude")
_MAGNITUDE_BEFORE = re.compile(r"\b[Mm]agnitude[\s-]$")


@dataclass(slots=True)
class Figure:
    """A figure being assembled: a numeral, then its unit, range partner, hedge and context."""

    number: Number
    start: int
    end: int
    value: float
    unit: Unit | None = None
    unit_match: UnitMatch | None = None
    symbol: str | None = None
    high: float | None = None  # set for ranges
    before: list = field(default_factory=list)  # tokens before the figure (see context.tokens_before)
    before_upto: int = 0  # tokens before the hedge
    hedge: str | None = None
    shape: str | None = None
    attrs: dict = field(default_factory=dict)
    bounds: tuple[bool, bool] | None = None  # closed ends of two hedges joined ("more than 10 and under 20")


_NEXT_WORD = re.compile(r"[ \t\xa0]+([a-z]+)\b")


def _counts_plural(text: str, pos: int, end: int) -> bool:
    """A plural noun right after: "1.5m people", "3m homes" (but not "a 3m wall", "10m tall")."""
    from .context import lemma
    from .lexicon import lexicon

    m = _NEXT_WORD.match(text, pos, end)
    if m is None:
        return False
    word = m.group(1)
    lex = lexicon()
    return word not in lex.phrase_stops and (word == "people" or lemma(word, lex) != word)


def with_unit(text: str, number: Number, s0: int, s1: int) -> Figure | None:
    figure = Figure(number, number.start, number.end, number.value)
    if number.form in ("digits", "mixed", "fraction", "ordinal") and text[number.start].isdigit() or number.form == "digits":
        prefix = currency_before(text, number.start, s0)
        if prefix is not None:
            figure.start, figure.unit, figure.symbol = prefix.start, prefix.unit, prefix.surface
    after = unit_after(text, number.end, s1) if number.form != "ordinal" else None
    nxt = text[number.end:number.end + 1]
    if after is None and nxt.isalpha() and number.form in ("digits", "mixed", "fraction") and not number.scale_abbreviation:
        return None  # "3D", "4x4", "5G", "747s": letters glued to digits that are no unit
    if after is not None and after.unit.kind == "money" and figure.unit is not None:
        after = None if after.unit.unit != figure.unit.unit else after  # "$5 million" + "USD"? keep the symbol
    if number.scale_abbreviation and number.scale_abbreviation.lower() == "b" and figure.unit is None and (
            after is None or after.unit.kind != "money"):
        return None  # "3b" with no currency is a label ("figure 3b"), not three billion
    if number.scale_abbreviation and number.scale_abbreviation.lower() in ("m",) and figure.unit is None and (
            after is None or after.unit.kind != "money") and not _counts_plural(text, number.end, s1):
        # "a 3m wall" is three metres; "1.5m people" (a plural noun follows) stays one and a half million.
        figure.value = number.value / 1_000_000
        figure.unit = _METRE
        figure.attrs["unit_name"] = "metre"
        return figure
    if after is None and figure.unit is None and _MAGNITUDE_BEFORE.search(text, max(s0, number.start - 12), number.start):
        # "an earthquake of magnitude 4.9", "a magnitude-7.1 quake": the scale is named first
        m = _MAGNITUDE_BEFORE.search(text, max(s0, number.start - 12), number.start)
        figure.start, figure.unit = m.start(), _MAGNITUDE
        return figure
    if after is not None:
        unit = after.unit
        if unit.needs_scale and not number.scale and "sterling" not in after.surface.lower():
            unit = _POUND_MASS
        if figure.unit is None or unit.kind == "money" or figure.unit.kind != "money":
            figure.unit = unit if figure.unit is None or figure.unit.kind != "money" else figure.unit
        figure.unit_match = after
        figure.end = after.end
    return figure


def attach_hedge(text: str, figure: Figure, s0: int, s1: int, lex: Lexicon) -> None:
    figure.before = tokens_before(text, figure.start, s0)
    figure.before_upto = len(figure.before)
    if figure.before and figure.before[-1][2] in ("minus", "negative") and figure.value > 0 and figure.high is None:
        figure.value = -figure.value  # "minus 5 degrees"
        figure.attrs["negative"] = True
        figure.start = figure.before[-1][0]
        figure.before_upto -= 1
    if figure.hedge is None:
        found = phrase_ending(figure.before, figure.before_upto, lex.hedges_by_last)
        start = found[2] if found is not None else 0
        if found is not None and not (figure.before[start][2] in "<>" and text[max(s0, figure.before[start][0] - 1)] == "-"):
            _, phrase, first = found  # the hedge as listed (">=" is two tokens); "-->" closes a comment
            figure.hedge = phrase
            figure.shape = lex.hedge_shape[phrase]
            figure.start = figure.before[first][0]
            figure.before_upto = first
    m = lex.hedge_after.match(text, figure.end, s1)
    if m is not None and figure.shape is None:
        phrase = normal(m.group("hedge") or m.group("hedge_sign") or m.group("hedge_word"))
        figure.hedge = phrase
        figure.shape = lex.hedge_after_shape[phrase]
        figure.end = m.end()
        if figure.unit is None and figure.high is None:  # "1,000 or more kilograms": the unit after the hedge
            after = unit_after(text, figure.end, s1)
            if after is not None:
                weight = after.unit.needs_scale and not figure.number.scale  # "10 or more pounds" of weight
                figure.unit, figure.unit_match, figure.end = _POUND_MASS if weight else after.unit, after, after.end


def casualty_trigger(figure: Figure, lex: Lexicon) -> tuple[str, str] | None:
    """A casualty verb or phrase right before the figure, fillers allowed between: "killed more than",
    "death toll rose to", "killed a total of"."""
    tokens, upto = figure.before, figure.before_upto
    for _ in range(4):
        found = phrase_ending(tokens, upto, lex.casualty_before_by_last)
        if found is not None:
            return found[0], found[1]
        if upto == 0 or tokens[upto - 1][2] not in lex.object_fillers:
            return None
        upto -= 1
    return None


