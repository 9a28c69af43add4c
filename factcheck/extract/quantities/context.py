"""What a figure counts: the noun phrase after it, its lemma, casualty roles, age, troops.

No part-of-speech tagger: a counted-noun phrase is the run of words right after the figure up to a
function word, punctuation or a verb form, and its head is the last word of that run ("two dozen phone
conversations" → "conversation"). Names tell what each check looks for.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import regex

from .lexicon import Lexicon

_WINDOW = 64  # characters looked at after a figure; a counted noun is never further away


@dataclass(frozen=True, slots=True)
class Phrase:
    """The counted-noun phrase after a figure."""

    words: tuple[str, ...]  # as written, lower-case
    head: str | None  # lemma of the last word
    end: int  # offset just after the phrase (or where the scan stopped)
    role: str | None  # casualty role named after the figure ("the 12 dead", "12 people were killed")
    role_word: str | None
    capitalised_next: bool  # a capitalised word follows the figure directly ("2020 Olympics")


def lemma(word: str, lex: Lexicon) -> str:
    word = word.lower().strip("'’").removesuffix("'s").removesuffix("’s")
    if word in lex.lemmas:
        return lex.lemmas[word]
    if "-" in word:  # "peace-keepers" → lemma of the last part, kept joined
        first, _, last = word.rpartition("-")
        return f"{first}-{lemma(last, lex)}"
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "xes", "ches", "shes", "zzes")):
        return word[:-2]
    if has_plural_ending(word):
        return word[:-1]
    return word


def has_plural_ending(lower: str) -> bool:
    """The ending of a regular plural: "-s", but not "-ss", "-us", "-is" or "-ous" ("press",
    "virus", "crisis", "famous")."""
    return len(lower) > 3 and lower.endswith("s") and not lower.endswith(("ss", "us", "is", "ous"))


def plural_that_ends_a_phrase(lower: str) -> bool:
    """A plural that ends a noun phrase: not one in "-ics", which is as often a modifier ("five pillar
    counternarcotics strategy") or a singular ("politics")."""
    return has_plural_ending(lower) and not lower.endswith("ics")


# A word, or initials with their dots ("U.S.", "U.N."), which would otherwise end the run at "U".
_WORD = r"((?:[A-Z]\.){2,}|[^\W\d_][\w'’-]*)"
# Up to ten words after a figure in one match: punctuation or a digit ends the run.
_WORDS_AFTER = re.compile(r"[ \t\xa0\u202f]*" + _WORD + "".join(r"(?:\s+" + _WORD for _ in range(9)) + ")?" * 9)
_OF_DETERMINERS = frozenset("the them these those its their his her our".split())
_ROLE_NOUNS = frozenset("deaths fatalities casualties injuries victims bodies".split())
_NOT_ADVERBS = frozenset("family ally assembly supply rally fly belly jelly".split())
_FINAL_HEADS = frozenset("people times".split())


def _plural_head(word: str, lower: str, lex: Lexicon) -> bool:
    # a listed plural ("cases", "houses", "lives") is a head too, a word listed as its own lemma ("news",
    # "series") is not
    return (plural_that_ends_a_phrase(lower) and not word[0].isupper() and lower not in lex.plural_modifiers
            and lex.lemmas.get(lower) != lower)
_NOT_PARTICIPLES = frozenset("dead bed red seed speed shed need feed hundred breed steed creed".split())


def phrase_after(text: str, pos: int, end: int, lex: Lexicon, allow_of: bool, title_head: bool = False) -> Phrase:
    """The noun phrase right after ``pos``; ``allow_of`` skips "of (the)" ("dozens of people");
    ``title_head`` lets a capitalised word be the head, as after an ordinal ("the 46th President")."""
    m = _WORDS_AFTER.match(text, pos, min(end, pos + _WINDOW))
    if m is None:
        return Phrase((), None, pos, None, None, False)
    tokens = [t for t in m.groups() if t is not None]
    capitalised_next = tokens[0][0].isupper()
    i = 0
    if allow_of and tokens[0].lower() == "of":
        i = 1
        while i < len(tokens) and tokens[i].lower() in _OF_DETERMINERS:
            i += 1
    # A role word right after the figure: "the 12 dead", "left 30 wounded", "80 deaths".
    role, role_word, _ = _role_at(tokens, i, lex)
    if role is not None and not (i < len(tokens) and lemma(tokens[i], lex) in lex.people):
        return Phrase((), lemma(role_word, lex) if role_word.endswith("s") else None, pos, role, role_word,
                      capitalised_next)
    words: list[str] = []
    noun_role = role_noun = None
    while i < len(tokens) and len(words) < 4:
        word = tokens[i]
        lower = word.lower()
        if lower in lex.phrase_stops or lower.endswith(("n't", "n’t")) or lower in lex.past_verbs:
            break
        if lower.endswith("ly") and lower not in _NOT_ADVERBS:
            break
        if words and (lower.endswith("ing") or (lower.endswith("ed") and lower not in _NOT_PARTICIPLES)):
            break
        if not words and (lower.endswith("ing") or lower.endswith("ed") and lower not in _NOT_PARTICIPLES) and (
                i + 1 >= len(tokens) or tokens[i + 1].lower() in lex.phrase_stops):
            break  # "198 recorded in the last day": a verb, not a modifier ("1,000 armed men")
        if words and lower in lex.casualty_after:
            if lower in _ROLE_NOUNS:  # "16,000 premature deaths": the role noun is the head
                words.append(word)
                noun_role, role_noun = lex.casualty_after[lower], lower
                i += 1
            break
        words.append(word)
        i += 1
        if lower.endswith(("'", "’", "'s", "’s")):
            break  # a possessive ends the phrase: "the two countries' presidents" counts countries
        if lower in _FINAL_HEADS:
            break  # "1.5m people live there": a verb follows; "ten times harder": a comparative follows
        if _plural_head(word, lower, lex):
            break  # a plural is the head, what follows is its verb: "two former prosecutors allege"
    # A phrase does not end in a capitalised modifier ("3 Armenian soldiers" keeps "Armenian" as one), but
    # a capitalised plural is a head ("231 Democrats", "two different Presidents").
    # After an ordinal a title or name written all in capitals is what is counted ("the 46th President",
    # "the Fourteenth Amendment"); after a lower-case word it is a name again ("his second wife Dierdre
    # Coleman", "the first time Flynn spoke"), and a lone initial is no head ("row 3 of the 5th D").
    title = title_head and bool(words) and all(w[0].isupper() for w in words) and len(words[-1]) > 1
    while words and words[-1][0].isupper() and not _capitalised_plural(words[-1]) and not title:
        words.pop()
    # "five new Boeing 737s", "three senior" (the noun cut off or left out): the adjective is no head.
    while words and words[-1].lower() in lex.modifier_adjectives:
        words.pop()
    head = _head(words[-1], lex) if words else None
    if noun_role is not None:
        # the role noun stands even when written in capitals and dropped from the phrase ("140 THOUSAND DEATHS")
        return Phrase(tuple(w.lower() for w in words), head, pos, noun_role, role_noun, capitalised_next)
    role, role_word = _role_after(tokens, i, lex)
    people = words and (is_person(head, lex) or _people_named(words[-1], head))
    if role is not None and words and not people:
        role = None  # "3 cars were damaged"-like: only people and troops are casualties
    if role is None and (people or not words) and i < len(tokens) and tokens[i].lower() in _WHERE_FROM:
        # "two pilgrims from Myanmar also died", "12 people in the building were injured", "All 189 on
        # the aircraft died" (the people left unnamed)
        for skipped in range(2, 5):
            role, role_word = _role_after(tokens, i + skipped, lex)
            if role is not None:
                break
    return Phrase(tuple(w.lower() for w in words), head, pos, role, role_word, capitalised_next)


_WHERE_FROM = frozenset("from in on aboard inside at".split())


def _role_after(tokens: list[str], i: int, lex: Lexicon) -> tuple[str | None, str | None]:
    """A role after up to three auxiliaries: "5,600 people were killed"."""
    j = i
    while j < len(tokens) and j - i < 3 and tokens[j].lower() in lex.auxiliaries:
        j += 1
    role, role_word, _ = _role_at(tokens, j, lex)
    return role, role_word


_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")


def _capitalised_plural(word: str) -> bool:
    """"Democrats", "Mexicans", "MPs", "NGOs": a capitalised plural is a head, not a modifier of one."""
    return word[0].isupper() and word.endswith("s") and (word[1:].islower() or _ACRONYM_PLURAL.fullmatch(word) is not None)


# Endings of nationality and party nouns: "Mexicans", "Israelis", "Britons", "Democrats", "Shiites".
_DEMONYM_ENDINGS = ("an", "i", "on", "ite", "at")


def _people_named(word: str, head: str | None) -> bool:
    """A capitalised plural naming people ("eight Mexicans died"), not things ("3 Boeings were burned")."""
    return head is not None and _capitalised_plural(word) and head.endswith(_DEMONYM_ENDINGS)


def _head(word: str, lex: Lexicon) -> str:
    if _ACRONYM_PLURAL.fullmatch(word):
        return word[:-1].lower()  # "MPs" → "mp" (too short for the plural rule of ``lemma``)
    if word[0].isupper() and word.endswith("is") and word[1:].islower() and word.lower() not in lex.lemmas:
        return word[:-1].lower()  # "Israelis", "Iraqis": a demonym, where lower-case "-is" is no plural ("crisis")
    return lemma(word, lex)


# Agent nouns name people ("motorcyclist", "rider", "survivor", "civilian"): enough for a casualty count.
_PERSON_ENDINGS = ("ist", "er", "or", "ian", "ant", "ent", "man", "men", "woman", "women", "ee", "ess", "ier")


def is_person(head: str | None, lex: Lexicon) -> bool:
    return head is not None and (head in lex.people or head in lex.troops or head.endswith(_PERSON_ENDINGS))


def _role_at(tokens: list[str], i: int, lex: Lexicon) -> tuple[str | None, str | None, int]:
    """The casualty role phrase starting at token ``i`` ("were killed" is found after the auxiliary)."""
    if i >= len(tokens):
        return None, None, i
    candidates = lex.casualty_after_by_first.get(tokens[i].lower())
    if not candidates:
        return None, None, i
    for words, role in candidates:  # longest first
        n = len(words)
        if i + n <= len(tokens) and all(tokens[i + k].lower() == words[k] for k in range(1, n)):
            return role, " ".join(words), i + n
    return None, None, i


_BEFORE = re.compile(r"[^\W\d_][\w'’.-]*|\d[\d,.]*|[^\w\s]")
_BEFORE_WINDOW = 40


def tokens_before(text: str, pos: int, floor: int) -> list[tuple[int, int, str]]:
    """Tokens (words, figures, punctuation) in the few dozen characters before ``pos``, lower-case."""
    start = max(floor, pos - _BEFORE_WINDOW)
    window = text[start:pos].lower()
    if len(window) != pos - start:  # "İ" grows when lower-cased; keep offsets exact
        window = text[start:pos]
    return [(start + m.start(), start + m.end(), m.group()) for m in _BEFORE.finditer(window)]


def phrase_ending(tokens: list[tuple[int, int, str]], upto: int, index: dict) -> tuple[str, object, int] | None:
    """The longest phrase of ``index`` (last word → [(words, value)], longest first) made of the tokens
    just before token ``upto``: returns (phrase, value, index of its first token)."""
    if upto <= 0:
        return None
    candidates = index.get(tokens[upto - 1][2])
    if not candidates:
        return None
    for words, value in candidates:
        n = len(words)
        if n <= upto and all(tokens[upto - n + k][2] == words[k] for k in range(n - 1)):
            # Punctuation is a token of its own, so matching tokens are separated by spaces only.
            return " ".join(words), value, upto - n
    return None


def words_before(text: str, pos: int, floor: int, count: int) -> list[str]:
    """Up to ``count`` words right before ``pos`` (lower-case, nearest last)."""
    return [w.lower() for w in _WORD.findall(text, max(floor, pos - 12 * count), pos)][-count:]


_WORD = regex.compile(r"[\p{L}][\p{L}'’.-]*")
