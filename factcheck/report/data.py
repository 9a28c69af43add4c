"""The report, built once from a run; every renderer formats this and computes nothing of its own."""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Callable

from .. import __version__
from ..engine.schema import Rule
from ..ingest import InputProblem
from ..model import Article, Claim, Finding, Severity
from ..pipeline import RunResult
from .locate import LineIndex


@dataclass(frozen=True)
class Location:
    path: str
    line: int
    column: int
    end_line: int
    end_column: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


@dataclass(frozen=True)
class ClaimView:
    claim: Claim
    location: Location


@dataclass(frozen=True)
class FindingView:
    finding: Finding
    location: Location
    article_id: str
    published: date | None
    fingerprint: str
    evidence: tuple[ClaimView, ...]

    @property
    def severity(self) -> str:
        return str(self.finding.severity)


@dataclass(frozen=True)
class ArticleView:
    article: Article
    shown_path: str
    claims: tuple[ClaimView, ...]
    findings: tuple[FindingView, ...]
    status: str = "checked"

    @property
    def worst(self) -> str | None:
        return str(max(f.finding.severity for f in self.findings)) if self.findings else None


@dataclass(frozen=True)
class ReportData:
    articles: tuple[ArticleView, ...]
    problems: tuple[InputProblem, ...]
    findings: tuple[FindingView, ...]
    rules: tuple[Rule, ...]
    tool_version: str = __version__
    extra: dict = field(default_factory=dict)

    @property
    def summary(self) -> dict:
        by_severity = Counter(str(f.finding.severity) for f in self.findings)
        return {
            "articles_read": len(self.articles) + sum(1 for p in self.problems if p.record is not None or not p.fatal),
            "articles_checked": len(self.articles),
            "articles_skipped": len(self.problems),
            "skipped": [{"path": p.path, "line": p.line, "id": p.record, "reason": p.reason} for p in self.problems],
            "claims": sum(len(a.claims) for a in self.articles),
            "findings": len(self.findings),
            "findings_by_severity": {s: by_severity.get(s, 0) for s in ("error", "warning", "info")},
        }

    def count_at_least(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.finding.severity >= severity)

    def rule(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)

    def keeping(self, keep: Callable[[FindingView], bool], **extra) -> "ReportData":
        """The same report with only the findings ``keep`` accepts (fingerprints unchanged), and ``extra``
        merged into :attr:`extra`: how suppressions and baselines hide findings without re-running."""
        articles = tuple(replace(a, findings=tuple(f for f in a.findings if keep(f))) for a in self.articles)
        return replace(self, articles=articles, findings=tuple(f for f in self.findings if keep(f)),
                       extra={**self.extra, **extra})

    def only_articles(self, keep: Callable[[ArticleView], bool], **extra) -> "ReportData":
        """The report narrowed to some articles (their findings and skipped inputs with them)."""
        articles = tuple(a for a in self.articles if keep(a))
        ids = {a.article.id for a in articles}
        return replace(self, articles=articles, findings=tuple(f for f in self.findings if f.article_id in ids),
                       extra={**self.extra, **extra})


def build_report(run: RunResult, rules: list[Rule]) -> ReportData:
    contexts = {r.article.id: r for r in run.articles}
    indexes: dict[str, LineIndex] = {}

    def locate(article: Article, start: int, end: int) -> Location:
        index = indexes.get(article.id)
        if index is None:
            index = indexes[article.id] = LineIndex(article.text)
        line, column = index.line_col(start)
        end_line, end_column = index.line_col(end)
        path = article.path or article.id
        if article.in_table:
            path = f"{path}#{article.id}"
        return Location(path, line, column, end_line, end_column)

    def claim_view(article: Article, claim: Claim) -> ClaimView:
        return ClaimView(claim, locate(article, claim.span.start, claim.span.end))

    fingerprints: Counter[str] = Counter()

    def finding_view(finding: Finding) -> FindingView:
        result = contexts[finding.article]
        article = result.article
        base = _fingerprint_base(finding, article)
        fingerprints[base] += 1
        digest = hashlib.sha256(f"{base}|{fingerprints[base]}".encode()).hexdigest()[:20]
        return FindingView(finding, locate(article, finding.span.start, finding.span.end), article.id,
                           article.published, digest,
                           tuple(claim_view(article, c) for c in finding.evidence))

    article_views = []
    all_findings: list[FindingView] = []
    corpus_by_article: dict[str, list[Finding]] = {}
    for finding in run.corpus_findings:
        corpus_by_article.setdefault(finding.article, []).append(finding)
    for result in run.articles:
        article = result.article
        own = sorted(list(result.findings) + corpus_by_article.get(article.id, []),
                     key=lambda f: (f.span.start, f.span.end, f.rule_id))
        views = tuple(finding_view(f) for f in own)
        all_findings.extend(views)
        article_views.append(ArticleView(article, locate(article, 0, 0).path,
                                         tuple(claim_view(article, c) for c in result.claims), views))
    return ReportData(tuple(article_views), run.problems, tuple(all_findings), tuple(rules))


def _fingerprint_base(finding: Finding, article: Article) -> str:
    """What identifies a finding across edits elsewhere in the file: rule, article, the text it points at."""
    quoted = article.text[finding.span.start:finding.span.end]
    evidence = "|".join(c.text for c in finding.evidence)
    return f"{finding.rule_id}|{article.id}|{' '.join(quoted.split())}|{evidence}"
