"""Properties every output keeps, on generated text: exact offsets, no overlap with ``exclude``,
determinism, and linear time on adversarial input (no catastrophic backtracking)."""
import time

import pytest

hypothesis = pytest.importorskip("hypothesis")  # in the test extra; skip rather than fail without it
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from factcheck.extract.numbers import find_numbers  # noqa: E402
from factcheck.extract.quantities import find_quantities  # noqa: E402
from factcheck.extract.sentences import split_sentences  # noqa: E402
from factcheck.model import Span  # noqa: E402

PIECES = ["5,600", "1.5", "-3", "$4.5bn", "£3m", "7bn", "euros", "more than", "nearly", "about", "up to",
          "between", "and", "to", "-", "–", "seven", "twenty-four", "a hundred", "dozens of", "half", "of",
          "people", "killed", "wounded", "the", "100th", "third", "percent", "%", "km", "1994", "S-400", "G20",
          "Lavrov,", "70,", "year-old", "10:30", "Title", "9", "(", ")", ".", ",", "\n", "minus", "or more",
          "peacekeepers", "troops", "were", "death toll rose to", "2 1/2", "½", "tens of thousands"]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.lists(st.integers(0, 400), max_size=4))
def test_offsets_exact_and_exclude_respected(words, cuts):
    text = " ".join(words)
    exclude = [Span(min(c, len(text)), min(c + 5, len(text))) for c in cuts]
    claims = find_quantities(text, split_sentences(text), "h", exclude)
    for c in claims:
        assert c.text == text[c.span.start:c.span.end]
        assert c.sentence is not None and c.sentence.contains(c.span)
        assert not any(c.span.overlaps(e) for e in exclude if len(e))
        assert c.interval.low <= c.interval.high
    assert claims == find_quantities(text, split_sentences(text), "h", exclude)


@settings(deadline=None, derandomize=True)
@given(st.text(max_size=200))
def test_any_text_is_safe(text):
    for n in find_numbers(text):
        assert 0 <= n.start < n.end <= len(text)
    find_quantities(text, split_sentences(text), "h", [])


def test_adversarial_input_runs_in_linear_time():
    cases = ["1" * 20000, "1," * 5000, "one " * 2000, "twenty-" * 2000, "- " * 5000, "1 - " * 1000,
             "more than " * 2000, "a " * 5000, "dozens of " * 1000, "$" * 10000 + "5", "1.1." * 2000,
             "Killed " * 2000 + "5", "(" * 10000 + "1", "1 1 1 " * 500, "+1 " * 2000, "December 1 " * 1000]
    for text in cases:
        start = time.perf_counter()
        find_quantities(text, split_sentences(text), "h", [])
        assert time.perf_counter() - start < 5, text[:20]


BLOCKABLE = ["29", "12", "2020", "1990s", "'90s", "10:30", "5", "pm", "p.m.", "o'clock", "GMT", "+44", "20",
             "7946", "(02)", "December", "Dec.", "to", "and", "–", "-", "/", "Downing", "Street", "1.", "2)",
             "\n", "of", "March", "st", "th", "people", "the", "1st", "24/7"]


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(BLOCKABLE), min_size=1, max_size=12), st.sampled_from([" ", ""]))
def test_cheap_blocked_look_agrees_with_the_patterns(words, sep):
    from factcheck.extract.quantities.filters import _may_be_blocked
    from factcheck.extract.quantities.lexicon import lexicon

    text = sep.join(words) if sep else " ".join(words).replace(" - ", "-")
    lex = lexicon()
    for n in find_numbers(text):
        if n.form in ("words", "vague") or not text[n.start].isdigit():
            continue
        window = lex.blocked.finditer(text, max(0, n.start - 24), min(len(text), n.end + 40))
        if any(m.start() < n.end and n.start < m.end() for m in window):
            assert _may_be_blocked(text, n, 0, len(text)), (text, text[n.start:n.end])
