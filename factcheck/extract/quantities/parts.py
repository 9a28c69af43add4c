"""What a figure counts when its noun is not right after it: "three of the victims", "At least seven,
including four children, died.", "Two women and a man were injured", and the pronoun "one" ("if one goes out")."""
from __future__ import annotations

import dataclasses
import re

from ..numbers import parse_number
from .context import Phrase, is_person, lemma, phrase_after, plural_that_ends_a_phrase
from .lexicon import Lexicon

# "of the", then perhaps an owner and the total: "six of the House's committees", "14 of the 15 members".
_OF_THE = re.compile(r"[ \t]+of[ \t]+(?:the|these|those|its|their|his|her|our|your|my)[ \t]+"
                     r"(?:(?:[^\W\d_][\w.-]*[ \t]+)?[^\W\d_][\w.-]*['’]s[ \t]+)?(?:\d[\d,.]*[ \t]+)?", re.IGNORECASE)
# An aside between a figure and its verb: "At least seven, including four children, died."
_ASIDE = re.compile(r",[ \t]*(?:including|among them|most of them|many of them|mostly|all of them)\b[^,.;:()]{1,60},")

# A second subject sharing the verb: "Two women and a man were injured". Its count is an article or a
# figure the number grammar reads ("and two officers", "and 12 police").
_CO_SUBJECTS = tuple(re.compile(r"[ \t]+and[ \t]+(?P<count>[\w,]+)"
                               rf"[ \t]+{adjective}(?P<noun>[^\W\d_]+)(?=[ \t])", re.IGNORECASE)
                    for adjective in ("", r"[^\W\d_]+[ \t]+"))  # "and a man", "and an elderly man"
_ARTICLES = frozenset(["a", "an", "another"])


def partitive(text: str, pos: int, end: int, lex: Lexicon) -> Phrase | None:
    """"three of the victims", "14 of the 15 members": the counted noun after "of the" (and a total)."""
    m = _OF_THE.match(text, pos, end)
    if m is None:
        return None
    phrase = phrase_after(text, m.end(), end, lex, False)
    if phrase.head is None or (len(phrase.words) == 1 and parse_number(phrase.words[0]) is not None):
        return None  # "five of the nine CentOS Governing Board": the total, its noun not found
    # "three of the dead": a share of a toll told elsewhere, not a toll of its own; it stays a count.
    return dataclasses.replace(phrase, role=None, role_word=None)


def role_after_aside(text: str, pos: int, counted: Phrase, end: int, lex: Lexicon) -> Phrase | None:
    """The casualty role after an aside or a second subject: "Five people, including two children, were
    injured.", "Two women and a man were injured"."""
    for word in counted.words:  # the aside comes after the counted noun: "Five people, including ..."
        while pos < end and text[pos].isspace():
            pos += 1
        if text[pos:pos + len(word)].lower() != word:
            return None
        pos += len(word)
    m = _ASIDE.match(text, pos, end)
    if m is not None:
        return _role_only(text, m.end(), end, lex)
    for co_subject in _CO_SUBJECTS:
        m = co_subject.match(text, pos, end)
        if m is not None and _is_count(m.group("count")) and is_person(lemma(m.group("noun"), lex), lex):
            return _role_only(text, m.end(), end, lex)
    return None


def _is_count(word: str) -> bool:
    return word.lower() in _ARTICLES or parse_number(word) is not None


def _role_only(text: str, pos: int, end: int, lex: Lexicon) -> Phrase | None:
    phrase = phrase_after(text, pos, end, lex, False)
    return phrase if phrase.role is not None and not phrase.words else None


def verb_after_one(phrase: Phrase, lex: Lexicon) -> bool:
    """"if one goes out", "one remains": a lone plural-looking word after "one" is its verb."""
    if len(phrase.words) != 1:
        return False
    word = phrase.words[0]
    return plural_that_ends_a_phrase(word) and word not in lex.lemmas and lemma(word, lex) != word
