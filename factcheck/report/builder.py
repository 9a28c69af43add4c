"""Building ReportData from a run as it streams past, with memory bounded by the findings.

Articles with findings are kept whole (the report shows their text); clean articles are listed up to
``list_clean`` and only counted after that, so a run over a hundred thousand articles holds no more
than one over a thousand. Corpus findings arrive last; an article they point at that was not kept is
shown from the ``Origin`` its facts carried (path, line, column, sentence) instead of its text.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from typing import Iterable, Mapping

from ..engine.facts import Origin
from ..engine.schema import Rule
from ..ingest import InputProblem
from ..model import Article, Claim, Finding, Span
from ..pipeline import ArticleResult, ClaimPlace, CorpusResult, RunResult
from .data import ArticleView, ClaimView, FindingView, Location, ReportData
from .locate import LineIndex

LIST_CLEAN_ARTICLES = 1000


class ReportBuilder:
    def __init__(self, rules: Iterable[Rule], list_clean: int = LIST_CLEAN_ARTICLES) -> None:
        self.rules = tuple(rules)
        self.list_clean = list_clean
        self.kept: dict[str, ArticleResult] = {}
        self.problems: list[InputProblem] = []
        self.corpus_findings: list[Finding] = []
        self.origins: dict[ClaimPlace, Origin] = {}
        self.checked = self.claims = self.clean_listed = self.clean_not_listed = 0
        self.extra: dict = {}

    def add(self, item: ArticleResult | InputProblem | CorpusResult) -> None:
        if isinstance(item, InputProblem):
            self.problems.append(item)
        elif isinstance(item, CorpusResult):
            self.corpus_findings.extend(item.findings)
            self.origins.update(item.origins)
        else:
            self.checked += 1
            self.claims += len(item.claims)
            if item.findings:
                self.kept[item.article.id] = item
            elif self.clean_listed < self.list_clean:
                self.clean_listed += 1
                self.kept[item.article.id] = item
            else:
                self.clean_not_listed += 1

    def build(self) -> ReportData:
        located = _Locator(self.kept, self.origins)
        corpus_by_article: dict[str, list[Finding]] = {}
        for finding in self.corpus_findings:
            corpus_by_article.setdefault(finding.article, []).append(finding)
        # Kept articles in input order, then articles known only from corpus findings, by id.
        entries = [(r.article, r.claims, list(r.findings)) for r in self.kept.values()]
        stubs = [(located.stub(article_id), (), []) for article_id in sorted(corpus_by_article)
                 if article_id not in self.kept]
        entries += stubs
        fingerprints: Counter[str] = Counter()
        article_views, all_findings = [], []
        for article, claims, own in entries:
            own = sorted(own + corpus_by_article.get(article.id, []), key=lambda f: (f.span.start, f.span.end, f.rule_id))
            views = tuple(located.finding(f, fingerprints) for f in own)
            all_findings.extend(views)
            article_views.append(ArticleView(article, located.path(article),
                                             tuple(located.claim(c) for c in claims), views))
        counts = {"articles_checked": self.checked, "claims": self.claims}
        extra = dict(self.extra)
        if self.clean_not_listed > len(stubs):
            extra["articles_not_listed"] = self.clean_not_listed - len(stubs)
        return ReportData(tuple(article_views), tuple(self.problems), tuple(all_findings), self.rules,
                          extra=extra, counts=counts)


def build_report(run: RunResult, rules: list[Rule], list_clean: int | None = None) -> ReportData:
    """The report of a run held in memory; every article is listed unless ``list_clean`` says otherwise."""
    builder = ReportBuilder(rules, len(run.articles) if list_clean is None else list_clean)
    for item in (*run.articles, *run.problems):
        builder.add(item)
    builder.add(CorpusResult(run.corpus_findings, run.corpus_origins or {}))
    return builder.build()


class _Locator:
    """Line and column of spans: from the text of a kept article, else from a corpus fact's Origin."""

    def __init__(self, kept: Mapping[str, ArticleResult], origins: Mapping[ClaimPlace, Origin]) -> None:
        self.kept = kept
        self.origins = origins
        self.indexes: dict[str, LineIndex] = {}
        self.by_article = {place[0]: origin for place, origin in origins.items()}

    def path(self, article: Article) -> str:
        path = article.path or article.id
        return f"{path}#{article.id}" if article.in_table else path

    def stub(self, article_id: str) -> Article:
        origin = self.by_article.get(article_id)
        if origin is None:
            return Article(article_id, "", body=Span(0, 0))
        return Article(article_id, "", origin.published, origin.title, origin.path, Span(0, 0),
                       in_table=origin.in_table)

    def _article(self, article_id: str) -> Article | None:
        result = self.kept.get(article_id)
        return result.article if result is not None else None

    def location(self, article_id: str, span: Span) -> Location:
        article = self._article(article_id)
        if article is not None:
            index = self.indexes.get(article_id)
            if index is None:
                index = self.indexes[article_id] = LineIndex(article.text)
            line, column = index.line_col(span.start)
            end_line, end_column = index.line_col(span.end)
            return Location(self.path(article), line, column, end_line, end_column)
        origin = self.origins.get((article_id, span.start, span.end))
        if origin is not None:
            return Location(self.path(self.stub(article_id)), origin.line, origin.column, origin.end_line,
                            origin.end_column)
        return Location(self.path(self.stub(article_id)), 0, 0, 0, 0)

    def sentence(self, claim: Claim) -> str | None:
        article = self._article(claim.article)
        if article is not None:
            return article.text[claim.sentence.start:claim.sentence.end] if claim.sentence else None
        origin = self.origins.get((claim.article, claim.span.start, claim.span.end))
        return origin.sentence if origin else None

    def claim(self, claim: Claim) -> ClaimView:
        return ClaimView(claim, self.location(claim.article, claim.span), self.sentence(claim))

    def quoted(self, finding: Finding) -> str:
        article = self._article(finding.article)
        if article is not None:
            return article.text[finding.span.start:finding.span.end]
        cited = next((c for c in finding.evidence if c.article == finding.article and c.span == finding.span), None)
        return cited.text if cited else ""

    def finding(self, finding: Finding, fingerprints: Counter[str]) -> FindingView:
        article = self._article(finding.article) or self.stub(finding.article)
        quoted = self.quoted(finding)
        evidence = "|".join(c.text for c in finding.evidence)
        # What identifies a finding across edits elsewhere in the file: rule, article, the text it points at.
        base = f"{finding.rule_id}|{finding.article}|{' '.join(quoted.split())}|{evidence}"
        fingerprints[base] += 1
        digest = hashlib.sha256(f"{base}|{fingerprints[base]}".encode()).hexdigest()[:20]
        return FindingView(finding, self.location(finding.article, finding.span), finding.article,
                           article.published, digest, tuple(self.claim(c) for c in finding.evidence),
                           quoted, article.path)
