"""The desk works offline as one file and keeps WCAG AA contrast for its text colours."""
import re

import pytest

from factcheck.report.formats import render
from factcheck.report.templating import environment

from .conftest import report_for

BACKGROUNDS = ("#ffffff", "#fafafa", "#fcfcfc")
MARK_BACKGROUNDS = ("#e8eefc", "#e6f4ea", "#fbe9e7", "#f3e8fb")
BODY_TEXT = "#1b1b1b"


def luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def full(colour: str) -> str:
    return colour if len(colour) == 7 else "#" + "".join(ch * 2 for ch in colour[1:])


def test_every_text_colour_has_aa_contrast():
    css = environment().get_template("partials/style.css.j2").render()
    template = environment().loader.get_source(environment(), "report.html.j2")[0]
    colours = {full(c) for c in re.findall(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{3,6})\b", css)}
    colours |= {c for c in re.findall(r'fill="(#[0-9a-fA-F]{6})"', template)}
    assert len(colours) >= 5
    for colour in colours - {"#ffffff"}:
        for background in BACKGROUNDS:
            assert contrast(colour, background) >= 4.5, (colour, background)
    for background in MARK_BACKGROUNDS:
        assert contrast(BODY_TEXT, background) >= 4.5


def test_the_page_requests_nothing_from_outside(deal_article):
    html = render(report_for(deal_article), "html")
    assert not re.search(r"<(link|img|iframe|object|embed)\b", html)
    assert not re.search(r"\b(src|href)\s*=\s*[\"']?(https?:)?//", html)
    assert "@import" not in html and "url(" not in html


@pytest.mark.parametrize("severity", ["error", "warning", "info"])
def test_severity_is_never_colour_alone(deal_article, severity):
    css = environment().get_template("partials/style.css.j2").render()
    rule = re.search(rf"mark\.sev-{severity}[^{{]*\{{([^}}]*)\}}", css).group(1)
    assert re.search(r"(double|dashed|dotted)", rule)  # a line style tells the severities apart too
    html = render(report_for(deal_article), "html")
    assert '<span class="sr-only"> (error)</span>' in html and '<span class="badge sev-error">error</span>' in html
