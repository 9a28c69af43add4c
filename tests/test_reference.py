"""--reference: strict loading with file:line errors, the row in force at a date, FC601, the hash."""
from __future__ import annotations

import hashlib
import json
from datetime import date

import pytest

from factcheck.cli import main
from factcheck.reference import ReferenceError, load_reference

HEADER = "event,kind,role,value,low,high,as_of,source\n"
GOOD = HEADER + ("quake,casualties,dead,4000,,,2023-02-07,Ministry\n"
                 "quake,casualties,killed,,5600,,2023-02-09,Ministry\n"
                 "quake,casualties,injured,20000,,,2023-02-07,Red Crescent\n")


def _table(tmp_path, text, name="ref.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_row_in_force_is_the_latest_not_after_the_date(tmp_path):
    table = load_reference(_table(tmp_path, GOOD))
    assert table.valid_at("quake", "dead", date(2023, 2, 6)) is None
    assert table.valid_at("quake", "dead", date(2023, 2, 8)).line == 2
    later = table.valid_at("quake", "dead", date(2023, 3, 1))
    assert later.line == 3 and later.interval.low == 5600 and later.interval.high == float("inf")
    assert table.valid_at("quake", "injured", date(2023, 2, 8)).source == "Red Crescent"
    assert table.describe()["sha256"] == hashlib.sha256(GOOD.encode()).hexdigest()


@pytest.mark.parametrize("text, line, problem", [
    (HEADER + "quake,casualties,dead,4000,,,2023-02-07,Ministry\nquake,casualties,dead,lots,,,2023-02-08,M\n",
     3, "'value' 'lots' is not a number"),
    (HEADER + "quake,casualties,dead,4000,,,07/02/2023,Ministry\n", 2, "is not a date"),
    (HEADER + "quake,weather,dead,4000,,,2023-02-07,Ministry\n", 2, "unknown kind 'weather'"),
    (HEADER + "quake,casualties,sad,4000,,,2023-02-07,Ministry\n", 2, "unknown role 'sad'"),
    (HEADER + "quake,casualties,dead,,90,80,2023-02-07,Ministry\n", 2, "low 90 is above high 80"),
    (HEADER + "quake,casualties,dead,4000,,,2023-02-07,\n", 2, "'source' is empty"),
    (HEADER + ",casualties,dead,4000,,,2023-02-07,Ministry\n", 2, "'event' is empty"),
    (HEADER + "quake,casualties,dead,4000,,,2023-02-07,M,extra\n", 2, "more cells than header columns"),
    ("kind,role,value,as_of,source\ncasualties,dead,1,2023-02-07,M\n", 1, "no event key column"),
    ("event,kind,role,as_of,source\nq,casualties,dead,2023-02-07,M\n", 1, "'value' column or 'low' and 'high'"),
    (HEADER + "q,casualties,dead,4000,,,2023-02-07,M\nq,casualties,killed,4100,,,2023-02-07,M\n", 3,
     "two figures for 'q' dead as of 2023-02-07 (the other is line 2)"),
])
def test_bad_tables_fail_with_file_and_line(tmp_path, text, line, problem):
    path = _table(tmp_path, text)
    with pytest.raises(ReferenceError) as error:
        load_reference(path)
    assert error.value.line == line and problem in str(error.value)
    assert str(error.value).startswith(f"{path}:{line}: ")


def test_parquet_tables_load_and_count_rows_from_one(tmp_path):
    import pandas as pd

    frame = pd.DataFrame([{"event": "quake", "kind": "casualties", "role": "dead", "value": 4000.0,
                           "as_of": "2023-02-07", "source": "Ministry"},
                          {"event": "quake", "kind": "casualties", "role": "dead", "value": -1.0,
                           "as_of": "2023-02-08", "source": "Ministry"}])
    frame.to_parquet(tmp_path / "ref.parquet")
    with pytest.raises(ReferenceError, match=r"ref.parquet:2: 'value' -1.0 must be"):
        load_reference(tmp_path / "ref.parquet")
    frame.iloc[:1].to_parquet(tmp_path / "good.parquet")
    assert load_reference(tmp_path / "good.parquet").valid_at("quake", "dead", date(2023, 2, 7)).line == 1


def test_check_against_reference_cites_the_row_and_records_the_hash(tmp_path, capsys):
    table = _table(tmp_path, GOOD)
    corpus = tmp_path / "news.jsonl"
    corpus.write_text(json.dumps({"id": "a", "event": "quake", "date": "2023-02-10",
                                  "text": "The earthquake has left 3,000 dead."}) + "\n"
                      + json.dumps({"id": "b", "event": "quake", "date": "2023-02-08",
                                    "text": "The earthquake has left 4,000 dead."}) + "\n", encoding="utf-8")
    out = tmp_path / "report.json"
    assert main(["check", str(corpus), "--reference", str(table), "--format", "json", "-o", str(out),
                 "--fail-on", "never"]) == 0
    report = json.loads(out.read_text())
    fc601 = [f for f in report["findings"] if f["rule_id"] == "FC601"]
    assert [f["article"] for f in fc601] == ["a"]  # b agrees with the row in force on its date
    assert f"{table}:3" in fc601[0]["message"] and "Ministry" in fc601[0]["message"]
    assert report["reference"]["sha256"] == hashlib.sha256(GOOD.encode()).hexdigest()


def test_bad_reference_stops_the_run_with_usage_exit(tmp_path, repo, capsys):
    table = _table(tmp_path, HEADER + "quake,casualties,dead,many,,,2023-02-07,M\n")
    assert main(["check", str(repo / "seeds"), "--reference", str(table)]) == 2
    assert f"{table}:2: 'value' 'many' is not a number" in capsys.readouterr().err


def test_without_reference_fc601_does_not_run(repo):
    from factcheck.engine.loader import instantiate, load_rules
    from factcheck.engine.runner import Engine

    engine = Engine(instantiate(load_rules()))
    assert "FC601" not in {c.rule.id for c in engine.article_checkers}
