"""Hypothesis strategies and the invariants every extractor and the whole pipeline must keep.

Shared by tests/robustness/test_properties.py (a few hundred examples in CI) and benchmarks/fuzz.py
(the long run). An invariant is a plain function that raises AssertionError with what went wrong.
"""
from __future__ import annotations

import math
from datetime import date
from functools import lru_cache
from pathlib import Path

from hypothesis import strategies as st

from factcheck.model import Article, Claim, Interval

REPO = Path(__file__).resolve().parents[2]
QUANTITY_KINDS = {"casualties", "troops", "count", "money", "percent", "age", "ordinal", "measure"}
TEMPORAL_KINDS = {"date", "time", "duration", "set"}
TIMEX_TYPES = {"DATE", "TIME", "DURATION", "SET"}
INTERNAL_RULES = {"FC990", "FC991", "FC992"}

# Fragments that steer random text towards what the extractors look for, and towards their edges.
FRAGMENTS = [
    "more than ", "more than more than ", "nearly ", "about ", "at least ", "over ", "almost ", "up to ",
    "between ", " and ", "5,600", "1,000,000", "2,000", "1.5", "0", "00", "9" * 25, "1,2,3", ",000", "-",
    "–", "—", "%", " percent", "$", "€", "£", " million", " billion", " km", " kg", " people", " troops",
    " killed", " dead", " wounded", " injured", " missing", " peacekeepers", " days", " years", " weeks",
    "March 3, 2022", "Friday, March 3, 2022", "February 30, 2021", "on Tuesday", "Tuesday", "in 1999",
    "in 20", "since 2019", "late September", "early 2020", "last month", "next week", "two years ago",
    "44 days", "the 1990s", "2020-12-29", "12/29/2020", "29.12.2020", "10:30", "a.m.", "each year", ". ",
    ".", "!", "?", "\n", "\n\n", " ", "  ", "(", ")", "[", "]", "\"", "“", "”", "’", "'", "Mr. ", "U.S. ",
    "No. ", "Gen. ", "½", "٣", "五", "\u00a0", "\u200b", "\t", "I", "A", "the ", "was ", "will ",
]


@lru_cache(maxsize=1)
def seed_sentences() -> tuple[str, ...]:
    """Real sentences: those of the articles in seeds/, and of ../shared news when it is there."""
    from factcheck.extract.sentences import split_sentences
    from factcheck.ingest import read_sources

    sources = [REPO / "seeds"]
    found = []
    for item in read_sources(sources):
        if isinstance(item, Article):
            found += [item.text[s.span.start:s.span.end] for s in split_sentences(item.text, item.body_span)]
    return tuple(found)


def unicode_text(max_size: int = 400) -> st.SearchStrategy[str]:
    return st.text(st.characters(blacklist_categories=("Cs",)), max_size=max_size)


def fragment_text(max_parts: int = 40) -> st.SearchStrategy[str]:
    part = st.one_of(st.sampled_from(FRAGMENTS), st.text(st.characters(blacklist_categories=("Cs",)), max_size=4),
                     st.integers(0, 10**7).map(str))
    return st.lists(part, max_size=max_parts).map("".join)


@st.composite
def edited_sentences(draw, sentences: tuple[str, ...] | None = None) -> str:
    """One to four real sentences with random edits: inserts, deletions, replacements, duplications."""
    pool = sentences or seed_sentences()
    text = " ".join(draw(st.lists(st.sampled_from(pool), min_size=1, max_size=4)))
    for _ in range(draw(st.integers(0, 6))):
        if not text:
            break
        at = draw(st.integers(0, len(text)))
        edit = draw(st.sampled_from(["insert", "delete", "replace", "duplicate", "case"]))
        if edit == "insert":
            text = text[:at] + draw(st.one_of(st.sampled_from(FRAGMENTS), unicode_text(6))) + text[at:]
        elif edit == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 12)):]
        elif edit == "replace" and at < len(text):
            text = text[:at] + draw(st.characters(blacklist_categories=("Cs",))) + text[at + 1:]
        elif edit == "duplicate":
            end = min(len(text), at + draw(st.integers(1, 30)))
            text = text[:end] + text[at:end] + text[end:]
        elif edit == "case":
            end = min(len(text), at + draw(st.integers(1, 20)))
            text = text[:at] + text[at:end].swapcase() + text[end:]
    return text


def any_text() -> st.SearchStrategy[str]:
    return st.one_of(unicode_text(), fragment_text(), edited_sentences())


def publication_dates() -> st.SearchStrategy[date | None]:
    return st.one_of(st.none(), st.dates(date(1900, 1, 1), date(2100, 12, 31)))


