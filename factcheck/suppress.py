"""Inline suppression comments in an article's own source (Markdown or HTML comments).

    <!-- factcheck-disable FC203 -->      rules off from here ...
    <!-- factcheck-enable FC203 -->       ... to here (or to the end of the text)
    <!-- factcheck-disable-next-line FC201, FC202 -->   rules off on the next line only

Without rule ids a comment applies to every rule. A finding is hidden when the offset where it starts
lies in a region where its rule is off. The comments live in the article text, so they travel with it
through edits, unlike line-number based waivers.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from .model import Article
from .report.data import ReportData

_COMMENT = regex.compile(
    r"<!--\s*factcheck-(?P<action>disable-next-line|disable|enable)\b(?P<rules>[^>]*?)\s*-->", regex.IGNORECASE)
_RULE_ID = regex.compile(r"FC\d{3}")
ALL_RULES = "*"


@dataclass(frozen=True)
class Region:
    """Characters ``start``..``end`` (half-open) of the text where ``rule`` (or every rule) is off."""

    rule: str
    start: int
    end: int
    line: int

    def covers(self, rule_id: str, offset: int) -> bool:
        return (self.rule == ALL_RULES or self.rule == rule_id) and self.start <= offset < self.end


def regions(text: str) -> list[Region]:
    """Every region the comments of ``text`` switch rules off in; an unclosed disable runs to the end."""
    result: list[Region] = []
    open_since: dict[str, tuple[int, int]] = {}
    for match in _COMMENT.finditer(text):
        action = match.group("action").lower()
        named = _RULE_ID.findall(match.group("rules").upper()) or [ALL_RULES]
        line = text.count("\n", 0, match.start()) + 1
        if action == "disable-next-line":
            next_start = text.find("\n", match.end())
            if next_start < 0:
                continue
            next_end = text.find("\n", next_start + 1)
            result.extend(Region(rule, next_start + 1, len(text) if next_end < 0 else next_end, line) for rule in named)
        elif action == "disable":
            for rule in named:
                open_since.setdefault(rule, (match.end(), line))
        else:
            closing = list(open_since) if named == [ALL_RULES] else named
            for rule in closing:
                if rule in open_since:
                    start, opened_on = open_since.pop(rule)
                    result.append(Region(rule, start, match.start(), opened_on))
    result.extend(Region(rule, start, len(text), line) for rule, (start, line) in open_since.items())
    return result


class Suppressions:
    """The regions of every article of a report, computed once per article."""

    def __init__(self, articles: list[Article]) -> None:
        self._regions = {a.id: found for a in articles if (found := regions(a.text))}

    @classmethod
    def from_regions(cls, by_article: dict[str, list[Region]]) -> "Suppressions":
        """Regions read while a streamed run still had each article's text (the report keeps only some)."""
        suppressions = cls([])
        suppressions._regions = dict(by_article)
        return suppressions

    def hides(self, rule_id: str, article_id: str, offset: int) -> bool:
        return any(r.covers(rule_id, offset) for r in self._regions.get(article_id, ()))


def apply(report: ReportData, suppressions: Suppressions | None = None) -> ReportData:
    """The report without the findings its articles' own comments switch off (counted as ``suppressed``)."""
    suppressions = suppressions or Suppressions([view.article for view in report.articles])

    def shown(view) -> bool:
        return not suppressions.hides(view.finding.rule_id, view.article_id, view.finding.span.start)

    hidden = sum(1 for view in report.findings if not shown(view))
    return report.keeping(shown, suppressed=hidden) if hidden else report
