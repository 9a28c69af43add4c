"""The base of every rule kind, built-in or from a third-party package."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Hashable, Iterable, Sequence

from ..context import ArticleContext, Hit
from ..facts import Fact
from ..schema import Rule, RuleError


@dataclass(frozen=True)
class Param:
    """A parameter a kind accepts in a rule's ``params``: its type(s), default and meaning."""

    types: type | tuple[type, ...]
    default: Any
    doc: str
    choices: tuple[Any, ...] = ()


class RuleKind:
    """Subclass, declare ``PARAMS`` and ``FIELDS`` (the placeholders a message may use), implement ``check``.

    ``scope`` is "article" (``check`` gets one ArticleContext) or "corpus". A corpus kind implements
    ``facts`` (what it keeps of one article, each ``Fact`` with a group key) and ``check_group`` (the
    facts sharing one key): the engine shuffles facts by key, so no kind ever sees every pair of
    articles, and only facts, never articles, are held until the end of a run.

    A kind that checks claims against a reference table sets ``uses_reference``; the engine hands it the
    table with ``attach_reference`` and leaves the rule out of a run that has no table.
    """

    scope: ClassVar[str] = "article"
    uses_reference: ClassVar[bool] = False
    PARAMS: ClassVar[dict[str, Param]] = {}
    FIELDS: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self.params = self._validated_params(rule)

    @classmethod
    def _validated_params(cls, rule: Rule) -> dict[str, Any]:
        values = {name: spec.default for name, spec in cls.PARAMS.items()}
        for name, value in rule.params.items():
            line = rule.param_lines.get(name, rule.line)
            spec = cls.PARAMS.get(name)
            if spec is None:
                allowed = ", ".join(cls.PARAMS) or "none"
                raise RuleError(rule.path, line, f"kind {rule.extends!r} has no parameter {name!r} (allowed: {allowed})")
            if isinstance(value, bool) and spec.types is not bool and bool not in _as_tuple(spec.types):
                raise RuleError(rule.path, line, f"parameter {name!r} must be {_type_names(spec.types)}, not a boolean")
            if not isinstance(value, spec.types):
                raise RuleError(rule.path, line, f"parameter {name!r} must be {_type_names(spec.types)}, not {value!r}")
            if spec.choices and value not in spec.choices:
                raise RuleError(rule.path, line, f"parameter {name!r} must be one of {', '.join(map(str, spec.choices))}")
            values[name] = value
        unknown = rule.message_fields - cls.FIELDS
        if unknown:
            raise RuleError(rule.path, rule.line, f"message uses {', '.join(sorted(unknown))}, which kind "
                            f"{rule.extends!r} does not provide (it provides: {', '.join(sorted(cls.FIELDS))})")
        return values

    def check(self, context: ArticleContext) -> Iterable[Hit]:
        raise NotImplementedError

    def facts(self, context: ArticleContext) -> Iterable[Fact]:
        raise NotImplementedError

    def check_group(self, key: Hashable, facts: Sequence[Fact]) -> Iterable[Hit]:
        raise NotImplementedError

    def check_corpus(self, contexts: Iterable[ArticleContext]) -> Iterable[Hit]:
        """Every group of a small article set at once (tests, examples); runs use the engine's shuffle."""
        groups: dict[Hashable, list[Fact]] = {}
        for context in contexts:
            for fact in self.facts(context):
                groups.setdefault(fact.key, []).append(fact)
        for key, facts in groups.items():
            yield from self.check_group(key, facts)

    def attach_reference(self, reference: Any) -> None:
        raise NotImplementedError


def _as_tuple(types: type | tuple[type, ...]) -> tuple[type, ...]:
    return types if isinstance(types, tuple) else (types,)


def _type_names(types: type | tuple[type, ...]) -> str:
    return " or ".join(t.__name__ for t in _as_tuple(types))
