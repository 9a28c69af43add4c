"""Units next to a figure: currencies, percent, physical measures.

The fast path is a few precompiled alternations built once from ``resources/en/quantities/units.yaml``
and ``currencies.yaml``. quantulum3's unit knowledge is used without running its parser (about two
articles a second): its ``units.json`` tables are read once and the full-word unit names it knows and we
do not ("furlong", "kilopascal", "megatonne") are added to the same alternation. Nothing here depends
on hash order, so every process gives the same answers.
"""
from __future__ import annotations

import importlib.util
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex

from ..phrases import trie
from ..resources import load


@dataclass(frozen=True, slots=True)
class Unit:
    """What a unit surface means. ``kind`` is "money", "percent" or "measure"."""

    kind: str
    unit: str  # Claim.unit: ISO code, "%", "pp", "km"
    name: str  # quantulum3's name: "kilometre", "percentage", "United States dollar" (for money: code)
    dimension: str  # "length", "currency", "percentage"
    scale: float = 1.0  # cents and pence are hundredths of their currency
    needs_scale: bool = False  # "pounds" is money only as "5 million pounds"; alone it is weight


@dataclass(frozen=True, slots=True)
class UnitMatch:
    start: int
    end: int
    unit: Unit
    surface: str


def _alternation(surfaces: list[tuple[str, bool]]) -> str:
    """Two tries, one matched as written (symbols: "MW", "m") and one case-insensitively (words)."""
    exact = trie(s for s, case in surfaces if case)
    folded = trie(s for s, case in surfaces if not case)
    # Symbols first: "°C" must beat "°"; a symbol that is only the start of a word ("m" in "mph") fails
    # the boundary check after the unit and the word is tried next.
    return f"{exact}|(?i:{folded})"


def _quantulum_dir() -> Path | None:
    spec = importlib.util.find_spec("quantulum3")  # finds the package without importing its parser
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0])


# quantulum3 names that are English words far more often than units in news ("a turn", "a span").
_QUANTULUM_SKIP = {"span", "turn", "set", "pair", "barn", "count", "point", "league", "stone", "line",
                   "block", "bit", "nail", "hand", "cord", "chain", "rod", "pole", "perch", "link",
                   "slug", "grain", "drop", "cup", "pint", "shot", "gill", "dram", "mark", "sheet",
                   "ream", "score", "gross", "unit", "degree", "second", "minute", "hour", "day",
                   "week", "month", "year", "decade", "century", "percentage", "dimensionless",
                   "quarter", "tonne", "ton", "pound", "ounce", "foot", "feet", "inch", "mile", "dots", "dot",
                   "gray", "henry", "mole", "pond", "quad", "candle", "denier", "dalton", "newton", "stokes",
                   "darcy", "peck", "tetrad", "poise", "nibble", "barrie", "bary", "stere", "pixel",
                   "franklin", "galileo", "maxwell", "langley", "quartet", "hartree", "bevatron", "faraday"}


def _plural(word: str) -> str:
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


