"""Regexes for word lists, shared by the extractors and the rules.

``trie`` shapes a list as a trie ("t(?:en(?:th)?|wo)"): at each position the engine tests one branch
per first character instead of every phrase, and a longer phrase wins over its prefix ("tens of
thousands" over "tens"). ``alternation`` is the plain form, longest phrase first. In both, a space in
a phrase matches any run of whitespace. The output is valid for both ``re`` and ``regex``.
"""
from __future__ import annotations

import re
from typing import Iterable


def trie(phrases: Iterable[str], *, word_end: bool = False) -> str:
    """The phrases as one trie-shaped regex; with ``word_end`` each must end at a word's end."""
    root: dict = {}
    for phrase in set(phrases):
        node = root
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [(r"\s+" if char == " " else re.escape(char)) + build(child)
                    for char, child in sorted(node.items()) if char]
        ends = "" in node
        if ends and word_end:
            branches.append(r"(?!\w)")
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends and not word_end else body

    return build(root)


def alternation(phrases: Iterable[str]) -> str:
    """The phrases as ``a|b|c``, longest first (ties in text order), without an enclosing group."""
    ordered = sorted(set(phrases), key=lambda phrase: (-len(phrase), phrase))
    return "|".join(re.escape(phrase).replace(r"\ ", r"\s+") for phrase in ordered)
