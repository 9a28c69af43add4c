"""Rule kinds come from the ``factcheck.rules`` entry point group, built-ins exactly like plug-ins."""
from __future__ import annotations

from functools import lru_cache
from importlib import import_module
from importlib.metadata import PackageNotFoundError, distribution, entry_points

from .kinds.base import RuleKind

GROUP = "factcheck.rules"
# Only used when factcheck runs from a source tree that was never installed (no entry point metadata).
_BUILTIN_FALLBACK = "factcheck.engine.kinds.builtin:KINDS"


@lru_cache(maxsize=1)
def rule_kinds() -> dict[str, type[RuleKind]]:
    kinds: dict[str, type[RuleKind]] = {}
    if not _installed():
        module, attr = _BUILTIN_FALLBACK.split(":")
        kinds.update(getattr(import_module(module), attr))
    for entry in entry_points(group=GROUP):
        kind = entry.load()
        if not (isinstance(kind, type) and issubclass(kind, RuleKind)):
            raise TypeError(f"entry point {entry.name} = {entry.value} is not a RuleKind subclass")
        kinds[entry.name] = kind
    return kinds


def _installed() -> bool:
    try:
        distribution("factcheck")
    except PackageNotFoundError:
        return False
    return True
