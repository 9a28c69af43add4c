"""Throughput and peak memory of ``factcheck check`` on Wikinews at 1x, 4x and 16x the corpus.

    python benchmarks/scale.py                       # full corpus: throughput at 1 and 2 processes,
                                                     # memory at 1x, 4x, 16x
    python benchmarks/scale.py --limit 1000          # a 1,000-article base corpus (quicker)
    python benchmarks/scale.py --skip-memory         # throughput only

Larger corpora repeat the base with new ids (``ID~2``, ...) and go to ``--workdir`` (default /tmp). Each
measurement is one ``python -m factcheck check`` child process; its wall time and peak resident memory
(the child's ru_maxrss, which covers the worker processes it waited for) come from ``os.wait4``.
Throughput runs alternate the process counts ``--repeat`` times and keep each count's fastest run. Ratios
are only meaningful within one run of this script, on a machine that is otherwise as idle as it gets.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "data" / "news" / "wikinews_tosca" / "articles.jsonl"


def make_corpus(base: Path, copies: int, limit: int | None, out: Path) -> int:
    """``copies`` repetitions of the first ``limit`` articles of ``base``, each copy with new ids."""
    if out.exists():
        with out.open(encoding="utf-8") as handle:
            return sum(1 for _ in handle)
    written = 0
    tmp = out.with_suffix(".partial")
    with tmp.open("w", encoding="utf-8") as sink:
        for copy in range(1, copies + 1):
            with base.open(encoding="utf-8") as source:
                for number, line in enumerate(source):
                    if limit is not None and number >= limit:
                        break
                    record = json.loads(line)
                    if copy > 1:
                        record["id"] = f"{record['id']}~{copy}"
                    sink.write(json.dumps(record, ensure_ascii=False) + "\n")
                    written += 1
    tmp.rename(out)
    return written


def measure(corpus: Path, jobs: int) -> dict:
    """One check run in a child process: wall seconds and peak RSS in MiB."""
    command = [sys.executable, "-m", "factcheck", "check", str(corpus), "--format", "json", "-o", os.devnull,
               "--fail-on", "never", "--no-progress", "--jobs", str(jobs)]
    started = time.perf_counter()
    child = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    errors = child.stderr.read().decode()
    child.stderr.close()
    if child.returncode not in (0, 1):
        raise SystemExit(f"factcheck failed ({child.returncode}): {errors}")
    # CPU seconds of the child and its workers: per-core throughput that survives a shared, busy machine.
    return {"seconds": seconds, "cpu_seconds": usage.ru_utime + usage.ru_stime, "peak_mib": usage.ru_maxrss / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, help="use only the first N articles as the 1x corpus")
    parser.add_argument("--multiples", default="1,4,16", help="corpus sizes for the memory runs")
    parser.add_argument("--jobs", default="1,2", help="process counts for the throughput runs (on 1x)")
    parser.add_argument("--memory-jobs", type=int, default=1, help="processes for the memory runs")
    parser.add_argument("--repeat", type=int, default=3, help="throughput runs per process count (the fastest counts)")
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/factcheck-scale"))
    args = parser.parse_args()
    if not args.corpus.is_file():
        raise SystemExit(f"{args.corpus}: corpus not found (the shared data lives in ../shared)")
    args.workdir.mkdir(parents=True, exist_ok=True)
    tag = f"{args.limit or 'all'}"

    def corpus(copies: int) -> tuple[Path, int]:
        path = args.workdir / f"wikinews-{tag}-x{copies}.jsonl"
        return path, make_corpus(args.corpus, copies, args.limit, path)

    startup = measure(_one_article(args), 1)
    print(f"startup (1 article): {startup['seconds']:.2f} s, {startup['peak_mib']:.0f} MiB", flush=True)
    results: dict = {"startup": startup, "throughput": {}, "memory": {}}
    base, count = corpus(1)
    job_counts = list(map(int, args.jobs.split(",")))
    runs: dict[int, list[dict]] = {jobs: [] for jobs in job_counts}
    # Alternate the process counts and keep each one's fastest run: on a shared machine the minimum is
    # the run least disturbed by others, and alternating spreads slow spells over all counts.
    for _ in range(args.repeat):
        for jobs in job_counts:
            runs[jobs].append(measure(base, jobs))
    for jobs in job_counts:
        run = dict(min(runs[jobs], key=lambda r: r["seconds"]), walls=[round(r["seconds"], 2) for r in runs[jobs]])
        net = max(run["seconds"] - startup["seconds"], 1e-9)
        cpu_net = max(run["cpu_seconds"] - startup["cpu_seconds"], 1e-9)
        run.update(articles=count, per_second=count / run["seconds"], per_second_net=count / net,
                   per_cpu_second=count / cpu_net)
        results["throughput"][jobs] = run
        print(f"{count:,} articles, {jobs} process{'es' if jobs > 1 else ''}: {run['seconds']:.1f} s wall, "
              f"{run['per_second']:.0f} articles/s ({run['per_second_net']:.0f}/s after startup), "
              f"{run['cpu_seconds']:.1f} CPU s = {run['per_cpu_second']:.0f} articles per CPU second, "
              f"peak {run['peak_mib']:.0f} MiB (best of {args.repeat}: walls {run['walls']})", flush=True)
    if len(results["throughput"]) > 1:
        one, *_, most = sorted(results["throughput"])
        speedup = results["throughput"][most]["per_second"] / results["throughput"][one]["per_second"]
        cpu_ratio = results["throughput"][most]["cpu_seconds"] / results["throughput"][one]["cpu_seconds"]
        print(f"speed-up {most} vs {one} process: {speedup:.2f}x wall; the {most}-process run used "
              f"{cpu_ratio:.2f}x the CPU time of the 1-process run (1.00 = no parallel overhead, so on "
              f"{most} idle cores the speed-up bound is {most / cpu_ratio:.2f}x)", flush=True)
    if not args.skip_memory:
        for copies in map(int, args.multiples.split(",")):
            path, count = corpus(copies)
            run = measure(path, args.memory_jobs)
            results["memory"][copies] = {**run, "articles": count}
            print(f"{copies}x ({count:,} articles, {args.memory_jobs} process): peak {run['peak_mib']:.0f} MiB, "
                  f"{run['seconds']:.1f} s, {count / run['seconds']:.0f} articles/s", flush=True)
        sizes = sorted(results["memory"])
        first, last = results["memory"][sizes[0]], results["memory"][sizes[-1]]
        print(f"peak memory {sizes[-1]}x / {sizes[0]}x: {last['peak_mib'] / first['peak_mib']:.2f}", flush=True)
    (args.workdir / f"results-{tag}.json").write_text(json.dumps(results, indent=2))


def _one_article(args) -> Path:
    path = args.workdir / "one-article.jsonl"
    with args.corpus.open(encoding="utf-8") as source:
        path.write_text(source.readline(), encoding="utf-8")
    return path


if __name__ == "__main__":
    main()
