"""The Jinja2 environment shared by the HTML and Markdown renderers."""
from __future__ import annotations

from functools import lru_cache

import jinja2
import regex

from ..paths import data_dir

_BACKTICKS = regex.compile(r"`+")


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(data_dir("templates"))),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html", "html.j2"), default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md_escape"] = markdown_escape
    env.filters["md_code"] = markdown_code
    return env


def markdown_escape(value: object) -> str:
    """Text safe inside a Markdown table cell or paragraph: no markup, no raw HTML."""
    text = str(value)
    for char in "\\`*_{}[]<>()#+!|":
        text = text.replace(char, "\\" + char)
    return " ".join(text.split())


def markdown_code(value: object) -> str:
    """Text as a Markdown code span that no backtick inside it can close early (a file may be named
    ``a`<img onerror=...>`.md``): the fence is one backtick longer than the longest run inside, and
    spaces keep a backtick at either end apart from the fence."""
    text = " ".join(str(value).split())
    longest = max((len(run) for run in _BACKTICKS.findall(text)), default=0)
    fence = "`" * (longest + 1)
    return f"{fence} {text} {fence}" if longest else f"{fence}{text}{fence}"
