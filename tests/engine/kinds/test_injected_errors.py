"""Recall by injection: realistic sentences (hand-written news and the seed article) with one figure or
date changed by a typo. The correct sentence must stay clean at warning or above under every rule; each
typo the text cannot hold must be caught by the rule, with the changed figure among its evidence."""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.engine.injector import Case, caught, findings


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _valid_day(n: int) -> bool:
    return 1 <= n <= 30


SEED = Path(__file__).resolve().parents[3] / "seeds" / "000_fcbb8e3e67838202.txt"
# The real seed article without its date line, with the year its 1990s war ended as the slot.
SEED_BODY = SEED.read_text(encoding="utf-8").split("\n", 1)[1].replace("ended in 1994", "ended in {}")

CASES = [
    Case("FC101", date(2021, 7, 1), "The {}-day strike, which began on June 1 and ended on June 20, cost the port "
         "millions.", 19, lambda v: v in (19, 20)),
    Case("FC101", date(2020, 4, 2), "Talks lasted {} days, from March 3, 2020 to March 14, 2020, without a deal.",
         11, lambda v: v in (11, 12)),
    Case("FC101", date(2021, 7, 1), "The 19-day strike, which began on June 1 and ended on June {}, cost the port "
         "millions.", 20, lambda v: v - 1 in (19, 18), valid=_valid_day),
    Case("FC102", date(2021, 5, 10), "Maria Lopez, {}, born in 1962, has led the dockworkers' union since 2015.",
         58, lambda v: v in (58, 59)),
    Case("FC102", date(2021, 5, 10), "Maria Lopez, 58, born in {}, has led the dockworkers' union since 2015.",
         1962, lambda v: v in (1962, 1963), valid=lambda v: 1900 <= v <= 2021),
    Case("FC103", date(2019, 7, 20), "Crowds gathered at Cape Canaveral on Saturday for the {} anniversary of the "
         "1969 Apollo 11 landing.", 50, lambda v: abs(v - 50) <= 1, show=_ordinal),
    Case("FC103", date(2019, 7, 20), "Crowds gathered at Cape Canaveral on Saturday for the 50th anniversary of the "
         "{} Apollo 11 landing.", 1969, lambda v: abs(v - 1969) <= 1, valid=lambda v: 1800 <= v <= 2019),
    Case("FC104", date(2021, 5, 10), "Forty-two people died in the attack on the convoy: 30 soldiers and {} "
         "civilians.", 12, lambda v: v == 12),
    Case("FC104", date(2021, 5, 10), "The bus carried 48 passengers: 31 adults, {} children and two infants.",
         15, lambda v: v == 15),
    Case("FC105", date(2021, 5, 10), "In Sunday's referendum, 58% voted yes and {}% voted no.", 42,
         lambda v: 58 + v <= 101),
    Case("FC203", date(2021, 3, 1), "The ceasefire, which began in late January, collapsed after it lasted {} days.",
         30, lambda v: date(2021, 1, 21) + timedelta(days=v) <= date(2021, 3, 1)),
    Case("FC203", date(2020, 12, 29), "In {} days of fighting that began in late September and killed more than "
         "5,600 people on both sides, the Azerbaijani army pushed deep into Nagorno-Karabakh.", 44,
         lambda v: date(2020, 9, 21) + timedelta(days=v) <= date(2020, 12, 29)),
    Case("FC204", date(2021, 5, 10), "The border dispute lasted from {} to 2012, when a commission drew the line.",
         2008, lambda v: v <= 2012, valid=lambda v: 1800 <= v <= 2100),
    Case("FC205", date(2021, 5, 10), "Armenia seized the seven districts during the 1990s war. The {} war ended "
         "with a ceasefire that held for decades.", 1994, lambda v: 1990 <= v <= 1999, valid=lambda v: 1800 <= v <= 2021),
    Case("FC205", date(2020, 12, 29), SEED_BODY, 1994, lambda v: 1990 <= v <= 1999, valid=lambda v: 1800 <= v <= 2020),
    Case("FC401", date(2021, 5, 10), "At least 120 people were killed when the dam burst on Sunday, officials said."
         "\n\nHospital records list {} dead.", 131, lambda v: v >= 120),
    Case("FC401", date(2020, 12, 29), "Russia deployed nearly 2,000 peacekeepers for at least five years to monitor "
         "the peace deal. The {} troops will patrol the line of contact.", 1960, lambda v: 1700 <= v <= 2000,
         show=lambda v: f"{v:,}"),
]


def _id(case: Case) -> str:
    return f"{case.rule}-{case.template[:30]}"


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_the_correct_text_is_clean(case):
    found = findings(case.clean())
    assert not found, f"{case.clean().text!r}: {[f.message for f in found]}"


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_every_injected_error_is_caught(case):
    errors = list(case.errors())
    assert errors, "the case must inject at least one error"
    missed = [e.replacement for e in errors if not caught(e, case.rule)]
    assert not missed, f"{case.rule} missed {missed} in {case.template!r}"
