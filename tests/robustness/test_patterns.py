"""Pattern safety: no regular expression in factcheck can backtrack catastrophically.

A static audit of every pattern (compiled at run time, literal in the source, or in a YAML resource) for
nested unbounded repetition, and adversarial inputs run through every run-time pattern under a hang guard.
The guard is not a timing measurement: a safe pattern finishes these inputs in milliseconds, a
catastrophic one would need longer than the age of the universe, so any generous limit tells them apart.
"""
from __future__ import annotations

import hashlib
import itertools
from functools import lru_cache
from pathlib import Path

import pytest
import regex
import yaml

from factcheck.budget import Budget, BudgetExceeded

from .pattern_audit import compiled_at_run_time, in_yaml_resources, literal_in_source, nested_unbounded

HANG_GUARD_SECONDS = 20
PUMP_LENGTH = 1000


@lru_cache(maxsize=1)
def _run_time():
    return compiled_at_run_time()


def _everything():
    return _run_time() + literal_in_source() + in_yaml_resources()


# --- the auditor itself ------------------------------------------------------------------------------

@pytest.mark.parametrize("pattern", [
    r"(a+)+b", r"(\w+\s?)+$", r"(?:a*b?)*c", r"(?P<n>[a-z]{2,})*", r"(?i:a+)+", r"(?:\s+\s*\w+)*",
    r"(?:-|[a-z]+)*", r"(?:a[a-z]+)*", r"(?:\s+\w*)*",
])
def test_the_auditor_flags_nested_unbounded_repetition(pattern):
    assert nested_unbounded(pattern), pattern


@pytest.mark.parametrize("pattern", [
    r"\d{1,3}(?:,\d{3})+", r"(?>a+)+b", r"(a++)+b", r"(?:a+)?b", r"[(+*]+", r"\(a+\)*", r"a{2,}b{3}",
    r"(?:[a-z]+){1,3}", r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*", r"(?:,\s*\d+)*", r"(?:\.\w+)+",
    r"((ab)*c)*", r"(?:x(?:y\d+)?)+", r"(?:\s*,\s*\w+)+", r"(?:\s+\w+)*", r"(?:\s+\p{Lu}[\p{L}-]+)*", r"[[a-z]--[aeiou]]+", r"\p{Lu}+",
    r"(?#comment a+ b*)x", r"(?x) (a b) + # (c+)+",
])
def test_the_auditor_passes_safe_patterns(pattern):
    assert nested_unbounded(pattern) == [], pattern


def test_the_collector_sees_run_time_and_data_built_patterns():
    origins = {found.origin.split(":")[0] for found in _run_time()}
    # Module-level patterns, and the future-marker pattern sentences.py builds from its YAML word list.
    assert {"factcheck/extract/sentences.py", "factcheck/ingest/encoding.py"} <= origins
    assert any(origin.startswith("factcheck/extract/") and origin != "factcheck/extract/sentences.py"
               for origin in origins), "no extractor pattern was seen"
    assert any("expected" in found.pattern for found in _run_time())


# --- the audit ---------------------------------------------------------------------------------------

def _entries() -> list[dict]:
    return yaml.safe_load((Path(__file__).parent / "reviewed_patterns.yaml").read_text(encoding="utf-8")) or []


def _key(found) -> tuple[str, str]:
    return found.origin.split(":")[0], hashlib.sha1(found.pattern.encode()).hexdigest()


def _matching(kind: str):
    """Entries of one kind, keyed by (file, digest), or by origin (file:line) for patterns whose text
    varies between runs."""
    by_digest = {(e["file"], e["sha1"]): e[kind] for e in _entries() if kind in e and "sha1" in e}
    by_origin = {e["origin"]: e[kind] for e in _entries() if kind in e and "origin" in e}
    return lambda found: by_digest.get(_key(found)) or by_origin.get(found.origin)


def _reviewed():
    return _matching("why")


def _known_issues():
    return _matching("issue")


def test_no_pattern_nests_unbounded_repetition():
    reviewed = _reviewed()
    unsafe = [f"{found.origin}: {problem}" for found in _everything()
              if not reviewed(found)
              for problem in nested_unbounded(found.pattern, found.verbose, _regex_flags(found))]
    assert not unsafe, "patterns that can backtrack catastrophically:\n" + "\n".join(unsafe)


def _regex_flags(found) -> int:
    return found.flags if found.engine == "regex" and not found.is_bytes else 0


# --- adversarial inputs ------------------------------------------------------------------------------

_BASE_CHARS = "a A z 1 0 9 , . - ' ( ) [ ] : / % $".split() + [" ", "\t", "\n", "é", "Ж", "٣", "\u00a0"]
_PAIRS = ["1,", "1.", "a ", "A.", "1 ", "( ", "-1", "a-", ". ", "\n\n"]


def _adversarial_inputs(pattern: str) -> list[str]:
    """Long pumps of what the pattern consumes, each ending in a character that makes it fail late."""
    words = sorted(set(regex.findall(r"(?<![\\{])[A-Za-z]{2,}(?: [a-z]{2,})?", pattern)))[:60]
    literal = sorted({ch for ch in pattern if not ch.isalnum() and ch not in "\\()[]{}?*+|^$"})
    units = list(dict.fromkeys(_BASE_CHARS + literal + _PAIRS))
    units += [w + sep for w in words for sep in (" ", ", ", "")]
    units += [a + b for a, b in itertools.product(["1", "a", " "], [",", ".", "-"])]
    inputs = []
    for unit in units:
        pumped = (unit * (PUMP_LENGTH // len(unit) + 1))[:PUMP_LENGTH]
        inputs.extend((pumped + "!", pumped + "\x00"))
    inputs.append("(" * PUMP_LENGTH + ")" * PUMP_LENGTH)
    inputs.append(" ".join("1" * (i % 50 + 1) for i in range(200)) + "!")
    return inputs


def _adversarial_cases():
    issues = _known_issues()
    for index, found in enumerate(_run_time()):
        issue = issues(found)
        marks = [pytest.mark.xfail(run=False, reason=issue)] if issue else []
        yield pytest.param(index, id=found.origin, marks=marks)


@pytest.mark.parametrize("index", list(_adversarial_cases()))
def test_adversarial_inputs_finish(index):
    _run_adversarial(_run_time()[index], HANG_GUARD_SECONDS)


def test_the_adversarial_inputs_catch_a_catastrophic_pattern():
    """The harness is not vacuous: an alternation that backtracks exponentially does not finish."""
    from .pattern_audit import Found

    with pytest.raises(pytest.fail.Exception, match="did not finish"):
        _run_adversarial(Found(r"(?:a|aa)+b", 0, "regex", "control:1"), 1)


def _run_adversarial(found, seconds: float) -> None:
    pattern = found.compiled()
    budget = Budget(seconds)
    try:
        with budget.enforced():
            for text in _adversarial_inputs(found.pattern):
                subject = text.encode("utf-8") if found.is_bytes else text
                for match in pattern.finditer(subject):
                    assert match.end() <= len(subject)
                budget.checkpoint(f"matching {found.origin}")
    except BudgetExceeded:
        pytest.fail(f"{found.origin}: {found.pattern[:80]!r} did not finish the adversarial inputs "
                    f"within {seconds:g} s (catastrophic backtracking?)")
