"""Figures written together that are one amount or share one unit: "3 dollars 50 cents", "267 and 322 km"."""
from __future__ import annotations

import re

from ..numbers import Number
from .figure import Figure

_SUBUNIT_JOIN = re.compile(r"[ \t]+(?:and[ \t]+)?")


def join_subunits(text: str, figures: list[Figure]) -> list[Figure]:
    """"3 dollars 50 cents", "thirteen dollars and forty-five cents": one amount, 3.50 and 13.45."""
    out: list[Figure] = []
    for figure in figures:
        whole = out[-1] if out else None
        unit = figure.unit
        if (whole is not None and whole.unit is not None and whole.unit.kind == "money" and whole.unit.scale == 1.0
                and whole.high is None and unit is not None and unit.kind == "money" and unit.scale == 0.01
                and (unit.name == whole.unit.unit or (unit.unit == "cent" and whole.unit.unit != "GBP"))
                and float(figure.value).is_integer() and 0 < figure.value < 100 and figure.symbol is None
                and _SUBUNIT_JOIN.fullmatch(text, whole.end, figure.start)):
            whole.value = round(whole.value + figure.value * unit.scale, 10)
            whole.end = figure.end
            whole.attrs["subunit"] = unit.unit
            continue
        out.append(figure)
    return out


# A comma lists only before another listed figure ("4, 5 and 6 metres"): "Of 120, 30% voted" shares
# nothing, and ", or" restates ("200,000, or 2.4%").
_LISTED = re.compile(r"[ \t]+(?:and|or)[ \t]+")
_LISTED_COMMA = re.compile(r"[ \t]*,[ \t]*")


def share_units(text: str, figures: list[Figure]) -> None:
    """"267 and 322 kilometres", "2 or 3 percent": a bare figure listed right before one with a unit shares it."""
    for first, second in reversed(list(zip(figures, figures[1:]))):
        unit = second.unit
        joined = _LISTED.fullmatch(text, first.end, second.number.start) or (
            second.attrs.get("shared_unit") and _LISTED_COMMA.fullmatch(text, first.end, second.number.start))
        if (first.unit is None and unit is not None and unit.kind in ("measure", "percent")
                and second.symbol is None and first.number.form == "digits" == second.number.form
                and joined and not _year_like(text, first.number)):
            first.unit = unit
            first.attrs["shared_unit"] = True


def _year_like(text: str, number: Number) -> bool:
    """"In 2019 and 20 km away": four plain digits of a year share nothing."""
    written = text[number.start:number.end]
    return written.isdigit() and 1000 <= number.value <= 2100
