"""Running rule checkers over articles and over a whole article set."""
from __future__ import annotations

import traceback
from typing import Callable, Iterable, Sequence

from ..budget import BudgetExceeded, over_budget_finding
from ..model import Finding, Severity, Span
from .context import ArticleContext, Hit
from .kinds.base import RuleKind

INTERNAL_RULE_ID = "FC990"
INTERNAL_RULE_NAME = "rule-failed"


class Engine:
    def __init__(self, checkers: Sequence[RuleKind]) -> None:
        self.article_checkers = [c for c in checkers if c.scope == "article"]
        self.corpus_checkers = [c for c in checkers if c.scope == "corpus"]

    def check_article(self, context: ArticleContext,
                      checkpoint: Callable[[str], None] = lambda stage: None) -> list[Finding]:
        """Every article rule on one article. ``checkpoint(stage)`` runs before each rule; when the
        article's time budget runs out the findings so far are kept and a budget finding is added."""
        findings: list[Finding] = []
        text_length = len(context.article.text)
        for checker in self.article_checkers:
            try:
                checkpoint(f"running rule {checker.rule.id}")
                hits = list(checker.check(context))
                findings.extend(_finding(checker, hit, context.article.id, text_length) for hit in hits)
            except Exception as exc:  # one failing rule must not take the article or the run down
                findings.append(_internal(checker, context.article.id, exc))
            except BudgetExceeded as stop:
                findings.append(over_budget_finding(context.article, stop))
                break
        return sorted(findings, key=_order)

    def check_corpus(self, contexts: Sequence[ArticleContext]) -> list[Finding]:
        findings: list[Finding] = []
        lengths = {c.article.id: len(c.article.text) for c in contexts}
        for checker in self.corpus_checkers:
            try:
                hits = list(checker.check_corpus(contexts))
                for hit in hits:
                    if hit.article not in lengths:
                        raise ValueError(f"hit names article {hit.article!r}, which is not in this run")
                findings.extend(_finding(checker, hit, hit.article, lengths[hit.article]) for hit in hits)
            except Exception as exc:
                # A finding must belong to an article to be reported: a corpus rule's failure is shown
                # on the first article of the run, and its message says it concerns the whole run.
                if contexts:
                    findings.append(_internal(checker, contexts[0].article.id, exc, "the articles of this run"))
        return sorted(findings, key=_order)


def _finding(checker: RuleKind, hit: Hit, article_id: str, text_length: int) -> Finding:
    """A hit as a finding; a hit pointing outside the article's text is the rule's bug, not a finding."""
    rule = checker.rule
    if not hit.span.end <= text_length:
        raise ValueError(f"hit span {hit.span.start}..{hit.span.end} lies outside the article "
                         f"({text_length} characters)")
    message = rule.message.format_map(dict(hit.values))
    return Finding(rule.id, rule.name, rule.severity, message, article_id, hit.span, tuple(hit.evidence),
                   hit.explanation)


def _internal(checker: RuleKind, article_id: str, exc: Exception, target: str = "this article") -> Finding:
    frames = traceback.extract_tb(exc.__traceback__)
    where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "an unknown place"
    return Finding(INTERNAL_RULE_ID, INTERNAL_RULE_NAME, Severity.ERROR,
                   f"rule {checker.rule.id} ({checker.rule.name}) failed on {target}: "
                   f"{type(exc).__name__}: {exc}", article_id, Span(0, 0), (),
                   f"raised at {where}; the other rules still ran")


def _order(finding: Finding) -> tuple:
    return (finding.article, finding.span.start, finding.span.end, finding.rule_id)


def all_findings(groups: Iterable[list[Finding]]) -> list[Finding]:
    return sorted((f for group in groups for f in group), key=_order)
