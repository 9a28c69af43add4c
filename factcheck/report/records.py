"""Plain-dict forms of claims and findings, the machine-readable schema of DESIGN.md."""
from __future__ import annotations

import math
from typing import Any

from ..model import Article, Claim
from .data import ClaimView, FindingView, ReportData


def _number(value: float | None) -> float | int | str | None:
    if value is None:
        return None
    if isinstance(value, float):
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        if value.is_integer() and abs(value) < 2**53:
            return int(value)
    return value


def claim_record(claim: Claim, article: Article | None, sentence: str | None = None) -> dict[str, Any]:
    interval = claim.interval
    if article is not None and claim.sentence:
        sentence = article.text[claim.sentence.start:claim.sentence.end]
    return {
        "article": claim.article,
        "start": claim.span.start,
        "end": claim.span.end,
        "text": claim.text,
        "sentence": sentence,
        "kind": claim.kind,
        "value": _number(claim.value) if not isinstance(claim.value, str) else claim.value,
        "low": _number(interval.low) if interval else None,
        "high": _number(interval.high) if interval else None,
        "low_closed": interval.low_closed if interval else None,
        "high_closed": interval.high_closed if interval else None,
        "hedge": claim.hedge,
        "unit": claim.unit,
        "entity": claim.entity,
        "role": claim.role,
        "timex": ({"type": claim.timex.type, "value": claim.timex.value, "mod": claim.timex.mod}
                  if claim.timex else None),
        "interval": ({"start": claim.dates.start.isoformat(), "end": claim.dates.end.isoformat()}
                     if claim.dates else None),
        "extractor": claim.extractor,
    }


def claim_view_record(view: ClaimView) -> dict[str, Any]:
    record = claim_record(view.claim, None, view.sentence)
    record["line"], record["column"] = view.location.line, view.location.column
    return record


def finding_record(view: FindingView) -> dict[str, Any]:
    finding = view.finding
    return {
        "rule_id": finding.rule_id,
        "rule_name": finding.rule_name,
        "severity": str(finding.severity),
        "message": finding.message,
        "explanation": finding.explanation,
        "article": view.article_id,
        "path": view.path,
        "span": {"start": finding.span.start, "end": finding.span.end},
        "text": view.quoted,
        "line": view.location.line,
        "column": view.location.column,
        "end_line": view.location.end_line,
        "end_column": view.location.end_column,
        "evidence": [claim_view_record(e) for e in view.evidence],
        "fingerprint": view.fingerprint,
    }


def report_record(report: ReportData, findings: bool = True) -> dict[str, Any]:
    """The whole report as plain data; ``findings=False`` leaves the findings list empty (a streaming
    writer fills it in)."""
    return {
        "tool": {"name": "factcheck", "version": report.tool_version},
        "summary": report.summary,
        "articles": [
            {"id": view.article.id, "path": view.article.path, "title": view.article.title,
             "published": view.article.published.isoformat() if view.article.published else None,
             "status": view.status, "claims": len(view.claims),
             "findings": [f.fingerprint for f in view.findings]}
            for view in report.articles
        ],
        "findings": [finding_record(view) for view in report.findings] if findings else [],
        **report.extra,
    }
