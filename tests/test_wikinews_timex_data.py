"""The blind TIMEX3 gold on Wikinews (sets A, B, C, D, F, H, J, L, N, P and S,
benchmarks/data/wikinews_timex{,_b,_c,_d,_f,_h,_j,_l,_n,_p,_s}.tsv, from the 2019-2020 collection, and sets E, G,
I, K, M, O, Q, R, T, U, V, W, X, Y, Z and AA to AV, wikinews_timex_{e,g,i,k,...,z,aa,...,av}.tsv, from the older
tosca collection) is well-formed, still fits the articles, and no two sets share a document."""
from __future__ import annotations

import itertools
import re
from collections import defaultdict
from pathlib import Path

import pytest
from labelled_tsv import read_labelled  # benchmarks/, on the path from conftest
from wikinews_timex import COLLECTIONS, docs_without_timex, load_articles  # benchmarks/wikinews_timex.py

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "data"
NEWS = Path(__file__).resolve().parents[2] / "shared" / "data" / "news"
ARTICLES = NEWS / "wikinews_2019_2020" / "articles.jsonl"
TOSCA = NEWS / "wikinews_tosca" / "articles.jsonl"
# The sets in the order they were made, each drawn with the next seed from 2026 on (set A's file has no suffix);
# these came from the 2019-2020 collection, the others from the older tosca one.
FROM_2019_2020 = {"A", "B", "C", "D", "F", "H", "J", "L", "N", "P", "S"}
LABELS = [*"ABCDEFGHIJKLMNOPQRSTUVWXYZ", *(f"A{letter}" for letter in "ABCDEFGHIJKLMNOPQRSTUV")]
TSV = DATA / "wikinews_timex.tsv"
FILES = {label: DATA / (f"wikinews_timex_{label.lower()}.tsv" if label != "A" else "wikinews_timex.tsv")
         for label in LABELS}
SEEDS = {FILES[label]: f"seed {2026 + number}" for number, label in enumerate(LABELS)}
COLLECTION = {path: ARTICLES if label in FROM_2019_2020 else TOSCA for label, path in FILES.items()}
gold_files = pytest.mark.parametrize("tsv", list(FILES.values()), ids=LABELS)
ARTICLES_READ = {FILES["S"]: 12}  # set S takes 12 longer articles (4,000-9,000 characters); the others 24
COLUMNS = ["doc", "start", "end", "type", "value", "surface"]
_DATE = (r"(?:\d{4}|\d{3}|\d{2})"                                  # year, decade, century
         r"(?:-(?:\d\d(?:-\d\d|-XX)?|W\d\d(?:-\d|-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI|XX(?:-XX)?))?")  # -WE: week-end
_TIME = r"(?:\d{4}|XXXX)-(?:\d\d|XX)-(?:\d\d|XX)T(?:\d\d:\d\d(?::\d\d)?|MO|AF|EV|NI|DT)"
_SECONDS = r"(?:(?:\d+|X)[HM])*(?:(?:\d+(?:\.\d+)?|X)S)?"                # decimal seconds, as ISO 8601 allows
# a decimal only in the last date part ("P8.5M"), as ISO 8601 allows
_DURATION = (r"P(?=[\dX])(?:(?:\d+|X)(?:Y|M|W|D|DE|CE))*(?:\d+\.\d+(?:Y|M|W|D))?(?<=[A-Z])|PT(?=[\dX])" + _SECONDS
             + r"|P(?:\d+|X)(?:Y|M|W|D)T(?=[\dX])" + _SECONDS)
VALUE = {
    "DATE": re.compile(rf"{_DATE}|PRESENT_REF|PAST_REF|FUTURE_REF|XXXX(?:-\d\d(?:-\d\d)?|-WXX)?"),
    "TIME": re.compile(_TIME),
    "DURATION": re.compile(_DURATION),
    "SET": re.compile(rf"{_DURATION}|XXXX-WXX-[1-7](?:T(?:MO|AF|EV|NI))?|XXXX-Q[1-4]|XXXX-XX-XX(?:T\w+)?|XXXX(?:-\d\d)?"),
}


def rows(tsv: Path = TSV) -> list[dict]:
    return read_labelled(tsv, COLUMNS)


@gold_files
def test_header_says_how_it_was_made(tsv):
    head = "".join(line for line in tsv.open(encoding="utf-8") if line.startswith("#"))
    for word in ("blind", SEEDS[tsv], "Conventions"):
        assert word in head


@gold_files
def test_rows_are_well_formed(tsv):
    items = rows(tsv)
    empty = docs_without_timex(tsv)  # articles read in full that have no TIMEX3, named in the header
    assert 90 <= len(items) <= 300  # set AJ's 24 short articles hold 99
    assert len({r["doc"] for r in items}) + len(empty) == ARTICLES_READ.get(tsv, 24)
    assert not set(empty) & {r["doc"] for r in items}
    assert len(set(empty)) == len(empty)
    for r in items:
        assert r["doc"].startswith("wikinews-"), r
        assert 0 <= r["start"] < r["end"], r
        assert r["type"] in VALUE, r
        assert VALUE[r["type"]].fullmatch(r["value"]), r
        assert r["surface"] and r["surface"] == r["surface"].strip(), r
        assert len(r["surface"]) == r["end"] - r["start"], r


@gold_files
def test_no_overlapping_spans_in_a_document(tsv):
    by_doc = defaultdict(list)
    for r in rows(tsv):
        by_doc[r["doc"]].append((r["start"], r["end"]))
    for doc, spans in by_doc.items():
        spans.sort()
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (doc, (s1, e1), (s2, e2))


@gold_files
def test_surfaces_match_the_articles(tsv):
    articles = COLLECTION[tsv]
    if not articles.exists():
        pytest.skip(f"../shared/data/news/{articles.parent.name} is absent")
    wanted = {r["doc"] for r in rows(tsv)} | set(docs_without_timex(tsv))
    texts = {doc_id: doc["text"] for doc_id, doc in load_articles(wanted, [articles]).items()}
    for r in rows(tsv):
        assert r["doc"] in texts, r["doc"]
        assert texts[r["doc"]][r["start"]:r["end"]] == r["surface"], r
    for doc in docs_without_timex(tsv):
        assert doc in texts, doc


def test_the_benchmark_looks_in_both_collections():
    assert ARTICLES.resolve() in {path.resolve() for path in COLLECTIONS}
    assert TOSCA.resolve() in {path.resolve() for path in COLLECTIONS}


def test_no_two_sets_share_a_document():
    docs = {tsv: {r["doc"] for r in rows(tsv)} | set(docs_without_timex(tsv)) for tsv in SEEDS}
    for one, other in itertools.combinations(SEEDS, 2):
        assert not docs[one] & docs[other], (one.name, other.name)
