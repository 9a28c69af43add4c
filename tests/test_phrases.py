"""Word-list regexes: the trie and the plain alternation find the same, in re and regex alike."""
from __future__ import annotations

import re

import regex

from factcheck.phrases import alternation, trie

WORDS = ["tens", "tens of thousands", "ten", "tenth", "Sept.", "September", "°C", "€"]


def test_longer_phrase_wins_and_spaces_match_any_whitespace():
    text = "tens  of\tthousands in September, the tenth, 5 °C, €5"
    for pattern in (trie(WORDS), alternation(WORDS)):
        for engine in (re, regex):
            found = [m.group() for m in engine.finditer(pattern, text)]
            assert found == ["tens  of\tthousands", "September", "tenth", "°C", "€"]


def test_word_end_keeps_a_prefix_from_matching_inside_a_word():
    assert re.match(trie(["ten"], word_end=True), "tenth") is None
    assert re.match(trie(["ten"], word_end=True), "ten days").group() == "ten"
    assert re.match(trie(["ten"]), "tenth").group() == "ten"


def test_alternation_is_longest_first_without_a_group():
    assert alternation(["a", "abc", "ab"]) == "abc|ab|a"
