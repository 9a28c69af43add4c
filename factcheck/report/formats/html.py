"""The HTML editor's desk: one offline file (styles and script inline, no external request).

A Content-Security-Policy allows only the page's own style and script, by their hashes, so text that
slipped past escaping could still never run; the hashes keep the file reproducible byte for byte.
"""
from __future__ import annotations

import base64
import hashlib

from ..data import ReportData
from ..desk import build_desk
from ..templating import environment


def render(report: ReportData, review=None) -> str:
    """``review`` (a ReviewContext) adds the decision forms the review server handles."""
    env = environment()
    style = env.get_template("partials/style.css.j2").render()
    script = env.get_template("partials/desk.js.j2").render()
    desks, details = build_desk(report)
    policy = ("default-src 'none'; img-src data:; base-uri 'none'; form-action 'self'; "
              f"style-src '{_hash(style)}'; script-src '{_hash(script)}'")
    rule_ids = sorted({f.finding.rule_id for f in report.findings})
    return env.get_template("report.html.j2").render(
        report=report, summary=report.summary, desks=desks, details=details, style=style, script=script,
        policy=policy, rule_ids=rule_ids, review=review)


def _hash(source: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")
