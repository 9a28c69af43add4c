"""The grammar as data: every rule's examples are found whole, and no pattern backtracks badly."""
from __future__ import annotations

from pathlib import Path

import pytest
import regex

from factcheck.extract.sentences import split_sentences
from factcheck.extract.timex import find_timexes
from factcheck.extract.timex.fragments import fragments
from factcheck.extract.timex.grammar import grammar
from factcheck.extract.timex.lexicon import lexicon
from factcheck.resources import load

RULES = load("en/timex/patterns.yaml")["rules"]
EXAMPLES = [(rule["name"], example) for rule in RULES for example in rule.get("examples", [])]


def found(text: str) -> list[str]:
    return [c.text for c in find_timexes(text, split_sentences(text), "t")]


def test_every_rule_has_examples():
    assert all(rule.get("examples") for rule in RULES)


@pytest.mark.parametrize("rule, example", EXAMPLES, ids=[f"{r}:{e}" for r, e in EXAMPLES])
def test_rule_example_is_found_whole(rule, example):
    # "[...]" marks the expression inside its context; a bare example is the expression itself.
    text, expected = (example.replace("[", "").replace("]", ""), example[example.index("[") + 1:example.index("]")]) \
        if "[" in example else (example, example)
    # Embedded in a sentence too, so that word boundaries and the scanner's look-back are exercised.
    assert expected in found(f"They said {text} was the time.") or expected in found(text)


def test_the_scanner_finds_what_the_full_alternation_finds():
    text = ("Russia deployed nearly 2,000 peacekeepers for at least five years in late September. "
            "The top diplomats met Tuesday, March 3, 2022, and again at 10:35 a.m. Friday. Sales for the "
            "third quarter rose 5% from a year earlier; over the past three months prices fell daily.")
    everything = [m.group() for m in grammar().pattern.finditer(text)]
    assert found(text) == everything


ADVERSARIAL = ["the " * 3000, "1 " * 3000, "a few " * 2000 + "x", "at least the past " * 800,
               "Friday, " * 2000, "1" * 5000, "- " * 4000, "year-" * 2000, "'80s " * 2000,
               "nineteen ninety " * 1500, "January " * 2000 + "32"]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=[t[:12] for t in ADVERSARIAL])
def test_no_catastrophic_backtracking(text):
    pattern = grammar().pattern
    try:
        list(pattern.finditer(text, timeout=2.0))
    except TimeoutError:  # pragma: no cover - the failure this test exists for
        pytest.fail("a pattern backtracks catastrophically")


def test_patterns_use_only_bounded_repetition_of_groups():
    # A group repeated with * or + (e.g. "(a+)+") is the shape of catastrophic backtracking.
    for rule in RULES:
        assert not regex.search(r"\)[*+]", rule["pattern"]), rule["name"]


def test_every_anchor_word_names_the_rules_it_can_start():
    """An anchor with no rules would get an empty sub-grammar once frequent, and stop matching."""
    rules = grammar()
    anchors = [word for word, is_anchor in rules.vocabulary.items() if is_anchor]
    assert "while" in anchors and "week" in anchors
    assert [word for word in anchors if not rules.rules_for(word)] == []
    assert rules.rules_for("{digit}")


def test_a_frequent_anchor_keeps_matching_through_its_sub_grammar(monkeypatch):
    import importlib

    module = importlib.import_module("factcheck.extract.timex.grammar")
    monkeypatch.setattr(module, "SUBGRAMMAR_AFTER_USES", 2)
    monkeypatch.setattr(module, "SUBGRAMMARS_AT_MOST", 50)
    text = "They waited for a while. " * 5 + "The talks ended on March 3, 2022. " * 5
    found = [c.text for c in find_timexes(text, split_sentences(text), "a")]
    assert found.count("a while") == 5 and found.count("March 3, 2022") == 5


def test_words_only_in_look_arounds_are_no_grammar_words():
    # "would" and "their" only rule "overnight" out; no expression starts at them, so the scanner need not try.
    assert not {"would", "their", "across"} & set(grammar().vocabulary)
    assert {"overnight", "the", "past"} <= set(grammar().vocabulary)


@pytest.mark.parametrize("template, kept", [
    (r"(?<=\b(?:after|for)\s)(?P<units>years)(?=\s+of\s)", "(?P<units>years)"),
    (r"(?=overnight(?![\w-]))(?<!\bthe\s)overnight(?!\s+(?!(?:in|on)\b)[a-z])", "overnight"),
    (r"[(?!]x\(y(?!z)", r"[(?!]x\(y"),  # brackets in a class and escaped ones are literal
])
def test_look_arounds_are_taken_out_of_a_template(template, kept):
    from factcheck.extract.timex.grammar import _without_lookarounds
    assert _without_lookarounds(template).replace(" ", "") == kept


def test_the_header_lists_every_fragment():
    """patterns.yaml opens with the list of the {fragments} a rule may use: it names each one there is."""
    path = Path(__file__).resolve().parents[2] / "factcheck" / "resources" / "en" / "timex" / "patterns.yaml"
    header = path.read_text(encoding="utf-8").split("\nrules:", 1)[0]
    listed = set(regex.findall(r"\{([a-z_]+)\}", header)) - {"name"}
    data = load("en/timex/patterns.yaml")
    there = set(fragments(lexicon(), data["year_blockers_before"], data["year_blockers_after"], data["law_names"]))
    assert listed == there, listed ^ there
