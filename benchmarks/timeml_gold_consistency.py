"""How consistent is the TimeML gold with itself? Measures the part of the TempEval-3 training set that no
tagger following one reading per phrase can match.

    python benchmarks/timeml_gold_consistency.py

Two measurements, both on the gold alone (no predictions involved):

1. Phrases whose TimeML value follows from the document creation time alone ("last week", "this year",
   "yesterday"; not "a year ago" or "the weekend", whose reading depends on the story and the tense). Each gold value is rewritten relative to its document's creation time ("last week" in a
   document of 1998-03-01 written 1998-W08 becomes ``week-1``; written 1998-WXX it becomes ``WXX``), and
   the annotations that disagree with their phrase's most frequent reading are counted.
2. Words the gold tags in some places and leaves untagged in others ("now", "daily", "recent"): for each,
   how often it is tagged and how often not. Whichever way a tagger decides, the smaller number is lost.

Reads ../shared/data/timeml (research licence; never copied into the repository); exits 0 with a message
when it is absent.
"""
from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import regex

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "data" / "timeml" / "train.jsonl"
GOLD = SHARED / "data" / "timeml" / "train.gold.jsonl"

DETERMINISTIC = regex.compile(
    r"(?:last|this|next|the past|the last|the coming) (?:week|month|year|decade)|yesterday|today|tomorrow",
    regex.IGNORECASE)
SOMETIMES_TAGGED = ("now", "current", "currently", "recently", "recent", "daily", "soon", "future", "annually",
                    "previously", "already")


def relative_reading(value: str, created: date) -> str:
    """A gold value as an offset from the creation time, so readings compare across documents."""
    iso_year, iso_week, _ = created.isocalendar()
    if m := regex.fullmatch(r"(\d{4})-W(\d\d?)(-WE)?", value):
        return f"week{(int(m[1]) - iso_year) * 52 + int(m[2]) - iso_week:+d}{m[3] or ''}"
    if m := regex.fullmatch(r"(\d{4})-WXX", value):
        return f"WXX year{int(m[1]) - created.year:+d}"
    if m := regex.fullmatch(r"(\d{4})-(\d\d)", value):
        return f"month{(int(m[1]) - created.year) * 12 + int(m[2]) - created.month:+d}"
    if m := regex.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", value):
        return f"day{(date(int(m[1]), int(m[2]), int(m[3])) - created).days:+d}"
    if m := regex.fullmatch(r"(\d{4})", value):
        return f"year{int(m[1]) - created.year:+d}"
    if m := regex.fullmatch(r"(\d{4})-Q([1-4X])", value):
        return f"year{int(m[1]) - created.year:+d} Q{m[2]}"
    return regex.sub(r"\d{4}", "YYYY", value)


def main() -> int:
    if not CORPUS.exists() or not GOLD.exists():
        print(f"skipped: {CORPUS.parent.resolve()} is absent (../shared is not here)")
        return 0
    documents = {d["id"]: d for d in map(json.loads, CORPUS.open(encoding="utf-8"))}
    gold = [json.loads(line) for line in GOLD.open(encoding="utf-8")]
    by_document: dict[str, list[dict]] = defaultdict(list)
    for g in gold:
        by_document[g["doc"]].append(g)

    readings: dict[str, Counter] = defaultdict(Counter)
    for g in gold:
        phrase = g["text"].lower()
        if DETERMINISTIC.fullmatch(phrase):
            readings[phrase][relative_reading(g["value"], date.fromisoformat(documents[g["doc"]]["date"][:10]))] += 1
    print("1. Phrases whose value follows from the creation time (phrases seen at least 3 times)")
    total = off_majority = 0
    for phrase, counts in sorted(readings.items(), key=lambda item: -sum(item[1].values())):
        n, off = sum(counts.values()), sum(counts.values()) - max(counts.values())
        total, off_majority = total + n, off_majority + off
        if n >= 3:
            shown = ", ".join(f"{reading} ×{k}" for reading, k in counts.most_common(5))
            print(f"   {phrase:<14} {n:4d} annotations, {off:3d} off the majority reading: {shown}")
    print(f"   all such phrases: {total} annotations, {off_majority} disagree with their phrase's majority reading")

    print("2. Words the gold tags in some places and not in others")
    lost = 0
    for word in SOMETIMES_TAGGED:
        pattern = regex.compile(rf"\b{word}\b", regex.IGNORECASE)
        tagged = untagged = 0
        for doc_id, document in documents.items():
            for match in pattern.finditer(document["text"]):
                inside = any(g["start"] <= match.start() < g["end"] for g in by_document[doc_id])
                tagged, untagged = tagged + inside, untagged + (not inside)
        lost += min(tagged, untagged)
        print(f"   {word:<11} tagged {tagged:3d}, untagged {untagged:3d}")
    print(f"   whichever way each word is decided, at least {lost} occurrences disagree with the gold")
    print(f"inconsistent annotations: {off_majority + lost} of {len(gold)} gold expressions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
