"""The blind TIMEX3 gold on Wikinews (sets A, B, C, D, F, H, J, L, N, P and S,
benchmarks/data/wikinews_timex{,_b,_c,_d,_f,_h,_j,_l,_n,_p,_s}.tsv, from the 2019-2020 collection, and sets E, G,
I, K, M, O, Q, R, T, U, V, W, X, Y, Z and AA to AP,
wikinews_timex_{e,g,i,k,m,o,q,r,t,u,v,w,x,y,z,aa,ab,ac,ad,ae,af,ag,ah,ai,aj,ak,al,am,an,ao,ap}.tsv, from the
older tosca collection) is well-formed, still fits the articles, and no two sets share a document."""
from __future__ import annotations

import itertools
import re
from collections import defaultdict
from pathlib import Path

import pytest
from labelled_tsv import read_labelled  # benchmarks/, on the path from conftest
from wikinews_timex import COLLECTIONS, docs_without_timex, load_articles  # benchmarks/wikinews_timex.py

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "data"
TSV = DATA / "wikinews_timex.tsv"
TSV_B = DATA / "wikinews_timex_b.tsv"
TSV_C = DATA / "wikinews_timex_c.tsv"
TSV_D = DATA / "wikinews_timex_d.tsv"
TSV_E = DATA / "wikinews_timex_e.tsv"
TSV_F = DATA / "wikinews_timex_f.tsv"
TSV_G = DATA / "wikinews_timex_g.tsv"
TSV_H = DATA / "wikinews_timex_h.tsv"
TSV_I = DATA / "wikinews_timex_i.tsv"
TSV_J = DATA / "wikinews_timex_j.tsv"
TSV_K = DATA / "wikinews_timex_k.tsv"
TSV_L = DATA / "wikinews_timex_l.tsv"
TSV_M = DATA / "wikinews_timex_m.tsv"
TSV_N = DATA / "wikinews_timex_n.tsv"
TSV_O = DATA / "wikinews_timex_o.tsv"
TSV_P = DATA / "wikinews_timex_p.tsv"
TSV_Q = DATA / "wikinews_timex_q.tsv"
TSV_R = DATA / "wikinews_timex_r.tsv"
TSV_S = DATA / "wikinews_timex_s.tsv"
TSV_T = DATA / "wikinews_timex_t.tsv"
TSV_U = DATA / "wikinews_timex_u.tsv"
TSV_V = DATA / "wikinews_timex_v.tsv"
TSV_W = DATA / "wikinews_timex_w.tsv"
TSV_X = DATA / "wikinews_timex_x.tsv"
TSV_Y = DATA / "wikinews_timex_y.tsv"
TSV_Z = DATA / "wikinews_timex_z.tsv"
TSV_AA = DATA / "wikinews_timex_aa.tsv"
TSV_AB = DATA / "wikinews_timex_ab.tsv"
TSV_AC = DATA / "wikinews_timex_ac.tsv"
TSV_AD = DATA / "wikinews_timex_ad.tsv"
TSV_AE = DATA / "wikinews_timex_ae.tsv"
TSV_AF = DATA / "wikinews_timex_af.tsv"
TSV_AG = DATA / "wikinews_timex_ag.tsv"
TSV_AH = DATA / "wikinews_timex_ah.tsv"
TSV_AI = DATA / "wikinews_timex_ai.tsv"
TSV_AJ = DATA / "wikinews_timex_aj.tsv"
TSV_AK = DATA / "wikinews_timex_ak.tsv"
TSV_AL = DATA / "wikinews_timex_al.tsv"
TSV_AM = DATA / "wikinews_timex_am.tsv"
TSV_AN = DATA / "wikinews_timex_an.tsv"
TSV_AO = DATA / "wikinews_timex_ao.tsv"
TSV_AP = DATA / "wikinews_timex_ap.tsv"
SEEDS = {TSV: "seed 2026", TSV_B: "seed 2027", TSV_C: "seed 2028", TSV_D: "seed 2029", TSV_E: "seed 2030",
         TSV_F: "seed 2031", TSV_G: "seed 2032", TSV_H: "seed 2033", TSV_I: "seed 2034",
         TSV_J: "seed 2035", TSV_K: "seed 2036", TSV_L: "seed 2037", TSV_M: "seed 2038", TSV_N: "seed 2039",
         TSV_O: "seed 2040", TSV_P: "seed 2041", TSV_Q: "seed 2042",
         TSV_R: "seed 2043", TSV_S: "seed 2044", TSV_T: "seed 2045", TSV_U: "seed 2046",
         TSV_V: "seed 2047", TSV_W: "seed 2048", TSV_X: "seed 2049", TSV_Y: "seed 2050", TSV_Z: "seed 2051",
         TSV_AA: "seed 2052", TSV_AB: "seed 2053", TSV_AC: "seed 2054", TSV_AD: "seed 2055", TSV_AE: "seed 2056",
         TSV_AF: "seed 2057", TSV_AG: "seed 2058", TSV_AH: "seed 2059", TSV_AI: "seed 2060", TSV_AJ: "seed 2061",
         TSV_AK: "seed 2062", TSV_AL: "seed 2063", TSV_AM: "seed 2064",
         TSV_AN: "seed 2065", TSV_AO: "seed 2066", TSV_AP: "seed 2067"}
