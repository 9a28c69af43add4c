"""False-alarm control: run every rule over real articles and count the findings at warning or above.

    python benchmarks/false_alarms.py                 # wikinews_2019_2020 (293 articles; target <= 3)
    python benchmarks/false_alarms.py --tosca         # also wikinews_tosca (5,775; text has gaps: leads only)
    python benchmarks/false_alarms.py --all-severities

Each remaining finding is listed with its article, message and arithmetic so a person can judge it (a
real error in an article is a success). The data is read from ../shared beside the repository.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from factcheck.engine.loader import instantiate, load_rules  # noqa: E402
from factcheck.engine.runner import Engine  # noqa: E402
from factcheck.ingest import read_sources  # noqa: E402
from factcheck.model import Severity  # noqa: E402
from factcheck.pipeline import run  # noqa: E402

NEWS = REPO.parent / "shared" / "data" / "news"
CONTROL = NEWS / "wikinews_2019_2020" / "articles.jsonl"
TOSCA = NEWS / "wikinews_tosca" / "articles.jsonl"
TARGET = 3


def check(path: Path, least: Severity, limit: int | None) -> int:
    started = time.perf_counter()
    result = run(read_sources([str(path)], None), Engine(instantiate(load_rules())))
    by_id = {r.article.id: r.article for r in result.articles}
    shown = [f for r in result.articles for f in r.findings if f.severity >= least]
    counts = Counter(f.rule_id for f in shown)
    for finding in shown[:limit]:
        article = by_id.get(finding.article)
        quote = article.text[finding.span.start:finding.span.end] if article else ""
        sentence = _sentence(article.text, finding.span.start, finding.span.end) if article else ""
        print(f"- {finding.article} {finding.severity} {finding.rule_id} {finding.message}\n"
              f"    quote: {quote!r}\n    sentence: {sentence!r}\n    why: {finding.explanation}")
    seconds = time.perf_counter() - started
    print(f"{path.parent.name}: {len(result.articles)} articles, {len(shown)} findings at {least} or above "
          f"({', '.join(f'{k}: {v}' for k, v in sorted(counts.items())) or 'none'}) in {seconds:.1f}s")
    return len(shown)


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    right = text.find(". ", end)
    return text[left:right + 1 if right >= 0 else len(text)][:400]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tosca", action="store_true", help="also run the larger wikinews_tosca control")
    parser.add_argument("--all-severities", action="store_true", help="count info findings too")
    parser.add_argument("--limit", type=int, default=None, help="list at most this many findings per set")
    args = parser.parse_args()
    if not CONTROL.is_file():
        print(f"{CONTROL} not found: the shared data must sit beside the repository", file=sys.stderr)
        return 2
    least = Severity.INFO if args.all_severities else Severity.WARNING
    count = check(CONTROL, least, args.limit)
    what = "findings at info or above" if args.all_severities else "false alarms (warning or above)"
    print(f"{what} on the control: {count} (target at most {TARGET} at warning or above)")
    if args.tosca and TOSCA.is_file():
        check(TOSCA, least, args.limit)
    return 0 if args.all_severities or count <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
