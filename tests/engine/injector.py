"""An error injector: take a realistic news sentence, change one figure or date the way a typist would,
and see whether the rules notice.

A ``Case`` is a sentence template with one slot, the value the slot held in the correct text, and a
predicate saying which values keep the text consistent. ``typos`` gives the values a slip of the finger
produces (swapped, dropped or doubled digits, off by one or ten, a missing or extra zero); every one the
predicate rejects is an injected error the rule must catch, and the untouched text must stay free of
findings at warning or above.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Iterator

from factcheck.engine.loader import instantiate, load_rules
from factcheck.engine.runner import Engine
from factcheck.model import Article, Finding, Severity, Span
from factcheck.pipeline import check_article

SLOT = "{}"


@dataclass(frozen=True)
class Injected:
    text: str
    published: date
    span: Span  # where the changed value stands in ``text``
    original: str
    replacement: str


@dataclass(frozen=True)
class Case:
    rule: str
    published: date
    template: str
    original: int
    consistent: Callable[[int], bool]
    show: Callable[[int], str] = str
    valid: Callable[[int], bool] = field(default=lambda value: value > 0)

    def text(self, value: int) -> str:
        return self.template.replace(SLOT, self.show(value), 1)

    def clean(self) -> Injected:
        return inject(self.text(self.original), self.published, self.show(self.original), self.show(self.original),
                      self.template.index(SLOT))

    def errors(self) -> Iterator[Injected]:
        """Every typo of the original value that the text cannot hold."""
        for value in typos(self.original):
            if self.valid(value) and not self.consistent(value):
                yield inject(self.text(self.original), self.published, self.show(self.original), self.show(value),
                             self.template.index(SLOT))


def inject(text: str, published: date, old: str, new: str, at: int | None = None) -> Injected:
    """Replace one occurrence of ``old`` (the one at offset ``at``, or the only one) with ``new``."""
    if at is None:
        if text.count(old) != 1:
            raise ValueError(f"{old!r} occurs {text.count(old)} times in the text; give the offset")
        at = text.index(old)
    if text[at:at + len(old)] != old:
        raise ValueError(f"{old!r} is not at offset {at}")
    changed = text[:at] + new + text[at + len(old):]
    return Injected(changed, published, Span(at, at + len(new)), old, new)


def typos(value: int) -> list[int]:
    """The values a slip of the finger makes of ``value``, without ``value`` itself, in a stable order."""
    digits = str(value)
    found: list[int] = []

    def keep(candidate: str | int) -> None:
        if isinstance(candidate, str) and (not candidate or candidate.startswith("0")):
            return  # "012" is not how a figure is misprinted
        number = int(candidate)
        if number != value and number not in found:
            found.append(number)

    for i in range(len(digits) - 1):  # swapped neighbours: 45 → 54
        keep(digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:])
    if len(digits) > 1:
        for i in range(len(digits)):  # a dropped digit: 120 → 12
            keep(digits[:i] + digits[i + 1:])
    for i in range(len(digits)):  # a doubled digit: 12 → 122
        keep(digits[:i + 1] + digits[i] + digits[i + 1:])
    for delta in (1, -1, 10, -10):  # off by one or ten
        if value + delta > 0:
            keep(value + delta)
    keep(value * 10)  # an extra zero
    return found


def findings(injected: Injected, rule_ids: set[str] | None = None, least: Severity = Severity.WARNING) -> list[Finding]:
    rules = [r for r in load_rules() if rule_ids is None or r.id in rule_ids]
    engine = Engine(instantiate(rules))
    article = Article("injected", injected.text, injected.published, body=Span(0, len(injected.text)))
    return [f for f in check_article(article, engine).findings if f.severity >= least]


def caught(injected: Injected, rule_id: str) -> bool:
    """The rule fired and its evidence includes the changed value."""
    return any(f.rule_id == rule_id and any(c.span.overlaps(injected.span) or injected.span.overlaps(c.span)
                                            for c in f.evidence)
               for f in findings(injected, {rule_id}))
