"""Quantity claims: every figure with its hedge, its unit or counted thing, and what it counts.

``find_quantities(text, sentences, article_id, exclude)`` → ``Claim``s of kind casualties, troops, count,
money, percent, age, ordinal or measure, in text order, never overlapping ``exclude`` (spans the temporal
parser already took: dates, durations, times).

Span rules (offsets are the truth, ``claim.text == text[span]``):
- the span covers hedge + figure + unit when they are contiguous: "more than 5,600", "$4.5bn",
  "7bn euros", "about 40 km", "5 percent", "between 300 and 400", "the 45-year-old" → "45-year-old";
- the counted noun is NOT in the span: it goes to ``entity`` as a lemma ("nearly 2,000" + "peacekeeper").

What a claim carries (rules may rely on these):
- ``kind``: casualties | troops | count | money | percent | age | ordinal | measure.
- ``value`` (float): the figure as written, scaled ("$4.5bn" → 4.5e9; "50 cents" → 50 with unit "cent");
  a range's midpoint ("300-400" → 350); a vague plural's lower bound ("dozens" → 24).
- ``interval``: what the figure admits after its hedge (``resources/en/quantities/hedges.yaml``):
  "more than 5,600" → (5600, ∞); "at least 5" → [5, ∞); "nearly 2,000" → [1800, 2000);
  "about 4,000" → [3600, 4400]; "up to 300" → [0, 300]; "fewer than 10" → [0, 10);
  ranges [low, high]; "dozens" → [24, 144); exact figures [x, x].
- ``hedge``: the hedge as listed, lower-case ("more than", "nearly", "between", "or more"), else None.
- ``unit``: ISO 4217 code for money ("USD", "EUR"; subunits "cent", "penny"); "%" or "pp" (percentage
  points) for percent; a unit symbol for measures ("km", "km2", "°C", "mph", "t", "bbl", or quantulum3's
  unit name for units only it knows, e.g. "kilopascal"); "year"/"month"/"week"/"day" for ages; else None.
- ``entity``: lemma of the counted noun ("people", "peacekeeper", "district", "conversation", "child");
  for casualties named only by their role word, the role noun ("80 deaths" → "death") or None ("the 12
  dead"). Money, percent and measure claims have no entity.
- ``role`` (casualties only): killed | dead | injured | wounded | missing | casualties.
- ``attrs``: ``form`` (digits | words | mixed | vague | fraction | ordinal); ``scale`` ("million",
  "dozen"); ``scale_abbreviation`` ("bn", "m"); ``approximate`` (a hedge other than exact);
  ``range`` (True, with the ends in ``interval``); ``vague``; ``fraction``; ``negative``;
  ``noun_phrase`` (the counted words as written, lower-case: "adjacent districts"); ``trigger`` (the
  casualty word or phrase: "killed", "death toll rose to"); ``unit_name`` and ``dimension`` for measures
  ("kilometre", "length"); ``currency_symbol`` ("$"); ``currency`` and ``in_currency`` for subunits;
  ``points`` for percentage points; ``compound`` for "3,500-strong", "15-member"; ``subunit`` when an
  amount is written in two units ("3 dollars 50 cents" → 3.5, "5 feet 2 inches" → 5.1667 ft);
  ``shared_unit`` for a listed figure that takes the unit written after the last one ("267 and 322 km");
  ``partitive`` when the counted noun follows "of the" ("three of the victims" → entity "victim").

Stages, per sentence: numerals (``factcheck.extract.numbers``) → drop what is not a quantity (years,
dates, times, phone and street numbers, identifiers such as "S-400" or "Boeing 747", markup comments) →
units and currencies (``factcheck.extract.units``) → amounts in two units (``lists``) → ranges → hedges →
units shared along a list (``lists``) → counted noun, casualty role, kind (``context``; ``parts`` when the
noun or the verb is not right after the figure).
"""
from __future__ import annotations

from bisect import bisect_left
import dataclasses

import re

import regex

from ...model import Claim, Interval, Span
from ..numbers import Number, _tidy, find_numbers
from ..sentences import Sentence
from .coordination import listed_before_casualties, object_of_verb, shared_casualty_role
from .context import is_person, lemma, phrase_after, phrase_ending
from .figure import Figure, attach_hedge, casualty_trigger, with_unit
from .filters import age_value, is_identifier, is_year, named_before_comma, outside_comments, unblocked
from .lexicon import Lexicon, hedge_interval, lexicon, normal
from .lists import join_subunits, share_units
from .parts import partitive, role_after_aside, verb_after_one
from .ranges import join_bounds, join_ranges, lower_end_of_taken
from .tallies import Tally, find_tallies

