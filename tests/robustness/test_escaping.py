"""Article text, titles, ids and paths reach the HTML and Markdown reports as text, never as markup.

The Markdown report is rendered with a CommonMark renderer that passes raw HTML through (the unsafe
setting many viewers use), so an unescaped tag or link would show up in its output. A browser test of
the HTML report belongs to the templates' owner; these are the checks that need no browser.
"""
from __future__ import annotations

import os
from dataclasses import replace
from datetime import date
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
# Tags no article content may create. The report's own <script> (its template's code) is allowed; a
# script that mentions the attacks' alert() is not.
DANGEROUS_TAGS = {"img", "svg", "iframe", "object", "embed", "a", "form", "base", "meta", "link"}


class _Audit(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.text: list[str] = []
        self._in_script = False

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self._in_script = True
            if any(name == "src" for name, _ in attrs):
                self.problems.append(f"<script {attrs}>")
        if tag in DANGEROUS_TAGS and not (tag == "meta" and all(k in ("charset", "name", "content") for k, _ in attrs)):
            self.problems.append(f"<{tag} {attrs}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"event handler {name}={value!r} on <{tag}>")
            if value and regex.match(r"\s*(?:javascript|vbscript|data):", value, regex.IGNORECASE):
                self.problems.append(f"{name}={value!r} on <{tag}>")

    handle_startendtag = handle_starttag

    def handle_data(self, data):
        if self._in_script:
            if "alert(" in data:
                self.problems.append(f"script running article text: {data[:80]!r}")
        else:
            self.text.append(data)


def _audit(html: str) -> _Audit:
    audit = _Audit()
    audit.feed(html)
    audit.close()
    return audit


class Quoting(RuleKind):
    """A rule whose message quotes the article, as real rules quote the claims they flag."""

    FIELDS = frozenset({"quote"})

    def check(self, context):
        body = context.article.body_span
        yield Hit(Span(body.start, min(body.end, body.start + 40)), context.claims[:1],
                  {"quote": context.article.text[body.start:body.end]}, f"explained: {EVIL}")


def _report():
    rules = {r.id: r for r in load_rules()}
    quoting = Quoting(replace(rules["FC202"], message="the article says {quote}", params={}))
    engine = Engine(instantiate([rules["FC201"]]) + [quoting])
    text = f"{EVIL}\nIt was signed on Friday, March 3, 2022 {EVIL}.\n"
    article = Article(EVIL, text, date(2022, 3, 10), title=EVIL, path=f"news/{EVIL}.md", body=Span(0, len(text)))
    return build_report(run([article], engine), list(rules.values()))


def _markdown_html(markdown: str) -> str:
    from markdown_it import MarkdownIt

    # Raw HTML through and every link scheme allowed, like the laxest viewers: a tag or a javascript:
    # link that escaped escaping shows up in the output.
    loose = MarkdownIt("commonmark", {"html": True})
    loose.validateLink = lambda url: True
    return loose.render(markdown)


def test_html_report_shows_attacks_as_text():
    html = render(_report(), "html")
    audit = _audit(html)
    assert not audit.problems, audit.problems
    shown = "".join(audit.text)
    for attack in ATTACKS:
        assert attack in shown, f"{attack!r} is not shown as text"


def test_markdown_report_shows_attacks_as_text():
    markdown = render(_report(), "md")
    audit = _audit(_markdown_html(markdown))
    assert not audit.problems, audit.problems
    shown = " ".join(" ".join(audit.text).split())
    for attack in ATTACKS:
        assert " ".join(attack.split()) in shown, f"{attack!r} is not shown as text"


def test_file_names_and_skip_reasons_are_escaped_too(tmp_path):
    if os.name == "nt":
        pytest.skip("these file names are not allowed on Windows")
    folder = tmp_path / "in"
    folder.mkdir()
    name = "a`<img src=x onerror=alert(1)>`"
    (folder / f"{name}.md").write_text(f"---\ntitle: \"{ATTACKS[0]}\"\n---\nIt was signed on Friday, March 3, 2022.\n",
                                       encoding="utf-8")
    (folder / f"{name}bad.md").write_text("---\ntitle: [unclosed\n---\nBody.\n", encoding="utf-8")
    (folder / f"{name}.txt").write_text(f"date {ATTACKS[1]}\nThey met on Friday.\n", encoding="utf-8")
    out = tmp_path / "out"
    main(["check", str(folder), "--report-dir", str(out), "--fail-on", "never"])
    html = (out / "report.html").read_text(encoding="utf-8")
    markdown = (out / "report.md").read_text(encoding="utf-8")
    for rendered in (html, _markdown_html(markdown)):
        audit = _audit(rendered)
        assert not audit.problems, audit.problems
        assert name in "".join(audit.text)
