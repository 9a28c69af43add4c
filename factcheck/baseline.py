"""The baseline file: findings a newsroom has accepted or judged, so CI reports only what is new.

A waiver names a finding by its fingerprint (rule, article, the text it points at and its evidence — never
a line number), so it keeps matching when the article is edited elsewhere. Its ``status`` says what a
person decided:

- ``accepted``: known and tolerated (what ``factcheck baseline write`` records); hidden.
- ``false-alarm``: an editor judged the rule wrong here; hidden.
- ``confirmed``: an editor judged the finding right; it stays reported until the text is fixed.

A waiver may carry a ``reason`` and an ``expires`` date; after that day it stops hiding its finding and
the run says so.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Mapping

import yaml

from .report.data import FindingView, ReportData

FORMAT_VERSION = 1
STATUSES = ("accepted", "false-alarm", "confirmed")
HIDING = frozenset({"accepted", "false-alarm"})
FIELDS = ("fingerprint", "rule", "article", "path", "text", "status", "reason", "expires", "decided")
HEADER = ("# factcheck baseline: findings accepted or judged by an editor.\n"
          "# `factcheck check --baseline FILE` hides accepted and false-alarm findings until a waiver's\n"
          "# `expires` date has passed. Edit reasons and expiry dates freely; keep the fingerprints.\n")


class BaselineError(ValueError):
    """The baseline file cannot be used; ``str()`` names the file, the line and the problem."""


@dataclass(frozen=True)
class Waiver:
    fingerprint: str
    rule: str
    article: str
    text: str = ""
    path: str = ""
    status: str = "accepted"
    reason: str = ""
    expires: date | None = None
    decided: date | None = None

    def expired(self, today: date) -> bool:
        return self.expires is not None and today > self.expires

    def hides(self, today: date) -> bool:
        return self.status in HIDING and not self.expired(today)


@dataclass(frozen=True)
class Baseline:
    waivers: dict[str, Waiver]

    def get(self, fingerprint: str) -> Waiver | None:
        return self.waivers.get(fingerprint)

    def with_waiver(self, waiver: Waiver) -> "Baseline":
        return Baseline({**self.waivers, waiver.fingerprint: waiver})


EMPTY = Baseline({})


def waiver_for(view: FindingView, texts: Mapping[str, str], **decision) -> Waiver:
    """A waiver of the finding ``view``; ``texts`` maps article ids to their text (see :func:`article_texts`)."""
    span = view.finding.span
    text = texts.get(view.article_id, "")
    quoted = text[span.start:span.end] if span.end <= len(text) else next(
        (c.text for c in view.finding.evidence if c.article == view.article_id and c.span == span), "")
    return Waiver(view.fingerprint, view.finding.rule_id, view.article_id, " ".join(quoted.split()),
                  view.location.path, **decision)


def article_texts(report: ReportData) -> dict[str, str]:
    return {a.article.id: a.article.text for a in report.articles}


def from_report(report: ReportData, previous: Baseline = EMPTY, reason: str = "",
                expires: date | None = None, today: date | None = None) -> Baseline:
    """Accept every finding of ``report``; a finding already judged keeps its earlier waiver."""
    today = today or date.today()
    texts = article_texts(report)
    waivers = {}
    for view in report.findings:
        earlier = previous.get(view.fingerprint)
        waivers[view.fingerprint] = earlier or waiver_for(view, texts, status="accepted", reason=reason,
                                                          expires=expires, decided=today)
    return Baseline(waivers)


@dataclass(frozen=True)
class Outcome:
    hidden: int
    expired: tuple[tuple[Waiver, FindingView], ...]
    unmatched: int

    def notes(self) -> list[str]:
        return [f"{view.location}: the waiver for {waiver.rule} expired on {waiver.expires.isoformat()}, "
                f"so the finding is reported again" + (f" (it said: {waiver.reason})" if waiver.reason else "")
                for waiver, view in self.expired]

    def record(self) -> dict:
        return {"hidden": self.hidden, "unmatched_waivers": self.unmatched,
                "expired": [{"fingerprint": w.fingerprint, "rule": w.rule, "article": w.article,
                             "expires": w.expires.isoformat(), "reason": w.reason} for w, _ in self.expired]}


def apply(report: ReportData, baseline: Baseline, today: date | None = None) -> tuple[ReportData, Outcome]:
    """The report without the findings the baseline hides today, and what the baseline did."""
    today = today or date.today()
    hidden: set[str] = set()
    expired: list[tuple[Waiver, FindingView]] = []
    for view in report.findings:
        waiver = baseline.get(view.fingerprint)
        if waiver is None:
            continue
        if waiver.hides(today):
            hidden.add(view.fingerprint)
        elif waiver.status in HIDING:
            expired.append((waiver, view))
    seen = {view.fingerprint for view in report.findings}
    outcome = Outcome(len(hidden), tuple(expired), sum(1 for fp in baseline.waivers if fp not in seen))
    return report.keeping(lambda f: f.fingerprint not in hidden, baseline=outcome.record()), outcome


def load(path: str | Path) -> Baseline:
    """Read a baseline file; a missing file is an empty baseline, a malformed one a BaselineError."""
    path = Path(path)
    if not path.exists():
        return EMPTY
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except (OSError, UnicodeDecodeError) as exc:
        raise BaselineError(f"{path}: cannot read the baseline: {exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise BaselineError(f"{path}:{mark.line + 1 if mark else 1}: not valid YAML: "
                            f"{getattr(exc, 'problem', exc)}") from None
    if node is None:
        return EMPTY
    data = _construct(node)
    if not isinstance(data, dict) or not isinstance(data.get("waivers", []), list):
        raise BaselineError(f"{path}:{node.start_mark.line + 1}: a baseline is a mapping with a 'waivers' list")
    if data.get("version", FORMAT_VERSION) != FORMAT_VERSION:
        raise BaselineError(f"{path}: baseline version {data.get('version')!r} is not {FORMAT_VERSION}")
    entries = next((v for k, v in node.value if k.value == "waivers"), None)
    waivers = {}
    for entry in entries.value if entries is not None else ():
        waiver = _waiver(path, entry)
        waivers[waiver.fingerprint] = waiver
    return Baseline(waivers)


def _waiver(path: Path, node: yaml.Node) -> Waiver:
    where = f"{path}:{node.start_mark.line + 1}"
    raw = _construct(node)
    if not isinstance(raw, dict):
        raise BaselineError(f"{where}: a waiver is a mapping with fingerprint, rule and article")
    unknown = set(raw) - set(FIELDS)
    if unknown:
        raise BaselineError(f"{where}: unknown waiver field {sorted(unknown)[0]!r}; allowed: {', '.join(FIELDS)}")
    for key in ("fingerprint", "rule", "article"):
        if not isinstance(raw.get(key), str) or not raw[key]:
            raise BaselineError(f"{where}: the waiver needs a {key!r} string")
    if raw.get("status", "accepted") not in STATUSES:
        raise BaselineError(f"{where}: status {raw['status']!r} is not one of {', '.join(STATUSES)}")
    for key in ("expires", "decided"):
        if raw.get(key) is not None and not isinstance(raw[key], date):
            raise BaselineError(f"{where}: {key!r} must be a date written YYYY-MM-DD, not {raw[key]!r}")
    text_fields = {k: str(raw[k]) for k in ("text", "path", "reason") if raw.get(k) is not None}
    return Waiver(raw["fingerprint"], raw["rule"], raw["article"], status=raw.get("status", "accepted"),
                  expires=raw.get("expires"), decided=raw.get("decided"), **text_fields)


def dump(baseline: Baseline) -> str:
    entries = []
    for waiver in sorted(baseline.waivers.values(), key=lambda w: (w.path, w.article, w.rule, w.text, w.fingerprint)):
        entry = {k: v for k, v in asdict(waiver).items() if v not in ("", None)}
        entries.append(entry)
    return HEADER + yaml.safe_dump({"version": FORMAT_VERSION, "waivers": entries}, sort_keys=False,
                                   allow_unicode=True, width=110)


def save(baseline: Baseline, path: str | Path) -> None:
    """Write atomically, so a reader (CI, a second review tab) never sees half a file."""
    path = Path(path)
    temporary = path.with_name(path.name + ".tmp")
    try:
        temporary.write_text(dump(baseline), encoding="utf-8")
        temporary.replace(path)
    except OSError as exc:
        raise BaselineError(f"{path}: cannot write the baseline: {exc.strerror or exc}") from None


def _construct(node: yaml.Node):
    return yaml.SafeLoader(yaml.serialize(node)).get_single_data()
