"""--jobs N and --scheduler give exactly the serial findings, in the same order."""
from __future__ import annotations

import json

import pytest

from factcheck.cli import main
from factcheck.engine.loader import instantiate, load_rules
from factcheck.engine.runner import Engine
from factcheck.ingest import read_sources
from factcheck.parallel import ProcessExecutor, batched
from factcheck.pipeline import run


def _engine():
    return Engine(instantiate(load_rules()))


def _outcome(result):
    return ([r.article.id for r in result.articles], [f for r in result.articles for f in r.findings],
            list(result.corpus_findings), result.problems)


def test_batches_keep_order_and_size():
    assert list(batched(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]


def test_process_pool_equals_serial(repo):
    engine = _engine()
    serial = run(read_sources([repo / "seeds"]), engine)
    parallel = run(read_sources([repo / "seeds"]), engine, ProcessExecutor(engine, 2, batch=2, warm_up=3))
    assert _outcome(parallel) == _outcome(serial)
    assert serial.corpus_findings  # the seeds hold cross-article findings, so the facts took the trip too


def test_articles_past_the_detailed_ones_come_back_with_their_claim_count_only(repo):
    engine = _engine()
    serial = run(read_sources([repo / "seeds"]), engine)
    parallel = run(read_sources([repo / "seeds"]), engine, ProcessExecutor(engine, 2, batch=2, warm_up=3, detailed=5))
    assert _outcome(parallel) == _outcome(serial)
    assert [r.claim_count for r in parallel.articles] == [len(r.claims) for r in serial.articles]
    # The warm-up ran here and the first batch is within the five; later batches left their claims behind.
    assert all(r.claims for r in parallel.articles[:5] if r.claim_count)
    assert not any(r.claims or r.context.sentences for r in parallel.articles[7:])
    assert sum(r.claim_count for r in parallel.articles[7:]) > 0


def test_jobs_option_gives_the_serial_report(repo, tmp_path, monkeypatch):
    monkeypatch.chdir(repo)
    main(["check", "seeds", "--format", "json", "-o", str(tmp_path / "one.json"), "--fail-on", "never"])
    main(["check", "seeds", "--format", "json", "-o", str(tmp_path / "two.json"), "--fail-on", "never", "--jobs", "2"])
    assert json.loads((tmp_path / "one.json").read_text()) == json.loads((tmp_path / "two.json").read_text())


def test_jobs_must_be_positive(capsys):
    with pytest.raises(SystemExit):
        main(["check", "seeds", "--jobs", "0"])
    assert "at least 1" in capsys.readouterr().err


def test_dask_local_cluster_with_two_workers_equals_serial(repo):
    pytest.importorskip("distributed")
    from factcheck.distributed import DaskExecutor

    engine = _engine()
    serial = run(read_sources([repo / "seeds"]), engine)
    with DaskExecutor(engine, "local", workers=2, processes=False, batch=3) as executor:
        assert len(executor.client.nthreads()) == 2
        distributed = run(read_sources([repo / "seeds"]), engine, executor)
    assert _outcome(distributed) == _outcome(serial)
    assert {f.rule_id for f in distributed.corpus_findings} == {"FC501", "FC502"}


def test_jobs_and_scheduler_exclude_each_other(repo, capsys):
    assert main(["check", str(repo / "seeds"), "--jobs", "2", "--scheduler", "local"]) == 2
    assert "exclude each other" in capsys.readouterr().err


def test_scheduler_local_gives_the_serial_report(repo, tmp_path, monkeypatch):
    distributed = pytest.importorskip("distributed")
    real = distributed.LocalCluster

    def threaded_cluster(**options):  # worker processes would cost this test half a minute to start
        return real(**{**options, "processes": False})

    monkeypatch.setattr(distributed, "LocalCluster", threaded_cluster)
    monkeypatch.chdir(repo)
    main(["check", "seeds", "--format", "json", "-o", str(tmp_path / "serial.json"), "--fail-on", "never"])
    main(["check", "seeds", "--format", "json", "-o", str(tmp_path / "dask.json"), "--fail-on", "never",
          "--scheduler", "local"])
    assert json.loads((tmp_path / "serial.json").read_text()) == json.loads((tmp_path / "dask.json").read_text())
