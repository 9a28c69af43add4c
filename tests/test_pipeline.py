from datetime import date

from factcheck.engine.loader import instantiate, load_rules
from factcheck.engine.runner import Engine
from factcheck.model import Article
from factcheck.pipeline import run


def test_repeated_article_ids_are_made_unique():
    text = "It was signed on Friday, March 3, 2022."
    articles = [Article("a", text, date(2022, 3, 10), path="x/a.txt"), Article("a", text, date(2022, 3, 10), path="y/a.txt")]
    result = run(articles, Engine(instantiate(load_rules())))
    ids = [r.article.id for r in result.articles]
    assert ids == ["a", "a@y/a.txt:1"]
    assert [f.article for r in result.articles for f in r.findings] == ids
