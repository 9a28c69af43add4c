"""Throughput of temporal extraction on the TempEval-3 training corpus, against dateparser.

    python benchmarks/timex_speed.py [--dateparser-docs N] [--repeat R]

Times sentence splitting + ``find_timexes`` (what the extract stage runs for time) over all 256
documents, best of R runs, and ``dateparser.search.search_dates`` on the same documents (all of them
by default, about 5-10 s; with --dateparser-docs N an evenly spread sample of N, its docs/s then
extrapolated), and prints both rates and their ratio. Times are CPU time of this one process, so the
figures hold for one core even on a shared machine. Without ../shared it says so and exits 0.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO / ".." / "shared"
sys.path.insert(0, str(REPO))

from factcheck.extract.sentences import split_sentences  # noqa: E402
from factcheck.extract.timex import find_timexes  # noqa: E402


# CPU time of this process: "docs/s on one core" even when other work shares the machine.
clock = time.process_time


def ours(docs: list[dict]) -> tuple[float, float, int]:
    """CPU seconds for split+timex and for timex alone (sentences given), and the number of claims."""
    started = clock()
    sentences = [split_sentences(doc["text"]) for doc in docs]
    split_done = clock()
    found = sum(len(find_timexes(doc["text"], s, doc["id"])) for doc, s in zip(docs, sentences))
    finished = clock()
    return finished - started, finished - split_done, found


def theirs(docs: list[dict]) -> tuple[float, int]:
    from dateparser.search import search_dates
    found = 0
    started = clock()
    for doc in docs:
        base = datetime.fromisoformat(doc["date"][:10])
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found += len(search_dates(doc["text"], languages=["en"], settings={"RELATIVE_BASE": base}) or [])
    return clock() - started, found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dateparser-docs", type=int, default=0,
                        help="time dateparser on every k-th document only, N of them (default: all)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    corpus = SHARED / "data" / "timeml" / "train.jsonl"
    if not corpus.exists():
        print(f"skipped: {corpus.resolve()} is absent (../shared is not here)")
        return 0
    docs = [json.loads(line) for line in corpus.open(encoding="utf-8") if line.strip()]
    find_timexes(docs[0]["text"], split_sentences(docs[0]["text"]), "warm-up")  # build the grammar once
    runs = [ours(docs) for _ in range(args.repeat)]
    total, alone, found = min(runs)
    print(f"factcheck timex: {len(docs)} docs, {found} expressions")
    print(f"  sentences + timex: {len(docs) / total:8.0f} docs/s ({total * 1000 / len(docs):.2f} ms/doc, best of {args.repeat})")
    print(f"  timex alone:       {len(docs) / min(r[1] for r in runs):8.0f} docs/s")
    try:
        import dateparser  # noqa: F401
    except ImportError:
        print("dateparser is not installed: no comparison")
        return 0
    step = max(1, len(docs) // args.dateparser_docs) if args.dateparser_docs else 1
    subset = docs[::step][: args.dateparser_docs or None]  # an even spread: sources differ in length
    theirs(subset[:1])  # warm-up: dateparser loads its language data on first use
    seconds, found_theirs = theirs(subset)
    rate = len(subset) / seconds
    print(f"dateparser search_dates: {len(subset)} docs in {seconds:.1f} CPU s, {found_theirs} expressions, "
          f"{rate:.1f} docs/s" + (f" (extrapolated from {len(subset)} of {len(docs)} docs)" if len(subset) < len(docs) else ""))
    print(f"ratio: factcheck is {len(docs) / total / rate:.0f}x faster (sentences + timex vs search_dates)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
