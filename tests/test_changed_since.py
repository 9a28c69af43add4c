import subprocess

import pytest

from factcheck.cli import main

WRONG = "date 2022-03-10\nIt was signed on Friday, March 3, 2022.\n"


def git(*args, cwd):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@example.org", "HOME": str(cwd), "PATH": "/usr/bin:/bin"})


@pytest.fixture
def repo(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    git("init", "-q", "-b", "main", cwd=tmp_path)
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "old.txt").write_text(WRONG, encoding="utf-8")
    (tmp_path / "news" / "edited.txt").write_text("date 2022-03-10\nQuiet.\n", encoding="utf-8")
    git("add", ".", cwd=tmp_path)
    git("commit", "-q", "-m", "start", cwd=tmp_path)
    return tmp_path


def test_only_changed_articles_are_reported(repo, capsys):
    (repo / "news" / "edited.txt").write_text(WRONG, encoding="utf-8")
    (repo / "news" / "new.txt").write_text(WRONG, encoding="utf-8")
    capsys.readouterr()
    assert main(["check", "news/", "--changed-since", "HEAD"]) == 1
    out = capsys.readouterr().out
    assert "news/edited.txt" in out and "news/new.txt" in out and "news/old.txt" not in out
    assert "2 articles checked" in out


def test_nothing_changed_reports_nothing(repo, capsys):
    assert main(["check", "news/", "--changed-since", "HEAD"]) == 0
    assert main(["check", "news/"]) == 1


def test_a_bad_ref_is_a_usage_error(repo, capsys):
    assert main(["check", "news/", "--changed-since", "no-such-branch"]) == 2
    assert "'no-such-branch' is not a commit" in capsys.readouterr().err


def test_outside_a_repository(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    (tmp_path / "a.txt").write_text(WRONG, encoding="utf-8")
    assert main(["check", "a.txt", "--changed-since", "HEAD"]) == 2
    assert "--changed-since:" in capsys.readouterr().err
