"""Article text and titles are shown as text in a real browser: no script runs, no link is made."""
from datetime import date

import pytest

pytest.importorskip("selenium", reason="selenium is not installed; `pip install -e '.[test]'` brings it")

from selenium.webdriver.common.by import By

from factcheck.model import Article, Span
from factcheck.report.formats import render

from ..report.conftest import report_for

HOSTILE = ('<script>window.__pwned = 1</script> The deal was signed on Friday, March 3, 2022. '
           '<a href="javascript:window.__pwned = 2">read more</a> <img src=x onerror="window.__pwned = 3">')


def test_hostile_text_stays_text(browser, tmp_path):
    article = Article("x", HOSTILE, date(2022, 3, 10), '<script>window.__pwned = 4</script>Title', "x.txt",
                      Span(0, len(HOSTILE)))
    page = tmp_path / "report.html"
    page.write_text(render(report_for(article), "html"), encoding="utf-8")
    browser.get(page.as_uri())
    assert browser.execute_script("return window.__pwned === undefined")
    assert browser.find_elements(By.CSS_SELECTOR, "a[href^='javascript:'], img, main script") == []
    text = browser.find_element(By.CSS_SELECTOR, ".text").text
    assert "<script>window.__pwned = 1</script>" in text and '<a href="javascript:' in text
    assert browser.find_element(By.TAG_NAME, "h2").text == "<script>window.__pwned = 4</script>Title"
    # The page's own script did run: the filters it reveals are visible.
    assert browser.find_element(By.ID, "filters").is_displayed()
