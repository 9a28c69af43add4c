"""Figures written together that are one amount or share one unit: "3 dollars 50 cents", "5 feet 2 inches",
"267 and 322 km"."""
from __future__ import annotations

import re
from functools import lru_cache

from ...resources import load
from ..numbers import Number
from .figure import Figure

_SUBUNIT_JOIN = re.compile(r"[ \t]+(?:and[ \t]+)?")
# "5 ft 2 in": "in" is an inch only where no word follows it ("5 ft 2 in the morning" is no height).
_INCH_AFTER = re.compile(r"[ \t]?(?:in\b(?![ \t]*[^\W\d_])|\")")


@lru_cache(maxsize=1)
def _compound_measures() -> dict[tuple[str, str], float]:
    return {(e["whole"], e["part"]): float(e["per"]) for e in load("en/quantities/units.yaml")["compound_measures"]}


def join_subunits(text: str, figures: list[Figure]) -> list[Figure]:
    """"3 dollars 50 cents", "thirteen dollars and forty-five cents", "5 feet 2 inches": one amount
    (3.50, 13.45, 5.1667 ft)."""
    if all(f.unit is None for f in figures):
        return figures
    out: list[Figure] = []
    for figure in figures:
        whole = out[-1] if out else None
        if (whole is not None and whole.unit is not None and whole.high is None and figure.symbol is None
                and _SUBUNIT_JOIN.fullmatch(text, whole.end, figure.start) and float(figure.value).is_integer()):
            if _money_subunit(whole, figure):
                whole.value = round(whole.value + figure.value * figure.unit.scale, 10)
            elif (per := _measure_part(text, whole, figure)) is not None:
                whole.value = round(whole.value + figure.value / per, 10)
            else:
                out.append(figure)
                continue
            whole.end = figure.end
            whole.attrs["subunit"] = figure.unit.unit if figure.unit is not None else "in"
            continue
        out.append(figure)
    return out


def _money_subunit(whole: Figure, figure: Figure) -> bool:
    unit = figure.unit
    return (whole.unit.kind == "money" and whole.unit.scale == 1.0 and unit is not None and unit.kind == "money"
            and unit.scale == 0.01 and (unit.name == whole.unit.unit or (unit.unit == "cent" and whole.unit.unit != "GBP"))
            and 0 < figure.value < 100)


def _measure_part(text: str, whole: Figure, figure: Figure) -> float | None:
    """How many of the part's unit make one of the whole's ("5 feet 2 inches": 12), or None."""
    if whole.unit.kind != "measure":
        return None
    part = figure.unit.unit if figure.unit is not None else None
    inch = _INCH_AFTER.match(text, figure.end) if part is None and whole.unit.unit == "ft" else None
    if inch is not None:
        part = "in"
    per = _compound_measures().get((whole.unit.unit, part))
    if per is None or not 0 < figure.value < per:
        return None
    if inch is not None:
        figure.end = inch.end()
    return per


# A comma lists only before another listed figure ("4, 5 and 6 metres"): "Of 120, 30% voted" shares
# nothing, and ", or" restates ("200,000, or 2.4%").
_LISTED = re.compile(r"[ \t]+(?:and|or)[ \t]+")
_LISTED_COMMA = re.compile(r"[ \t]*,[ \t]*")


def share_units(text: str, figures: list[Figure]) -> None:
    """"267 and 322 kilometres", "2 or 3 percent": a bare figure listed right before one with a unit shares it."""
    for k in range(len(figures) - 1, 0, -1):
        first, second = figures[k - 1], figures[k]
        unit = second.unit
        if (unit is None or first.unit is not None or unit.kind not in ("measure", "percent")
                or second.symbol is not None or not first.number.form == "digits" == second.number.form):
            continue
        joined = _LISTED.fullmatch(text, first.end, second.number.start) or (
            second.attrs.get("shared_unit") and _LISTED_COMMA.fullmatch(text, first.end, second.number.start))
        if joined and not _year_like(text, first.number):
            first.unit = unit
            first.attrs["shared_unit"] = True


def _year_like(text: str, number: Number) -> bool:
    """"In 2019 and 20 km away": four plain digits of a year share nothing."""
    written = text[number.start:number.end]
    return written.isdigit() and 1000 <= number.value <= 2100
