"""Numeral grammar: every way news writes a number, as offsets and a value.

``find_numbers(text, start, end)`` returns the numbers in ``text[start:end]`` in order, without overlaps:

- digits with separators and decimals: "5,600", "1.5", ".5", "-3", "−2.4"
- digits with a scale: "1.2 million", "$4.5bn" (the "4.5bn" part), "7bn", "2 dozen"
- words: "seven", "twenty-four", "a hundred", "two hundred and fifty", "half a million", "two dozen"
- vague plurals: "dozens", "tens of thousands", "several hundred" (an interval, ``vague=True``)
- fractions: "1/2", "2 1/2", "2½", "half", "two-thirds", "a quarter" (the words only before "of")
- ordinals: "100th", "21st", "third", "twenty-first", "hundred-and-fiftieth"

What a number counts, its hedge, and whether it is a quantity at all (years, "S-400") is decided by
``factcheck.extract.quantities``. Vocabulary lives in ``resources/en/quantities/numbers.yaml``.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..phrases import trie
from ..resources import load


@dataclass(frozen=True, slots=True)
class Number:
    """One number as written. ``low``/``high`` differ only for vague amounts ("dozens": 24, 144)."""

    start: int
    end: int
    value: float
    form: str  # digits | words | mixed (digits + scale word) | vague | fraction | ordinal
    low: float
    high: float
    scale: str | None = None  # the scale word it was multiplied by: "million", "dozen"
    scale_abbreviation: str | None = None  # "bn", "m", "k" as written after the digits
    negative: bool = False
    decimals: int = 0  # digits after the decimal point, as written

    @property
    def vague(self) -> bool:
        return self.form == "vague"

    @property
    def ordinal(self) -> bool:
        return self.form == "ordinal"


_alt = trie


def _ratio(value: str) -> float:
    numerator, denominator = str(value).split("/")
    return float(numerator) / float(denominator)


@dataclass(frozen=True, slots=True)
class _Grammar:
    pattern: re.Pattern
    cardinals: dict
    scales: dict
    abbreviations: dict
    ordinals: dict
    fractions: dict
    vulgar: dict
    vague: dict
    multipliers: dict


@lru_cache(maxsize=1)
def grammar() -> _Grammar:
    data = load("en/quantities/numbers.yaml")
    glued_codes = _alt(c.lower() for c in load("en/quantities/currencies.yaml")["glued_codes"])
    cardinals = {k: float(v) for k, v in data["cardinals"].items()}
    scales = {k: float(v) for k, v in data["scales"].items()}
    abbreviations = dict(data["scale_abbreviations"])
    ordinals = {k: float(v) for k, v in data["ordinals"].items()}
    fractions = {k: 1.0 / float(v) for k, v in data["fractions"].items()}
    vulgar = {k: _ratio(v) for k, v in data["vulgar_fractions"].items()}
    vague = {" ".join(e["words"].split()): (float(e["low"]), float(e["high"])) for e in data["vague"]}
    vague_needing_of = [" ".join(e["words"].split()) for e in data["vague"] if e.get("requires_of")]
    multipliers = {e["words"]: (float(e["low"]), float(e["high"])) for e in data["vague_multipliers"]}

    word = _alt(list(cardinals) + list(scales))
    ordinal = _alt(ordinals)
    big_scales = _alt(k for k in scales if k != "dozen")
    vulgar_chars = "".join(vulgar)
    fraction_word = _alt(fractions)
    plural_fraction = _alt(k for k in fractions if k.endswith("s") or k == "half")  # "two-thirds majority"
    numerator = _alt([k for k, v in cardinals.items() if 1 <= v <= 19] + ["a", "an"])
    # One word of a spelled-out number, then more joined by hyphens, spaces or "and".
    # "and a half" after a figure: "two and a half", "one million and a half", "five and a half million",
    # hyphenated like the words around it ("three-and-a-half million").
    frac_tail = r"(?:\s+and\s+(?:(?:a|one)\s+(?:half|quarter)|three\s+quarters)|-and-(?:a|one)-(?:half|quarter)|-and-three-quarters)\b"
    # "and" may be hyphenated like the words around it: "hundred-and-fifty", "hundred-and-fiftieth". A
    # hyphen may start a join or a fraction tail, so each repetition is atomic (no backtracking into it,
    # whole repetitions may still be given back).
    join = r"(?:-(?:and-)?|\s+(?:and\s+)?)"
    word_run = (
        rf"(?:(?:an?|half(?:\s+an?)?|(?:a\s+)?quarter(?:\s+of\s+an?)?)\s+(?=(?:{_alt(scales)})\b))?"
        rf"(?:(?:{word})(?>{join}(?:{word})|{frac_tail})*(?:[-\s]+(?:and[-\s]+)?(?:{ordinal}))?|(?:{ordinal}))"
    )
    # Digits: a sign only at a word boundary, never after a letter ("S-400", "COVID-19"), an exponent's
    # caret ("km^2") nor inside another number ("192.168.1.2", "10:30", "29/12"); thousands grouped by
    # commas or, as SI style writes them, thin or no-break spaces ("1 234 567.89"); plain spaces only in
    # "220 000 people", "to 370 000." or "1 457 355 votes" (zeros, or two groups, then a word): "In 2019
    # 234 people" and "184 232 -2" in a table are two figures. After letters only for a currency code
    # ("SEK9 million"), or for the end of a range after an abbreviated scale ("5bn-7bn", "5k-20k").
    digits = (
        r"(?P<sign>(?<![\w)\]%])[-−](?=\d))?"
        rf"(?:(?<![\w/@#'’=%^])|(?<=(?<![\w])(?:{glued_codes})))(?<!\d[.,:])"
        r"(?:(?<![^\W\d_][-‐–.])|(?<=\d[kmb][-‐–])|(?<=\d[bmt]n[-‐–]))"
        r"(?P<int>(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![,.]?\d)|\d{1,3}(?:[\u00a0\u2009\u202f]\d{3})+(?:\.\d+)?(?![,.\u00a0\u2009\u202f]?\d)"
        r"|\d{1,3}(?:\x20000)+(?=\x20[^\W\d_]|[.,;:!?)](?!\d))|\d{1,3}(?:\x20\d{3}){2,}(?=\x20[^\W\d_])|\d+(?:\.\d+)?(?![.,]?\d)|\.\d+(?![.,]?\d)"
        # a decimal comma, only where no thousands grouping and no list can be meant: one digit after it
        # before a percent sign or a scale word ("3,5 %", "1,5 million"; "pages 1,2 and 3" is a list), or
        # one or two after a currency symbol ("£82,05")
        r"|(?<![\d,])\d{1,3},\d(?![.,]?\d)(?=\s?(?:%|percent\b|per\scent\b|million\b|billion\b|trillion\b))"
        r"|(?<=[£€$¥])\d{1,3},\d\d?(?![.,]?\d))(?![:/]\d))"
    )
    long_abbr = _alt(a for a in abbreviations if len(a) > 1)
    short_abbr = _alt(a for a in abbreviations if len(a) == 1)
    # The first three letters of every word a spelled figure can start with: a cheap test that rejects
    # most words of a text before the full word patterns are tried.
    starts = {w[:3] for w in [*cardinals, *scales, *ordinals, *fractions, *vague, *multipliers, "half", "quarter"]}
    # One pass of the standard `re` module over the lower-cased text finds every figure. Each branch
    # starts with a one-character lookahead, so positions where no figure can start cost one test;
    # literal word lists are tries. (`re` runs this about twice as fast as `regex`.)
    pattern = re.compile(
        rf"(?=[-−.\d{vulgar_chars}])(?:"
        # mixed fractions and vulgar fractions: "2 1/2", "2½", "½"
        rf"(?P<mixed>(?<![\w/.,])(?:(?:(?P<vwhole>\d+)[\s-]?)?(?P<vulgar>[{vulgar_chars}])"
        rf"|(?:(?P<whole>\d+)[\s-])?(?P<fnum>\d)/(?P<fden>\d{{1,2}})(?![/\d])))"
        # digits, then an ordinal suffix, an abbreviated scale or a scale word
        rf"|(?P<digits>{digits}"
        rf"(?:(?P<ordsuffix>st|nd|rd|th)\b"
        rf"|(?:\x20?(?P<abbr>{long_abbr})|(?P<abbr1>{short_abbr}))(?!\w)"
        rf"|[\s-]+(?P<scaleword>{_alt(scales)})s?\b)?(?P<fractail>{frac_tail})?)"
        rf"(?:(?P<fractail_then_scale>{frac_tail})\s+(?P<scaleword2>{big_scales})\b)?)"
        rf"|\b(?={_alt(starts)}|an?\b)(?:"
        # vague amounts: "tens of thousands", "several hundred", "dozens"
        rf"(?P<vague>(?:(?P<mult>{_alt(multipliers)})\s+(?P<mult_scale>{big_scales})"
        rf"|(?:{_alt(v for v in vague if v not in vague_needing_of)})|(?:{_alt(vague_needing_of)})(?=\s+of\b))\b)"
        # fractions in words, only when they quantify something: "two-thirds of", "half of", "a quarter of"
        rf"|(?P<fracword>(?:(?P<numer>{numerator})[-\s]+)?(?P<denom>{fraction_word})(?=\s+of\b)"
        rf"|(?P<numer2>{numerator})-(?P<denom2>{plural_fraction})\b)"
        # words
        rf"|(?P<words>{word_run}\b))"
    )
    return _Grammar(pattern, cardinals, scales, abbreviations, ordinals, fractions, vulgar, vague, multipliers)


def find_numbers(text: str, start: int = 0, end: int | None = None) -> list[Number]:
    g = grammar()
    end = len(text) if end is None else end
    lower = text.lower()
    if len(lower) != len(text):  # a few characters change length when lower-cased ("İ"): keep offsets
        lower = text.translate(_ASCII_LOWER)
    found: list[Number] = []
    for m in g.pattern.finditer(lower, start, end):
        kind = m.lastgroup
        if kind == "digits":
            found.append(_digits(m, g))
        elif kind == "words":
            found.extend(_words(lower, m.start(), m.end(), g))
        elif kind == "vague":
            found.append(_vague(m, g))
        elif kind == "fracword":
            found.append(_fraction_words(m, g))
        else:
            number = _mixed_fraction(m, g)
            if number is not None:
                found.append(number)
    return found


_FRACTION_TAILS = {"half": 0.5, "quarter": 0.25, "quarters": 0.75}
_ASCII_LOWER = str.maketrans({chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)})


def _vague(m: regex.Match, g: _Grammar) -> Number:
    if m.group("mult"):
        low, high = g.multipliers[" ".join(m.group("mult").lower().split())]
        scale = g.scales[m.group("mult_scale").lower()]
        low, high = low * scale, high * scale
    else:
        low, high = g.vague[" ".join(m.group("vague").lower().split())]
    return Number(m.start(), m.end(), low, "vague", low, high)


def _fraction_words(m: regex.Match, g: _Grammar) -> Number:
    numerator = (m.group("numer") or m.group("numer2") or "a").lower()
    count = 1.0 if numerator in ("a", "an") else g.cardinals[numerator]
    value = round(count * g.fractions[(m.group("denom") or m.group("denom2")).lower()], 12)
    return Number(m.start(), m.end(), value, "fraction", value, value)


def _mixed_fraction(m: regex.Match, g: _Grammar) -> Number | None:
    whole_text = m.group("vwhole") or m.group("whole")
    whole = float(whole_text) if whole_text else 0.0
    if m.group("vulgar"):
        part = g.vulgar[m.group("vulgar")]
    else:
        numerator, denominator = int(m.group("fnum")), int(m.group("fden"))
        # "1/2", "3/4" are fractions; "12/29" or "5/3" are dates or ratios, not numbers.
        if not 0 < numerator < denominator or denominator not in (2, 3, 4, 5, 6, 8, 10, 16):
            return None
        part = numerator / denominator
    value = round(whole + part, 12)
    return Number(m.start(), m.end(), value, "fraction", value, value)


_GROUP_SEPARATORS = str.maketrans("", "", ",\u00a0\u2009\u202f ")


def _digits(m: regex.Match, g: _Grammar) -> Number:
    written = m.group("int")
    if "," in written and len(written.rsplit(",", 1)[1]) < 3:
        written = written.replace(",", ".")  # a decimal comma: "3,5 %", "£82,05"
    raw = written.translate(_GROUP_SEPARATORS)  # "1,234,567", "1 234 567"
    value = float(raw)
    decimals = len(raw.split(".", 1)[1]) if "." in raw else 0
    negative = m.group("sign") is not None
    if negative:
        value = -value
    if m.group("ordsuffix"):
        return Number(m.start(), m.end(), value, "ordinal", value, value, negative=negative)
    scale = abbreviation = None
    form = "digits"
    if m.group("abbr") or m.group("abbr1"):
        abbreviation = m.group("abbr") or m.group("abbr1")
        scale = g.abbreviations[abbreviation.lower()]
        value *= g.scales[scale]
    elif m.group("scaleword"):
        scale = m.group("scaleword").lower()
        value *= g.scales[scale]
        form = "mixed"
    tail = m.group("fractail") or m.group("fractail_then_scale")
    if tail:  # "3 million and a half" = 3.5 million; "2 and a half million" = 2.5 million
        part = _FRACTION_TAILS[tail.split()[-1]]
        value += part * (g.scales[scale] if scale else 1.0)
        if m.group("scaleword2"):
            scale = m.group("scaleword2")
            value *= g.scales[scale]
            form = "mixed"
    value = _tidy(value)
    return Number(m.start(), m.end(), value, form, value, value, scale, abbreviation, negative, decimals)


def _tidy(value: float) -> float:
    """Round away float noise from scaling ("4.1bn" is 4,100,000,000, not 4,099,999,999.9999995)."""
    return float(round(value, 6)) if math.isfinite(value) else value


_TOKEN = regex.compile(r"[a-z]+", regex.IGNORECASE)


def _words(text: str, start: int, end: int, g: _Grammar) -> list[Number]:
    """Split a run of number words into numbers: "twenty-four" is one, "two three" is two."""
    single = text[start:end]
    if single in g.cardinals:  # the common case, one word: "seven"
        value = g.cardinals[single]
        return [Number(start, end, value, "words", value, value)]
    if single in g.ordinals:
        value = g.ordinals[single]
        return [Number(start, end, value, "ordinal", value, value)]
    numbers: list[Number] = []
    tokens = [(t.start(), t.end(), t.group().lower()) for t in _TOKEN.finditer(text, start, end)]
    state = _WordState()
    skip = 0
    for index, (t_start, t_end, word) in enumerate(tokens):
        if skip:
            skip -= 1
            state.end = t_end
            continue
        if word == "and" and state.last is not None and index + 2 < len(tokens) and tokens[index + 2][2] in _FRACTION_TAILS:
            # "and a half": half of the last scale ("a million and a half") or of one ("two and a half")
            part = _FRACTION_TAILS[tokens[index + 2][2]]
            if state.last == "big":
                state.total += part * state.last_big
            else:
                state.current += part
            state.last = "fraction"
            skip = 2
            continue
        if word == "and":
            following = tokens[index + 1][2] if index + 1 < len(tokens) else ""
            if state.last not in ("hundred", "big") or (following not in g.cardinals and following not in g.ordinals):
                state.flush(numbers)
            continue
        if word in ("a", "an", "of"):
            if not (state.half != 1.0 and state.last is None):  # "half a million" keeps its "half"
                state.flush(numbers)
                state.start = t_start
            state.article = True
            continue
        if word in ("half", "quarter") and state.last is None:
            if state.start is None or state.article is False:
                state.flush(numbers)
                state.start = t_start
            state.half = 0.5 if word == "half" else 0.25
            continue
        if not state.accept(word, g):
            state.flush(numbers)
            state.accept(word, g)
        if state.start is None:
            state.start = t_start
        state.end = t_end
    state.flush(numbers)
    return numbers


class _WordState:
    """Left-to-right value of a spelled number ("two hundred and fifty thousand")."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.total = 0.0
        self.current = 0.0
        self.last: str | None = None
        self.last_big = math.inf
        self.start: int | None = None
        self.end: int | None = None
        self.ordinal = False
        self.scale: str | None = None
        self.article = False  # "a hundred"
        self.half = 1.0  # multiplier: "half a million", "a quarter million"

    def accept(self, word: str, g: _Grammar) -> bool:
        if self.last == "ordinal" or self.last == "dozen":
            return False
        if word in g.cardinals or (word in g.ordinals and g.ordinals[word] < 100):
            value = g.cardinals.get(word, g.ordinals.get(word))
            kind = "tens" if value >= 20 else "teen" if value >= 10 or value == 0 else "unit"
            allowed = (None, "hundred", "big") + (("tens",) if kind == "unit" else ())
            if self.last not in allowed or self.article:
                return False
            self.current += value
            self.last = "ordinal" if word in g.ordinals and word not in g.cardinals else kind
            self.ordinal = self.last == "ordinal"
            return True
        value = g.scales.get(word, g.ordinals.get(word))
        name = word if word in g.scales else {100: "hundred", 1000: "thousand", 1e6: "million"}.get(value)
        if value is None or name is None:
            return False
        if name == "dozen":
            if self.last not in (None, "unit", "teen", "tens"):
                return False
            self.current = (self.current or 1) * 12
            self.last, self.scale = "dozen", "dozen"
        elif name == "hundred":
            if self.last not in (None, "unit", "teen", "tens"):
                return False
            self.current = (self.current or 1) * 100
            self.last, self.scale = "hundred", "hundred"
        else:
            if value >= self.last_big or self.last not in (None, "unit", "teen", "tens", "hundred", "fraction"):
                return False
            self.total += (self.current or 1) * value
            self.current = 0.0
            self.last, self.last_big, self.scale = "big", value, name
        if word in g.ordinals and word not in g.scales:
            self.ordinal, self.last = True, "ordinal"
        self.article = False
        return True

    def flush(self, out: list[Number]) -> None:
        if self.last is not None and self.start is not None and self.end is not None:
            value = self.total + self.current
            value *= self.half
            form = "ordinal" if self.ordinal else "words"
            out.append(Number(self.start, self.end, value, form, value, value, self.scale))
        self.reset()


def parse_ordinal(phrase: str) -> int | None:
    """The value of a phrase that is exactly one ordinal ("50th", "hundred-and-fiftieth"), else None."""
    numbers = find_numbers(phrase)
    if (len(numbers) == 1 and numbers[0].ordinal and numbers[0].start == 0 and numbers[0].end == len(phrase.rstrip())
            and numbers[0].value.is_integer()):
        return int(numbers[0].value)
    return None


def parse_number(phrase: str) -> float | None:
    """The value of a phrase that is exactly one number ("twenty-four", "1.2 million"), else None."""
    numbers = find_numbers(phrase)
    if len(numbers) == 1 and numbers[0].start == 0 and numbers[0].end == len(phrase.rstrip()):
        return numbers[0].value
    return None
