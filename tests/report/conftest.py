from datetime import date

import pytest

from factcheck.engine.loader import instantiate, load_rules
from factcheck.engine.runner import Engine
from factcheck.model import Article, Span
from factcheck.pipeline import run
from factcheck.report.data import build_report

TEXT = "ISTANBUL — The deal was signed on\nFriday, March 3, 2022, by <script>alert('x')</script> officials.\n"


def report_for(*articles):
    rules = load_rules()
    return build_report(run(list(articles), Engine(instantiate(rules))), rules)


@pytest.fixture
def deal_article():
    return Article("deal", TEXT, date(2022, 3, 10), 'Deal <img src=x onerror="alert(2)">', "news/deal.txt",
                   Span(0, len(TEXT)))


@pytest.fixture
def table_article():
    text = "The summit ended on Friday, March 3, 2022."
    return Article("row-7", text, date(2022, 3, 10), "Row", "wire.jsonl", Span(0, len(text)), first_line=7,
                   in_table=True)
