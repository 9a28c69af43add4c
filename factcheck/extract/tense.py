"""Tense of the clause around a position: the nearest verb form before it (else after it) decides.

The sentence's coarse tense mixes clauses ("Lavrov said talks will resume Friday"); the verb next to
the date is the one that fixes which Friday is meant.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ..phrases import trie
from ..resources import load
from .sentences import has_past_shape, is_past_form, tells_of_the_past, word_before_verb

WINDOW_BEFORE = 10   # words looked at before the expression
WINDOW_AFTER = 8     # and after it
_WORD = regex.compile(r"[\p{L}’']+")
_CLAUSE_BREAK = regex.compile(r"[;:“”\"()]")
# A closed aside is no clause of its own: "opened at 8pm (local time) on Thursday" is told by "opened", and
# "On Tuesday, the World Health Organization (WHO) announced" by "announced". Only an aside still open at
# the expression cuts the clause.
_PARENTHETICAL = regex.compile(r"\([^()]*\)")


@lru_cache(maxsize=1)
def _markers() -> regex.Pattern:
    timex = load("en/timex/lexicon.yaml")
    tense = timex["tense"]
    # Trie-shaped lists behind one shared word-start test: the chunk is scanned at every character,
    # and a flat list of ~70 phrases tried at each one was a sixth of the time of temporal extraction.
    # Which list matches, not which phrase, is what counts; at one position the first list wins.
    # An infinitive completing an adjective tells no tense ("made it difficult for Sun to meet demand":
    # the verb before the adjective does), so "to meet" and the like are future only elsewhere.
    adjective = (rf"\b(?:{trie(tense['adjectives_before_infinitive'])})"
                 r"(?:\s+for\s+(?:[\w’'.-]+\s+){0,2}[\w’'.-]+)?\s+")
    infinitives = [w for w in tense["future"] if w.startswith("to ")]
    before_to = [w for w in tense["future"] if w.endswith(" to")]
    plain = set(tense["future"]) - set(infinitives) - set(before_to)
    preposition = rf"\s+(?:{trie(tense['not_infinitive_after_to'])})(?![\w’'])"
    # The look-behind is tried only once "to" has matched: before it, it would cost every position.
    future = (f"(?:{trie(plain)})|(?:{trie(w[:-3] for w in before_to)})\\s+to(?!{preposition})"
              f"|to(?<!{adjective}to)\\s+(?:{trie(w[3:] for w in infinitives)})")
    names = [entry["forms"][0] for entry in timex["weekdays"] + timex["months"]]
    past = tense["past"] + [f"last {noun}" for noun in tense["past_after_last"] + names]
    # Past first: "should have" is past where "should" alone points ahead.
    lists = {"prospective": trie(tense["prospective"]), "past": trie(past), "future": future,
             **{name: trie(tense[name]) for name in ("present", "weak_future")}}
    # "at 1:35 AM on Thursday": after a figure, "am" is the clock's, not the verb's.
    plan_noun = rf"(?<!\b(?:{trie(tense['determiners_before_plan'])})\s+(?:[\w’'-]+\s+){{0,2}}plans?)"
    guards = {"present": r"(?<!\d\s?am)", "future": plan_noun}
    alternatives = [f"(?P<{name}>(?:{words}){guards.get(name, '')}(?![\\w’']))" for name, words in lists.items()]
    return regex.compile("(?<![\\w’'])(?:" + "|".join(alternatives) + ")", regex.IGNORECASE)


@lru_cache(maxsize=1)
def _condition() -> regex.Pattern:
    words = load("en/timex/lexicon.yaml")["tense"]["conditions"]
    return regex.compile(f"(?<![\\w’'])(?:{trie(words)})(?![\\w’'])", regex.IGNORECASE)


@lru_cache(maxsize=None)
def _tense_words(kind: str) -> frozenset[str]:
    """One of the lexicon's lists of prepositions right before a date: "deadlines", "looking_back"."""
    return frozenset(word.lower() for word in load("en/timex/lexicon.yaml")["tense"][kind])