@lru_cache(maxsize=1)
def quantulum_units() -> dict[str, Unit]:
    """Full-word unit surfaces from quantulum3's tables (lower-case surface → Unit), or {} without it."""
    root = _quantulum_dir()
    if root is None:
        return {}
    try:
        general = json.loads((root / "units.json").read_text(encoding="utf-8"))
        language = json.loads((root / "_lang" / "en_US" / "units.json").read_text(encoding="utf-8"))
        common = json.loads((root / "_lang" / "en_US" / "common-words.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    common_words = {w for words in common.values() for w in words}
    found: dict[str, Unit] = {}
    for name in sorted(general):
        entry = general[name]
        dimension = entry.get("entity", "")
        if dimension in ("dimensionless", "currency", "time", "unknown", ""):
            continue
        surfaces = [name] + list(entry.get("surfaces", [])) + list(language.get(name, {}).get("surfaces", []))
        for surface in surfaces:
            surface = " ".join(surface.lower().split())
            if len(surface) < 4 or not regex.fullmatch(r"[a-z][a-z -]*[a-z]", surface):
                continue
            for form in (surface, _plural(surface)):
                if form in common_words or form in _QUANTULUM_SKIP or surface in _QUANTULUM_SKIP:
                    continue
                found.setdefault(form, Unit("measure", name, name, dimension))
    return found


@dataclass(frozen=True, slots=True)
class _Tables:
    after: re.Pattern  # a unit right after a figure
    before: re.Pattern  # a currency symbol or code right before a figure (searched at the end)
    spaced_dollar: re.Pattern  # "hk $ 10", "c $ 5": a dollar prefix apart from its "$" or lower-case
    case_sensitive: dict[str, Unit]
    case_insensitive: dict[str, Unit]
    prefix: dict[str, Unit]


@lru_cache(maxsize=1)
def tables() -> _Tables:
    units = load("en/quantities/units.yaml")
    money = load("en/quantities/currencies.yaml")
    cs: dict[str, Unit] = {}
    ci: dict[str, Unit] = {}
    surfaces: list[tuple[str, bool]] = []

    def add(surface: str, unit: Unit, case: bool) -> None:
        # Symbols of up to three characters may be case-sensitive ("MW", "m"); words never are. One-letter
        # symbols always are: "5G" is no five grams.
        case = (case and len(surface) <= 3) or len(surface) == 1
        table, key = (cs, surface) if case else (ci, " ".join(surface.lower().split()))
        if key not in table:
            table[key] = unit
            surfaces.append((surface, case))

    for entry in units["percent"]:
        unit = Unit("percent", entry["unit"], "percentage" if entry["unit"] == "%" else "percentage point",
                    "percentage")
        for surface in entry["surfaces"]:
            add(surface, unit, False)
    for entry in units["measures"]:
        unit = Unit("measure", entry["unit"], entry["name"], entry["dimension"])
        for surface in entry["surfaces"]:
            add(surface, unit, bool(entry.get("case")))
    for entry in money["words"]:
        unit = Unit("money", entry["code"], entry.get("currency", entry["code"]), "currency",
                    float(entry.get("scale", 1.0)), needs_scale=entry["code"] == "GBP" and "pounds" in entry["words"])
        for surface in entry["words"]:
            add(surface, unit, False)
    for code in money["codes"]:
        add(code, Unit("money", "CNY" if code == "RMB" else code, code, "currency"), True)
    for surface, unit in quantulum_units().items():
        add(surface, unit, False)

    prefix: dict[str, Unit] = {}
    for symbol, entry in money["symbols"].items():
        prefix[symbol] = Unit("money", entry["code"], entry["code"], "currency")
    for code in money["codes"]:
        prefix[code] = Unit("money", "CNY" if code == "RMB" else code, code, "currency")
    symbol_alt = "|".join(re.escape(s) for s in sorted(prefix, key=lambda s: (-len(s), s)))
    # The standard `re` module: these run once or twice per figure, and its calls cost less.
    after = re.compile(rf"(?:[ \t\u00a0\u202f]{{0,2}}|-)(?P<unit>{_alternation(surfaces)})(?!\w)")
    # "$4.5bn", "US$ 5", "USD 5": the symbol ends right before the figure (one space at most). Codes
    # and symbols ending in a letter must not be the tail of a longer word ("Rs" but not "Mrs").
    before = re.compile(rf"(?<!\w)(?P<symbol>{symbol_alt})[ \u00a0]?$")
    spaced = "|".join(re.escape(p) for p in sorted(money["spaced_dollar_prefixes"], key=lambda p: (-len(p), p)))
    spaced_dollar = re.compile(rf"(?<![\w'’.])(?P<symbol>(?i:{spaced})[ \u00a0]?\$)[ \u00a0]?$")
    return _Tables(after, before, spaced_dollar, cs, ci, prefix)


def unit_after(text: str, pos: int, end: int) -> UnitMatch | None:
    """The unit written right after a figure ending at ``pos``: "km" in "40 km", "%" in "5%"."""
    t = tables()
    m = t.after.match(text, pos, end)
    if m is None:
        return None
    surface = m.group("unit")
    unit = t.case_sensitive.get(surface) or t.case_insensitive.get(" ".join(surface.lower().split()))
    if unit is None:
        return None
    return UnitMatch(m.start("unit"), m.end("unit"), unit, surface)


def currency_before(text: str, pos: int, floor: int) -> UnitMatch | None:
    """The currency symbol or code written right before a figure starting at ``pos``: "$" in "$4.5bn"."""
    t = tables()
    if "$" in text[max(floor, pos - 2):pos]:
        spaced = t.spaced_dollar.search(text, max(floor, pos - 9), pos)
        if spaced is not None:
            written = spaced.group("symbol")
            key = written.replace(" ", "").replace("\u00a0", "").upper()
            return UnitMatch(spaced.start("symbol"), spaced.end("symbol"), t.prefix[key], written)
    m = t.before.search(text, max(floor, pos - 8), pos)
    if m is None:
        return None
    symbol = m.group("symbol")
    return UnitMatch(m.start("symbol"), m.end("symbol"), t.prefix[symbol], symbol)
