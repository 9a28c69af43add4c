"""Score how the temporal parser resolves direction-dependent dates against hand labels on Wikinews.

    python benchmarks/wikinews_dates.py [--errors] [--sample random|cue] [--tsv PATH]

Reads benchmarks/data/wikinews_dates.tsv (bare weekdays, bare months, month-days without a year and
'this/the weekend', labelled by reading, blind to the parser; see the header of that file), runs sentence
splitting, ``find_timexes`` and ``resolve`` once on every article it needs (anchor = publication date), matches
each labelled item to the claim that covers its span (a claim containing the item first, else the largest
overlap) and prints accuracy overall, by kind, by reason class, by sample and by our tense. An item is right
when our value starts with the label ('2019-08-04TNI' for 'Sunday night' counts for '2019-08-04') or when one
of the two is a week or weekend and the other a day inside it ('the week of October 21'); items with
no overlapping claim count as wrong and are also counted apart; items labelled '?' are not scored. With
--errors every wrong item is printed with its context, our value, our attrs['tense'] and the label. The
articles live outside the repository in ../shared; without them the script says so and exits 0. It is a
measurement, not a test: it always exits 0.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO / ".." / "shared"
TSV = REPO / "benchmarks" / "data" / "wikinews_dates.tsv"
CORPORA = {"2019_2020": "wikinews_2019_2020", "tosca": "wikinews_tosca"}
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from factcheck.extract.sentences import split_sentences  # noqa: E402
from factcheck.extract.timex import find_timexes  # noqa: E402
from factcheck.model import Article  # noqa: E402
from factcheck.resolve import resolve  # noqa: E402
from labelled_tsv import read_labelled  # noqa: E402

WEEKDAY = re.compile(r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
ISO_WEEK = re.compile(r"(\d{4})-W(\d\d)(-WE)?$")
ISO_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)")


def load_items(path: Path) -> list[dict]:
    return read_labelled(path)


def kind(surface: str) -> str:
    if "weekend" in surface:
        return "weekend"
    if WEEKDAY.search(surface):
        return "weekday"
    return "month-day" if re.search(r"\d", surface) else "month"


def load_articles(needed: set[tuple[str, str]]) -> dict[tuple[str, str], dict]:
    articles = {}
    for corpus, folder in CORPORA.items():
        if not any(c == corpus for c, _ in needed):
            continue
        with (SHARED / "data" / "news" / folder / "articles.jsonl").open(encoding="utf-8") as handle:
            for line in handle:
                doc = json.loads(line)
                if (corpus, doc["id"]) in needed:
                    articles[corpus, doc["id"]] = doc
    return articles


def claims_of(doc: dict) -> list:
    text = doc["text"]
    article = Article(doc["id"], text, date.fromisoformat(doc["date"][:10]))
    return resolve(article, find_timexes(text, split_sentences(text), doc["id"]))


def covering_claim(claims: list, start: int, end: int):
    """The claim containing [start, end) (the shortest if several), else the one overlapping it most."""
    containing = [c for c in claims if c.span.start <= start and end <= c.span.end]
    if containing:
        return min(containing, key=lambda c: c.span.end - c.span.start)
    overlap = lambda c: min(end, c.span.end) - max(start, c.span.start)  # noqa: E731
    overlapping = [c for c in claims if overlap(c) > 0]
    return max(overlapping, key=overlap) if overlapping else None


def agrees(value: str | None, label: str) -> bool:
    """Our value names the labelled date: it starts with the label ('2019-08-04TNI' for '2019-08-04'), or one is a
    week / weekend and the other a day inside it ('the week of October 21' -> 2019-W43 for '2019-10-21')."""
    if not value:
        return False
    if value.startswith(label):
        return True
    week, day = (value, label) if ISO_WEEK.match(value) else (label, value)
    w, d = ISO_WEEK.match(week), ISO_DAY.match(day)
    if not (w and d):
        return False
    when = date(*map(int, d.groups()))
    return when.isocalendar()[:2] == (int(w[1]), int(w[2])) and (not w[3] or when.weekday() >= 5)


def context(text: str, start: int, end: int, width: int = 160) -> str:
    snippet = text[max(0, start - width):start] + "[[" + text[start:end] + "]]" + text[end:end + width // 2]
    return re.sub(r"\s+", " ", snippet).strip()


def table(title: str, rows: Counter, totals: Counter) -> list[str]:
    lines = [f"{title:<24} {'items':>6} {'right':>6} {'acc':>7}"]
    for key in sorted(totals, key=lambda k: (-totals[k], str(k))):
        n, r = totals[key], rows[key]
        lines.append(f"  {str(key):<22} {n:6d} {r:6d} {100 * r / n:6.1f}%")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="print every wrong item with its context")
    parser.add_argument("--sample", choices=("random", "cue"), help="score only one of the two samples")
    parser.add_argument("--tsv", default=str(TSV), help="the labelled items (default: %(default)s)")
    args = parser.parse_args(argv)
    if not (SHARED / "data" / "news").is_dir():
        print(f"skipped: {(SHARED / 'data' / 'news').resolve()} is absent (../shared is not here)")
        return 0
    items = [i for i in load_items(Path(args.tsv)) if not args.sample or i.get("sample") == args.sample]
    unknown = sum(i["value"] == "?" for i in items)
    items = [i for i in items if i["value"] != "?"]
    articles = load_articles({(i["corpus"], i["doc"]) for i in items})
    claims = {key: claims_of(doc) for key, doc in articles.items()}
    right, total, errors, missing, stale = Counter(), Counter(), [], 0, 0
    for item in items:
        doc = articles.get((item["corpus"], item["doc"]))
        if doc is None or doc["text"][item["start"]:item["end"]] != item["surface"]:
            stale += 1
            continue
        claim = covering_claim(claims[item["corpus"], item["doc"]], item["start"], item["end"])
        value = claim.timex.value if claim else None
        tense = claim.attrs.get("tense") if claim else None
        ok = agrees(value, item["value"])
        missing += claim is None
        for key in (("all",), ("kind", kind(item["surface"])), ("reason", item["reason"]),
                    ("sample", item.get("sample", "-")), ("corpus", item["corpus"]), ("tense", str(tense))):
            total[key] += 1
            right[key] += ok
        if not ok:
            errors.append((item, doc, claim, value, tense))
    n = total["all",]
    print(f"items scored: {n} (labelled '?', not scored: {unknown}; offsets no longer fitting, skipped: {stale})")
    if not n:
        return 0
    print(f"accuracy: {right['all',]}/{n} = {100 * right['all',] / n:.1f}%   no claim over the item: {missing}")
    for group, title in (("kind", "by kind"), ("reason", "by reason"), ("sample", "by sample"),
                         ("corpus", "by corpus"), ("tense", "by our tense")):
        keys = Counter({k[1]: v for k, v in total.items() if k[0] == group})
        print("\n".join(table(title, Counter({k[1]: v for k, v in right.items() if k[0] == group}), keys)))
    if args.errors:
        print(f"\nwrong items ({len(errors)}):")
        for item, doc, claim, value, tense in errors:
            ours = f"{claim.text!r} -> {value}" if claim else "no claim"
            print(f"- {item['corpus']} {item['doc']} (published {doc['date'][:10]})\n"
                  f"  ours: {ours}  tense={tense}  rule={claim.attrs.get('rule') if claim else None}"
                  f"   label: {item['value']} ({item['reason']})\n"
                  f"  {context(doc['text'], item['start'], item['end'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