def _word_before(before: str) -> str:
    words = before.split()
    return words[-1].lower() if words and before[-1:].isspace() else ""


def _after_deadline(before: str) -> bool:
    """ "completed by [Monday]": the word right before the expression is a deadline preposition."""
    return _word_before(before) in _tense_words("deadlines")


def clause_tense(text: str, sentence_start: int, sentence_end: int, start: int, end: int, default: str) -> str:
    """``past``, ``present``, ``future`` or ``prospective`` (a plan told in the past, "was due to open on
    Friday") for the expression at ``text[start:end]``."""
    markers = _markers()
    before = _PARENTHETICAL.sub(" ", text[max(sentence_start, start - 80):start])
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end():]
    found = _last_marker(before, markers)
    if found == "present" and _condition().search(before):
        return "future"  # "If this is passed on Sunday, service would resume": a condition looks ahead
    if found in ("present", None) and _word_before(before) in _tense_words("looking_back"):
        return "past"  # "Since Tuesday's surge, McCain has come under fire"
    deadline = found in ("present", None) and _after_deadline(before)
    if deadline and found:
        return "future"  # "is to be completed by Monday": a deadline ahead
    if found and found != "weak_future":
        return found
    if found == "weak_future" and _state_before_deadline(before, markers):
        return "past"  # "was not aware of the incidents until Thursday": a state that lasted, now over
    after = _PARENTHETICAL.sub(" ", text[end:min(sentence_end, end + 80)])
    cut = _CLAUSE_BREAK.search(after)
    if cut:
        after = after[:cut.start()]
    following = _first_marker(after, markers)
    if following == "prospective":
        # A date before the plan dates the planning, told in the past: "On Friday, the government planned
        # to pay the first claims"; after it, the plan's own day ("planned to pay on Friday").
        following = "past"
    if found:  # "Until Thursday, they had not called him a suspect": the verb, not "until", tells
        return "past" if following == "past" else "future"  # "are staying until Friday" looks ahead
    if deadline and following in (None, "present"):
        return "future"  # "may run out by Friday", but "By Friday, 20 people had died"
    return ("future" if following == "weak_future" else following) or default


def _state_before_deadline(before: str, markers: regex.Pattern) -> bool:
    """A past form of "be" or "have" is the last marker before "until", with no past form between them: a
    state that held until the day ("was not aware of it until Thursday"), where a past form such as "was
    postponed until Friday" or "extended its deadline until Tuesday", or a verb of saying ("said until
    Friday the border would stay closed"), sets a deadline ahead."""
    matches = list(markers.finditer(before))
    if len(matches) < 2 or matches[-1].lastgroup != "weak_future":
        return False
    if matches[-2].group().lower() not in _tense_words("states_before_until"):
        return False
    words = list(_WORD.finditer(before, matches[-2].end(), matches[-1].start()))
    return not any(has_past_shape(word.group()) for word in words)


def _classify(match: regex.Match) -> str:
    return match.lastgroup


def _last_marker(chunk: str, markers: regex.Pattern) -> str | None:
    best, best_end = None, 0
    for match in markers.finditer(chunk):
        best, best_end = _classify(match), match.end()
    found = list(_WORD.finditer(chunk))
    words = [word.group() for word in found]
    # The last past form after the last marker wins: look from the end and stop at the first. Words of
    # the marker itself do not count ("was expected to" holds "expected").
    for index in range(len(words) - 1, max(0, len(words) - WINDOW_BEFORE) - 1, -1):
        if found[index].start() < best_end:
            break
        if tells_of_the_past(words[index], word_before_verb(words, index)):
            return "past"
    return best


def _first_marker(chunk: str, markers: regex.Pattern) -> str | None:
    first = markers.search(chunk)
    best, best_pos = (_classify(first), first.start()) if first else (None, len(chunk) + 1)
    found = list(_WORD.finditer(chunk))[:WINDOW_AFTER]
    words = [word.group() for word in found]
    for index, word in enumerate(found):
        if word.start() >= best_pos:
            break
        if is_past_form(words[index], word_before_verb(words, index)):
            return "past"
    return best
