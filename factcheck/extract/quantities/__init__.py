"""Quantity claims: every figure with its hedge, its unit or counted thing, and what it counts.

``find_quantities(text, sentences, article_id, exclude)`` → ``Claim``s of kind casualties, troops, count,
money, percent, age, ordinal or measure, in text order, never overlapping ``exclude`` (spans the temporal
parser already took: dates, durations, times).

Span rules (offsets are the truth, ``claim.text == text[span]``):
- the span covers hedge + figure + unit when they are contiguous: "more than 5,600", "$4.5bn",
  "7bn euros", "about 40 km", "5 percent", "between 300 and 400", "the 45-year-old" → "45-year-old";
- the counted noun is NOT in the span: it goes to ``entity`` as a lemma ("nearly 2,000" + "peacekeeper").

Stages, per sentence: numerals (``factcheck.extract.numbers``) → drop what is not a quantity (years,
dates, times, phone and street numbers, identifiers such as "S-400" or "Boeing 747") → units and
currencies (``factcheck.extract.units``) → ranges → hedges → counted noun, casualty role, kind.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import regex

from ...model import Claim, Interval, Span
from ..numbers import Number, _tidy, find_numbers
from ..sentences import Sentence
from ..units import Unit, UnitMatch, currency_before, unit_after
from .context import lemma, phrase_after, phrase_ending, tokens_before, words_before
from .lexicon import Lexicon, hedge_interval, lexicon, normal

__all__ = ["find_quantities"]

_METRE = Unit("measure", "m", "metre", "length")
_POUND_MASS = Unit("measure", "lb", "pound-mass", "mass")
_MAGNITUDE = Unit("measure", "magnitude", "magnitude", "earthquake magnitude")
_MAGNITUDE_BEFORE = regex.compile(r"\b[Mm]agnitude[\s-]$")
_RANGE_JOIN = regex.compile(r"\s*(?:-|–|—|‐)\s*|\s+(?P<word>to|and|or|through)\s+", regex.IGNORECASE)
_CHANGE_VERBS = frozenset("""rose rise rises rising risen fell fall falls falling fallen increased increase
increases increasing decreased decrease decreases decreasing grew grow grows growing grown dropped drop
drops dropping climbed climb climbs climbing jumped jump jumps jumping cut cuts cutting raised raise
raises raising reduced reduce reduces reducing lowered lower lowers lowering went go goes going changed
change changes moved move moves soared soar soars plunged plunge plunges slipped slip slips declined
decline declines surged surge surges shrank shrink shrinks expanded expand expands revised revise
boosted boost boosts slashed slash up down doubled tripled""".split())
_DETERMINERS = frozenset("the its his her their our my your a an this that these those whose".split())
_DEPLOYMENT = regex.compile(r"\b(?:deploy|dispatch|station|mobili[sz]|send|sent|troops?|military|army|armed)",
                            regex.IGNORECASE)
_COMPOUND = regex.compile(r"-(?P<suffix>\p{Ll}+(?:-\p{Ll}+)?)\b")
_NAME_PAREN = regex.compile(r"\p{Lu}[\p{L}'’.-]+\s\($")


@dataclass(slots=True)
class _Figure:
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


def find_quantities(text: str, sentences: list[Sentence], article_id: str, exclude: list[Span]) -> list[Claim]:
    lex = lexicon()
    if not sentences:
        return []
    exclude = sorted(exclude, key=lambda s: (s.start, s.end))
    ordered = sorted(sentences, key=lambda s: s.span.start)
    # One pass of each pattern over the whole text; then the figures are handed out by sentence.
    lo, hi = ordered[0].span.start, max(s.span.end for s in ordered)
    numbers = _unblocked(text, find_numbers(text, lo, hi), lex, lo, hi)
    claims: list[Claim] = []
    i = 0
    for sentence in ordered:
        s0, s1 = sentence.span.start, sentence.span.end
        while i < len(numbers) and numbers[i].start < s0:
            i += 1
        inside = []
        while i < len(numbers) and numbers[i].start < s1:
            if numbers[i].end <= s1:
                inside.append(numbers[i])
            i += 1
        if inside:
            taken = [s for s in exclude if s.start < s1 and s0 < s.end]
            claims.extend(_sentence(text, sentence, article_id, taken, inside, lex))
    return claims


def _unblocked(text: str, numbers: list[Number], lex: Lexicon, lo: int, hi: int) -> list[Number]:
    """Numbers that are no date, time, phone or street number, decade or list marker. The patterns are
    tried only around each number (figures are sparse, so this beats scanning the whole text)."""
    kept = []
    for n in numbers:
        window_start, window_end = max(lo, n.start - 24), min(hi, n.end + 40)
        if not any(m.start() < n.end and n.start < m.end() for m in lex.blocked.finditer(text, window_start, window_end)):
            kept.append(n)
    return kept


def _sentence(text: str, sentence: Sentence, article_id: str, taken: list[Span], numbers: list[Number],
              lex: Lexicon) -> list[Claim]:
    s0, s1 = sentence.span.start, sentence.span.end
    figures: list[_Figure] = []
    for number in numbers:
        figure = _with_unit(text, number, s0, s1)
        if figure is not None:
            figures.append(figure)
    figures = _ranges(text, figures, s0)
    claims = []
    for figure in figures:
        _hedge(text, figure, s0, s1, lex)
        claim = _claim(text, figure, sentence, article_id, lex)
        if claim is not None and not any(claim.span.overlaps(t) for t in taken):
            claims.append(claim)
    return claims


def _with_unit(text: str, number: Number, s0: int, s1: int) -> _Figure | None:
    figure = _Figure(number, number.start, number.end, number.value)
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
    if number.scale_abbreviation and number.scale_abbreviation.lower() in ("m",) and figure.unit is None and (
            after is None or after.unit.kind != "money"):
        # "3m" with no currency anywhere is three metres, not three million.
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


def _ranges(text: str, figures: list[_Figure], s0: int) -> list[_Figure]:
    """Join "300-400", "between 300 and 400", "from 10 to 15", "two or three" into one figure."""
    out: list[_Figure] = []
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
            out.append(a)
            i += 1
            continue
        word = (join.group("word") or "-").lower()
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
        if word == "to" and before and before[-1] in _CHANGE_VERBS:
            out.append(a)
            i += 1
            continue
        if not low < high:
            if dash:  # "2-1" scores, "1994-95" seasons: not quantities
                i += 2
                continue
            out.append(a)
            i += 1
            continue
        if a.unit is not None and b.unit is not None and a.unit.unit != b.unit.unit:
            out.append(a)
            i += 1
            continue
        merged = _Figure(a.number, a.start, b.end, low, a.unit or b.unit, b.unit_match or a.unit_match,
                         a.symbol or b.symbol, high, attrs={**b.attrs, **a.attrs, "range": True})
        if before and before[-1] in ("between", "from") and word in ("and", "to", "-"):
            merged.start = _word_start(text, a.start, s0)
            merged.hedge = before[-1]
        out.append(merged)
        i += 2
    return out


def _scale_of(figure: _Figure) -> float:
    number = figure.number
    base = float(text_value(number))
    return number.value / base if base else 1.0


def text_value(number: Number) -> float:
    """The figure before its scale word: 2 for "2 million"."""
    from ..numbers import grammar

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


def _hedge(text: str, figure: _Figure, s0: int, s1: int, lex: Lexicon) -> None:
    figure.before = tokens_before(text, figure.start, s0)
    figure.before_upto = len(figure.before)
    if figure.before and figure.before[-1][2] in ("minus", "negative") and figure.value > 0 and figure.high is None:
        figure.value = -figure.value  # "minus 5 degrees"
        figure.attrs["negative"] = True
        figure.start = figure.before[-1][0]
        figure.before_upto -= 1
    if figure.hedge is None:
        found = phrase_ending(figure.before, figure.before_upto, lex.hedges_by_last)
        if found is not None:
            _, phrase, first = found  # the hedge as listed (">=" is two tokens)
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


_FILLERS = frozenset("the some another further additional a an total of".split())


def _casualty_trigger(figure: _Figure, lex: Lexicon) -> tuple[str, str] | None:
    """A casualty verb or phrase right before the figure, fillers allowed between: "killed more than",
    "death toll rose to", "killed a total of"."""
    tokens, upto = figure.before, figure.before_upto
    for _ in range(4):
        found = phrase_ending(tokens, upto, lex.casualty_before_by_last)
        if found is not None:
            return found[0], found[1]
        if upto == 0 or tokens[upto - 1][2] not in _FILLERS:
            return None
        upto -= 1
    return None


def _claim(text: str, figure: _Figure, sentence: Sentence, article_id: str, lex: Lexicon) -> Claim | None:
    number = figure.number
    s0, s1 = sentence.span.start, sentence.span.end
    attrs = dict(figure.attrs)
    attrs["form"] = number.form
    if number.scale:
        attrs["scale"] = number.scale
    if number.scale_abbreviation:
        attrs["scale_abbreviation"] = number.scale_abbreviation
    low = figure.value
    high = figure.high if figure.high is not None else figure.value
    unit = figure.unit
    kind = role = entity = None
    unit_code: str | None = None
    before = [t[2] for t in figure.before[max(0, figure.before_upto - 3):figure.before_upto]]

    if number.form in ("words", "ordinal") and not text[number.start].isdigit() and number.form == "ordinal":
        if not before or not (before[-1] in _DETERMINERS or before[-1].endswith(("'s", "’s"))):
            return None  # "first" / "second" without a determiner are rarely figures ("at first", "a second")
    if _is_identifier(text, figure, s0, before, lex):
        return None

    if unit is not None:
        unit_code = unit.unit
        if unit.kind == "money":
            kind = "money"
            if unit.scale != 1.0:  # "50 cents": the figure as written, its worth in the currency aside
                attrs["currency"] = unit.name
                attrs["in_currency"] = _tidy(low * unit.scale)
            if figure.symbol:
                attrs["currency_symbol"] = figure.symbol
        elif unit.kind == "percent":
            kind = "percent"
            if unit.unit == "pp":
                attrs["points"] = True
        else:
            kind = "measure"
            attrs["unit_name"] = unit.name
            attrs["dimension"] = unit.dimension
            if unit.dimension == "time":
                return None  # durations belong to the temporal parser
    phrase = None
    compound = _COMPOUND.match(text, figure.end, s1) if unit is None else None
    if kind is None and compound is not None:
        suffix = compound.group("suffix")
        how = lex.compounds.get(suffix)
        if how is not None and how.startswith("age"):
            kind, unit_code = "age", {"age": "year", "age_months": "month", "age_weeks": "week", "age_days": "day"}[how]
            figure.end = compound.end()
        elif how == "troops_size":
            phrase = phrase_after(text, compound.end(), s1, lex, False)
            kind, entity = "troops", phrase.head or "troop"
            attrs["compound"] = suffix
        else:
            head = lemma(suffix.rsplit("-", 1)[-1], lex)
            if head in lex.time_units:
                return None
            kind = "troops" if head in lex.troops and head not in lex.troops_when_deployed else "count"
            entity = head
            attrs["compound"] = suffix
    if kind is None and number.form != "ordinal":
        aged = _age_value(low, number, lex) and (figure.high is None or _age_value(figure.high, number, lex))
        m = lex.age_after.match(text, figure.end, s1) if aged else None
        if m is not None:
            kind, unit_code = "age", lex.age_units[normal(m.group("age_unit"))]
            figure.end = m.end()
        elif aged and (
                phrase_ending(figure.before, figure.before_upto, lex.age_before_by_last)
                or (text[figure.end:figure.end + 1] == "," and _named_before_comma(text, figure, lex))
                or (_NAME_PAREN.search(text, max(s0, figure.start - 40), figure.start) and text[figure.end:figure.end + 1] == ")")):
            kind, unit_code = "age", "year"
    if kind is None or kind in ("ordinal",):
        phrase = phrase_after(text, figure.end, s1, lex, number.form in ("vague", "fraction"))
    if kind is None:
        if phrase.head in lex.time_units and number.form != "ordinal":
            return None  # "44 days", "five years": durations belong to the temporal parser
        if _is_year(text, figure, number, phrase, lex):
            return None
        if number.form == "words" and low == 1 and (phrase.head is None or (before and before[-1] in _ONE_NOT_A_FIGURE)):
            return None  # "one of them", "no one", "the one who"
        if number.form == "ordinal":
            kind, entity = "ordinal", phrase.head
        else:
            head_is_person = phrase.head is None or phrase.head in lex.people or phrase.head in lex.troops
            trigger = _casualty_trigger(figure, lex) if head_is_person and not phrase.role else None
            if trigger is not None:
                kind, role = "casualties", trigger[1]
                attrs["trigger"] = trigger[0]
                entity = phrase.head
            elif phrase.role is not None:
                kind, role, entity = "casualties", phrase.role, phrase.head
                attrs["trigger"] = phrase.role_word
            elif phrase.head in lex.troops and (phrase.head not in lex.troops_when_deployed
                                                or _DEPLOYMENT.search(text, s0, s1)):
                kind, entity = "troops", phrase.head
            else:
                kind, entity = "count", phrase.head
    if phrase is not None and phrase.words:
        attrs["noun_phrase"] = " ".join(phrase.words)
    if number.form == "vague":
        attrs["vague"] = True
        low, high = number.low, number.high
    if number.form == "fraction":
        attrs["fraction"] = True
    if number.negative:
        attrs["negative"] = True
    interval = _interval(figure, low, high, lex, number)
    if figure.shape is not None and figure.shape != "exact":
        attrs["approximate"] = True
    span = Span(figure.start, figure.end)
    value = low
    return Claim(article_id, span, text[span.start:span.end], kind, "quantities", sentence.span,
                 float(value), interval, figure.hedge, unit_code, entity, role, attrs=attrs)


_ONE_NOT_A_FIGURE = frozenset("no any every some this that the which each another someone anyone".split())


def _interval(figure: _Figure, low: float, high: float, lex: Lexicon, number: Number) -> Interval:
    if number.form == "vague":
        return Interval(number.low, number.high, True, False)
    if figure.shape is None or figure.hedge in ("between", "from"):
        return Interval(low, high, True, True)
    return hedge_interval(figure.shape, low, high, lex.near, lex.band)


def _named_before_comma(text: str, figure: _Figure, lex: Lexicon) -> bool:
    """"Lavrov, 70,", "the princess, 67,": a person named right before ", N,"."""
    tokens, upto = figure.before, figure.before_upto
    if upto < 2 or tokens[upto - 1][2] != ",":
        return False
    word_start, word_end, word = tokens[upto - 2]
    if not word[:1].isalpha():
        return False
    return text[word_start].isupper() or lemma(word, lex) in lex.people or word in _PERSON_TITLES


_PERSON_TITLES = frozenset("princess prince king queen president minister mayor father mother son daughter wife husband "
                           "brother sister singer actor actress author writer player coach founder leader chairman "
                           "senator governor judge bishop priest pope".split())


def _age_value(value: float, number: Number, lex: Lexicon) -> bool:
    lo, hi = lex.age_range
    return number.form in ("digits", "words") and float(value).is_integer() and lo < value <= hi


def _is_identifier(text: str, figure: _Figure, s0: int, before: list[str], lex: Lexicon) -> bool:
    """"Boeing 747", "Title 9", "No. 10", "#1": a name or label glued to a figure, not a quantity."""
    if figure.hedge is not None or (figure.unit is not None and figure.unit.kind == "money"):
        return False
    start = figure.start
    if start > s0 and text[start - 1] == "#":
        return True
    if not before or start - 1 < s0 or text[start - 1] != " ":
        return False
    word = before[-1]
    if word in lex.identifier_words:
        return True
    j = start - 1
    while j > s0 and not text[j - 1].isspace():
        j -= 1
    written = text[j:start - 1]
    # A capitalised word inside the sentence, right before the figure, names it ("Boeing 747",
    # "Apollo 11"); at the start of a sentence the capital says nothing, so only listed words count there.
    if not written[:1].isupper() or not written.isalnum() or text[s0:j].strip() == "":
        return False
    lower = written.lower()
    return not (lower in lex.hedge_shape or lower in lex.phrase_stops or lower in lex.casualty_before_role
                or lower in _SENTENCE_STARTERS or lower in _MONTH_WORDS)


_MONTH_WORDS = frozenset("january february march april may june july august september october november december".split())
_SENTENCE_STARTERS = frozenset("""about some nearly almost over under around roughly approximately just only
all another another killing leaving injuring wounding those these both while since although though
including besides overall altogether meanwhile also still yet""".split())


def _is_year(text: str, figure: _Figure, number: Number, phrase, lex: Lexicon) -> bool:
    """1994 in "in 1994", "the 2020 election": a year, unless it counts something ("2000 people")."""
    if number.form != "digits" or number.negative or number.decimals or number.scale or figure.unit is not None:
        return False
    written = text[number.start:number.end]
    if "," in written or not 1000 <= number.value <= 2100:
        return False
    if figure.high is not None and not (float(figure.high).is_integer() and 1000 <= figure.high <= 2100):
        return False  # "2005–2015" is a span of years; "1500-2000 people" may still count something
    if phrase is None or phrase.head is None or phrase.capitalised_next:
        return True
    last = phrase.words[-1] if phrase.words else ""
    plural = lemma(last, lex) != last or phrase.head in lex.people or phrase.head in lex.troops
    return not plural
