"""The pieces the temporal grammar's rules are written with: each ``{name}`` of ``patterns.yaml`` is a
regex fragment built here from the lexicon (``{month}``, ``{year}``, ``{clock}``...), with the named
groups the interpreters read. grammar.py expands the rules with them."""
from __future__ import annotations

import regex

from ...phrases import trie
from .lexicon import Lexicon

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
        "era": rf"(?P<era>{case(_alternation(lex.raw['eras'], word_end=False))})(?!\w)",
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
