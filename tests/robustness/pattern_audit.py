"""Finding every regular expression factcheck uses, and judging whether it can backtrack catastrophically.

Three sources, so a pattern cannot hide: the patterns compiled while importing every module and running
the pipeline (recorded by hooking the ``regex`` and ``re`` compilers in a fresh interpreter, so patterns
built at run time from YAML word lists are included), string literals passed to ``regex``/``re``
functions in the source, and values under pattern keys in the YAML resources and rules.

The static judgement is the classic one: a group repeated without bound that contains a repetition
without bound (``(\\w+\\s?)+``, ``(?:a*b?)*``) can split the same text in exponentially many ways. An
atomic group or a possessive quantifier cannot backtrack into itself and is exempt.
"""
from __future__ import annotations

import ast
import json
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "factcheck"
PATTERN_KEYS = ("pattern", "patterns", "regex", "regexes")
_FUNCTIONS = {"compile", "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"}


@dataclass(frozen=True)
class Found:
    pattern: str
    flags: int
    engine: str  # "regex" or "re"
    origin: str  # file:line
    is_bytes: bool = False  # a bytes pattern, kept here decoded as latin-1

    def compiled(self):
        import re

        import regex

        source = self.pattern.encode("latin-1") if self.is_bytes else self.pattern
        return (regex if self.engine == "regex" else re).compile(source, self.flags)

    @property
    def verbose(self) -> bool:
        import re

        return bool(self.flags & re.VERBOSE)


def compiled_at_run_time() -> list[Found]:
    """Patterns compiled by factcheck code while importing everything and checking seeds/."""
    done = subprocess.run([sys.executable, "-m", "tests.robustness.collect_patterns"], cwd=REPO,
                          capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        raise RuntimeError(f"pattern collector failed:\n{done.stderr}")
    return [Found(**record) for record in json.loads(done.stdout)]


def literal_in_source() -> list[Found]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name) and node.func.value.id in ("regex", "re")
                    and node.func.attr in _FUNCTIONS and node.args
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, (str, bytes))):
                value = node.args[0].value
                is_bytes = isinstance(value, bytes)
                found.append(Found(value.decode("latin-1") if is_bytes else value, _literal_flags(node),
                                   node.func.value.id, f"{path.relative_to(REPO)}:{node.lineno}", is_bytes))
    return found


def _literal_flags(call: ast.Call) -> int:
    """The flags of a call when they are plain ``regex.X | regex.Y`` names (VERBOSE changes parsing)."""
    import re

    flags = 0
    for arg in list(call.args[1:]) + [k.value for k in call.keywords if k.arg == "flags"]:
        for node in ast.walk(arg):
            if isinstance(node, ast.Attribute) and node.attr in ("VERBOSE", "X"):
                flags |= re.VERBOSE
    return flags


def in_yaml_resources() -> list[Found]:
    found = []
    files = sorted((PACKAGE / "resources").rglob("*.y*ml")) + sorted((REPO / "rules").glob("*.y*ml"))
    for path in files:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for key_path, value in _pattern_values(data, ()):
            found.append(Found(value, 0, "regex", f"{path.relative_to(REPO)}:{'.'.join(key_path)}"))
    return found


def _pattern_values(data, where):
    if isinstance(data, dict):
        for key, value in data.items():
            here = where + (str(key),)
            if any(str(key).lower() == k or str(key).lower().endswith("_" + k) for k in PATTERN_KEYS):
                for item in (value if isinstance(value, list) else value.values() if isinstance(value, dict) else [value]):
                    if isinstance(item, str):
                        yield here, item
            else:
                yield from _pattern_values(value, here)
    elif isinstance(data, list):
        for i, item in enumerate(data):
            yield from _pattern_values(item, where + (str(i),))


# --- the static judgement ----------------------------------------------------------------------------

# Characters that stand in for "any text" when deciding whether two atoms can match the same character.
_ALPHABET = [chr(c) for c in range(32, 127)] + list("\t\n\u00a0éÉЖж٣’“”—\u2009")


@dataclass
class Item:
    """One atom of a pattern and how it is repeated; ``node`` is set for a group."""

    start: int
    end: int = 0
    node: "Node | None" = None
    unbounded: bool = False
    possessive: bool = False
    optional: bool = False


@dataclass
class Node:
    """A group (or the whole pattern): its items in order, whether it is atomic or has alternatives."""

    atomic: bool = False
    alternatives: bool = False
    items: list = field(default_factory=list)


def nested_unbounded(pattern: str, verbose: bool = False, flags: int = 0) -> list[str]:
    """Descriptions of every unbounded repetition of a group that itself contains one and whose
    iterations are not kept apart by a delimiter; [] when safe."""
    root, problems = _parse(pattern, verbose), []
    _judge(root, problems, pattern, flags)
    return problems


def _judge(node: Node, problems: list[str], pattern: str, flags: int) -> None:
    for item in node.items:
        if item.node is None:
            continue
        if item.unbounded and not item.possessive and not item.node.atomic:
            inner = _unbounded_items(item.node)
            if inner and not _delimited(item.node, inner, pattern, flags):
                problems.append(
                    f"group at offset {item.start} repeats without bound and contains a repetition without "
                    f"bound, with no delimiter between its iterations: {pattern[item.start:item.end + 1][:60]!r} "
                    f"(make the inner repetition possessive, e.g. \\w++, or the group atomic, (?>...))")
        _judge(item.node, problems, pattern, flags)


def _unbounded_items(node: Node) -> list[Item]:
    found = []
    for item in node.items:
        if item.unbounded and not item.possessive:
            found.append(item)
        if item.node is not None and not item.node.atomic:
            found.extend(_unbounded_items(item.node))
    return found