@st.composite
def articles(draw, text: st.SearchStrategy[str] | None = None) -> Article:
    """An article, sometimes with a header before its body, as ingest makes them (ingest never makes an
    article whose body after a header is blank: it skips the file)."""
    from factcheck.model import Span

    body = draw(text if text is not None else any_text())
    headers = ["", "date 2020-12-29\n", "---\ntitle: x\n---\n"] if body.strip() else [""]
    header = draw(st.sampled_from(headers))
    full = header + body
    return Article("fuzz", full, draw(publication_dates()), body=Span(len(header), len(full)))


# --- invariants --------------------------------------------------------------------------------------

def check_claims(article: Article, claims: list[Claim] | tuple[Claim, ...]) -> None:
    text, body = article.text, article.body_span
    for claim in claims:
        where = f"claim {claim.text!r} at {claim.span.start}..{claim.span.end} ({claim.extractor})"
        assert 0 <= claim.span.start <= claim.span.end <= len(text), f"{where}: span outside the text"
        assert body.contains(claim.span), f"{where}: outside the body (header or front matter scanned)"
        assert text[claim.span.start:claim.span.end] == claim.text, f"{where}: text is not text[span]"
        assert claim.article == article.id, f"{where}: names article {claim.article!r}"
        assert claim.kind in QUANTITY_KINDS | TEMPORAL_KINDS, f"{where}: unknown kind {claim.kind!r}"
        if claim.sentence is not None:
            assert claim.sentence.end <= len(text) and claim.sentence.contains(claim.span), \
                f"{where}: not inside its sentence {claim.sentence}"
        if isinstance(claim.value, float):
            assert not math.isnan(claim.value), f"{where}: value is NaN"
        if claim.interval is not None:
            check_interval(claim.interval, where)
        if claim.timex is not None:
            assert claim.timex.type in TIMEX_TYPES, f"{where}: TIMEX3 type {claim.timex.type!r}"
            assert claim.timex.value, f"{where}: empty TIMEX3 value"
        if claim.dates is not None:
            assert claim.dates.start <= claim.dates.end, f"{where}: dates out of order"


def check_interval(interval: Interval, where: str) -> None:
    assert not (math.isnan(interval.low) or math.isnan(interval.high)), f"{where}: NaN in {interval}"
    assert interval.low <= interval.high, f"{where}: interval {interval} out of order"
    if interval.low == interval.high:
        assert interval.low_closed and interval.high_closed, f"{where}: empty interval {interval}"


def check_sentences(article: Article, sentences) -> None:
    previous_end = article.body_span.start
    for sentence in sentences:
        assert article.body_span.contains(sentence.span), f"sentence {sentence.span} outside the body"
        assert sentence.span.start >= previous_end, f"sentences overlap or go backwards at {sentence.span}"
        assert sentence.span.end > sentence.span.start, f"empty sentence at {sentence.span}"
        previous_end = sentence.span.end


def check_pipeline(article: Article, engine) -> tuple[int, int]:
    """The whole pipeline and every report format on one article; returns (claims, findings)."""
    from factcheck.pipeline import RunResult, check_article
    from factcheck.report.data import build_report
    from factcheck.report.formats import RENDERERS

    result = check_article(article, engine, budget_seconds=0)
    internal = [f.message for f in result.findings if f.rule_id in INTERNAL_RULES]
    assert not internal, f"internal failure: {internal[0]}"
    check_claims(article, result.claims)
    for finding in result.findings:
        assert 0 <= finding.span.start <= finding.span.end <= len(article.text), f"finding span {finding.span}"
        for claim in finding.evidence:
            # A rule may cite a figure the extractor did not claim: linking.figure_claim reads it itself
            # (extractor "rules"), so every finding still lists its evidence as claims of this text.
            if claim not in result.claims:
                assert claim.extractor == "rules", f"evidence {claim.text!r} is not a claim of the article"
                check_claims(article, [claim])
    again = check_article(article, engine, budget_seconds=0)
    assert again.claims == result.claims and again.findings == result.findings, "not deterministic"
    report = build_report(RunResult((result,), (), ()), list(engine_rules(engine)))
    for name, render in RENDERERS.items():
        assert isinstance(render(report), str), name
    return len(result.claims), len(result.findings)


def engine_rules(engine):
    return [checker.rule for checker in engine.article_checkers + engine.corpus_checkers]


def check_extraction(article: Article) -> int:
    """Sentences, extraction and resolution on their own; returns the number of claims."""
    from factcheck.extract import extract
    from factcheck.extract.sentences import split_sentences
    from factcheck.resolve import resolve

    sentences = split_sentences(article.text, article.body_span)
    check_sentences(article, sentences)
    claims = extract(article, sentences)
    check_claims(article, claims)
    resolved = resolve(article, claims)
    check_claims(article, resolved)
    assert extract(article, split_sentences(article.text, article.body_span)) == claims, "not deterministic"
    return len(resolved)
