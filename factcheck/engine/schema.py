"""Rule files: one YAML file per rule, validated strictly with the line of every mistake.

The YAML is composed into nodes first so that every error can name ``file:line``; only a valid
document becomes a :class:`Rule`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import regex
import yaml

from ..model import Severity

# libyaml's composer when installed (marks and tags as the pure-Python one, several times faster).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_ID = regex.compile(r"FC\d{3}")
_NAME = regex.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
_PLACEHOLDER = regex.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)[^{}]*\}")

REQUIRED = ("id", "name", "severity", "summary", "message", "extends", "examples")
OPTIONAL = ("description", "params", "enabled", "tags")
EXAMPLE_FIELDS = ("text", "date", "title", "note", "articles", "reference")
# An example for a corpus rule holds several articles; these are the fields of one.
EXAMPLE_ARTICLE_FIELDS = ("id", "text", "date", "title", "source", "event", "cluster")


class RuleError(ValueError):
    """A rule file is wrong; ``str()`` is ``file:line: what is wrong``."""

    def __init__(self, path: str, line: int | None, problem: str) -> None:
        self.path, self.line, self.problem = path, line, problem
        super().__init__(f"{path}:{line}: {problem}" if line else f"{path}: {problem}")


@dataclass(frozen=True)
class ExampleArticle:
    id: str
    text: str
    published: date | None
    title: str | None
    meta: dict[str, Any]
    line: int


@dataclass(frozen=True)
class Example:
    """One article (``text``), or several (``articles``) for a corpus rule; ``reference`` rows (with
    their line in the rule file) stand in for a ``--reference`` table."""

    text: str
    published: date | None
    title: str | None = None
    line: int = 0
    articles: tuple[ExampleArticle, ...] = ()
    reference: tuple[tuple[int, dict[str, Any]], ...] = ()


@dataclass(frozen=True)
class Rule:
    id: str
    name: str
    severity: Severity
    summary: str
    message: str
    extends: str
    path: str
    description: str = ""
    params: dict[str, Any] = field(default_factory=dict)
    param_lines: dict[str, int] = field(default_factory=dict)
    fire: tuple[Example, ...] = ()
    pass_: tuple[Example, ...] = ()
    enabled: bool = True
    tags: tuple[str, ...] = ()
    line: int = 1

    @property
    def message_fields(self) -> set[str]:
        return set(_PLACEHOLDER.findall(self.message))


def parse_rule_file(path: Path) -> Rule:
    shown = str(path)
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(shown, None, f"cannot read rule file: {exc}") from None
    try:
        node = yaml.compose(source, Loader=_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise RuleError(shown, mark.line + 1 if mark else None, f"not valid YAML: {getattr(exc, 'problem', exc)}") from None
    if not isinstance(node, yaml.MappingNode):
        raise RuleError(shown, _line(node), "a rule file must be a mapping of fields")
    fields = _mapping(shown, node)
    for key, (key_node, _) in fields.items():
        if key not in REQUIRED and key not in OPTIONAL:
            raise RuleError(shown, _line(key_node), f"unknown field {key!r}; allowed: {', '.join(REQUIRED + OPTIONAL)}")
    for key in REQUIRED:
        if key not in fields:
            raise RuleError(shown, 1, f"missing required field {key!r}")

    def text(key: str, pattern: regex.Pattern | None = None, what: str = "") -> str:
        value_node = fields[key][1]
        value = _scalar(value_node)
        if not isinstance(value, str) or not value.strip():
            raise RuleError(shown, _line(value_node), f"{key!r} must be a non-empty string")
        if pattern is not None and not pattern.fullmatch(value):
            raise RuleError(shown, _line(value_node), f"{key!r} {value!r} is not {what}")
        return value.strip()

    rule_id = text("id", _ID, "FC followed by three digits (e.g. FC201)")
    name = text("name", _NAME, "kebab-case (e.g. weekday-does-not-match-date)")
    try:
        severity = Severity.parse(text("severity"))
    except ValueError as exc:
        raise RuleError(shown, _line(fields["severity"][1]), str(exc)) from None
    params, param_lines = {}, {}
    if "params" in fields:
        params_node = fields["params"][1]
        if not isinstance(params_node, yaml.MappingNode):
            raise RuleError(shown, _line(params_node), "'params' must be a mapping")
        for key, (key_node, value_node) in _mapping(shown, params_node).items():
            params[key] = _construct(value_node)
            param_lines[key] = _line(key_node)
    fire, pass_ = _examples(shown, fields["examples"][1])
    enabled = _construct(fields["enabled"][1]) if "enabled" in fields else True
    if not isinstance(enabled, bool):
        raise RuleError(shown, _line(fields["enabled"][1]), "'enabled' must be true or false")
    tags = _construct(fields["tags"][1]) if "tags" in fields else []
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise RuleError(shown, _line(fields["tags"][1]), "'tags' must be a list of strings")
    description = text("description") if "description" in fields else ""
    return Rule(rule_id, name, severity, text("summary"), text("message"), text("extends"), shown,
                description, params, param_lines, fire, pass_, enabled, tuple(tags), _line(node))


def _examples(path: str, node: yaml.Node) -> tuple[tuple[Example, ...], tuple[Example, ...]]:
    if not isinstance(node, yaml.MappingNode):
        raise RuleError(path, _line(node), "'examples' must be a mapping with 'fire' and 'pass' lists")
    groups = _mapping(path, node)
    result = {}
    for key, (key_node, list_node) in groups.items():
        if key not in ("fire", "pass"):
            raise RuleError(path, _line(key_node), f"unknown examples group {key!r}; use 'fire' and 'pass'")
        if not isinstance(list_node, yaml.SequenceNode) or not list_node.value:
            raise RuleError(path, _line(list_node), f"examples.{key} must be a non-empty list")
        result[key] = tuple(_example(path, item) for item in list_node.value)
    for key in ("fire", "pass"):
        if key not in result:
            raise RuleError(path, _line(node), f"examples.{key} is missing: every rule needs an example "
                            f"that must fire and one that must pass")
    return result["fire"], result["pass"]


def _example(path: str, node: yaml.Node) -> Example:
    if isinstance(node, yaml.ScalarNode):
        raise RuleError(path, _line(node), "an example is a mapping with 'text' and 'date'")
    fields = _mapping(path, node)
    for key, (key_node, _) in fields.items():
        if key not in EXAMPLE_FIELDS:
            raise RuleError(path, _line(key_node), f"unknown example field {key!r}; allowed: {', '.join(EXAMPLE_FIELDS)}")
    articles = _example_articles(path, fields["articles"][1]) if "articles" in fields else ()
    reference = _example_reference(path, fields["reference"][1]) if "reference" in fields else ()
    if not articles and ("text" not in fields or not isinstance(_scalar(fields["text"][1]), str)):
        raise RuleError(path, _line(node), "an example needs a 'text' string (or 'articles')")
    published = _example_date(path, fields)
    title = _construct(fields["title"][1]) if "title" in fields else None
    text = _scalar(fields["text"][1]) if "text" in fields else ""
    return Example(text, published, title, _line(node), articles, reference)


def _example_date(path: str, fields: dict[str, tuple[yaml.Node, yaml.Node]]) -> date | None:
    if "date" not in fields:
        return None
    raw = _construct(fields["date"][1])
    if raw is not None and not isinstance(raw, date):
        raise RuleError(path, _line(fields["date"][1]), f"example date {raw!r} is not YYYY-MM-DD")
    return raw


def _example_articles(path: str, node: yaml.Node) -> tuple[ExampleArticle, ...]:
    if not isinstance(node, yaml.SequenceNode) or not node.value:
        raise RuleError(path, _line(node), "'articles' must be a non-empty list of articles")
    articles = []
    for number, item in enumerate(node.value, start=1):
        fields = _mapping(path, item)
        for key, (key_node, _) in fields.items():
            if key not in EXAMPLE_ARTICLE_FIELDS:
                raise RuleError(path, _line(key_node), f"unknown article field {key!r}; allowed: "
                                f"{', '.join(EXAMPLE_ARTICLE_FIELDS)}")
        if "text" not in fields or not isinstance(_scalar(fields["text"][1]), str):
            raise RuleError(path, _line(item), "an example article needs a 'text' string")
        meta = {k: str(_construct(fields[k][1])) for k in ("source", "event", "cluster") if k in fields}
        article_id = str(_construct(fields["id"][1])) if "id" in fields else f"article-{number}"
        title = _construct(fields["title"][1]) if "title" in fields else None
        articles.append(ExampleArticle(article_id, _scalar(fields["text"][1]), _example_date(path, fields),
                                       title, meta, _line(item)))
    return tuple(articles)


def _example_reference(path: str, node: yaml.Node) -> tuple[tuple[int, dict[str, Any]], ...]:
    if not isinstance(node, yaml.SequenceNode) or not node.value:
        raise RuleError(path, _line(node), "'reference' must be a non-empty list of table rows")
    rows = []
    for item in node.value:
        if not isinstance(item, yaml.MappingNode):
            raise RuleError(path, _line(item), "a reference row is a mapping of column to value")
        rows.append((_line(item), {k: _construct(v) for k, (_, v) in _mapping(path, item).items()}))
    return tuple(rows)


def _mapping(path: str, node: yaml.MappingNode) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    if not isinstance(node, yaml.MappingNode):
        raise RuleError(path, _line(node), "expected a mapping")
    result: dict[str, tuple[yaml.Node, yaml.Node]] = {}
    for key_node, value_node in node.value:
        key = _scalar(key_node)
        if not isinstance(key, str):
            raise RuleError(path, _line(key_node), f"field names must be strings, not {key!r}")
        if key in result:
            raise RuleError(path, _line(key_node), f"field {key!r} is given twice")
        result[key] = (key_node, value_node)
    return result


def _scalar(node: yaml.Node) -> Any:
    if not isinstance(node, yaml.ScalarNode):
        return node
    return _construct(node)


def _construct(node: yaml.Node) -> Any:
    # A fresh constructor per value: constructors remember what they built, and values must not share.
    return yaml.constructor.SafeConstructor().construct_document(node) if node is not None else None


def _line(node: yaml.Node | None) -> int | None:
    return node.start_mark.line + 1 if node is not None else None
