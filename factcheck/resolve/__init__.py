"""Resolve stage: anchor relative temporal claims to the article's publication date.

First slice: a bare weekday is anchored to the nearest such day before publication in a past-tense
sentence, after it in a future-tense one.
"""
from __future__ import annotations

from datetime import timedelta

from ..model import Article, Claim, DateRange, Timex


def resolve(article: Article, claims: list[Claim]) -> list[Claim]:
    if article.published is None:
        return claims
    return [_resolve(article, claim) for claim in claims]


def _resolve(article: Article, claim: Claim) -> Claim:
    if claim.timex is None or not claim.timex.value.startswith("XXXX-WXX-"):
        return claim
    weekday = int(claim.timex.value[-1]) - 1
    published = article.published
    if claim.attrs.get("tense") == "future":
        day = published + timedelta(days=(weekday - published.weekday()) % 7)
    else:
        day = published - timedelta(days=(published.weekday() - weekday) % 7)
    return claim.with_(value=day.isoformat(), timex=Timex("DATE", day.isoformat()), dates=DateRange(day, day))
