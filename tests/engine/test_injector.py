from datetime import date

import pytest

from tests.engine.injector import Case, inject, typos


def test_typos_are_the_slips_of_a_finger():
    assert typos(45) == [54, 5, 4, 445, 455, 46, 44, 55, 35, 450]
    assert 12 in typos(120) and 1200 in typos(120)
    assert 120 not in typos(120)
    assert all(t > 0 for t in typos(1))


def test_inject_replaces_exactly_one_occurrence_and_reports_where():
    injected = inject("The 19-day strike ended.", date(2021, 7, 1), "19", "12")
    assert injected.text == "The 12-day strike ended."
    assert injected.text[injected.span.start:injected.span.end] == "12"


def test_inject_refuses_an_ambiguous_figure():
    with pytest.raises(ValueError, match="occurs 2 times"):
        inject("12 and 12", date(2021, 7, 1), "12", "13")


def test_a_case_yields_only_inconsistent_values():
    case = Case("FC101", date(2021, 7, 1), "The {}-day strike began on June 1 and ended on June 20.", 19,
                lambda v: v in (19, 20))
    values = {e.replacement for e in case.errors()}
    assert "20" not in values and "19" not in values and "91" in values
    assert case.clean().text == "The 19-day strike began on June 1 and ended on June 20."
