"""How long each report format takes to render, against the check itself, on one run.

    python benchmarks/report_formats.py [ARTICLES]   (default ../shared/data/news/wikinews_2019_2020/articles.jsonl)

Prints seconds and output size per format, and each as a ratio of the check time measured in the same
run (ratios are what to compare across machines). Also times applying a baseline of every finding.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from factcheck import baseline  # noqa: E402
from factcheck.cli.reporting import checked_report  # noqa: E402
from factcheck.report.formats import RENDERERS, render  # noqa: E402

DEFAULT = REPO.parent / "shared" / "data" / "news" / "wikinews_2019_2020" / "articles.jsonl"


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not source.exists():
        sys.exit(f"{source} not found: pass an article file or folder")
    started = time.perf_counter()
    report, _ = checked_report([str(source)])
    check = time.perf_counter() - started
    print(f"{source.name}: {len(report.articles)} articles, {sum(len(a.claims) for a in report.articles)} claims, "
          f"{len(report.findings)} findings; check+build {check:.2f} s")
    for fmt in RENDERERS:
        started = time.perf_counter()
        size = len(render(report, fmt).encode("utf-8"))
        took = time.perf_counter() - started
        print(f"{fmt:7} {took:7.3f} s  {took / check:6.3f} x check  {size / 1024:9.1f} KiB")
    accepted = baseline.from_report(report)
    started = time.perf_counter()
    _, outcome = baseline.apply(report, accepted)
    took = time.perf_counter() - started
    print(f"baseline apply ({outcome.hidden} hidden) {took:.3f} s  {took / check:.3f} x check")


if __name__ == "__main__":
    main()
