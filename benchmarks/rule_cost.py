"""What the consistency rules cost next to extraction, measured in one run on the same articles:

    python benchmarks/rule_cost.py            # wikinews_2019_2020 (293 articles)

Prints CPU seconds for extract+resolve, for the skeleton rules (FC201, FC202, FC901) and for the whole
catalogue, and the ratios between them (compare ratios, not absolute times: the machine is shared).
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from factcheck.engine.loader import instantiate, load_rules  # noqa: E402
from factcheck.engine.runner import Engine  # noqa: E402
from factcheck.ingest import read_sources  # noqa: E402
from factcheck.model import Article  # noqa: E402
from factcheck.pipeline import analyse  # noqa: E402

CONTROL = REPO.parent / "shared" / "data" / "news" / "wikinews_2019_2020" / "articles.jsonl"
SKELETON = {"FC201", "FC202", "FC901"}


def main() -> int:
    if not CONTROL.is_file():
        print(f"{CONTROL} not found", file=sys.stderr)
        return 2
    articles = [a for a in read_sources([str(CONTROL)], None) if isinstance(a, Article)]
    started = time.process_time()
    contexts = [analyse(a) for a in articles]
    extract = time.process_time() - started
    rules = load_rules()
    timings = {}
    for name, chosen in (("skeleton rules", [r for r in rules if r.id in SKELETON]), ("all rules", rules)):
        engine = Engine(instantiate(chosen))
        for context in contexts[:5]:  # warm the word-list caches outside the measurement
            engine.check_article(context)
        started = time.process_time()
        for context in contexts:
            engine.check_article(context)
        timings[name] = time.process_time() - started
    print(f"{len(articles)} articles; CPU seconds: extract+resolve {extract:.2f}, "
          f"skeleton rules {timings['skeleton rules']:.2f}, all {len(rules)} rules {timings['all rules']:.2f}")
    print(f"all rules / extract+resolve = {timings['all rules'] / extract:.2f}; "
          f"all rules / skeleton rules = {timings['all rules'] / max(timings['skeleton rules'], 1e-9):.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
