"""The Jinja2 environment shared by the HTML and Markdown renderers."""
from __future__ import annotations

from functools import lru_cache

import jinja2

from ..paths import data_dir


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
    return env


def markdown_escape(value: object) -> str:
    """Text safe inside a Markdown table cell or paragraph: no markup, no raw HTML."""
    text = str(value)
    for char in "\\`*_{}[]<>()#+!|":
        text = text.replace(char, "\\" + char)
    return " ".join(text.split())
