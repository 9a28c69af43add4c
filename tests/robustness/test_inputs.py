"""Every input is accounted for: read, or skipped with a reason; one bad input never stops the others."""
from __future__ import annotations

import json
import os
from datetime import date

import pytest

from factcheck.budget import limits
from factcheck.cli import main
from factcheck.ingest import InputProblem, read_sources
from factcheck.model import Article

GOOD = "date 2021-01-01\nTen people met on Friday.\n"


def _read(*paths):
    return list(read_sources([str(p) for p in paths]))


def _only_problem(results) -> InputProblem:
    problems = [r for r in results if isinstance(r, InputProblem)]
    assert len(problems) == 1, results
    return problems[0]


def _write(path, data):
    (path.write_bytes if isinstance(data, bytes) else lambda d: path.write_text(d, encoding="utf-8"))(data)
    return path


# --- whole files -------------------------------------------------------------------------------------

@pytest.mark.parametrize("data, reason, fatal", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file", True),
    (bytes(range(1, 32)) * 40, "binary file", True),
    (b"", "empty file", False),
    (b"  \n\t\n", "empty file", False),
    (b"date 2021-01-01\n  \n", "no article text after the date header", False),
])
def test_unusable_text_files_are_skipped_with_a_reason(tmp_path, data, reason, fatal):
    problem = _only_problem(_read(_write(tmp_path / "x.txt", data)))
    assert reason in problem.reason and problem.fatal is fatal


def test_utf16_with_a_byte_order_mark_is_text_not_binary(tmp_path):
    (article,) = _read(_write(tmp_path / "wide.txt", "\ufeff" + GOOD).with_suffix(".txt"))
    path = _write(tmp_path / "u16.txt", ("\ufeff" + GOOD).encode("utf-16-le"))
    (article,) = _read(path)
    assert article.published == date(2021, 1, 1) and article.text == GOOD
    assert article.meta["encoding"] == "utf-16-le (byte-order mark)"


def test_a_declared_encoding_is_used_when_utf8_fails(tmp_path):
    text = '<meta charset="koi8-r">\nМосква, 12 мая. Погибли 14 человек.\n'
    (article,) = _read(_write(tmp_path / "ru.md", text.encode("koi8-r")))
    assert "Москва" in article.text and article.meta["encoding"] == "koi8-r (declared)"
    cookie = "# -*- coding: cp1253 -*-\nΑθήνα: 12 νεκροί.\n"
    (article,) = _read(_write(tmp_path / "gr.txt", cookie.encode("cp1253")))
    assert "Αθήνα" in article.text and article.meta["encoding"] == "cp1253 (declared)"


def test_an_undeclared_legacy_encoding_is_detected(tmp_path):
    text = "date 2020-01-01\nCafé prices rose by about 12 percent in Zürich, the café owners said.\n"
    (article,) = _read(_write(tmp_path / "old.txt", text.encode("latin-1")))
    assert "Zürich" in article.text and article.meta["encoding"].endswith("(detected)")


