"""The long fuzz run: the property tests of tests/robustness/ with many more examples (not run in CI).

    python benchmarks/fuzz.py                 # 10,000 examples for each target
    python benchmarks/fuzz.py --examples 500  # a quick look

Targets: sentence splitting + extraction + resolution on random Unicode, on fragment soup and on real
sentences with random edits (seeds/, and ../shared Wikinews articles when present), and the whole
pipeline with every report format on a mix of all three. Prints, for each target, the examples run,
the time, claims and findings seen, the slowest example, and any failure with its shrunk example.
Exit 1 when any target fails.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from tests.robustness import properties as props  # noqa: E402

WIKINEWS = REPO.parent / "shared" / "data" / "news" / "wikinews_2019_2020" / "articles.jsonl"


def shared_sentences(limit: int = 5000) -> tuple[str, ...]:
    """Sentences of the shared Wikinews articles, if the shared folder is beside the checkout."""
    if not WIKINEWS.is_file():
        return ()
    from factcheck.extract.sentences import split_sentences

    found: list[str] = []
    with WIKINEWS.open(encoding="utf-8") as handle:
        for line in handle:
            text = json.loads(line).get("text") or ""
            found += [text[s.span.start:s.span.end] for s in split_sentences(text)]
            if len(found) >= limit:
                break
    return tuple(found[:limit])


def run_target(name: str, strategy, check, examples: int) -> dict:
    stats = {"target": name, "examples": 0, "claims": 0, "findings": 0, "slowest_seconds": 0.0,
             "slowest_chars": 0, "longest_chars": 0, "failure": None}

    failing = []  # Hypothesis replays the shrunk example last, so the last failing article is the shrunk one

    @settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck),
              phases=[Phase.generate, Phase.shrink], report_multiple_bugs=False)
    @given(strategy)
    def prop(article):
        started = time.perf_counter()
        try:
            counts = check(article)
        except BaseException:
            failing.append(article)
            raise
        seconds = time.perf_counter() - started
        stats["examples"] += 1
        claims, findings = counts if isinstance(counts, tuple) else (counts, 0)
        stats["claims"] += claims
        stats["findings"] += findings
        stats["longest_chars"] = max(stats["longest_chars"], len(article.text))
        if seconds > stats["slowest_seconds"]:
            stats["slowest_seconds"], stats["slowest_chars"] = seconds, len(article.text)

    started = time.perf_counter()
    try:
        prop()
    except BaseException as exc:  # noqa: BLE001 - a fuzz run reports whatever a property raised
        stats["failure"] = f"{type(exc).__name__}: {exc}"
        if failing:
            stats["failure"] += f"; shrunk example: text={failing[-1].text!r}, published={failing[-1].published}"
    stats["seconds"] = round(time.perf_counter() - started, 1)
    stats["slowest_seconds"] = round(stats["slowest_seconds"], 3)
    return stats


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=10_000, help="examples per target (default 10,000)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON lines")
    args = parser.parse_args()

    from factcheck.engine.loader import instantiate, load_rules
    from factcheck.engine.runner import Engine

    engine = Engine(instantiate(load_rules()))
    real = props.seed_sentences() + shared_sentences()
    edited = props.edited_sentences(real)
    targets = [
        ("extraction, random Unicode", props.articles(props.unicode_text(600)), props.check_extraction),
        ("extraction, fragment soup", props.articles(props.fragment_text(80)), props.check_extraction),
        (f"extraction, {len(real):,} real sentences edited", props.articles(edited), props.check_extraction),
        ("pipeline + reports, all of them",
         props.articles(st.one_of(props.unicode_text(), props.fragment_text(), edited)),
         lambda article: props.check_pipeline(article, engine)),
    ]
    failed = False
    for name, strategy, check in targets:
        stats = run_target(name, strategy, check, args.examples)
        failed |= stats["failure"] is not None
        if args.json:
            print(json.dumps(stats), flush=True)
        else:
            print(f"{name}: {stats['examples']:,} examples in {stats['seconds']} s, {stats['claims']:,} claims, "
                  f"{stats['findings']:,} findings, slowest {stats['slowest_seconds']} s "
                  f"({stats['slowest_chars']:,} chars), longest {stats['longest_chars']:,} chars: "
                  f"{'FAILED ' + stats['failure'] if stats['failure'] else 'clean'}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
