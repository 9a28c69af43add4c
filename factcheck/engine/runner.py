"""Running rule checkers over articles and over a whole article set."""
from __future__ import annotations

import traceback
from datetime import date
from typing import Any, Callable, Hashable, Iterable, Sequence

from ..budget import BudgetExceeded, over_budget_finding
from ..model import Finding, Severity, Span
from .context import ArticleContext, Hit
from .facts import Fact
from .kinds.base import RuleKind

INTERNAL_RULE_ID = "FC990"
INTERNAL_RULE_NAME = "rule-failed"


class Engine:
    """The enabled rules of a run. Rules that need a reference table run only when one is given."""

    def __init__(self, checkers: Sequence[RuleKind], reference: Any = None) -> None:
        if reference is not None:
            for checker in checkers:
                if checker.uses_reference:
                    checker.attach_reference(reference)
        usable = [c for c in checkers if reference is not None or not c.uses_reference]
        self.reference = reference
        self.article_checkers = [c for c in usable if c.scope == "article"]
        self.corpus_checkers = [c for c in usable if c.scope == "corpus"]

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
        return sorted(findings, key=finding_order)

    def facts(self, context: ArticleContext) -> tuple[list[tuple[int, Fact]], list[Finding]]:
        """What the corpus rules keep of one article, each fact tagged with its rule's position (the
        first part of the shuffle key), and an internal finding for each rule that failed on it."""
        tagged: list[tuple[int, Fact]] = []
        failures: list[Finding] = []
        for position, checker in enumerate(self.corpus_checkers):
            try:
                tagged.extend((position, fact) for fact in checker.facts(context))
            except Exception as exc:  # costs this rule's facts of this article only
                failures.append(_internal(checker, context.article.id, exc))
        return tagged, failures

    def check_group(self, position: int, key: Hashable, facts: Sequence[Fact]) -> list[Finding]:
        """One rule over one group of facts sharing a key (what a worker does after the shuffle)."""
        checker = self.corpus_checkers[position]
        ordered = sorted(facts, key=lambda f: (f.published or date.min, f.article, f.claim.span.start))
        try:
            return [_finding(checker, hit, hit.article or ordered[0].article)
                    for hit in checker.check_group(key, ordered)]
        except Exception as exc:
            return [_internal(checker, ordered[0].article if ordered else "", exc)]

    def check_facts(self, tagged: Iterable[tuple[int, Fact]]) -> list[Finding]:
        """Group by (rule, key) in one dict, then check each group: the serial form of the shuffle."""
        groups: dict[tuple[int, Hashable], list[Fact]] = {}
        for position, fact in tagged:
            groups.setdefault((position, fact.key), []).append(fact)
        findings = [f for (position, key), facts in groups.items() for f in self.check_group(position, key, facts)]
        return sorted(findings, key=finding_order)

    def check_corpus(self, contexts: Sequence[ArticleContext]) -> list[Finding]:
        return self.check_facts(tagged for context in contexts for tagged in self.facts(context)[0])


def _finding(checker: RuleKind, hit: Hit, article_id: str, text_length: int | None = None) -> Finding:
    """A hit as a finding; a hit pointing outside the article's text is the rule's bug, not a finding
    (``text_length`` None: not known here, as for a corpus rule that sees facts, not texts)."""
    rule = checker.rule
    if text_length is not None and not hit.span.end <= text_length:
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


def finding_order(finding: Finding) -> tuple:
    """The order of findings in every run, serial, parallel or distributed."""
    return (finding.article, finding.span.start, finding.span.end, finding.rule_id)
