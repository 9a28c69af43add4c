"""Running rule checkers over articles and over a whole article set."""
from __future__ import annotations

import traceback
from typing import Iterable, Sequence

from ..model import Finding, Severity, Span
from .context import ArticleContext, Hit
from .kinds.base import RuleKind

INTERNAL_RULE_ID = "FC990"
INTERNAL_RULE_NAME = "rule-failed"


class Engine:
    def __init__(self, checkers: Sequence[RuleKind]) -> None:
        self.article_checkers = [c for c in checkers if c.scope == "article"]
        self.corpus_checkers = [c for c in checkers if c.scope == "corpus"]

    def check_article(self, context: ArticleContext) -> list[Finding]:
        findings: list[Finding] = []
        for checker in self.article_checkers:
            try:
                hits = list(checker.check(context))
                findings.extend(_finding(checker, hit, context.article.id) for hit in hits)
            except Exception as exc:  # one failing rule must not take the article or the run down
                findings.append(_internal(checker, context.article.id, exc))
        return sorted(findings, key=_order)

    def check_corpus(self, contexts: Sequence[ArticleContext]) -> list[Finding]:
        findings: list[Finding] = []
        for checker in self.corpus_checkers:
            try:
                for hit in checker.check_corpus(contexts):
                    findings.append(_finding(checker, hit, hit.article or ""))
            except Exception as exc:
                findings.append(_internal(checker, "", exc))
        return sorted(findings, key=_order)


def _finding(checker: RuleKind, hit: Hit, article_id: str) -> Finding:
    rule = checker.rule
    message = rule.message.format_map(dict(hit.values))
    return Finding(rule.id, rule.name, rule.severity, message, article_id, hit.span, tuple(hit.evidence),
                   hit.explanation)


def _internal(checker: RuleKind, article_id: str, exc: Exception) -> Finding:
    where = traceback.extract_tb(exc.__traceback__)[-1]
    return Finding(INTERNAL_RULE_ID, INTERNAL_RULE_NAME, Severity.ERROR,
                   f"rule {checker.rule.id} ({checker.rule.name}) failed on this article: "
                   f"{type(exc).__name__}: {exc}", article_id, Span(0, 0), (),
                   f"raised at {where.filename}:{where.lineno}; the other rules still ran")


def _order(finding: Finding) -> tuple:
    return (finding.article, finding.span.start, finding.span.end, finding.rule_id)


def all_findings(groups: Iterable[list[Finding]]) -> list[Finding]:
    return sorted((f for group in groups for f in group), key=_order)
