"""Which article files changed since a Git ref: ``check --changed-since REF`` reports only those.

Changed means differing from REF in the working tree (committed, staged or not) or new and untracked;
deleted files are gone and need no report. The whole set is still checked, so cross-article rules see
every article; only the report is narrowed.
"""
from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

from .report.data import ReportData


class ChangesError(ValueError):
    """Git could not say what changed; the message says why."""


def changed_files(ref: str, cwd: str | Path = ".") -> set[Path]:
    """Absolute, resolved paths of the files that differ from ``ref`` or are untracked."""
    root = Path(_git(["rev-parse", "--show-toplevel"], cwd).strip())
    _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], cwd,
         failure=f"{ref!r} is not a commit known to this Git repository")
    listed = _git(["diff", "--name-only", "-z", "--no-renames", "--diff-filter=d", ref, "--"], cwd)
    untracked = _git(["ls-files", "-z", "--others", "--exclude-standard", "--full-name"], root)
    return {(root / name).resolve() for name in (listed + untracked).split("\0") if name}


def narrow(report: ReportData, changed: set[Path], ref: str) -> ReportData:
    """The report reduced to the articles and skipped inputs whose files are in ``changed``; an input that
    could not be read at all stays, as the run failed on it whatever changed."""
    def is_changed(path: str | None) -> bool:
        return path is not None and Path(path).resolve() in changed

    checked = report.summary["articles_checked"]
    narrowed = report.only_articles(lambda view: is_changed(view.article.path))
    return replace(narrowed, problems=tuple(p for p in report.problems if p.fatal or is_changed(p.path)),
                   extra={**narrowed.extra, "changed_since": {
                       "ref": ref, "articles_checked": checked, "articles_reported": len(narrowed.articles)}})


def _git(args: list[str], cwd: str | Path, failure: str | None = None) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise ChangesError("--changed-since needs git, which is not installed") from None
    if done.returncode != 0:
        detail = failure or (done.stderr.strip().splitlines() or [f"git {' '.join(args)} failed"])[-1]
        raise ChangesError(f"--changed-since: {detail}")
    return done.stdout
