"""Cutting an article's text into runs that share the same highlighted claims and findings."""
from __future__ import annotations

from dataclasses import dataclass

from .data import ArticleView, ClaimView, FindingView


@dataclass(frozen=True)
class Segment:
    text: str
    start: int
    claims: tuple[ClaimView, ...]
    findings: tuple[FindingView, ...]

    @property
    def kinds(self) -> list[str]:
        return sorted({c.claim.kind for c in self.claims})

    @property
    def severity(self) -> str | None:
        if not self.findings:
            return None
        return str(max(f.finding.severity for f in self.findings))


def segments(view: ArticleView) -> list[Segment]:
    text = view.article.text
    body = view.article.body_span
    marks = [(c.claim.span.start, c.claim.span.end, c) for c in view.claims]
    marks += [(f.finding.span.start, f.finding.span.end, f) for f in view.findings if f.finding.span.end > f.finding.span.start]
    cuts = {body.start, body.end}
    for start, end, _ in marks:
        cuts.update((max(start, body.start), min(end, body.end)))
    ordered = sorted(c for c in cuts if body.start <= c <= body.end)
    result = []
    for start, end in zip(ordered, ordered[1:]):
        if start == end:
            continue
        covering = [m for s, e, m in marks if s <= start and end <= e]
        result.append(Segment(text[start:end], start,
                              tuple(m for m in covering if isinstance(m, ClaimView)),
                              tuple(m for m in covering if isinstance(m, FindingView))))
    return result