gold_files = pytest.mark.parametrize("tsv", list(SEEDS),
                                     ids=[*"ABCDEFGHIJKLMNOPQRSTUVWXYZ", "AA", "AB", "AC", "AD", "AE", "AF", "AG",
                                          "AH", "AI", "AJ", "AK", "AL", "AM", "AN", "AO", "AP"])
NEWS = Path(__file__).resolve().parents[2] / "shared" / "data" / "news"
ARTICLES = NEWS / "wikinews_2019_2020" / "articles.jsonl"
TOSCA = NEWS / "wikinews_tosca" / "articles.jsonl"
COLLECTION = {TSV: ARTICLES, TSV_B: ARTICLES, TSV_C: ARTICLES, TSV_D: ARTICLES, TSV_E: TOSCA,  # each set's articles
              TSV_F: ARTICLES, TSV_G: TOSCA, TSV_H: ARTICLES, TSV_I: TOSCA,
              TSV_J: ARTICLES, TSV_K: TOSCA, TSV_L: ARTICLES, TSV_M: TOSCA, TSV_N: ARTICLES, TSV_O: TOSCA,
              TSV_P: ARTICLES, TSV_Q: TOSCA, TSV_R: TOSCA,
              TSV_S: ARTICLES, TSV_T: TOSCA, TSV_U: TOSCA, TSV_V: TOSCA, TSV_W: TOSCA, TSV_X: TOSCA, TSV_Y: TOSCA,
              TSV_Z: TOSCA, TSV_AA: TOSCA, TSV_AB: TOSCA, TSV_AC: TOSCA, TSV_AD: TOSCA, TSV_AE: TOSCA,
              TSV_AF: TOSCA, TSV_AG: TOSCA, TSV_AH: TOSCA, TSV_AI: TOSCA, TSV_AJ: TOSCA,
              TSV_AK: TOSCA, TSV_AL: TOSCA, TSV_AM: TOSCA, TSV_AN: TOSCA, TSV_AO: TOSCA,
              TSV_AP: TOSCA}
ARTICLES_READ = {TSV_S: 12}  # set S takes 12 longer articles (4,000-9,000 characters); the others 24
COLUMNS = ["doc", "start", "end", "type", "value", "surface"]
_DATE = (r"(?:\d{4}|\d{3}|\d{2})"                                  # year, decade, century
         r"(?:-(?:\d\d(?:-\d\d)?|W\d\d(?:-\d|-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI|XX(?:-XX)?))?")  # -WE: week-end
_TIME = r"(?:\d{4}|XXXX)-(?:\d\d|XX)-(?:\d\d|XX)T(?:\d\d:\d\d(?::\d\d)?|MO|AF|EV|NI|DT)"
_SECONDS = r"(?:(?:\d+|X)[HM])*(?:(?:\d+(?:\.\d+)?|X)S)?"                # decimal seconds, as ISO 8601 allows
# a decimal only in the last date part ("P8.5M"), as ISO 8601 allows
_DURATION = (r"P(?=[\dX])(?:(?:\d+|X)(?:Y|M|W|D|DE|CE))*(?:\d+\.\d+(?:Y|M|W|D))?(?<=[A-Z])|PT(?=[\dX])" + _SECONDS
             + r"|P(?:\d+|X)(?:Y|M|W|D)T(?=[\dX])" + _SECONDS)
VALUE = {
    "DATE": re.compile(rf"{_DATE}|PRESENT_REF|PAST_REF|FUTURE_REF|XXXX(?:-\d\d(?:-\d\d)?|-WXX)?"),
    "TIME": re.compile(_TIME),
    "DURATION": re.compile(_DURATION),
    "SET": re.compile(rf"{_DURATION}|XXXX-WXX-[1-7]|XXXX-XX-XX(?:T\w+)?|XXXX(?:-\d\d)?"),
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
