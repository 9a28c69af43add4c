from datetime import date

from factcheck.ingest import InputProblem, read_sources
from factcheck.model import Article


def _read(*paths, **kwargs):
    return list(read_sources([str(p) for p in paths], **kwargs))


def test_text_header_on_the_same_line_as_the_body(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(" date 2020-12-29 Turkey and Russia met on Tuesday.\nSecond line.\n", encoding="utf-8")
    (article,) = _read(path)
    assert article.published == date(2020, 12, 29)
    assert article.text == path.read_text(encoding="utf-8")
    assert article.text[article.body.start:].startswith("Turkey and Russia")


def test_text_header_on_its_own_line(tmp_path):
    path = tmp_path / "b.txt"
    path.write_text("date 2021-06-15\nFloods hit on Monday.\n", encoding="utf-8")
    (article,) = _read(path)
    assert article.published == date(2021, 6, 15)
    assert article.text[article.body.start:] == "Floods hit on Monday.\n"


def test_text_without_header_is_read_whole_with_no_date(tmp_path):
    path = tmp_path / "c.txt"
    path.write_text("No header here.\n", encoding="utf-8")
    (article,) = _read(path)
    assert article.published is None and article.body.start == 0


def test_unparseable_date_is_a_note_not_a_failure(tmp_path):
    path = tmp_path / "d.txt"
    path.write_text("date 2021-13-45\nText.\n", encoding="utf-8")
    (article,) = _read(path)
    assert article.published is None
    assert "2021-13-45" in article.input_notes[0]


def test_date_option_overrides(tmp_path):
    path = tmp_path / "e.txt"
    path.write_text("date 2021-01-01\nText.\n", encoding="utf-8")
    (article,) = _read(path, published=date(2022, 2, 2))
    assert article.published == date(2022, 2, 2)


def test_markdown_front_matter(tmp_path):
    path = tmp_path / "story.md"
    path.write_text("---\nid: s1\ntitle: A title\npublished: 2022-03-10\n---\nBody on Friday.\n", encoding="utf-8")
    (article,) = _read(path)
    assert (article.id, article.title, article.published) == ("s1", "A title", date(2022, 3, 10))
    assert article.text[article.body.start:] == "Body on Friday.\n"


def test_malformed_front_matter_skips_that_file_only(tmp_path):
    (tmp_path / "bad.md").write_text("---\ntitle: [unclosed\n---\nBody\n", encoding="utf-8")
    (tmp_path / "good.txt").write_text("date 2021-01-01\nFine.\n", encoding="utf-8")
    results = _read(tmp_path)
    problems = [r for r in results if isinstance(r, InputProblem)]
    assert len(problems) == 1 and "front matter" in problems[0].reason and problems[0].path.endswith("bad.md")
    assert sum(isinstance(r, Article) for r in results) == 1


def test_a_front_matter_date_that_is_no_calendar_day_is_that_article_s_problem(tmp_path):
    # YAML reads "2021-13-45" as a timestamp and raised out of the parser, ending the whole run
    (tmp_path / "a.md").write_text("---\ndate: 2021-13-45\n---\nOn Tuesday 5 died.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("---\ndate: 2021-05-01\n---\nOn Tuesday 5 died.\n", encoding="utf-8")
    bad, good = _read(tmp_path)
    assert bad.published is None and "2021-13-45" in bad.input_notes[0] and "month" in bad.input_notes[0]
    assert good.published == date(2021, 5, 1)


def test_front_matter_nested_too_deeply_skips_that_file_only(tmp_path):
    (tmp_path / "deep.md").write_text("---\ntitle: " + "[" * 5000 + "]" * 5000 + "\n---\nBody\n", encoding="utf-8")
    (problem,) = _read(tmp_path)
    assert isinstance(problem, InputProblem) and "nested too deeply" in problem.reason


def test_jsonl_reports_bad_lines_with_their_number(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text('{"id": "a", "date": "2020-01-02", "text": "One."}\nnot json\n{"id": "b", "text": "Two."}\n'
                    '{"id": "c", "date": "2020-01-02"}\n', encoding="utf-8")
    results = _read(path)
    articles = [r for r in results if isinstance(r, Article)]
    problems = [r for r in results if isinstance(r, InputProblem)]
    assert [a.id for a in articles] == ["a", "b"]
    assert articles[0].first_line == 1 and articles[0].in_table
    assert [(p.line, p.fatal) for p in problems] == [(2, False), (4, False)]


def test_csv_rows_become_articles(tmp_path):
    path = tmp_path / "desk.csv"
    path.write_text('id,date,title,text\nx,2023-02-01,T,"Hello, world on Tuesday."\n', encoding="utf-8")
    (article,) = _read(path)
    assert (article.id, article.published, article.text) == ("x", date(2023, 2, 1), "Hello, world on Tuesday.")


def test_parquet_rows_become_articles(tmp_path):
    import pandas as pd

    path = tmp_path / "corpus.parquet"
    pd.DataFrame({"id": ["p1"], "date": ["2020-05-05"], "text": ["Ten people."]}).to_parquet(path)
    (article,) = _read(path)
    assert (article.id, article.published) == ("p1", date(2020, 5, 5))


def test_missing_path_and_binary_file_are_fatal_problems(tmp_path):
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02date")
    results = _read(tmp_path / "nope.txt", binary)
    assert all(isinstance(r, InputProblem) and r.fatal for r in results)
    assert "no such file" in results[0].reason and "binary" in results[1].reason


def test_latin1_text_is_decoded(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("date 2020-01-01\nCafé prices rose by about 12 percent in Zürich, the café owners said.\n".encode("latin-1"))
    (article,) = _read(path)
    assert "Zürich" in article.text


def test_folders_recurse_and_skip_hidden(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "sub" / "x.txt").write_text("date 2020-01-01\nA.\n", encoding="utf-8")
    (tmp_path / ".git" / "y.txt").write_text("date 2020-01-01\nB.\n", encoding="utf-8")
    (tmp_path / "notes.docx").write_text("ignored", encoding="utf-8")
    assert [a.id for a in _read(tmp_path)] == ["x"]


def test_seed_folder_reads_every_format(repo):
    articles = [r for r in _read(repo / "seeds") if isinstance(r, Article)]
    suffixes = {a.path.rsplit(".", 1)[-1] for a in articles}
    assert {"txt", "md", "jsonl", "csv"} <= suffixes
    seed = next(a for a in articles if a.id == "000_fcbb8e3e67838202")
    assert seed.published == date(2020, 12, 29)
    assert seed.text[seed.body.start:].startswith("Turkey and Russia")