__all__ = ["find_quantities"]

_DETERMINERS = frozenset("the its his her their our my your a an this that these those whose".split())
_DEPLOYMENT = regex.compile(r"\b(?:deploy|dispatch|station|mobili[sz]|send|sent|troops?|military|army|armed)",
                            regex.IGNORECASE)
_COMPOUND = re.compile(r"-(?P<suffix>[a-z]+(?:-[a-z]+)?)\b")
_NAME_PAREN = regex.compile(r"\p{Lu}[\p{L}'’.-]+\s\($")


def find_quantities(text: str, sentences: list[Sentence], article_id: str, exclude: list[Span]) -> list[Claim]:
    lex = lexicon()
    if not sentences:
        return []
    exclude = sorted(exclude, key=lambda s: (s.start, s.end))
    # Spans are looked up by start with bisection: a sentence sees only the spans that can reach into it,
    # so an article with 100,000 dates costs linear time, not a scan of every span per sentence.
    excluded_starts = [s.start for s in exclude]
    longest_excluded = max((s.end - s.start for s in exclude), default=0)
    ordered = sorted(sentences, key=lambda s: s.span.start)
    # One pass of each pattern over the whole text; then the figures are handed out by sentence.
    lo, hi = ordered[0].span.start, max(s.span.end for s in ordered)
    numbers = outside_comments(text, unblocked(text, find_numbers(text, lo, hi), lex, lo, hi))
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
            first = bisect_left(excluded_starts, s0 - longest_excluded)
            last = bisect_left(excluded_starts, s1)
            taken = [s for s in exclude[first:last] if s0 < s.end]
            claims.extend(_sentence(text, sentence, article_id, taken, inside, lex))
    return claims


def _sentence(text: str, sentence: Sentence, article_id: str, taken: list[Span], numbers: list[Number],
              lex: Lexicon) -> list[Claim]:
    s0, s1 = sentence.span.start, sentence.span.end
    tallies = find_tallies(text, s0, s1)
    taken_figures = {t.start for t in taken} & {n.start for n in numbers} if taken else set()
    figures: list[Figure] = []
    for number in numbers:
        if taken and any(t.start < number.end and number.start < t.end for t in taken):
            continue  # the temporal parser has it ("44 days")
        if taken_figures and lower_end_of_taken(text, number, taken_figures, s0, lex.age_before_by_last):
            continue  # "the 9–10 years": the lower end of a duration the temporal parser has
        if tallies and any(t.start <= number.start and number.end <= t.end for t in tallies):
            continue  # one side of a vote or a score, read below
        figure = with_unit(text, number, s0, s1)
        if figure is not None:
            figures.append(figure)
    if len(figures) > 1:
        figures = join_subunits(text, figures)
    figures = join_ranges(text, figures, s0)
    for figure in figures:
        attach_hedge(text, figure, s0, s1, lex)
    if len(figures) > 1:
        figures = join_bounds(text, figures)
        share_units(text, figures)
    claims = []
    for figure in figures:
        claim = _claim(text, figure, sentence, article_id, lex)
        if claim is not None and not any(claim.span.overlaps(t) for t in taken):
            if claims and claim.kind in ("count", "troops") and claim.role is None:
                claim = shared_casualty_role(text, claims[-1], claim, lex)
            claims.append(claim)
    for k in range(len(claims) - 2, -1, -1):
        claims[k] = listed_before_casualties(text, claims[k], claims[k + 1], s0, lex)
    if tallies:
        claims.extend(_tally_claims(text, tallies, sentence, article_id, taken))
        claims.sort(key=lambda c: c.span.start)
    return claims


def _tally_claims(text: str, tallies: list[Tally], sentence: Sentence, article_id: str,
                  taken: list[Span]) -> list[Claim]:
    claims = []
    for tally in tallies:
        if tally.score or any(t.start < tally.end and tally.start < t.end for t in taken):
            continue
        for side, (start, end, value) in zip(("for", "against"), tally.sides):
            claims.append(Claim(article=article_id, span=Span(start, end), text=text[start:end], kind="count",
                                extractor="quantities", sentence=sentence.span, value=value,
                                interval=Interval.exact(value), entity="vote",
                                attrs={"form": "digits", "tally": side}))
    return claims


