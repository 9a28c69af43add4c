"""Build the one compiled alternation of the temporal grammar from ``patterns.yaml`` and the lexicon.

Each rule becomes a named group ``r_<name>``; a match's ``lastgroup`` (the outermost group, which
closes last) tells which rule fired. Fragments such as ``{month}`` expand to named groups the
interpreters read.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import re

import regex

from ...phrases import trie
from ...resources import load
from .lexicon import Lexicon, lexicon

# How often an anchor word's rule set is needed before it gets a sub-grammar of its own, and how many
# sub-grammars a process compiles at most. A compiled sub-grammar holds ~0.5-2 MB outside Python's
# allocator; on Wikinews the first four cover ~60% of anchors and give nearly all of the speed-up
# (~25% of scanning) that all ~25 give, for a third of their memory, and they are all compiled within
# the first few hundred articles, so memory stops growing there.
SUBGRAMMAR_AFTER_USES = 300
SUBGRAMMARS_AT_MOST = 6

_ONES = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"


def _alternation(forms, *, word_end: bool = True) -> str:
    """One regex for a word list, shaped as a trie: each character is tested once, so a failing
    position costs one comparison instead of one per word, and longer forms win ("September" over
    "Sept"). A space in a form matches any run of whitespace."""
    return trie(forms, word_end=word_end)


def _spelled_year() -> str:
    """ "nineteen ninety-six", "nineteen oh five"; "two thousand" only right after "the year"."""
    second = rf"(?:(?:{_TENS})(?:[\s-](?:{_ONES}))?|{_TEENS}|oh[\s-](?:{_ONES}))"
    return (rf"(?:nineteen|eighteen|twenty)[\s-]{second}(?!\w)"
            rf"|(?<=year\s)two\s+thousand(?:\s+(?:and\s+)?(?:{_TEENS}|{_ONES}|twenty(?:[\s-](?:{_ONES}))?))?(?!\w)")


def _event_day(entry: dict) -> str:
    """A form of an event's day: before one of the event's nouns when the entry names them ("September 11
    attacks") or after one of its "after" words and "of" ("the attacks of September 11th"), else standing
    alone but never inside a longer date ("9/11", not "9/11/2001")."""
    form = rf"(?<![/\d-])(?P<eventday>(?-i:{_alternation(entry['forms'], word_end=False)}))"
    if entry.get("nouns"):
        before = form + rf"(?=\s+(?:{_alternation(entry['nouns'])}))"
        if not entry.get("after"):
            return before
        return rf"{before}|(?<=\b(?:{_alternation(entry['after'])})\s+of\s+){form}(?![\w/-])"
    return form + r"(?![\w/-])"


def date_joiner(connectors: list[str], group: str = "") -> str:
    """The connector between two dates with its spaces: a word needs them ("5 to 9"), a mark such as a
    dash does not ("5-9", "5 – 9"). ``group`` names the connector's capture group, if one is wanted."""
    words = [c for c in connectors if any(ch.isalpha() for ch in c)]
    marks = [c for c in connectors if c not in words]
    opening = f"(?P<{group}>" if group else "(?:"
    return (rf"(?:\s{{1,2}}{opening}{trie(words)})\s{{1,2}}"
            rf"|\s{{0,2}}{opening}{'|'.join(regex.escape(m) for m in marks)})\s{{0,2}})")


def fragments(lex: Lexicon, blockers_before: list[str], blockers_after: list[str],
              law_names: list[str]) -> dict[str, str]:
    case = lambda body: f"(?-i:{body})"  # noqa: E731 - month and weekday names keep their capital
    word_number = (rf"(?:{_TENS})(?:[\s-](?:{_ONES}))?(?!\w)|(?:{_TEENS}|{_ONES})(?!\w)")
    fixed = lex.raw["number_words"]
    vague_and_fixed = _alternation(list(fixed["fixed"]) + list(fixed["vague"]))
    number = (rf"(?:(?<![\d.,])\d{{1,3}}|{word_number}|an?|one)(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half(?!\w)"
              rf"|(?<![\d.,])\d{{1,4}}(?:\.\d{{1,2}})?(?:\s\d/\d)?(?![\d,])"
              # thousands grouped by commas: "the past 10,000 years"
              rf"|(?<![\d.,])\d{{1,3}}(?:,\d{{3}})+(?![\d,]|\.\d)"
              rf"|(?:(?:{word_number})|a|one)\s+(?:hundred|thousand)(?!\w)"
              # the fixed counts first: "three quarters of a [century]" is not "three quarters"
              rf"|{vague_and_fixed}|{word_number}|an?(?!\w)")
    before = trie(blockers_before)
    after = trie(blockers_after)
    laws = trie(law_names)
    # Not a year: an amount ("€ 2000") or the head of a code name ("2019-nCoV", capitals after the hyphen).
    after_figure = {form for spec in lex.raw["units"].values() for form in spec.get("after_figure", [])}
    year_digits = (rf"(?<![$£€#.,/:\d])(?<![$£€]\s)(?<!(?<!pre|post|mid|end|late|early)-)(?<!\b(?:{before})\s{{1,2}})"
                   rf"(?<!\b(?-i:{laws}),\s{{1,2}})"
                   rf"(?:1[6-9]\d\d|20\d\d)(?![\w%]|[.,:/-]\d|(?-i:-[a-z]*[A-Z])|\s{{1,2}}(?:{after})(?!\w))")
    zones = _alternation(lex.raw["time_zones"])
    long_zones = _alternation([zone for zone in lex.raw["time_zones"] if len(zone) > 2])
    # Whole weekday names (not "Sat", "Sun") and parts of the day, for a bracket that restates a time
    weekdays = _alternation([name for name in lex.weekday_forms if len(name) > 3])
    parts = _alternation(lex.parts_of_day)
    prepositions = _alternation(lex.raw["clock_prepositions"])
    clock_hedges = _alternation(lex.raw["clock_hedges"])
    year_words = _alternation(lex.raw["clock_figures_not_after"])
    # British and Australian news write "8.30 a.m." and "16.00 BST": a dot joins hour and minute only
    # before "a.m."/"p.m." or a zone, where a decimal figure cannot stand.
    # A part of the day names the half of the clock: "3:30 in the morning", "10 o'clock at night" (only
    # after minutes or "o'clock": "the 10 at night" may count something).
    # An hour in words is a clock time only with a lower-case "o'clock" ("the Ten O'Clock News") or
    # "a.m."/"p.m." ("one PM" may be a prime minister), after "half past"/"a quarter to", or with "in the
    # morning" after a preposition of time ("up at five in the morning", not "one in the morning and
    # the other in the afternoon").
    numbers = lex.raw["number_words"]
    hour_word = _alternation(word for word, value in {**numbers["ones"], **numbers["teens"]}.items() if value <= 12)
    hour_word = rf"(?P<hourword>{hour_word})"
    clock = (r"(?:(?<![\w'-])" + hour_word
             + rf"(?:(?<=\b(?:{prepositions})\s+\w+)(?:\s+(?-i:o'clock))?"
             r"\s+in\s+the\s+(?P<part>morning|afternoon|evening)"
             r"|\s+(?-i:o'clock)(?:\s+at\s+(?P<part>night))?|\s(?-i:(?P<ampm>[ap]\.m\.|[ap]m))"
             r"|(?<=\b(?:half\s+past|quarter\s+(?:past|to|before|after))\s+\w+))(?!\w)"
             r"|(?<![\d:.])(?P<hour>[01]?\d)(?:[:.](?P<minute>[0-5]\d))?(?:\s+o'clock)?\s+"
             r"(?:in\s+the\s+(?P<part>morning|afternoon|evening|night)|(?<=(?:[:.][0-5]\d|o'clock)\s+)at\s+(?P<part>night))(?!\w)"
             # Seconds are read, and the hour is never the tail of a longer figure ("10:15:30 a.m." is not 15:30).
             r"|(?<![\d:.])(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?)?\s{0,2}(?P<ampm>[ap]\.\s?m\.?|[ap]m(?!\w))"
             # (the zone may be glued to the figures: "at 11:41UTC")
             rf"|(?<![\d:.])(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?(?=\s*(?-i:{zones}))"
             # "at 0825 UTC": four figures are a clock time with a zone after a preposition of time, or
             # opening a bracket that restates a time ("13:40 local time (0040 UTC)"), which may name the day
             # before the zone: "4:42 local time on Saturday (2024 Friday, UTC)". Elsewhere ("the 1105 BST
             # service", "1230 UTC/0730 EST") a zone of three letters or more must follow, not itself followed by
             # a word in lower case ("sold 1500 UTC licences"), and no word that leads to a year may come
             # before ("in 1945 GMT was founded").
             rf"|(?<=\b(?:{prepositions})\s|\(\s?)"
             rf"(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)(?=\s+(?-i:{zones})|(?<=\(\s?\d{{4}})\s+(?-i:{weekdays})"
             rf"(?:\s+(?:{parts}))?,?\s+(?-i:{zones}))"
             rf"|(?<![\d$£€.,:-])(?<!\b(?:{year_words})\s)(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)"
             rf"(?=\s+(?-i:{long_zones})(?![\w-])(?!\s+\p{{Ll}}))"
             # A 24-hour time without a zone only after a preposition of time ("at 20:00", "by 20:21", "at
             # precisely 08:15"): elsewhere two figures joined by a colon are as often a score, a ratio or a verse.
             rf"|(?<=\b(?:{prepositions})\s(?:(?:{clock_hedges})\s)?)"
             r"(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?![:.,]?\d)"
             r"|(?P<clockword>noon|midday|midnight)(?!\w)"
             r"|(?P<hour>[01]?\d|2[0-3])\s+o'clock"
             r"|(?<=\b(?:half\s+past|quarter\s+(?:past|to|before|after))\s)(?P<hour>[01]?\d|2[0-3])(?![\w:]|[.:]\d))")
    small = rf"(?P<small>{_alternation(lex.raw['small_hours'])})"
    small_hours = rf"(?:the\s+{small}\s+(?:morning\s+)?hours\s+(?:of|in)\s+)"
    return {
        "month": f"(?P<month>{case(_alternation(lex.month_forms))})",
        "month_full": f"(?P<month>{case(_alternation(lex.full_month_forms))})",
        # a month's name as a neighbour, not read: "[January]-March" is a range of months
        "next_month": f"(?:{case(_alternation(lex.full_month_forms))})(?!\\w)",
        "weekday": f"(?P<weekday>{case(_alternation(lex.weekday_forms, word_end=False))})",
        "day": r"(?<![$£€\d.,])(?<![$£€]\s)(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)",
        "year": rf"(?P<year>(?<![\d,.])(?:1\d{{3}}|20\d\d)(?!\d)|{_spelled_year()})",
        "year_alone": rf"(?P<year>{year_digits}|{_spelled_year()})",
        "num": f"(?P<num>{number})",
        # "the early morning hours of [October 8]": a part of the day before the date it belongs to
        "part_of_date": (r"(?:the\s+(?:(?P<pos>early|late)\s+)?"
                         rf"(?P<dpart>{_alternation(lex.raw['parts_of_a_dated_day'])})(?:\s+hours)?\s+of\s+|{small_hours})"),
        # "the early hours of [Sunday]", "the small hours of [this morning]": the first hours of the day after it
        "small_hours": small_hours,
        "small": small,
        # "last Friday, Oct. 23", "this coming Sunday, March 8": which such weekday, before its date
        "date_rel": r"(?P<rel>this\s+coming|this\s+past|last|next|this|coming|past)",
        # "Q2", "2Q": a quarter's code (the code of a half, "H1", stays a glue word: alone it is a visa).
        "quarter_code": r"(?-i:(?P<qletter>Q)(?P<qnum>[1-4])|(?P<qnum>[1-4])(?P<qletter>Q))",
        "unit": f"(?P<unit>{_alternation(set(lex.units) - after_figure)}|(?<=\\d[\\s-]){_alternation(after_figure)}(?!-(?!long\\b)))",
        # Exact counts for the two parts of a combined length ("2 hours and 30 minutes"); "a"/"an"
        # second only after "and" ("an hour and a minute", not "two days a week").
        "count": rf"(?P<num>(?<![\d.,$£€])\d{{1,3}}(?![\d,.]\d)|{word_number}|an?(?!\w))",
        "second_count": rf"(?P<num2>(?<![\d.,])\d{{1,3}}(?![\d,.]\d)|{word_number}|(?<=\band\s{{1,3}})an?(?!\w))",
        # After a figure or a share, "more than" compares the figure, not the time: "15 percent more than [a
        # year ago]", "3 times more than [a year ago]".
        "hedge": (rf"(?<!(?:\d|%|\b(?:{_alternation(lex.raw['comparison_figures'])}))\s{{1,2}}(?=(?:more|less|fewer)\s))"
                  f"(?P<hedge>{_alternation(set(lex.hedges) - set(lex.raw['hedges_outside_span']))})"),
        "approx": f"(?P<hedge>{_alternation(lex.raw['clock_hedges'])})",
        # "by end 2005", "end-March", but not the verb: "will probably end this year", "to end this month"
        "pos": (f"(?P<pos>{_alternation([p for p in lex.positions if p != 'end'], word_end=False)}"
                rf"|end(?:(?=-)|(?<=\b(?:{_alternation(lex.raw['end_position_after'])})\s{{1,2}}end)))"),
        "season": f"(?P<season>{_alternation(lex.seasons)})",
        # an era after a year or a century, case as written ("664 b.c.e.", "2500 BC", "the 5th century BC")
        "era": "(?-i:(?P<era>" + "|".join(regex.escape(form) for form in sorted(lex.raw["eras"], key=len, reverse=True))
               + r"))(?!\w)",
        "decade_word": f"(?P<decade_word>{_alternation(lex.raw['decade_words'])})",
        "part": f"(?P<part>{_alternation(lex.parts_of_day, word_end=False)})",
        "holiday": f"(?P<holiday>{case(_alternation(lex.raw['holidays']))})",
        "event_day": "|".join(_event_day(entry) for entry in lex.raw["event_days"]),
        "ord": rf"(?P<ord>{_alternation(lex.ordinals)}|\d{{1,2}}(?:st|nd|rd|th))",
        # A day of the month spelled as an ordinal, as transcripts write it: "March eighth".
        "day_word": rf"(?P<dayword>{_alternation([w for w, n in lex.ordinals.items() if 1 <= n <= 31])})(?!-)",
        "clock": clock,
        "date_joiner": date_joiner([c for kind in ("range", "list") for c in lex.raw["date_connectors"][kind]]),
        # Besides the zones listed, a place's own time after a clock: "10:00 a.m. Tongan time", "Baghdad time".
        "tz": rf"(?P<tz>{case(_alternation(lex.raw['time_zones']))}"
              rf"|(?-i:(?!(?:{_alternation(lex.weekday_forms + lex.month_forms)})\b)\p{{Lu}}\p{{Ll}}+)\s+time(?!\w))",
        "reference": f"(?P<ref>{_alternation(lex.references)})",
        "set_adverb": f"(?P<setadv>{_alternation(lex.set_adverbs)})",
        "indefinite": f"(?P<indefinite>{_alternation(lex.raw['indefinite_lengths'])})",
        "ahead_adjective": _alternation(lex.raw["ahead_adjectives"]),
        "moment_adjective": _alternation(lex.raw["moment_adjectives"]),
    }


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
    glue_words |= {letters for form in lex.raw["eras"] for letters in regex.findall(r"[a-z]+", form.lower())}
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
