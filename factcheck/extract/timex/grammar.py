"""Build the one compiled alternation of the temporal grammar from ``patterns.yaml`` and the lexicon.

Each rule becomes a named group ``r_<name>``; a match's ``lastgroup`` (the outermost group, which
closes last) tells which rule fired. Fragments such as ``{month}`` expand to named groups the
interpreters read.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ...resources import load
from .lexicon import Lexicon, lexicon

_ONES = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"


def _alternation(forms, *, word_end: bool = True) -> str:
    """Longest form first, so "September" is tried before "Sept" and "Sep"."""
    parts = []
    for form in sorted(set(forms), key=len, reverse=True):
        escaped = regex.escape(form).replace(r"\ ", r"\s+").replace(" ", r"\s+")
        parts.append(escaped if (not word_end or form.endswith(".")) else escaped + r"(?!\w)")
    return "|".join(parts)


def _spelled_year() -> str:
    """ "nineteen ninety-six", "nineteen oh five"; "two thousand" only right after "the year"."""
    second = rf"(?:(?:{_TENS})(?:[\s-](?:{_ONES}))?|{_TEENS}|oh[\s-](?:{_ONES}))"
    return (rf"(?:nineteen|eighteen|twenty)[\s-]{second}(?!\w)"
            rf"|(?<=year\s)two\s+thousand(?:\s+(?:and\s+)?(?:{_TEENS}|{_ONES}|twenty(?:[\s-](?:{_ONES}))?))?(?!\w)")


def fragments(lex: Lexicon, blockers_before: list[str], blockers_after: list[str]) -> dict[str, str]:
    case = lambda body: f"(?-i:{body})"  # noqa: E731 - month and weekday names keep their capital
    word_number = (rf"(?:{_TENS})(?:[\s-](?:{_ONES}))?(?!\w)|(?:{_TEENS}|{_ONES})(?!\w)")
    vague_and_fixed = _alternation([w for w in lex.numbers if not w.isalpha() or w in ("several", "few", "many", "some", "numerous")])
    number = (rf"(?<![\d.,])\d{{1,4}}(?:\.\d{{1,2}})?(?:\s\d/\d)?(?![\d,])"
              rf"|(?:(?:{word_number})|a|one)\s+(?:hundred|thousand)(?!\w)"
              rf"|{word_number}|{vague_and_fixed}|an?(?!\w)")
    before = "|".join(regex.escape(w) for w in sorted(blockers_before, key=len, reverse=True))
    after = "|".join(regex.escape(w) for w in sorted(blockers_after, key=len, reverse=True))
    year_digits = (rf"(?<![$£€#.,/:\d])(?<!(?<!pre|post)-)(?<!\b(?:{before})\s{{1,2}})"
                   rf"(?:1[6-9]\d\d|20\d\d)(?![\w%]|[.,:/-]\d|\s{{1,2}}(?:{after})(?!\w))")
    clock = (r"(?:(?P<hour>[01]?\d|2[0-3])(?::(?P<minute>[0-5]\d))?\s{0,2}(?P<ampm>[ap]\.\s?m(?:\.(?=\s+\S*[a-z\d])|(?=\.))|[ap]\.\s?m\.?|[ap]m(?!\w))"
             rf"|(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?=\s+(?-i:{_alternation(lex.raw['time_zones'])}))"
             r"|(?P<clockword>noon|midday|midnight)(?!\w)"
             r"|(?P<hour>[01]?\d|2[0-3])\s+o'clock"
             r"|(?P<hour>[01]?\d)\s+in\s+the\s+(?P<part>morning|afternoon|evening|night))")
    return {
        "month": f"(?P<month>{case(_alternation(lex.month_forms))})",
        "month_full": f"(?P<month>{case(_alternation(lex.full_month_forms))})",
        "weekday": f"(?P<weekday>{case(_alternation(lex.weekday_forms, word_end=False))})",
        "day": r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)",
        "year": rf"(?P<year>(?<![\d,.])(?:1\d{{3}}|20\d\d)(?!\d)|{_spelled_year()})",
        "year_alone": rf"(?P<year>{year_digits}|{_spelled_year()})",
        "num": f"(?P<num>{number})",
        "unit": f"(?P<unit>{_alternation(lex.units)})",
        "hedge": f"(?P<hedge>{_alternation(lex.hedges)})",
        "approx": r"(?P<hedge>around|about|approximately|roughly)",
        "pos": f"(?P<pos>{_alternation(lex.positions, word_end=False)})",
        "season": f"(?P<season>{_alternation(lex.seasons)})",
        "part": f"(?P<part>{_alternation(lex.parts_of_day, word_end=False)})",
        "holiday": f"(?P<holiday>{case(_alternation(lex.raw['holidays']))})",
        "ord": rf"(?P<ord>{_alternation(lex.ordinals)}|\d{{1,2}}(?:st|nd|rd|th))",
        "clock": clock,
        "tz": f"(?P<tz>{case(_alternation(lex.raw['time_zones']))})",
        "reference": f"(?P<ref>{_alternation(lex.references)})",
        "set_adverb": f"(?P<setadv>{_alternation(lex.set_adverbs)})",
    }


@dataclass(frozen=True)
class Rule:
    name: str
    handler: str
    pattern: str
    examples: tuple[str, ...]


@dataclass(frozen=True)
class Grammar:
    rules: dict[str, Rule]
    pattern: regex.Pattern


def expand(template: str, parts: dict[str, str]) -> str:
    return regex.sub(r"\{([a-z_]+)\}", lambda m: parts[m.group(1)], template)


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    data = load("en/timex/patterns.yaml")
    parts = fragments(lexicon(), data["year_blockers_before"], data["year_blockers_after"])
    rules = {}
    branches = []
    for spec in data["rules"]:
        rule = Rule(spec["name"], spec["handler"], expand(spec["pattern"], parts), tuple(spec.get("examples", ())))
        rules[rule.name] = rule
        branches.append(f"(?P<r_{rule.name}>{rule.pattern})")
    # A rule starts at a word start; the lookahead skips, cheaply, positions no rule can start at.
    combined = r"(?<![\w'])(?=[\w'])(?:" + "|".join(branches) + ")"
    return Grammar(rules, regex.compile(combined, regex.IGNORECASE | regex.VERSION0))