def _may_count_a_collective(phrase, lex: Lexicon) -> bool:
    """Nothing counted after the figure, or a verb and then police: "a mob of about 100 attacked police"."""
    if not phrase.words:
        return True
    first = phrase.words[0]
    return (phrase.head in lex.troops_when_deployed and len(phrase.words) > 1 and first.endswith("ed")
            and first not in lex.participle_adjectives)


def _claim(text: str, figure: Figure, sentence: Sentence, article_id: str, lex: Lexicon) -> Claim | None:
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
    if is_identifier(text, figure, s0, before, lex):
        return None
    if number.form == "fraction" and before and before[-1] in _NOT_BEFORE_FRACTION and not text[number.start].isdigit():
        return None  # "the first half of the year", "the other half": a part named, not a proportion

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
    phrase = None
    # "21st-century telescopes" is an ordinal, not 21 centuries
    compound = _COMPOUND.match(text, figure.end, s1) if unit is None and number.form != "ordinal" else None
    if kind is None and compound is not None:
        suffix = compound.group("suffix")
        how = lex.compounds.get(suffix)
        if how is None and suffix.split("-")[0] in lex.phrase_stops:  # "230-to-198": a tally, no compound adjective
            compound = None
    if kind is None and compound is not None:
        if how is not None and how.startswith("age"):
            kind, unit_code = "age", {"age": "year", "age_months": "month", "age_weeks": "week", "age_days": "day"}[how]
            figure.end = compound.end()
        elif how == "troops_size":
            phrase = phrase_after(text, compound.end(), s1, lex, False)
            kind, entity = "troops", phrase.head or "troop"
            attrs["compound"] = suffix
        else:
            head = lemma(suffix.rsplit("-", 1)[-1], lex)
            attrs["compound"] = suffix
            aged = lex.age_after.match(text, figure.end, s1) if age_value(low, number, lex) else None
            if aged is not None:  # "the 60-year old ex-president": an age hyphenated only half
                kind, unit_code = "age", lex.age_units[normal(aged.group("age_unit"))]
                figure.end = aged.end()
                del attrs["compound"]
            elif head in lex.time_units:  # "a ten-year high": a duration the temporal parser left to us
                kind, unit_code = "measure", head
                attrs["unit_name"], attrs["dimension"] = head, "time"
            else:
                kind = "troops" if head in lex.troops and head not in lex.troops_when_deployed else "count"
                entity = head
    if kind is None and number.form != "ordinal":
        aged = age_value(low, number, lex) and (figure.high is None or age_value(figure.high, number, lex))
        # "years old" written out makes any figure an age ("more than 500 years old" of a wall, "2.5 years
        # old"); the age range only guards the guesses below ("Lavrov, 70,").
        written = number.form in ("digits", "words", "mixed") and low >= 0
        m = lex.age_after.match(text, figure.end, s1) if written else None
        if m is not None:
            kind, unit_code = "age", lex.age_units[normal(m.group("age_unit"))]
            figure.end = m.end()
        elif aged and (
                phrase_ending(figure.before, figure.before_upto, lex.age_before_by_last)
                or (text[figure.end:figure.end + 1] == "," and named_before_comma(text, figure, lex))
                or _pronoun_age(text, figure, lex)
                or (_NAME_PAREN.search(text, max(s0, figure.start - 40), figure.start) and text[figure.end:figure.end + 1] == ")")):
            kind, unit_code = "age", "year"
    if kind is None or kind in ("ordinal",):
        phrase = phrase_after(text, figure.end, s1, lex, number.form in ("vague", "fraction"), number.form == "ordinal")
    if kind is None:
        if is_year(text, figure, number, phrase, lex):
            return None
        if number.form == "words" and low == 1 and (phrase.head is None or (before and before[-1] in _ONE_NOT_A_FIGURE)
                                                     or phrase.words[:1] == ("another",) or verb_after_one(phrase, lex)):
            return None  # "one of them", "no one", "the one who", "one another", "if one goes out"
        if phrase.head is None and number.form in ("digits", "words"):
            whole = partitive(text, figure.end, s1, lex)
            if whole is not None:  # "three of the victims": three victims, part of a set named elsewhere
                phrase = whole
                attrs["partitive"] = True
        if _may_count_a_collective(phrase, lex):
            collective = lex.collective_before.search(text, max(s0, figure.start - 24), figure.start)
            if collective is not None:  # "a mob of about 100 attacked police": the mob is what is counted
                phrase = dataclasses.replace(phrase, words=(), head=collective.group("collective").lower())
                attrs["collective"] = True
        if number.form == "ordinal":
            kind, entity = "ordinal", phrase.head
        elif phrase.head in lex.time_units and phrase.words and len(phrase.words) == 1:
            # "44 days", "five years": durations normally taken by the temporal parser through
            # ``exclude``; one it left is still a quantity, measured in time.
            kind, unit_code = "measure", phrase.head
            attrs["unit_name"], attrs["dimension"] = phrase.head, "time"
            unit_word = _NEXT_WORD.match(text, figure.end, s1)
            if unit_word is not None and lemma(unit_word.group(1), lex) == phrase.head:
                figure.end = unit_word.end()  # a unit is inside the span: "44 days"
        else:
            head_is_person = phrase.head is None or is_person(phrase.head, lex)
            trigger = casualty_trigger(figure, lex) if head_is_person and not phrase.role else None
            if trigger is None and not phrase.role and phrase.head is None:
                trigger = _toll_before(text, figure, s0, lex)
            if trigger is None and phrase.head == "life" and before and before[-1] in lex.lives_taken_by:
                trigger = (before[-1], "dead")  # "the floods have claimed 45 lives"
            if trigger is not None:
                kind, role = "casualties", trigger[1]
                attrs["trigger"] = trigger[0]
                attrs["trigger_before"] = True
                entity = phrase.head
            elif phrase.role is not None:
                kind, role, entity = "casualties", phrase.role, phrase.head
                attrs["trigger"] = phrase.role_word
            elif (head_is_person and (aside := role_after_aside(text, figure.end, phrase, s1, lex)) is not None
                  and not object_of_verb(text, figure.start, s0, lex)):
                # "At least seven, including four children, died."; "Five people, including two children, were hurt."
                kind, role, entity = "casualties", aside.role, phrase.head
                attrs["trigger"] = aside.role_word
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
    # A range's value is its midpoint (as quantulum3 reports it); the interval keeps both ends.
    value = (low + high) / 2 if figure.high is not None and number.form != "vague" else low
    return Claim(article_id, span, text[span.start:span.end], kind, "quantities", sentence.span,
                 float(value), interval, figure.hedge, unit_code, entity, role, attrs=attrs)


