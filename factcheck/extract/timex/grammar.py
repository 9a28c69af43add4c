"""Build the one compiled alternation of the temporal grammar from ``patterns.yaml`` and the lexicon.

Each rule becomes a named group ``r_<name>``; a match's ``lastgroup`` (the outermost group, which
closes last) tells which rule fired. Fragments such as ``{month}`` (fragments.py) expand to named groups
the interpreters read. The scanner's vocabulary, the words it may stop at, is drawn from the same rules.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import re

import regex

from ...phrases import trie
from ...resources import load
from .fragments import fragments
from .lexicon import Lexicon, lexicon

# How often an anchor word's rule set is needed before it gets a sub-grammar of its own, and how many
# sub-grammars a process compiles at most. A compiled sub-grammar holds ~0.5-2 MB outside Python's
# allocator; on Wikinews the first four cover ~60% of anchors and give nearly all of the speed-up
# (~25% of scanning) that all ~25 give, for a third of their memory, and they are all compiled within
# the first few hundred articles, so memory stops growing there.
SUBGRAMMAR_AFTER_USES = 300
SUBGRAMMARS_AT_MOST = 6


class Grammar:
    """The compiled grammar: all rules in one alternation, plus, for the scanner, the vocabulary, a
    fast regex for anchor words and per-anchor sub-alternations holding only the rules that can
    contain that anchor (a weekday never needs the quarter rules)."""

    def __init__(self, rules: list[Rule], parts: dict[str, str], lex: Lexicon, glue: list[str]):
        self.rules = {rule.name: rule for rule in rules}
        self.pattern = self._compile(rules)
        self.vocabulary = vocabulary(lex, [rule.template for rule in rules], glue)
        anchors = sorted(w for w, is_anchor in self.vocabulary.items() if is_anchor)
        # Runs on the lower-cased text: a trie-shaped alternation is ~10x faster than a flat one.
        # A figure cut by an apostrophe ("in '96", "the '80s") is anchored at the apostrophe, which no word
        # boundary precedes. (find_timexes has made typographic apostrophes straight.)
        self.anchor_regex = re.compile(r"\b(?:\d|(?:" + trie(anchors) + r")(?![^\W\d_]))|'(?<!\w')(?<!'')\d")
        self._classes = _word_classes(lex)
        self._needs = {rule.name: _needs(rule.template) for rule in rules}
        self._by_rules: dict[tuple[str, ...], regex.Pattern] = {}
        self._by_word: dict[str, regex.Pattern] = {}
        self._names: dict[str, tuple[str, ...]] = {}
        self._uses: dict[tuple[str, ...], int] = {}

    @staticmethod
    def _compile(rules: list[Rule]) -> regex.Pattern:
        branches = "|".join(f"(?P<r_{rule.name}>{rule.pattern})" for rule in rules)
        # No expression starts inside a word ("o'clock", "don't"); one may start after an opening quote
        # mark ("the 'early summer'").
        return regex.compile(r"(?<!\w)(?<!\w')(?=[\w'])(?:" + branches + ")", regex.IGNORECASE | regex.VERSION0)

    def rules_for(self, key: str) -> tuple[str, ...]:
        """The names of the rules, in priority order, that can contain the anchor word (or "{digit}")."""
        classes = {key} if key == "{digit}" else self._classes.get(key, set()) | {key}
        return tuple(name for name, needs in self._needs.items() if needs & classes)

    def pattern_for(self, word: str) -> regex.Pattern:
        """The alternation of the rules (in priority order) that can contain the anchor ``word``."""
        # Every figure anchors the same rules; keying them as one keeps the caches as small as the vocabulary.
        key = "{digit}" if word[:1].isdigit() or word[:1] == "'" else word
        cached = self._by_word.get(key)
        if cached is not None:
            return cached
        names = self._names.get(key)
        if names is None:
            names = self._names[key] = self.rules_for(key)
        pattern = self._by_rules.get(names)
        if pattern is None:
            if not names or len(self._by_rules) >= SUBGRAMMARS_AT_MOST:
                # The full grammar for good: no more sub-grammars in this process, or no rule names the
                # word (a vocabulary slip, which a test guards against), where an empty sub-grammar would
                # find nothing at all.
                pattern = self.pattern
            else:
                # Compiling a sub-grammar costs as much as scanning a few hundred sentences with the full
                # one, which finds the same expressions: a rare anchor word keeps using the full grammar,
                # a frequent one earns its own smaller, faster alternation.
                uses = self._uses[names] = self._uses.get(names, 0) + 1
                if uses < SUBGRAMMAR_AFTER_USES:
                    return self.pattern
                pattern = self._by_rules[names] = self._compile([self.rules[name] for name in names])
        self._by_word[key] = pattern
        return pattern


def _needs(template: str) -> set[str]:
    """What a rule template contains: its fragments, its literal words, and "digit"."""
    used = set(regex.findall(r"\{([a-z_]+)\}", template))
    literal = _REGEX_SYNTAX.sub(" ", template)
    # Fragments are written "{unit}" so that the fragment {year} is not the word "year".
    needs = {"{" + name + "}" for name in used} | _words([literal])
    if used & DIGIT_FRAGMENTS or "\\d" in template:
        needs.add("{digit}")
    return needs


HOUR_WORD_ANCHORS = {"clock", "am", "pm"}
DIGIT_FRAGMENTS = {"day", "year", "year_alone", "num", "clock", "ord", "count", "second_count", "event_day"}


def _word_classes(lex: Lexicon) -> dict[str, set[str]]:
    classes: dict[str, set[str]] = {}

    def add(words, *names):
        for word in _words(words):
            classes.setdefault(word, set()).update("{" + name + "}" for name in names)

    add(lex.months, "month", "month_full")
    add(lex.weekdays, "weekday")
    add([w + "s" for w in lex.weekdays], "weekday")
    add(lex.units, "unit")
    add(lex.parts_of_day, "part")
    add([w + "s" for w in lex.parts_of_day], "part")
    add(lex.seasons, "season")
    add(lex.raw["decade_words"], "decade_word")
    add(lex.raw["holidays"], "holiday")
    add([form for entry in lex.raw["event_days"] for form in entry["forms"]], "event_day")
    add(lex.references, "reference")
    add(lex.set_adverbs, "set_adverb")
    add(lex.clock_words, "clock")
    add(HOUR_WORD_ANCHORS, "clock")
    add(lex.raw["parts_of_a_dated_day"], "part_of_date")
    add(["hours"], "small_hours", "part_of_date")
    for code in ("q1", "q2", "q3", "q4"):  # not through add(): a word there is letters only
        classes.setdefault(code, set()).add("{quarter_code}")
    add([phrase.split()[-1] for phrase in lex.raw["indefinite_lengths"]], "indefinite")
    add(["nineteen", "eighteen", "thousand"], "year", "year_alone", "num")
    return classes


@dataclass(frozen=True)
class Rule:
    name: str
    handler: str
    template: str
    pattern: str
    examples: tuple[str, ...]


def expand(template: str, parts: dict[str, str]) -> str:
    return regex.sub(r"\{([a-z_]+)\}", lambda m: parts[m.group(1)], template)


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    data = load("en/timex/patterns.yaml")
    lex = lexicon()
    parts = fragments(lex, data["year_blockers_before"], data["year_blockers_after"], data["law_names"])
    rules = [Rule(spec["name"], spec["handler"], spec["pattern"], expand(spec["pattern"], parts),
                  tuple(spec.get("examples", ()))) for spec in data["rules"]]
    return Grammar(rules, parts, lex, data["glue_words"])


_WORDS = regex.compile(r"[^\W\d_]+")
_REGEX_SYNTAX = regex.compile(r"\(\?P<\w+>|\(\?<?[=!]|\(\?-?i:|\\[a-zA-Z]|\{[a-z_]+\}|\[\^?\\?[a-z]\]")


def _words(phrases) -> set[str]:
    return {w.lower() for phrase in phrases for w in _WORDS.findall(str(phrase))}


def _without_lookarounds(template: str) -> str:
    """The template without its look-ahead and look-behind groups. Their words ("will", "his" in the
    contexts that rule "overnight" out) are never part of a match, so no expression starts at them; as
    grammar words they would only make the scanner try the grammar at more places."""
    kept, depth_of_lookaround, depth, index = [], None, 0, 0
    while index < len(template):
        char = template[index]
        if char == "\\":
            if depth_of_lookaround is None:
                kept.append(template[index:index + 2])
            index += 2
            continue
        if char == "[":  # a character class: its brackets and parentheses are literal
            close = index + 1
            while close < len(template) and (template[close] != "]" or close == index + 1):
                close += 2 if template[close] == "\\" else 1
            if depth_of_lookaround is None:
                kept.append(template[index:close + 1])
            index = close + 1
            continue
        if char == "(":
            depth += 1
            if depth_of_lookaround is None and template.startswith(("(?=", "(?!", "(?<=", "(?<!"), index):
                depth_of_lookaround = depth
        elif char == ")":
            depth -= 1
            if depth_of_lookaround is not None and depth < depth_of_lookaround:
                depth_of_lookaround = None
                kept.append(" ")
                index += 1
                continue
        if depth_of_lookaround is None:
            kept.append(char)
        index += 1
    return "".join(kept)


def vocabulary(lex: Lexicon, templates: list[str], glue: list[str]) -> dict[str, bool]:
    """Every word the grammar knows. Anchors are the words an expression cannot do without: month
    and weekday names, units, parts of day, seasons, holidays, "today", "now", "daily"..."""
    anchors = set(lex.months) | set(lex.weekdays) | {w + "s" for w in lex.weekdays}
    anchors |= _words(lex.units) | {"quarter", "half", "period", "weekend", "fortnight"}
    anchors |= _words(lex.parts_of_day) | {w + "s" for w in lex.parts_of_day} | _words(lex.seasons)
    # A holiday is reached from its last word ("Day", "Eve", "Christmas"); the words before it are glue, so
    # that "world", "human" or "new" do not wake the grammar wherever they stand.
    holiday_ends = {_WORDS.findall(name)[-1].lower() for name in lex.raw["holidays"]}
    anchors |= holiday_ends | _words(lex.set_adverbs) | _words(lex.references)
    anchors |= _words(lex.clock_words) | {"today", "yesterday", "tomorrow", "tonight", "overnight"}
    anchors |= _words(lex.raw["decade_words"]) | {"nineteen", "eighteen", "thousand", "century", "centuries"}
    anchors |= {phrase.split()[-1] for phrase in lex.raw["indefinite_lengths"]}  # "while" in "for a while"
    anchors |= HOUR_WORD_ANCHORS  # "three o'clock", "three am": an hour in words has no figure to stop at
    anchors |= {"moment"}  # "at the moment": the present (rule present_moment)
    anchors |= {"fy"}  # "FY2019" is one word: the code, not the figures, is where the scanner can stop
    anchors |= {"q1", "q2", "q3", "q4"}  # "growth of 2.5% for Q2": a quarter's code without its year
    anchors |= {"ad"}  # "AD 79": the era opens the expression ("A.D. 70" is reached from its figure)
    glue_words = set(glue) | _words(lex.numbers) | _words(lex.hedges) | _words(lex.positions)
    glue_words |= _words(lex.raw["clock_hedges"]) | (_words(lex.raw["holidays"]) - holiday_ends)
    glue_words |= _words(lex.raw["eras"])
    glue_words |= _words(lex.raw["number_words"]["scales"])
    glue_words |= {"h1", "h2"}  # "H2 2019": the code of a half before a year
    glue_words |= _words(lex.ordinals) | _words(lex.raw["time_zones"]) | _words(lex.raw["indefinite_lengths"])
    # "the hard days ahead", "at this crucial moment": the scanner looks back to "the" or "this"
    glue_words |= _words(lex.raw["ahead_adjectives"]) | _words(lex.raw["moment_adjectives"])
    glue_words |= _words(lex.raw["small_hours"])  # "the small hours": the scanner looks back from "hours"
    glue_words |= {"o"}  # "three o'clock": the scanner looks back from "clock" over "o" to the hour
    for template in templates:
        glue_words |= _words([_REGEX_SYNTAX.sub(" ", _without_lookarounds(template))])
    anchors -= set(glue)
    words = {w: False for w in glue_words}
    words.update({w: True for w in anchors})
    return words
