"""Score the temporal parser on the blind Wikinews TIMEX3 gold (sets of 24 articles in benchmarks/data/).

    python benchmarks/wikinews_timex.py [--gold PATH [PATH ...]] [--errors N] [--keep PRED.jsonl]

Several gold files are scored as one pool of their articles: ``--gold benchmarks/data/wikinews_timex_a[tuv].tsv``.

The default is set A (wikinews_timex.tsv); ``--gold benchmarks/data/wikinews_timex_b.tsv``, ``_c.tsv`` and
``_e.tsv`` score sets B, C and E, 24 other articles each, annotated the same way. A and B were used to study the
parser's errors; C was made later and kept unread, for a held-out figure. E comes from the older collection
(wikinews_tosca, 2004-2018 articles); it was made later still and kept unread too, held out (each file's header
says how it was made). Set D (``_d.tsv``, 24 more 2019-2020 articles) was made at the same time as E and is kept
unread as well, held out for a further figure. Sets F (``_f.tsv``, 24 more 2019-2020 articles) and G (``_g.tsv``,
24 more articles of the older tosca collection) were made later still and are kept unread too, held out. Sets H
(``_h.tsv``, 24 more 2019-2020 articles) and I (``_i.tsv``, 24 more articles of the older tosca collection) were
made after F and G had been studied, and are kept unread, held out. Sets J (``_j.tsv``, 24 more 2019-2020
articles) and K (``_k.tsv``, 24 more articles of the older tosca collection) were made after H and I had
been studied too. Sets L and M (``_l.tsv``, ``_m.tsv``, one from each collection) were made while J and K were
studied, and studied after their first scores; N and O (``_n.tsv``, ``_o.tsv``) were made next, kept unread
for one session and studied after it. P and Q (``_p.tsv``, ``_q.tsv``, one from each collection) were made next,
scored once unread and then studied. R (``_r.tsv``, 24 more tosca articles) and S (``_s.tsv``, 12 longer
2019-2020 articles of 4,000-9,000 characters, the short ones being used up) were made next; R was studied after
one session unread, S was studied a session later. T and U (``_t.tsv``, ``_u.tsv``, 24 more tosca articles
each) were made next and scored once unread; U was then studied, T a session later. V and W (``_v.tsv``,
``_w.tsv``, 24 more tosca articles each) were made next, while the parser was not changed; W was studied, V a
session later. X, Y and Z (``_x.tsv``, ``_y.tsv``, ``_z.tsv``, 24 more tosca articles each) were made next, scored
once unread and then studied. AA and AB (``_aa.tsv``, ``_ab.tsv``, 24 more tosca articles each) were made next,
scored once unread, and studied a session later. AC, AD and AE (``_ac.tsv``, ``_ad.tsv``, ``_ae.tsv``), then AF and
AG (``_af.tsv``, ``_ag.tsv``), 24 more tosca articles each, were made next, scored once unread, and studied a
session later. AH, AI and AJ (``_ah.tsv``, ``_ai.tsv``, ``_aj.tsv``), 24 more tosca articles each, were made next,
scored once unread, and studied a session later. AK, AL and AM (``_ak.tsv``, ``_al.tsv``, ``_am.tsv``), 24 more
tosca articles each, were made next, scored unread through one session and studied in the next; so were AN,
AO and AP (``_an.tsv``, ``_ao.tsv``, ``_ap.tsv``), studied in the same session. AQ, AR and AS (``_aq.tsv``,
``_ar.tsv``, ``_as.tsv``), 24 more tosca articles each, were made last, blind, and are kept unread, held out.

The gold was annotated in full (span, type, value) by reading the articles, blind to the parser; it stands in
for a held-out set of news. A gold file's doc ids are looked up in both Wikinews collections,
../shared/data/news/wikinews_2019_2020 and ../shared/data/news/wikinews_tosca (their ids do not collide); a gold
doc found in neither stops the script with its id. Articles with no TIMEX3 are named in the file's header by
lines "# doc without TIMEX3: ID" and scored too (any prediction there is spurious). The script writes the gold
as TimeML .tml files into a temporary folder (the article text with TIMEX3 tags inside <TEXT>, the publication
date as the DCT), checks that the scorer's plain text of each file is exactly the article text, runs sentence
splitting, ``find_timexes`` and ``resolve`` (anchor = the publication date), writes predictions as JSONL and runs
the TempEval-3 scorer from ../shared/eval/eval_timex.py, then prints the per-type breakdown of
benchmarks/timeml.py. The articles live outside the repository; without ../shared the script says so and exits 0.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO / ".." / "shared"
GOLD = REPO / "benchmarks" / "data" / "wikinews_timex.tsv"
COLLECTIONS = [SHARED / "data" / "news" / name / "articles.jsonl" for name in ("wikinews_2019_2020", "wikinews_tosca")]
SCORER = SHARED / "eval" / "eval_timex.py"
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from labelled_tsv import read_labelled  # noqa: E402


EMPTY_DOC = re.compile(r"# doc without TIMEX3: (\S+)\s*$")


def load_gold(path: Path = GOLD) -> list[dict]:
    return read_labelled(path)


def docs_without_timex(path: Path = GOLD) -> list[str]:
    """The articles of a gold file that have no TIMEX3, named in its header ("# doc without TIMEX3: ID")."""
    with path.open(encoding="utf-8") as handle:
        return [m.group(1) for line in handle if (m := EMPTY_DOC.match(line))]


def load_articles(ids: set[str], paths: list[Path] = COLLECTIONS) -> dict[str, dict]:
    """The articles with these ids, from whichever collection holds them; a missing one stops the script."""
    found: dict[str, dict] = {}
    for path in paths:
        if path.exists():
            with path.open(encoding="utf-8") as handle:
                docs = (json.loads(line) for line in handle if line.strip())
                found.update((doc["id"], doc) for doc in docs if doc["id"] in ids)
    missing = sorted(ids - found.keys())
    if missing:
        names = " nor ".join(path.parent.name for path in paths)
        raise SystemExit(f"gold doc {missing[0]} is in neither {names}"
                         + (f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""))
    return found


def to_tml(doc: dict, timexes: list[dict]) -> str:
    """The article as a TimeML document: TIMEX3 tags at the gold offsets, text escaped, DCT from the date."""
    text, pieces, pos = doc["text"], [], 0
    for i, t in enumerate(sorted(timexes, key=lambda t: t["start"]), 1):
        pieces.append(escape(text[pos:t["start"]]))
        pieces.append(f'<TIMEX3 tid="t{i}" type={quoteattr(t["type"])} value={quoteattr(t["value"])}>'
                      f'{escape(text[t["start"]:t["end"]])}</TIMEX3>')
        pos = t["end"]
    pieces.append(escape(text[pos:]))
    dct = doc["date"][:10]
    return (f'<?xml version="1.0" ?>\n<TimeML>\n<DOCID>{escape(doc["id"])}</DOCID>\n'
            f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" temporalFunction="false" '
            f'functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>\n'
            f'<TEXT>{"".join(pieces)}</TEXT>\n</TimeML>\n')


def write_gold_dir(folder: Path, gold: list[dict], articles: dict[str, dict], empty: list[str] = ()) -> Path:
    """One .tml per article (those in ``empty`` with no TIMEX3); the file name is the doc id made safe, so
    predictions use the same name."""
    spec = importlib.util.spec_from_file_location("eval_timex", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    by_doc: dict[str, list[dict]] = {doc_id: [] for doc_id in empty}
    for row in gold:
        by_doc.setdefault(row["doc"], []).append(row)
    for doc_id, rows in by_doc.items():
        path = folder / f"{file_name(doc_id)}.tml"
        path.write_text(to_tml(articles[doc_id], rows), encoding="utf-8")
        parsed = scorer.parse_tml(str(path))
        if parsed["text"] != articles[doc_id]["text"]:
            raise SystemExit(f"scorer's plain text differs from the article text in {path.name}")
        got = [(t["start"], t["end"], t["type"], t["value"]) for t in parsed["timexes"]]
        want = sorted((r["start"], r["end"], r["type"], r["value"]) for r in rows)
        if got != want:
            raise SystemExit(f"scorer reads other TIMEX3s than the gold in {path.name}")
    return folder


def shown(path: Path) -> str:
    """The gold file as the repository names it, or as given when it lies elsewhere."""
    try:
        return str(path.resolve().relative_to(REPO))
    except ValueError:
        return str(path)


def file_name(doc_id: str) -> str:
    return "".join(c if c.isalnum() or c in "-_.,'" else "_" for c in doc_id)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", metavar="PATH", type=Path, nargs="+", default=[GOLD],
                        help="gold TSV, or several scored as one pool "
                             "(default: set A, benchmarks/data/wikinews_timex.tsv)")
    parser.add_argument("--errors", type=int, default=0, help="print the first N scorer errors")
    parser.add_argument("--keep", metavar="PRED.jsonl", help="also keep the predictions in this file")
    args = parser.parse_args(argv)
    if not any(path.exists() for path in COLLECTIONS) or not SCORER.exists():
        print(f"skipped: the Wikinews collections under {(SHARED / 'data' / 'news').resolve()} or the scorer are "
              "absent (../shared is not here)")
        return 0
    from timeml import breakdown, predict  # noqa: E402  (benchmarks/timeml.py: same run, same table)

    gold = [row for path in args.gold for row in load_gold(path)]
    empty = [doc for path in args.gold for doc in docs_without_timex(path)]
    articles = load_articles({row["doc"] for row in gold} | set(empty))
    with tempfile.TemporaryDirectory() as tmp:
        gold_dir = Path(tmp) / "gold"
        gold_dir.mkdir()
        write_gold_dir(gold_dir, gold, articles, empty)
        predictions = []
        for doc_id in sorted(articles):
            for p in predict(articles[doc_id]):
                predictions.append(dict(p, doc=file_name(doc_id)))
        out = Path(args.keep) if args.keep else Path(tmp) / "pred.jsonl"
        with out.open("w", encoding="utf-8") as handle:
            for p in predictions:
                handle.write(json.dumps(p) + "\n")
        command = [sys.executable, str(SCORER), str(gold_dir), str(out)]
        if args.errors:
            command += ["--errors", str(args.errors)]
        print(f"{len(articles)} Wikinews articles, {len(gold)} gold TIMEX3s ({', '.join(map(shown, args.gold))})")
        print(subprocess.run(command, capture_output=True, text=True, check=False).stdout, end="")
        gold_jsonl = Path(tmp) / "gold.jsonl"
        with gold_jsonl.open("w", encoding="utf-8") as handle:
            for row in gold:
                handle.write(json.dumps(dict(row, doc=file_name(row["doc"]))) + "\n")
        print(breakdown(predictions, gold_jsonl))
    return 0


if __name__ == "__main__":
    sys.exit(main())
