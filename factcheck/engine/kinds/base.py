"""The base of every rule kind, built-in or from a third-party package."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Iterable

from ..context import ArticleContext, Hit
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

    ``scope`` is "article" (``check`` gets one ArticleContext) or "corpus" (``check_corpus`` gets all
    article contexts of a run and groups them by key itself).
    """

    scope: ClassVar[str] = "article"
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

    def check_corpus(self, contexts: Iterable[ArticleContext]) -> Iterable[Hit]:
        raise NotImplementedError


def _as_tuple(types: type | tuple[type, ...]) -> tuple[type, ...]:
    return types if isinstance(types, tuple) else (types,)


def _type_names(types: type | tuple[type, ...]) -> str:
    return " or ".join(t.__name__ for t in _as_tuple(types))
