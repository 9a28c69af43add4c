"""Article text, titles, ids and paths reach the HTML and Markdown reports as text, never as markup.

The Markdown report is rendered with a CommonMark renderer that passes raw HTML through (the unsafe
setting many viewers use), so an unescaped tag or link would show up in its output. A browser test of
the HTML report belongs to the templates' owner; these are the checks that need no browser.
"""
from __future__ import annotations

import json
import os
from dataclasses import replace
from datetime import date
from collections import Counter
from html.parser import HTMLParser

import pytest
import regex

from factcheck.cli import main
from factcheck.engine.context import Hit
from factcheck.engine.kinds.base import RuleKind
from factcheck.engine.loader import instantiate, load_rules
from factcheck.engine.runner import Engine
from factcheck.model import Article, Span
from factcheck.pipeline import run
from factcheck.report.data import build_report
from factcheck.report.formats import render

ATTACKS = [
    "<script>alert('text')</script>",
    '<img src=x onerror="alert(2)">',
    "[click me](javascript:alert(3))",
    '<a href="javascript:alert(4)">link</a>',
    "<svg/onload=alert(5)>",
    "`</code><script>alert(6)</script>`",
    "![x](javascript:alert(7))",
    "<javascript:alert(8)>",
    '"><iframe src="javascript:alert(9)">',
]
EVIL = " ".join(ATTACKS)


def defanged(text: str) -> str:
    """The same text with nothing a browser could take for markup: the report made from it is the
    reference for which tags the report's own templates produce."""
    return text.translate(str.maketrans({"<": "‹", ">": "›", "`": "'", '"': "'"})).replace("javascript", "javaskript")


class _Audit(HTMLParser):
    """The tags of a page, the text it shows, and anything that would run: event handler attributes,
    javascript: URLs, a script that mentions the attacks' alert()."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.text: list[str] = []
        self.tags: Counter[str] = Counter()
        self._in_script = False
        self._script_is_data = False

    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1
        self._in_script = tag == "script"
        self._script_is_data = any(k == "type" and "json" in (v or "") for k, v in attrs)
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"event handler {name}={value!r} on <{tag}>")
            if value and regex.match(r"\s*(?:javascript|vbscript):", value, regex.IGNORECASE):
                self.problems.append(f"{name}={value!r} on <{tag}>")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self._in_script = False

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            # Data in a JSON script block is fine as long as it cannot change how the page parses.
            if regex.search(r"<!--|<script", data, regex.IGNORECASE):
                self.problems.append(f"markup inside a script: {data[:80]!r}")
            elif "alert(" in data and not self._script_is_data:
                self.problems.append(f"script running article text: {data[:80]!r}")
        else:
            self.text.append(data)


def _audit(html: str) -> _Audit:
    audit = _Audit()
    audit.feed(html)
    audit.close()
    return audit


def _assert_inert(rendered: str, reference: str, shown: list[str]) -> None:
    """``rendered`` (made from the attacks) runs nothing, has exactly the tags of ``reference`` (made
    from the defanged attacks), and shows every string of ``shown`` as text."""
    audit, expected = _audit(rendered), _audit(reference)
    assert not audit.problems, audit.problems
    extra = audit.tags - expected.tags
    assert not extra, f"article content created markup: {dict(extra)}"
    text = " ".join(" ".join(audit.text).split())
    for item in shown:
        assert " ".join(item.split()) in text, f"{item!r} is not shown as text"


class Quoting(RuleKind):
    """A rule whose message quotes the article, as real rules quote the claims they flag."""

    FIELDS = frozenset({"quote"})

    def check(self, context):
        body = context.article.body_span
        yield Hit(Span(body.start, min(body.end, body.start + 40)), context.claims[:1],
                  {"quote": context.article.text[body.start:body.end]},
                  f"explained: {context.article.title}")


def _report(evil: str = EVIL):
    rules = {r.id: r for r in load_rules()}
    quoting = Quoting(replace(rules["FC202"], message="the article says {quote}", params={}))
    engine = Engine(instantiate([rules["FC201"]]) + [quoting])
    text = f"{evil}\nIt was signed on Friday, March 3, 2022 {evil}.\n"
    article = Article(evil, text, date(2022, 3, 10), title=evil, path=f"news/{evil}.md", body=Span(0, len(text)))
    return build_report(run([article], engine), list(rules.values()))


def _markdown_html(markdown: str) -> str:
    from markdown_it import MarkdownIt

    # Raw HTML through and every link scheme allowed, like the laxest viewers: a tag or a javascript:
    # link that escaped escaping shows up in the output.
    loose = MarkdownIt("commonmark", {"html": True})
    loose.validateLink = lambda url: True
    return loose.render(markdown)


@pytest.mark.parametrize("fmt", ["html", "md"])
def test_reports_show_attacks_as_text(fmt):
    as_html = (lambda page: page) if fmt == "html" else _markdown_html
    _assert_inert(as_html(render(_report(), fmt)), as_html(render(_report(defanged(EVIL)), fmt)), ATTACKS)


def _reports_for(tmp_path, name: str, label: str) -> tuple[str, str]:
    folder = tmp_path / label / "in"
    folder.mkdir(parents=True)
    title = ATTACKS[0] if label == "evil" else defanged(ATTACKS[0])
    header = ATTACKS[1] if label == "evil" else defanged(ATTACKS[1])
    (folder / f"{name}.md").write_text(f"---\ntitle: {json.dumps(title)}\n---\nIt was signed on Friday, March 3, 2022.\n",
                                       encoding="utf-8")
    (folder / f"{name}bad.md").write_text("---\ntitle: [unclosed\n---\nBody.\n", encoding="utf-8")
    (folder / f"{name}.txt").write_text(f"date {header}\nThey met on Friday.\n", encoding="utf-8")
    out = tmp_path / label / "out"
    main(["check", str(folder), "--report-dir", str(out), "--fail-on", "never"])
    return (out / "report.html").read_text(encoding="utf-8"), (out / "report.md").read_text(encoding="utf-8")


def test_file_names_front_matter_and_skip_reasons_are_escaped_too(tmp_path):
    if os.name == "nt":
        pytest.skip("these file names are not allowed on Windows")
    name = "a`<img src=x onerror=alert(1)>`"
    html, markdown = _reports_for(tmp_path, name, "evil")
    safe_html, safe_markdown = _reports_for(tmp_path, defanged(name), "safe")
    _assert_inert(html, safe_html, [name, ATTACKS[0]])
    _assert_inert(_markdown_html(markdown), _markdown_html(safe_markdown), [name])