def test_a_file_over_the_size_limit_is_skipped_unread(tmp_path, monkeypatch):
    monkeypatch.setitem(limits()["ingest"], "max_file_bytes", 100)
    big = _write(tmp_path / "big.txt", GOOD + "x" * 200)
    small = _write(tmp_path / "small.txt", GOOD)
    results = _read(big, small)
    assert "over the size limit of 100 bytes" in _only_problem(results).reason
    assert [r.id for r in results if isinstance(r, Article)] == ["small"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_refused_not_read_forever(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    problem = _only_problem(_read(fifo))
    assert problem.reason == "not a regular file" and problem.fatal


@pytest.mark.parametrize("text, reason", [
    ("---\ntitle: [unclosed\n---\nBody.\n", "malformed front matter: line 3: expected ',' or ']'"),
    ("---\ntitle: no end\nBody on Friday.\n", "no closing --- line"),
    ("---\n- a\n- b\n---\nBody.\n", "expected key: value pairs"),
    ("---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
     "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
     "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
     "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\ntitle: [*g, *g, *g, *g, *g, *g, *g, *g, *g]\n---\nBody.\n",
     "title is a list"),
    ("---\ntitle: Only front matter\n---\n\n", "no article text after the front matter"),
])
def test_malformed_front_matter_costs_that_file_only(tmp_path, text, reason):
    results = _read(_write(tmp_path / "bad.md", text), _write(tmp_path / "good.txt", GOOD))
    problem = _only_problem(results)
    assert reason in problem.reason and not problem.fatal
    assert sum(isinstance(r, Article) for r in results) == 1


def test_a_front_matter_date_that_is_a_list_is_a_note(tmp_path):
    (article,) = _read(_write(tmp_path / "d.md", "---\ndate: [2020, 1]\n---\nBody.\n"))
    assert article.published is None and "list" in article.input_notes[0]


def test_unlistable_folder_is_reported(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root can list any folder")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        problem = _only_problem(_read(tmp_path))
        assert "cannot list folder" in problem.reason
    finally:
        locked.chmod(0o755)


def test_a_symlink_loop_is_not_followed(tmp_path):
    _write(tmp_path / "a.txt", GOOD)
    os.symlink(tmp_path, tmp_path / "loop")
    assert [r.id for r in _read(tmp_path)] == ["a"]


# --- tables ------------------------------------------------------------------------------------------

def test_jsonl_every_bad_line_is_one_problem_with_its_line(tmp_path, monkeypatch):
    monkeypatch.setitem(limits()["ingest"], "max_record_bytes", 200_000)
    lines = [b'{"id": "a", "text": "One."}', b"not json", b"[1, 2]", b'{"id": "b"}', b'{"id": "c", "text": " "}',
             b'{"id": "d", "text": "' + b"x" * 300_000 + b'"}', b'{"id": "e", "text": "Caf\xe9 \xe0 Z\xfcrich"}',
             b"[" * 100_000, b'{"id": "f", "text": "Last."}']
    results = _read(_write(tmp_path / "c.jsonl", b"\n".join(lines) + b"\n"))
    problems = {p.line: p.reason for p in results if isinstance(p, InputProblem)}
    assert [r.id for r in results if isinstance(r, Article)] == ["a", "f"]
    assert set(problems) == {2, 3, 4, 5, 6, 7, 8}
    # A latin-1 line in a file that is otherwise UTF-8 (detection says so) is that line's problem.
    assert problems[7].startswith("not UTF-8")
    assert problems[2].startswith("not JSON") and problems[3] == "not a JSON object"
    assert "no text" in problems[4] and "empty" in problems[5] and "size limit" in problems[6]
    assert "not JSON" in problems[8]
    assert all(not p.fatal for p in results if isinstance(p, InputProblem))


def test_jsonl_in_a_legacy_encoding_is_decoded_line_by_line(tmp_path):
    rows = [{"id": f"r{i}", "date": "2020-01-01", "text": f"Café {i} à Zürich, les élèves ont dit."} for i in range(30)]
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("cp1252")
    articles = _read(_write(tmp_path / "old.jsonl", data))
    assert len(articles) == 30 and all("Zürich" in a.text for a in articles)


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_binary_or_empty_tables(tmp_path, suffix):
    problem = _only_problem(_read(_write(tmp_path / f"b{suffix}", b"\x00\x01\x02" * 100)))
    assert "binary" in problem.reason and problem.fatal
    problem = _only_problem(_read(_write(tmp_path / f"e{suffix}", b"")))
    assert problem.reason == "empty file" and not problem.fatal


def test_csv_rows_without_text_or_malformed_cost_that_row_only(tmp_path, monkeypatch):
    monkeypatch.setitem(limits()["ingest"], "max_record_bytes", 300)
    data = ('id,date,text\n'
            'a,2021-01-01,"One, on\nFriday."\n'
            'b,2021-01-01,\n'
            'c,2021-01-01,text,extra\n'
            f'd,2021-01-01,{"x" * 400}\n'
            'e,2021-01-01,Last one.\n')
    results = _read(_write(tmp_path / "t.csv", data))
    articles = [r for r in results if isinstance(r, Article)]
    assert [(a.id, a.first_line) for a in articles] == [("a", 2), ("e", 7)]
    problems = {p.line: p.reason for p in results if isinstance(p, InputProblem)}
    assert set(problems) == {4, 5, 6}
    assert "empty" in problems[4] and "4 fields" in problems[5] and "size limit" in problems[6]


def test_csv_with_an_unclosed_quote_reports_it_and_keeps_earlier_rows(tmp_path, monkeypatch):
    monkeypatch.setitem(limits()["ingest"], "max_record_bytes", 100)
    data = 'id,text\na,Fine.\nb,"never closed\n' + "more words\n" * 30
    results = _read(_write(tmp_path / "q.csv", data))
    assert [r.id for r in results if isinstance(r, Article)] == ["a"]
    problem = _only_problem(results)
    assert problem.line == 3 and not problem.fatal


def test_a_table_without_a_text_column_is_one_fatal_problem(tmp_path):
    import pandas as pd

    csv_problem = _only_problem(_read(_write(tmp_path / "n.csv", "id,date\na,2020-01-01\nb,2020-01-02\n")))
    pd.DataFrame({"id": ["p"], "headline": ["x"]}).to_parquet(tmp_path / "n.parquet")
    parquet_problem = _only_problem(_read(tmp_path / "n.parquet"))
    for problem in (csv_problem, parquet_problem):
        assert problem.reason.startswith("no text column") and problem.fatal


def test_a_corrupt_parquet_file_is_a_fatal_problem(tmp_path):
    problem = _only_problem(_read(_write(tmp_path / "c.parquet", b"PAR1 this is not parquet PAR1")))
    assert "cannot read Parquet" in problem.reason and problem.fatal


def test_latin1_csv_is_decoded(tmp_path):
    data = "id,text\na,Café prices rose by 12 percent in Zürich on Friday.\n".encode("latin-1")
    (article,) = _read(_write(tmp_path / "l.csv", data))
    assert "Zürich" in article.text


# --- the run -----------------------------------------------------------------------------------------

def test_skipped_records_do_not_make_exit_code_2_but_an_unreadable_file_does(tmp_path, capsys):
    table = _write(tmp_path / "t.jsonl", '{"id": "a", "date": "2021-01-01", "text": "Fine."}\nnot json\n')
    assert main(["check", str(table), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["summary"]["articles_checked"] == 1 and report["summary"]["articles_read"] == 2
    assert report["summary"]["skipped"] == [{"path": report["summary"]["skipped"][0]["path"], "line": 2,
                                             "id": None, "reason": "not JSON: Expecting value at column 1"}]
    binary = _write(tmp_path / "b.txt", b"\x00\x01")
    assert main(["check", str(table), str(binary), "--format", "json"]) == 2
    report = json.loads(capsys.readouterr().out)
    assert report["summary"]["articles_checked"] == 1 and report["summary"]["articles_skipped"] == 2