def _delimited(group: Node, inner: list[Item], pattern: str, flags: int) -> bool:
    """True when every iteration must match a single character none of the inner repetitions can match
    (``(?:-[a-z0-9]+)*``): then the text splits into iterations in exactly one way."""
    if group.alternatives:
        return False
    for first, second in zip(group.items, group.items[1:]):
        if (first.node is None and second.node is None and (first.unbounded or second.unbounded)
                and (first.optional or second.optional or (first.unbounded and second.unbounded))
                and _overlap(pattern[first.start:first.end], pattern[second.start:second.end], flags)):
            return False  # adjacent repetitions sharing characters (\s+\s*) split a run in many ways
    mandatory = [item for item in group.items if item.node is None and not item.optional]
    for item in mandatory:
        atom = pattern[item.start:item.end]
        others = [other for other in inner if other is not item]
        if any(_overlap(atom, pattern[other.start:other.end], flags) for other in others):
            continue
        if not item.unbounded:
            return True
        # A run of a class no other repetition matches (\s+ in (?:\s+\w+)*) is also a delimiter when
        # another mandatory atom of a different class keeps the runs of adjacent iterations apart.
        if any(not _overlap(atom, pattern[o.start:o.end], flags) for o in mandatory if o is not item):
            return True
    return False


def _overlap(first: str, second: str, flags: int) -> bool:
    import regex

    try:
        a, b = regex.compile(first, flags), regex.compile(second, flags)
    except regex.error:
        return True  # cannot tell: assume the worst
    return any(a.fullmatch(ch) and b.match(ch) for ch in _ALPHABET)


def _parse(pattern: str, verbose: bool) -> Node:
    stack = [Node()]
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if verbose and c.isspace():
            i += 1
            continue
        if verbose and c == "#":
            while i < n and pattern[i] != "\n":
                i += 1
            continue
        if c == "(":
            if pattern.startswith("(?#", i):
                i = pattern.index(")", i) + 1
                continue
            head = pattern[i + 1:i + 12]
            if head.startswith("?") and _is_inline_flags(head):
                if "x" in head[1:head.index(")")].split("-")[0]:
                    verbose = True
                i = pattern.index(")", i) + 1
                continue
            group = Node(atomic=head.startswith("?>"))
            stack[-1].items.append(Item(i, node=group))
            stack.append(group)
            i = _group_body(pattern, i)
            continue
        if c == ")":
            stack.pop()
            item = stack[-1].items[-1]
            item.end = i + 1
            i = _quantify(pattern, i + 1, item)
            continue
        if c == "|":
            stack[-1].alternatives = True
            i += 1
            continue
        item = Item(i)
        if c == "\\":
            i += 2
            if pattern[i - 1:i] in ("p", "P", "N", "x", "u") and i < n and pattern[i] == "{":
                i = pattern.index("}", i) + 1
        elif c == "[":
            i = _skip_class(pattern, i)
        else:
            i += 1
        item.end = i
        stack[-1].items.append(item)
        i = _quantify(pattern, i, item)
    return stack[0]


def _group_body(pattern: str, i: int) -> int:
    """Where the contents of the group opened at ``i`` begin, past ``(?:``, ``(?P<name>``, ``(?i:``..."""
    if not pattern.startswith("(?", i):
        return i + 1
    if pattern.startswith(("(?P<", "(?<"), i) and not pattern.startswith(("(?<=", "(?<!"), i):
        return pattern.index(">", i) + 1
    if pattern.startswith(("(?<=", "(?<!"), i):
        return i + 4
    if pattern.startswith("(?(", i):  # a conditional, (?(name)yes|no): its body follows the name
        return pattern.index(")", i + 3) + 1
    j = i + 2
    while j < len(pattern) and (pattern[j].isalpha() or pattern[j] == "-"):
        j += 1  # inline flags of a scoped group, (?i:...)
    return j + 1  # past the ':', '>', '=', '!' or '|' that names the group's kind


def _is_inline_flags(head: str) -> bool:
    """``(?i)`` style flags for the rest of the pattern, rather than a group like ``(?:``, ``(?i:``."""
    letters = ""
    for ch in head[1:]:
        if ch == ")":
            return bool(letters)
        if ch.isalpha() or ch == "-":
            letters += ch
        else:
            return False
    return False


def _skip_class(pattern: str, i: int) -> int:
    depth, i = 1, i + 1
    if i < len(pattern) and pattern[i] == "^":
        i += 1
    if i < len(pattern) and pattern[i] == "]":
        i += 1
    while i < len(pattern) and depth:
        if pattern[i] == "\\":
            i += 2
            continue
        if pattern[i] == "[" and i + 1 < len(pattern) and pattern[i + 1] not in ":.=":
            depth += 1  # regex's nested sets: [[a-z]--[aeiou]]
        elif pattern[i] == "]":
            depth -= 1
        i += 1
    return i


def _quantify(pattern: str, i: int, item: Item) -> int:
    """Read a quantifier after an atom at ``i`` into ``item``."""
    n = len(pattern)
    if i >= n:
        return i
    c = pattern[i]
    if c in "*+?":
        item.unbounded = c != "?"
        item.optional = c != "+"
        i += 1
    elif c == "{":
        close = pattern.find("}", i)
        parts = pattern[i + 1:close].split(",") if close > 0 else []
        if not parts or len(parts) > 2 or not all(p.strip().isdigit() or p.strip() == "" for p in parts) \
                or not any(p.strip() for p in parts):
            return i  # a literal brace
        item.unbounded = len(parts) == 2 and parts[1].strip() == ""
        item.optional = parts[0].strip() in ("", "0")
        i = close + 1
    else:
        return i
    if i < n and pattern[i] in "?+":
        item.possessive = pattern[i] == "+"
        i += 1
    return i
