"""No pathological slowness: adversarial text (long digit runs, "more than more than", nested brackets,
a text without sentence ends, 100,000 dates) costs at most a bounded multiple of what real prose costs
per character, measured in the same test so the ratio holds on a slow or busy machine.

The prose baseline is measured on 250,000 characters and scaled to the adversarial length: a linear
pipeline costs the same per character at any length, and a quadratic flaw in the baseline must not
raise the bound. Dense claims cost more than prose (the dates block is 12 times denser in claims and
took 4.5 times as long as prose of its length when measured with a linear extractor), so 20 times is
generous; catastrophic backtracking or a quadratic pass over 100,000 claims exceeds it by orders of
magnitude. The article's own time budget is set to the bound, so a failure costs the bound, not a hang.
"""
from __future__ import annotations

import time
from datetime import date

import pytest

from factcheck.engine.loader import instantiate, load_rules
from factcheck.engine.runner import Engine
from factcheck.model import Article
from factcheck.pipeline import check_article

from .adversarial import blocks, normal_text

MAX_RATIO = 20
BASELINE_CHARS = 250_000
FLOOR_SECONDS = 3.0  # below this, a ratio against a very fast run of prose is noise
INTERNAL = ("FC990", "FC991", "FC992")


def _check_within_bound(text: str):
    engine = Engine(instantiate(load_rules()))
    started = time.perf_counter()
    normal = check_article(Article("prose", normal_text(BASELINE_CHARS), date(2022, 3, 10)), engine, budget_seconds=0)
    normal_seconds = (time.perf_counter() - started) * len(text) / BASELINE_CHARS
    assert not any(f.rule_id in INTERNAL for f in normal.findings)
    bound = max(MAX_RATIO * normal_seconds, FLOOR_SECONDS)
    started = time.perf_counter()
    result = check_article(Article("adversarial", text, date(2022, 3, 10)), engine, budget_seconds=bound)
    seconds = time.perf_counter() - started
    internal = [f.message for f in result.findings if f.rule_id in INTERNAL]
    assert not internal, (f"{len(text):,} characters of adversarial text: {internal[0]} (prose takes "
                          f"{normal_seconds:.2f} s for that length; the bound is {MAX_RATIO}× that, {bound:.1f} s)")
    return result, seconds


def test_adversarial_text_costs_a_bounded_multiple_of_prose():
    parts = blocks()
    text = "\n\n".join(v for k, v in parts.items() if k != "dates")
    assert len(text) >= 600_000
    result, _ = _check_within_bound(text)
    assert result.claims, "the blocks were not processed"


def _known_quadratic_exclusion() -> bool:
    """Whether the quantity extractor still tests each sentence's numbers against every temporal span of
    the article (``[s for s in exclude if ...]`` once per sentence with a number: 10,000 dates take
    0.9 s, 20,000 take 2.5 s, 100,000 more than a minute). It belongs to the quantities branch; once
    the exclusion is linear (sorted spans, a moving index) the test runs."""
    import inspect

    from factcheck.extract import quantities

    source = inspect.getsource(quantities)
    return "for taken in exclude" in source or "for s in exclude if" in source


@pytest.mark.xfail(_known_quadratic_exclusion(), run=False, reason=_known_quadratic_exclusion.__doc__)
def test_a_megabyte_of_100000_dates_costs_a_bounded_multiple_of_prose():
    text = blocks()["dates"]
    assert len(text) >= 1_000_000 and text.count(". ") >= 99_999
    result, _ = _check_within_bound(text)
    assert sum(1 for c in result.claims if c.is_temporal) >= 30_000, "the dates were not processed"
