"""What the HTML editor's desk shows beyond the report: per-claim details for the hover/click panel,
stable element ids, and which findings each claim is evidence for. Computed here, so the template only
lays things out."""
from __future__ import annotations

import math
from dataclasses import dataclass

from ..model import Claim
from .data import ArticleView, ClaimView, FindingView, ReportData
from .segments import Segment, segments
from .timeline import ClaimKey, Timeline, claim_key, timeline, unplaced_durations


@dataclass(frozen=True)
class ArticleDesk:
    number: int
    view: ArticleView
    claim_ids: dict[ClaimKey, str]
    segments: list[Segment]
    timeline: Timeline | None
    unplaced: list[str]

    def claim_id(self, claim: Claim) -> str:
        return self.claim_ids.get(claim_key(claim), "")

    def segment_claim_ids(self, segment: Segment) -> str:
        return " ".join(self.claim_id(c.claim) for c in segment.claims)


def build_desk(report: ReportData) -> tuple[list[ArticleDesk], dict]:
    """Each article's desk, and the JSON the page's script reads (claims and findings by id)."""
    desks, claims, findings = [], {}, {}
    for number, view in enumerate(report.articles, 1):
        ids = {}
        for index, claim_view in enumerate(view.claims, 1):
            ids.setdefault(claim_key(claim_view.claim), f"a{number}-c{index}")
        flagged = _flags(view.findings)
        for claim_view in view.claims:
            key = claim_key(claim_view.claim)
            claims[ids[key]] = claim_details(claim_view, flagged.get(key, []))
        for finding_view in view.findings:
            findings[finding_view.fingerprint] = finding_details(finding_view)
        desks.append(ArticleDesk(number, view, ids, segments(view), timeline(view, flagged), unplaced_durations(view)))
    return desks, {"claims": claims, "findings": findings}


def claim_details(view: ClaimView, flagged_by: list[FindingView]) -> dict:
    claim = view.claim
    facts = [("kind", claim.kind), ("where", f"line {view.location.line}, column {view.location.column}")]
    if claim.value is not None:
        facts.append(("normalized value", _number(claim.value)))
    if claim.interval is not None:
        facts.append(("interval", claim.interval.describe()))
    for label, value in (("hedge", claim.hedge), ("unit", claim.unit), ("counts", claim.entity),
                         ("role", claim.role)):
        if value:
            facts.append((label, str(value)))
    if claim.timex is not None:
        facts.append(("TIMEX3", " ".join(filter(None, (claim.timex.type, claim.timex.value, claim.timex.mod)))))
    if claim.dates is not None:
        facts.append(("dates", date_range_text(claim)))
    facts.extend((str(key), str(value)) for key, value in sorted(claim.attrs.items(), key=lambda kv: str(kv[0])))
    return {"text": claim.text, "facts": facts, "findings": [f.fingerprint for f in flagged_by]}


def finding_details(view: FindingView) -> dict:
    finding = view.finding
    return {"rule": f"{finding.rule_id} {finding.rule_name}", "severity": view.severity, "message": finding.message,
            "arithmetic": finding.explanation, "where": f"line {view.location.line}, column {view.location.column}"}


def date_range_text(claim: Claim) -> str:
    dates = claim.dates
    if dates.start == dates.end:
        return dates.start.isoformat()
    return f"{dates.start.isoformat()} to {dates.end.isoformat()} ({dates.days} days)"


def _flags(findings: tuple[FindingView, ...]) -> dict[ClaimKey, list[FindingView]]:
    """Claim → the findings it is evidence for (most severe first)."""
    flags: dict[tuple[int, int, str], list[FindingView]] = {}
    for view in findings:
        for evidence in view.evidence:
            flags.setdefault(claim_key(evidence.claim), []).append(view)
    for listed in flags.values():
        listed.sort(key=lambda f: -f.finding.severity)
    return flags


def _number(value: float | str) -> str:
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return f"{value:,.0f}"
    return f"{value:,}" if isinstance(value, (int, float)) else str(value)
