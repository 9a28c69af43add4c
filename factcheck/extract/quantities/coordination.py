"""Casualty roles shared along a coordination of figures, and where a clause boundary stops them.

"killed 14 gunmen and one soldier": the second figure shares the verb before the first.
"150 security forces, 95 civilians and 20 militants were killed": the verb after the last group names
the role of every group listed before it.
A role never crosses into a clause with a verb of its own: in "Police arrested 30 protesters and 20
soldiers were killed" the protesters are the object of "arrested", and in "Gunmen killed 14 people and
20 soldiers fled" the soldiers are the subject of "fled".
"""
from __future__ import annotations

import re

from ...model import Claim
from .context import is_person
from .lexicon import Lexicon

# A few words (the counted noun) and a list joiner between two figures.
_COORDINATED = re.compile(r"[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}[ \t]*(?:,[ \t]*(?:and[ \t]+)?|(?:and|as well as|plus)[ \t]+)")
_LIST_JOINERS = frozenset(["and", "as", "well", "plus"])
_WORD_AFTER = re.compile(r"[ \t\xa0]+([^\W\d_][\w'’-]*)")
# The words right before a figure, with nothing but spaces between them ("killed, 2 soldiers" has none).
_WORDS_BEFORE = re.compile(r"(?:[^\W\d_][\w'’-]*[ \t]+){1,5}$")


def shared_casualty_role(text: str, previous: Claim, claim: Claim, lex: Lexicon) -> Claim:
    """The verb before ``previous`` ("killed 14 gunmen") gives ``claim`` listed after it its role."""
    if previous.kind != "casualties" or previous.attrs.get("trigger_before") is None:
        return claim
    if not (claim.entity is None or is_person(claim.entity, lex)):
        return claim
    if _COORDINATED.fullmatch(text, previous.span.end, claim.span.start) is None:
        return claim
    if _verb_after(text, claim, lex):
        return claim  # "killed 14 people and 20 soldiers fled": the soldiers have a verb of their own
    attrs = {**claim.attrs, "trigger": previous.attrs["trigger"], "trigger_before": True, "coordinated": True}
    return claim.with_(kind="casualties", role=previous.role, attrs=attrs)


def listed_before_casualties(text: str, claim: Claim, following: Claim, s0: int, lex: Lexicon) -> Claim:
    """The role of ``following`` ("20 militants were killed") given to ``claim`` listed before it. The
    group after must name its people ("20 were killed" after "arrested 30 people, and" is a different
    act), and a share of a toll ("400 of those killed", partitive) stays a count."""
    if following.kind != "casualties" or following.attrs.get("trigger_before") or following.entity is None:
        return claim
    if claim.kind not in ("count", "troops") or claim.role is not None or claim.attrs.get("partitive"):
        return claim
    if not is_person(claim.entity, lex) or not is_person(following.entity, lex):
        return claim
    gap = _COORDINATED.fullmatch(text, claim.span.end, following.span.start)
    if gap is None or any(w.lower() in lex.phrase_stops and w not in _LIST_JOINERS
                          for w in gap.group().replace(",", " ").split()):
        return claim  # "twenty people were arrested, and two officers were injured": a verb of its own
    if object_of_verb(text, claim.span.start, s0, lex):
        return claim  # "Police arrested 30 protesters and 20 soldiers were killed": the object of "arrested"
    attrs = {**claim.attrs, "trigger": following.attrs.get("trigger"), "coordinated": True}
    return claim.with_(kind="casualties", role=following.role, attrs=attrs)


def object_of_verb(text: str, start: int, s0: int, lex: Lexicon) -> bool:
    """A past verb governs the figure at ``start`` as its object ("arrested 30", "detained a total of 30"),
    so the figure is no subject of a verb after it; a reporting verb takes a whole clause instead
    ("Officials said 12 soldiers ... were wounded")."""
    m = _WORDS_BEFORE.search(text, max(s0, start - 48), start)
    if m is None:
        return False
    words = m.group().lower().split()
    while words and words[-1] in lex.object_fillers:
        words.pop()
    return bool(words) and _is_past_verb(words[-1], lex) and words[-1] not in lex.clause_taking_verbs


def _verb_after(text: str, claim: Claim, lex: Lexicon) -> bool:
    """A finite verb right after the figure's counted noun: "20 soldiers fled", "20 were arrested"."""
    skip = len(claim.attrs.get("noun_phrase", "").split())
    pos = claim.span.end
    for _ in range(skip + 1):
        m = _WORD_AFTER.match(text, pos)
        if m is None:
            return False
        pos = m.end()
    word = m.group(1).lower()
    return word in lex.finite_auxiliaries or _is_past_verb(word, lex)


def _is_past_verb(word: str, lex: Lexicon) -> bool:
    return word in lex.past_verbs or (len(word) > 4 and word.endswith("ed") and word not in lex.phrase_stops)
