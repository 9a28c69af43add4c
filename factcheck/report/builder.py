"""Building ReportData from a run as it streams past, with memory bounded by the findings.

The first ``list_articles`` articles are kept whole (the report shows their text and every claim).
After that an article with findings keeps only its finding views, made while its text is at hand (place,
quoted text, evidence with sentences), and a clean one is only counted: a run over a hundred thousand
articles holds no more text than one over a thousand. Corpus findings arrive last; an article they
point at that was not kept is shown from the ``Origin`` its facts carried instead of its text.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Sequence

from ..engine.facts import Origin
from ..engine.runner import finding_order
from ..engine.schema import Rule
from ..ingest import InputProblem
from ..model import Article, Claim, Finding, Span
from ..pipeline import ArticleResult, ClaimPlace, CorpusResult, RunResult
from .data import ArticleView, ClaimView, FindingView, Location, ReportData
from .packed import Views
from .locate import LineIndex

LIST_ARTICLES = 200


@dataclass
class _Entry:
    """One article of the report: whole (``claims`` set) or only its findings (``article`` a stub)."""

    article: Article
    claims: tuple[ClaimView, ...] = ()
    findings: Sequence[FindingView] = ()  # packed when the article is not listed whole
    pending: list[Finding] = field(default_factory=list)  # findings to be viewed at build time


class ReportBuilder:
    def __init__(self, rules: Iterable[Rule], list_articles: int = LIST_ARTICLES) -> None:
        self.rules = tuple(rules)
        self.list_articles = list_articles
        self.entries: dict[str, _Entry] = {}
        self.whole: dict[str, Article] = {}  # articles kept with their text
        self.problems: list[InputProblem] = []
        self.corpus_findings: list[Finding] = []
        self.origins: dict[ClaimPlace, Origin] = {}
        self.fingerprints: Counter[str] = Counter()
        self.locator = _Locator(self.whole, self.origins)
        self.checked = self.claims = self.not_listed = 0
        self.extra: dict = {}

    def add(self, item: ArticleResult | InputProblem | CorpusResult) -> None:
        if isinstance(item, InputProblem):
            self.problems.append(item)
        elif isinstance(item, CorpusResult):
            self.corpus_findings.extend(item.findings)
            self.origins.update(item.origins)
        else:
            self._add_article(item)

    def _add_article(self, result: ArticleResult) -> None:
        self.checked += 1
        self.claims += result.claim_count
        article = result.article
        if len(self.whole) < self.list_articles:
            self.whole[article.id] = article
            claims = tuple(self.locator.claim(c) for c in result.claims)
            self.entries[article.id] = _Entry(article, claims, pending=list(result.findings))
        elif result.findings:
            locator = _Locator({article.id: article}, {})
            views = [locator.finding(f, self.fingerprints) for f in _ordered(result.findings)]
            self.entries[article.id] = _Entry(_stub(article), findings=Views.packed(views))
        else:
            self.not_listed += 1

    def build(self) -> ReportData:
        """The report; call once, after the run's last item."""
        locator = self.locator
        for finding in self.corpus_findings:
            entry = self.entries.get(finding.article)
            if entry is None:
                entry = self.entries[finding.article] = _Entry(locator.stub(finding.article))
                self.not_listed -= 1
            entry.pending.append(finding)
        article_views, parts = [], []
        for entry in self.entries.values():
            views = entry.findings
            if entry.pending:
                fresh = [locator.finding(f, self.fingerprints) for f in _ordered(entry.pending)]
                views = sorted([*views, *fresh], key=lambda v: finding_order(v.finding))
                views = tuple(views) if entry.article.id in self.whole else Views.packed(views)
            parts.append(views)
            article_views.append(ArticleView(entry.article, locator.path(entry.article), entry.claims, views))
        counts = {"articles_checked": self.checked, "claims": self.claims}
        extra = dict(self.extra)
        if self.not_listed > 0:
            extra["articles_not_listed"] = self.not_listed
        # Packed only when some are: a small run's report holds plain tuples, as it always did.
        findings = Views.concat(parts) if any(isinstance(v, Views) for v in parts) else tuple(v for part in parts for v in part)
        return ReportData(tuple(article_views), tuple(self.problems), findings, self.rules,
                          extra=extra, counts=counts)


