"""The hand-labelled Wikinews dates (benchmarks/data/wikinews_dates.tsv) are well-formed and still fit the articles."""
from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

from labelled_tsv import read_labelled  # benchmarks/, on the path from conftest

TSV = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "wikinews_dates.tsv"
COLUMNS = ["corpus", "doc", "start", "end", "surface", "value", "reason", "sample"]
CORPORA = {"2019_2020": "wikinews_2019_2020", "tosca": "wikinews_tosca"}
VALUE = re.compile(r"\?|\d{4}-\d\d-\d\d|\d{4}-\d\d|\d{4}-W\d\d-WE")
REASON = re.compile(r"[a-z]+(?:-[a-z]+)*")


def rows() -> list[dict]:
    return read_labelled(TSV, COLUMNS)


def test_rows_are_well_formed():
    items = rows()
    assert len(items) >= 250
    for item in items:
        assert item["corpus"] in CORPORA, item
        assert item["doc"] and item["surface"].strip() == item["surface"], item
        start, end = item["start"], item["end"]
        assert 0 <= start < end and end - start == len(item["surface"]), item
        assert VALUE.fullmatch(item["value"]), item
        if item["value"] != "?":
            if "-W" in item["value"]:
                year, week = int(item["value"][:4]), int(item["value"][6:8])
                assert date.fromisocalendar(year, week, 6)
            else:
                date.fromisoformat(item["value"] if len(item["value"]) == 10 else item["value"] + "-01")
        assert REASON.fullmatch(item["reason"]), item
        assert item["sample"] in ("random", "cue"), item


def test_no_duplicate_or_overlapping_spans():
    seen: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for item in rows():
        spans = seen.setdefault((item["corpus"], item["doc"]), [])
        start, end = item["start"], item["end"]
        assert all(end <= s or e <= start for s, e in spans), item
        spans.append((start, end))


def test_surfaces_fit_the_article_text(shared):
    items = rows()
    needed = {(i["corpus"], i["doc"]) for i in items}
    texts = {}
    for corpus, folder in CORPORA.items():
        with (shared / "data" / "news" / folder / "articles.jsonl").open(encoding="utf-8") as handle:
            for line in handle:
                doc = json.loads(line)
                if (corpus, doc["id"]) in needed:
                    texts[corpus, doc["id"]] = doc["text"]
    assert needed <= set(texts), sorted(needed - set(texts))[:5]
    for item in items:
        text = texts[item["corpus"], item["doc"]]
        assert text[item["start"]:item["end"]] == item["surface"], item
