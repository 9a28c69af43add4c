"""Score the temporal parser on the TempEval-3 training corpus (TimeBank + AQUAINT, 256 documents).

    python benchmarks/timeml.py [--errors N] [--keep PRED.jsonl]

Runs sentence splitting, ``find_timexes`` and ``resolve`` (anchor = each document's creation date),
writes predictions as JSONL and runs the TempEval-3 scorer from ../shared/eval/eval_timex.py, then
prints a per-type breakdown (recall by gold type, precision by predicted type). The corpus lives
outside the repository (research licence); without ../shared the script says so and exits 0.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO / ".." / "shared"
sys.path.insert(0, str(REPO))

from factcheck.extract.sentences import split_sentences  # noqa: E402
from factcheck.extract.timex import find_timexes  # noqa: E402
from factcheck.model import Article  # noqa: E402
from factcheck.resolve import resolve  # noqa: E402


def load_corpus(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def predict(doc: dict) -> list[dict]:
    text = doc["text"]
    published = date.fromisoformat(doc["date"][:10]) if doc.get("date") else None
    article = Article(doc["id"], text, published)
    claims = resolve(article, find_timexes(text, split_sentences(text), doc["id"]))
    return [{"doc": doc["id"], "start": c.span.start, "end": c.span.end, "type": c.timex.type,
             "value": c.timex.value, "text": c.text, "rule": c.attrs.get("rule")} for c in claims]


def breakdown(predictions: list[dict], gold_path: Path) -> str:
    """Per gold type: gold count, strict and relaxed recall, value recall; per predicted type: count,
    strict precision."""
    gold = [json.loads(line) for line in gold_path.open(encoding="utf-8")]
    by_span = {(p["doc"], p["start"], p["end"]): p for p in predictions}
    by_doc: dict[str, list[dict]] = {}
    for p in predictions:
        by_doc.setdefault(p["doc"], []).append(p)
    rows = Counter()
    for g in gold:
        kind = g["type"]
        rows[kind, "gold"] += 1
        strict = by_span.get((g["doc"], g["start"], g["end"]))
        overlap = strict or next((p for p in by_doc.get(g["doc"], []) if p["start"] < g["end"] and g["start"] < p["end"]), None)
        rows[kind, "strict"] += strict is not None
        rows[kind, "relaxed"] += overlap is not None
        rows[kind, "value"] += overlap is not None and overlap["value"] == g["value"]
    gold_spans = {(g["doc"], g["start"], g["end"]) for g in gold}
    for p in predictions:
        rows[p["type"], "system"] += 1
        rows[p["type"], "system_strict"] += (p["doc"], p["start"], p["end"]) in gold_spans
    lines = ["per type       gold  strictR relaxedR  valueR | system strictP"]
    for kind in ("DATE", "TIME", "DURATION", "SET"):
        n, s = rows[kind, "gold"], rows[kind, "system"]
        pct = lambda a, b: 100 * a / b if b else 0.0  # noqa: E731
        lines.append(f"  {kind:<10} {n:6d}  {pct(rows[kind, 'strict'], n):6.1f}   {pct(rows[kind, 'relaxed'], n):6.1f}"
                     f"  {pct(rows[kind, 'value'], n):6.1f} | {s:6d}  {pct(rows[kind, 'system_strict'], s):6.1f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", type=int, default=0, help="print the first N scorer errors")
    parser.add_argument("--keep", metavar="PRED.jsonl", help="also keep the predictions in this file")
    args = parser.parse_args(argv)
    corpus = SHARED / "data" / "timeml" / "train.jsonl"
    scorer = SHARED / "eval" / "eval_timex.py"
    if not corpus.exists() or not scorer.exists():
        print(f"skipped: {corpus.resolve()} or the scorer is absent (../shared is not here)")
        return 0
    predictions = [p for doc in load_corpus(corpus) for p in predict(doc)]
    out = Path(args.keep) if args.keep else Path(tempfile.mkstemp(suffix=".jsonl")[1])
    with out.open("w", encoding="utf-8") as handle:
        for p in predictions:
            handle.write(json.dumps(p) + "\n")
    command = [sys.executable, str(scorer), str(SHARED / "data" / "timeml" / "train"), str(out)]
    if args.errors:
        command += ["--errors", str(args.errors)]
    print(subprocess.run(command, capture_output=True, text=True, check=False).stdout, end="")
    print(breakdown(predictions, SHARED / "data" / "timeml" / "train.gold.jsonl"))
    if not args.keep:
        out.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
