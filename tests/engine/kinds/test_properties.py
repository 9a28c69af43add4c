"""Properties over generated dates: the arithmetic rules fire exactly when the calendar disagrees."""
from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.engine.loader import instantiate, load_rules
from factcheck.engine.runner import Engine
from factcheck.model import Article, Span
from factcheck.pipeline import check_article

_ENGINES: dict[str, Engine] = {}


def _fired(rule_id: str, text: str, published: date) -> bool:
    if rule_id not in _ENGINES:
        _ENGINES[rule_id] = Engine(instantiate([r for r in load_rules() if r.id == rule_id]))
    findings = check_article(Article("p", text, published, body=Span(0, len(text))), _ENGINES[rule_id]).findings
    return any(f.rule_id == rule_id for f in findings)


def _written(day: date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


@settings(max_examples=40, deadline=None)
@given(start=st.dates(date(1990, 1, 1), date(2020, 12, 1)), length=st.integers(1, 60), stated=st.integers(1, 70))
def test_duration_rule_fires_exactly_when_the_days_disagree(start, length, stated):
    end = start + timedelta(days=length)
    text = f"The {stated}-day strike, which began on {_written(start)} and ended on {_written(end)}, cost millions."
    assert _fired("FC101", text, date(2021, 6, 1)) == (stated not in (length, length + 1))


@settings(max_examples=40, deadline=None)
@given(born=st.integers(1920, 2000), age=st.integers(18, 100), published=st.dates(date(2019, 1, 1), date(2022, 12, 31)))
def test_age_rule_fires_exactly_when_no_birthday_makes_the_age(born, age, published):
    text = f"Smith, {age}, born in {born}, told reporters the plant would close."
    expected = {published.year - born - 1, published.year - born}
    assert _fired("FC102", text, published) == (age not in expected)


@settings(max_examples=40, deadline=None)
@given(event=st.integers(1900, 2015), n=st.integers(1, 100), published=st.integers(1950, 2022))
def test_anniversary_rule_fires_exactly_outside_the_window(event, n, published):
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    text = f"Crowds gathered for the {n}{suffix} anniversary of the {event} landing."
    assert _fired("FC103", text, date(published, 7, 1)) == (abs(event + n - published) > 1)


@settings(max_examples=40, deadline=None)
@given(parts=st.lists(st.integers(1, 400), min_size=2, max_size=4), total=st.integers(2, 1000))
def test_parts_rule_fires_exactly_when_the_sum_differs(parts, total):
    names = ["soldiers", "civilians", "police officers", "children"]
    listed = ", ".join(f"{p} {names[i]}" for i, p in enumerate(parts[:-1])) + f" and {parts[-1]} {names[len(parts) - 1]}"
    text = f"{total} people died in the attack: {listed}."
    assert _fired("FC104", text, date(2021, 5, 10)) == (sum(parts) != total)