_NEXT_WORD = re.compile(r"[ \t\xa0]+([^\W\d_]+)")


def _toll_before(text: str, figure: Figure, s0: int, lex: Lexicon) -> tuple[str, str] | None:
    """A death toll named a few words before its figure: "The death toll from the storm has risen to 61"."""
    start = figure.before[figure.before_upto][0] if figure.before_upto < len(figure.before) else figure.start
    m = lex.toll_before.search(text, max(s0, start - 90), start)
    return (m.group().strip().lower(), "dead") if m is not None else None


_AGE_AFTER = re.compile(r"\s*(?:[.,;)]|and\b|when\b|at\b|$)")


def _pronoun_age(text: str, figure: Figure, lex: Lexicon) -> bool:
    """"He was 101 and died", "she turned 40.": a person's age with nothing counted after it."""
    tokens, upto = figure.before, figure.before_upto
    return (upto >= 2 and tokens[upto - 2][2] in lex.age_pronouns and tokens[upto - 1][2] in lex.age_verbs
            and _AGE_AFTER.match(text, figure.end) is not None)


_NOT_BEFORE_FRACTION = frozenset("the first second latter former other final last".split())
_ONE_NOT_A_FIGURE = frozenset("no any every some this that the which each another someone anyone".split())


def _interval(figure: Figure, low: float, high: float, lex: Lexicon, number: Number) -> Interval:
    if number.form == "vague":
        return Interval(number.low, number.high, True, False)
    if figure.bounds is not None:
        return Interval(low, high, *figure.bounds)
    if figure.shape is None or figure.hedge in ("between", "from"):
        return Interval(low, high, True, True)
    return hedge_interval(figure.shape, low, high, lex.near, lex.band)


