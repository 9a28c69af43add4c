"""Word lists of the temporal parser, read once from ``resources/en/timex/lexicon.yaml``.

Lookups are plain dicts keyed by the lower-cased, whitespace-normalised surface form, so an
interpreter turns a matched word into its value with one dict access.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex

from ...resources import load


def normalise(words: str) -> str:
    """Lower-case and collapse inner whitespace and hyphens: "twenty-four" -> "twenty four"."""
    return " ".join(words.lower().replace("-", " ").split())


@dataclass(frozen=True)
class Unit:
    name: str          # "year"
    iso: str           # "Y", or "TH" for a time unit
    factor: int        # a decade is 10 years
    days: tuple[float, float]
    vague_iso: str     # the letter of a vague count: "centuries" -> PXC


@dataclass(frozen=True)
class Lexicon:
    raw: dict[str, Any]
    months: dict[str, int]
    month_forms: list[str]
    full_month_forms: list[str]
    weekdays: dict[str, int]
    weekday_forms: list[str]
    weekday_names: dict[int, str]
    numbers: dict[str, float | None]
    units: dict[str, Unit]
    hedges: dict[str, str]
    positions: dict[str, str | None]
    seasons: dict[str, str]
    parts_of_day: dict[str, str]
    clock_words: dict[str, str]
    ordinals: dict[str, int]
    holidays: dict[str, dict[str, Any]]
    event_days: dict[str, dict[str, Any]]   # "9/11" -> its entry (date, nouns)
    references: dict[str, str]
    set_adverbs: dict[str, str]


def _forms(entries: list[dict[str, Any]]) -> tuple[dict[str, int], list[str]]:
    lookup: dict[str, int] = {}
    forms: list[str] = []
    for entry in entries:
        for form in entry["forms"]:
            lookup[form.lower().rstrip(".")] = entry["n"]
            forms += [form, form.upper()] if form.upper() != form else [form]
    return lookup, forms


def _number_words(spec: dict[str, Any]) -> dict[str, float | None]:
    numbers: dict[str, float | None] = {}
    for group in ("ones", "teens", "tens"):
        numbers.update(spec[group])
    for tens, tens_value in spec["tens"].items():
        for ones, ones_value in spec["ones"].items():
            numbers[f"{tens} {ones}"] = tens_value + ones_value
    for word in spec["one"]:
        numbers[word] = 1
    for phrase, value in spec["fixed"].items():
        numbers[normalise(phrase)] = value
    for phrase in spec["vague"]:
        numbers[normalise(phrase)] = None
    return numbers


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = load("en/timex/lexicon.yaml")
    months, month_forms = _forms(data["months"])
    full = [e["forms"][0] for e in data["months"]]
    weekdays, weekday_forms = _forms(data["weekdays"])
    units = {}
    for name, spec in data["units"].items():
        unit = Unit(name, spec["iso"], spec.get("factor", 1), tuple(spec["days"]), spec.get("vague_iso", spec["iso"]))
        for form in spec["forms"] + spec.get("after_figure", []):
            units[form] = unit
    references = {normalise(word): value for value, words in data["references"].items() for word in words}
    return Lexicon(
        raw=data,
        months=months,
        month_forms=month_forms,
        full_month_forms=full + [f.upper() for f in full],
        weekdays=weekdays,
        weekday_forms=weekday_forms,
        weekday_names={e["n"]: e["forms"][0] for e in data["weekdays"]},
        numbers=_number_words(data["number_words"]),
        units=units,
        hedges={normalise(k): v for k, v in data["hedges"].items()},
        positions={normalise(k): v for k, v in data["positions"].items()},
        seasons=data["seasons"],
        parts_of_day=data["parts_of_day"],
        clock_words=data["clock_words"],
        ordinals={normalise(k): v for k, v in data["ordinals"].items()},
        holidays={k.lower(): v for k, v in data["holidays"].items()},
        event_days={normalise(form): entry for entry in data["event_days"] for form in entry["forms"]},
        references=references,
        set_adverbs={normalise(k): v for k, v in data["set_adverbs"].items()},
    )


@lru_cache(maxsize=None)
def _context_cases(key: str) -> tuple[tuple[regex.Pattern, regex.Pattern], ...]:
    cases = lexicon().raw[key]
    return tuple((regex.compile(case["before"]), regex.compile(case["after"]))
                 for case in (cases if isinstance(cases, list) else [cases]))


def said_around(text: str, start: int, end: int, key: str, reach: int) -> bool:
    """Whether one of the lexicon's ``key`` cases holds around ``text[start:end]``: its ``before`` pattern
    ends within ``reach`` characters right before the expression and its ``after`` pattern starts right after it."""
    return any(before.search(text, max(0, start - reach), start) is not None and after.match(text, end) is not None
               for before, after in _context_cases(key))
