"""Figures that are no quantity ("Boeing 747", "in 1994") and the checks that make a figure an age."""
from __future__ import annotations

import re

from ..numbers import Number
from .context import lemma
from .figure import Figure
from .lexicon import Lexicon

_NEAR_BEFORE = frozenset("+(-–—/.:'’\n")
_NEAR_AFTER = frozenset(":/.-–—)'’sS(")
_RANGE_WORDS = frozenset("to and through until till".split())
_CLOCK_WORDS = ("am", "pm", "a.", "p.", "o'", "o’", "GM", "UT", "hr")


def _may_be_blocked(text: str, n: Number, lo: int, hi: int) -> bool:
    """A cheap look at the characters around a number: every blocked pattern (dates, times, phone and
    street numbers, decades, list markers) needs one of these, so most figures skip the patterns."""
    before = text[n.start - 1] if n.start > lo else "\n"
    after = text[n.end] if n.end < hi else ""
    if before in _NEAR_BEFORE or after in _NEAR_AFTER:
        return True
    j = n.end
    while j < hi and text[j].isspace():
        j += 1
    if j < hi and (text[j].isupper() or text[j].isdigit() or text[j] in _NEAR_AFTER
                   or text[j:j + 2] in _CLOCK_WORDS or text[j:j + 3] == "of "):
        return True  # "29 December", "10 Downing Street", "555 1234", "5 pm"
    e = j
    while e < hi and e < j + 8 and text[e].isalpha():
        e += 1
    if text[j:e] in _RANGE_WORDS:
        return True  # "29 to 30 December"
    k = n.start - 1
    while k > lo and text[k].isspace():
        k -= 1
    if text[k].isdigit() or text[k] in _NEAR_BEFORE:
        return True  # "+44 20 7946 0958": a group of a phone number; "December 29 – 30"
    end_of_word = k + 1
    while k > lo and text[k - 1].isalpha():
        k -= 1
    if text[k:end_of_word] in _RANGE_WORDS or (k > lo and text[k - 1].isdigit()):
        return True  # "March 15 to 17": the end of a date range; "December 1st 2020"
    return text[k].isupper()  # "December 29"


def unblocked(text: str, numbers: list[Number], lex: Lexicon, lo: int, hi: int) -> list[Number]:
    """Numbers that are no date, time, phone or street number, decade or list marker. The patterns are
    tried only around each number (figures are sparse, so this beats scanning the whole text)."""
    kept = []
    for n in numbers:
        if n.form in ("words", "vague") or (n.form == "fraction" and not text[n.start].isdigit()):
            kept.append(n)  # every blocked pattern is made of digits
            continue
        window_start, window_end = max(lo, n.start - 24), min(hi, n.end + 40)
        if _inside_name(text, n, lex, window_start, window_end) or _era_or_zone(text, n, lex, lo):
            continue
        if not _may_be_blocked(text, n, lo, hi):
            kept.append(n)
            continue
        if not any(m.start() < n.end and n.start < m.end() for m in lex.blocked.finditer(text, window_start, window_end)):
            kept.append(n)
    return kept


def _inside_name(text: str, n: Number, lex: Lexicon, window_start: int, window_end: int) -> bool:
    return any(m.start() <= n.start and n.end <= m.end()
               for m in lex.named_figures.finditer(text, window_start, window_end))


def _era_or_zone(text: str, n: Number, lex: Lexicon, lo: int) -> bool:
    """"664 b.c.e.", "AD 79", "UTC+0900", "UTC -5": a year of an era or a time zone's offset."""
    if lex.era_after.match(text, n.end):
        return True
    if n.decimals:
        return False  # "the Nationalists 46.4 per cent and AD 1.5 per cent": a party, not an era
    sign_end = n.start + (text[n.start] in "-−")  # the minus of "UTC -5" is read as the figure's sign
    return lex.before_figure.search(text, max(lo, n.start - 8), sign_end) is not None


_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def outside_comments(text: str, numbers: list[Number]) -> list[Number]:
    """Numbers outside markup comments ("<!-- 0% -->" in a results table is hidden, not said)."""
    if "<!--" not in text:
        return numbers
    comments = [(m.start(), m.end()) for m in _COMMENT.finditer(text)]
    return [n for n in numbers if not any(a <= n.start < b for a, b in comments)]


def named_before_comma(text: str, figure: Figure, lex: Lexicon) -> bool:
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


def age_value(value: float, number: Number, lex: Lexicon) -> bool:
    lo, hi = lex.age_range
    return number.form in ("digits", "words") and float(value).is_integer() and lo < value <= hi


def is_identifier(text: str, figure: Figure, s0: int, before: list[str], lex: Lexicon) -> bool:
    """"Boeing 747", "Title 9", "No. 10", "#1": a name or label glued to a figure, not a quantity."""
    start = figure.start
    if text[max(s0, start - 2):start] in ('="', "='"):
        return True  # markup left in the text: width="30%", cellpadding="4"
    if figure.hedge is not None or figure.unit is not None:
        return False  # a unit makes it a quantity: "Trump 40.4 percent", "Everest 8,848 m"
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
                or lower in _SENTENCE_STARTERS or lower in _MONTH_WORDS or lower in lex.age_before_by_last)


_MONTH_WORDS = frozenset("january february march april may june july august september october november december".split())
_SENTENCE_STARTERS = frozenset("""about some nearly almost over under around roughly approximately just only
all another another killing leaving injuring wounding those these both while since although though
including besides overall altogether meanwhile also still yet""".split())


def is_year(text: str, figure: Figure, number: Number, phrase, lex: Lexicon) -> bool:
    """1994 in "in 1994", "the 2020 election": a year, unless it counts something ("2000 people")."""
    if number.form != "digits" or number.negative or number.decimals or number.scale or figure.unit is not None:
        return False
    written = text[number.start:number.end]
    if "," in written or not 1000 <= number.value <= 2100:
        return False
    if figure.high is not None and not (float(figure.high).is_integer() and 1000 <= figure.high <= 2100):
        return False  # "2005–2015" is a span of years; "1500-2000 people" may still count something
    if figure.hedge in lex.hedges_not_before_years:
        return False  # "more than 1000 Romanians", "at least 1500": amounts, where "around 1990" may be a year
    if phrase is None or phrase.head is None or phrase.capitalised_next:
        return True
    # The word right after must be a plural noun ("2000 people"); "the Act, 1972 lists jackals" is a year.
    first = phrase.words[0] if phrase.words else ""
    plural = (len(phrase.words) == 1 and lemma(first, lex) != first) or phrase.head in lex.people or phrase.head in lex.troops
    return not plural