def build_report(run: RunResult, rules: list[Rule], list_articles: int | None = None) -> ReportData:
    """The report of a run held in memory; every article is listed whole unless ``list_articles`` says otherwise."""
    builder = ReportBuilder(rules, len(run.articles) if list_articles is None else list_articles)
    for item in (*run.articles, *run.problems):
        builder.add(item)
    builder.add(CorpusResult(run.corpus_findings, run.corpus_origins or {}))
    return builder.build()


def _ordered(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(findings, key=finding_order)


def _stub(article: Article) -> Article:
    """The article without its text: what a report needs to name it."""
    return Article(article.id, "", article.published, article.title, article.path, Span(0, 0),
                   first_line=article.first_line, in_table=article.in_table)


class _Locator:
    """Line and column of spans: from the text of a kept article, else from a corpus fact's Origin."""

    def __init__(self, whole: Mapping[str, Article], origins: Mapping[ClaimPlace, Origin]) -> None:
        self.whole = whole
        self.origins = origins
        self.indexes: dict[str, LineIndex] = {}

    def path(self, article: Article) -> str:
        path = article.path or article.id
        return f"{path}#{article.id}" if article.in_table else path

    def stub(self, article_id: str) -> Article:
        origin = next((o for (a, _, _), o in self.origins.items() if a == article_id), None)
        if origin is None:
            return Article(article_id, "", body=Span(0, 0))
        return Article(article_id, "", origin.published, origin.title, origin.path, Span(0, 0),
                       in_table=origin.in_table)

    def location(self, article_id: str, span: Span) -> Location:
        article = self.whole.get(article_id)
        if article is not None:
            index = self.indexes.get(article_id)
            if index is None:
                index = self.indexes[article_id] = LineIndex(article.text)
            line, column = index.line_col(span.start)
            end_line, end_column = index.line_col(span.end)
            return Location(self.path(article), line, column, end_line, end_column)
        origin = self.origins.get((article_id, span.start, span.end))
        shown = self.path(self.stub(article_id))
        if origin is not None:
            return Location(shown, origin.line, origin.column, origin.end_line, origin.end_column)
        return Location(shown, 0, 0, 0, 0)

    def sentence(self, claim: Claim) -> str | None:
        article = self.whole.get(claim.article)
        if article is not None:
            return article.text[claim.sentence.start:claim.sentence.end] if claim.sentence else None
        origin = self.origins.get((claim.article, claim.span.start, claim.span.end))
        return origin.sentence if origin else None

    def claim(self, claim: Claim) -> ClaimView:
        return ClaimView(claim, self.location(claim.article, claim.span), self.sentence(claim))

    def quoted(self, finding: Finding) -> str:
        article = self.whole.get(finding.article)
        if article is not None:
            return article.text[finding.span.start:finding.span.end]
        cited = next((c for c in finding.evidence if c.article == finding.article and c.span == finding.span), None)
        return cited.text if cited else ""

    def finding(self, finding: Finding, fingerprints: Counter[str]) -> FindingView:
        article = self.whole.get(finding.article) or self.stub(finding.article)
        quoted = self.quoted(finding)
        evidence = "|".join(c.text for c in finding.evidence)
        # What identifies a finding across edits elsewhere in the file: rule, article, the text it points at.
        base = f"{finding.rule_id}|{finding.article}|{' '.join(quoted.split())}|{evidence}"
        fingerprints[base] += 1
        digest = hashlib.sha256(f"{base}|{fingerprints[base]}".encode()).hexdigest()[:20]
        return FindingView(finding, self.location(finding.article, finding.span), finding.article,
                           article.published, digest, tuple(self.claim(c) for c in finding.evidence),
                           quoted, article.path)
