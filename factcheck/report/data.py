"""The report, built once from a run; every renderer formats this and computes nothing of its own."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Callable, Sequence

from .. import __version__
from ..engine.schema import Rule
from ..ingest import InputProblem
from ..model import Article, Claim, Finding, Severity
from ..pipeline import RunResult


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
    # The claim's sentence, taken while its article was at hand (evidence may come from another article).
    sentence: str | None = None


@dataclass(frozen=True)
class FindingView:
    finding: Finding
    location: Location
    article_id: str
    published: date | None
    fingerprint: str
    evidence: tuple[ClaimView, ...]
    # The text the finding points at and its article's path: a report may no longer hold the article.
    quoted: str = ""
    path: str | None = None

    @property
    def severity(self) -> str:
        return str(self.finding.severity)


@dataclass(frozen=True)
class ArticleView:
    article: Article
    shown_path: str
    claims: tuple[ClaimView, ...]
    findings: Sequence[FindingView]
    status: str = "checked"

    @property
    def worst(self) -> str | None:
        return str(max(f.finding.severity for f in self.findings)) if self.findings else None


@dataclass(frozen=True)
class ReportData:
    articles: tuple[ArticleView, ...]
    problems: tuple[InputProblem, ...]
    # A tuple, or in a streamed run's report a ``packed.Views`` (read one view at a time).
    findings: Sequence[FindingView]
    rules: tuple[Rule, ...]
    tool_version: str = __version__
    extra: dict = field(default_factory=dict)
    # Totals of a streamed run, whose report lists only some of the clean articles.
    counts: dict = field(default_factory=dict)

    @property
    def summary(self) -> dict:
        by_severity = Counter(str(f.finding.severity) for f in self.findings)
        checked = self.counts.get("articles_checked", len(self.articles))
        return {
            "articles_read": checked + sum(1 for p in self.problems if p.record is not None or not p.fatal),
            "articles_checked": checked,
            "articles_skipped": len(self.problems),
            "skipped": [{"path": p.path, "line": p.line, "id": p.record, "reason": p.reason} for p in self.problems],
            "claims": self.counts.get("claims", sum(len(a.claims) for a in self.articles)),
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
        from .packed import kept

        articles = tuple(replace(a, findings=kept(a.findings, keep)) for a in self.articles)
        return replace(self, articles=articles, findings=kept(self.findings, keep), extra={**self.extra, **extra})

    def only_articles(self, keep: Callable[[ArticleView], bool], **extra) -> "ReportData":
        """The report narrowed to some articles (their findings and skipped inputs with them)."""
        articles = tuple(a for a in self.articles if keep(a))
        ids = {a.article.id for a in articles}
        # The totals of a streamed run no longer apply: the narrowed report counts what it lists.
        from .packed import kept

        return replace(self, articles=articles, findings=kept(self.findings, lambda f: f.article_id in ids),
                       extra={**self.extra, **extra}, counts={})


def build_report(run: RunResult, rules: list[Rule]) -> ReportData:
    from .builder import build_report as build

    return build(run, rules)
