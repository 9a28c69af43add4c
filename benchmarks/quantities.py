"""Throughput of quantity extraction against quantulum3, on the same Wikinews articles, in one run.

    python benchmarks/quantities.py [--quantulum-docs N] [--repeat R]

Ours runs over every article (``--repeat`` times, best run reported); quantulum3's ``parser.parse`` runs
once over the same articles (all of them by default, about 150 CPU seconds; ``--quantulum-docs N`` takes the
first N only, and then its rate is that subset's: the first hundred articles are short, and quantulum3
manages about 10 of them a second against about 2 a second over the whole set). Both rates are documents per CPU-second of this process (``time.process_time``), so other
work on a shared machine does not tilt the ratio; wall-clock rates are printed beside them.
Exits 0 with a message when ``../shared`` (next to the repository) is absent.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
ARTICLES = SHARED / "data" / "news" / "wikinews_2019_2020" / "articles.jsonl"
sys.path.insert(0, str(REPO))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quantulum-docs", type=int, default=0,
                        help="give quantulum3 only the first N articles (default: all, the same texts as ours)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of our extractor; the best is reported")
    args = parser.parse_args()
    if not ARTICLES.exists():
        print(f"skipped: {ARTICLES} not found (the shared data folder is absent)")
        return 0
    texts = [json.loads(line)["text"] for line in ARTICLES.read_text(encoding="utf-8").splitlines() if line.strip()]

    from factcheck.extract.quantities import find_quantities
    from factcheck.extract.sentences import split_sentences

    find_quantities("warm up: 5 km, $3bn.", split_sentences("warm up: 5 km, $3bn."), "warmup", [])  # load tables
    split_best = extract_best = float("inf")
    claims = 0
    wall = float("inf")
    for _ in range(max(1, args.repeat)):
        start = time.process_time()
        sentences = [split_sentences(text) for text in texts]
        middle = time.process_time()
        wall_start = time.perf_counter()
        claims = sum(len(find_quantities(text, s, str(i), [])) for i, (text, s) in enumerate(zip(texts, sentences)))
        wall = min(wall, time.perf_counter() - wall_start)
        end = time.process_time()
        split_best, extract_best = min(split_best, middle - start), min(extract_best, end - middle)
    ours = len(texts) / extract_best
    both = len(texts) / (split_best + extract_best)
    print(f"factcheck find_quantities: {len(texts)} articles, {claims} claims, {extract_best:.3f} CPU s → "
          f"{ours:,.0f} docs/s (given sentences; best of {args.repeat}; wall clock {len(texts) / wall:,.0f} docs/s)")
    print(f"  with sentence splitting (split_sentences, not part of this extractor): "
          f"{split_best + extract_best:.3f} s → {both:,.0f} docs/s")

    try:
        from quantulum3 import parser as qparser
    except ImportError:
        print("quantulum3 not installed: no comparison")
        return 0
    random.seed(0)  # quantulum3's fallback disambiguation is order-dependent; fix what can be fixed
    subset = texts[: args.quantulum_docs] if args.quantulum_docs > 0 else texts
    qparser.parse("warm up: 5 km, $3bn.")  # its tables load on first use; not counted
    start, wall_start = time.process_time(), time.perf_counter()
    found = sum(len(qparser.parse(text)) for text in subset)
    elapsed, wall = time.process_time() - start, time.perf_counter() - wall_start
    theirs = len(subset) / elapsed
    scope = "the same articles" if len(subset) == len(texts) else "a subset"
    print(f"quantulum3 parser.parse: {len(subset)} of {len(texts)} articles ({scope}), {found} quantities, "
          f"{elapsed:.2f} CPU s → {theirs:,.2f} docs/s (wall clock {len(subset) / wall:,.2f} docs/s); "
          f"all {len(texts)} would take ~{len(texts) / theirs:,.0f} s")
    print(f"ratio: {ours / theirs:,.0f}× quantulum3's throughput (target ≥ 100×); "
          f"{both / theirs:,.0f}× counting sentence splitting too")
    return 0


if __name__ == "__main__":
    sys.exit(main())
