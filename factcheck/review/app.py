"""What the review server does, apart from HTTP: render the desk with decisions, record a decision."""
from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Mapping

from .. import baseline
from ..report.data import ReportData

DECISIONS = {"confirmed": "confirmed", "false-alarm": "false alarm"}
MAX_NOTE = 2000


class DecisionError(ValueError):
    """A decision the server refuses; the message is shown to the editor."""


@dataclass(frozen=True)
class ReviewContext:
    """What the HTML template needs in review mode: the decisions so far and the form token."""

    decisions: Mapping[str, baseline.Waiver]
    token: str
    labels: Mapping[str, str]

    def tally(self, findings) -> dict[str, int]:
        """How many of ``findings`` carry each decision, for the progress line."""
        counts = dict.fromkeys(self.labels, 0)
        for view in findings:
            waiver = self.decisions.get(view.fingerprint)
            if waiver is not None and waiver.status in counts:
                counts[waiver.status] += 1
        return counts


class ReviewApp:
    def __init__(self, report: ReportData, baseline_path: str | Path) -> None:
        self.report = report
        self.baseline_path = Path(baseline_path)
        # A secret per server run: a page elsewhere in the editor's browser cannot forge a decision.
        self.token = secrets.token_urlsafe(24)
        self._findings = {view.fingerprint: view for view in report.findings}
        self._texts = baseline.article_texts(report)
        self._lock = threading.Lock()
        baseline.load(self.baseline_path)  # a malformed file is refused before serving, not on first save

    def page(self) -> str:
        from ..report.formats.html import render

        context = ReviewContext(baseline.load(self.baseline_path).waivers, self.token, DECISIONS)
        return render(self.report, review=context)

    def decide(self, form: Mapping[str, str], today: date | None = None) -> str:
        """Record the decision the form carries; returns the finding's fingerprint."""
        if not secrets.compare_digest(form.get("token", ""), self.token):
            raise DecisionError("this form is from another review session; reload the page")
        fingerprint = form.get("fingerprint", "")
        view = self._findings.get(fingerprint)
        if view is None:
            raise DecisionError("no such finding in this report")
        status = form.get("status", "")
        if status not in DECISIONS:
            raise DecisionError(f"choose one of: {', '.join(DECISIONS.values())}")
        note = " ".join(form.get("note", "").split())
        if len(note) > MAX_NOTE:
            raise DecisionError(f"the note is longer than {MAX_NOTE} characters")
        with self._lock:
            try:
                current = baseline.load(self.baseline_path)
            except baseline.BaselineError as exc:
                raise DecisionError(f"{exc}; fix the file and save again") from None
            earlier = current.get(fingerprint)
            decided = today or date.today()
            waiver = (replace(earlier, status=status, reason=note, decided=decided) if earlier else
                      baseline.waiver_for(view, self._texts, status=status, reason=note, decided=decided))
            try:
                baseline.save(current.with_waiver(waiver), self.baseline_path)
            except baseline.BaselineError as exc:
                raise DecisionError(str(exc)) from None
        return fingerprint
