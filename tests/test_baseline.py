from datetime import date

import pytest

from factcheck import baseline
from factcheck.cli import main

FIRST = """---
id: summit
title: Summit
date: 2022-03-10
---
The agreement was signed on Friday, March 3, 2022, in Geneva.
"""


@pytest.fixture
def news(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "summit.md").write_text(FIRST, encoding="utf-8")
    return tmp_path


def check(*extra, capsys=None) -> tuple[int, str]:
    code = main(["check", "news/", "--fail-on", "error", *extra])
    return code, capsys.readouterr() if capsys else ""


def test_baseline_hides_accepted_findings_and_survives_an_edit_above(news, capsys):
    assert main(["check", "news/"]) == 1
    assert main(["baseline", "write", "news/", "-o", "baseline.yaml", "--reason", "wire copy, known"]) == 0
    written = baseline.load("baseline.yaml")
    (waiver,) = written.waivers.values()
    assert (waiver.rule, waiver.article, waiver.text, waiver.status) == ("FC201", "summit", "Friday, March 3, 2022",
                                                                         "accepted")
    assert waiver.reason == "wire copy, known"
    capsys.readouterr()
    assert main(["check", "news/", "--baseline", "baseline.yaml"]) == 0
    assert "0 errors" in capsys.readouterr().out
    # Three paragraphs land above the finding: its line moves, its fingerprint does not.
    edited = FIRST.replace("---\nThe agreement", "---\nA new lead paragraph.\n\nAnother one.\n\nA third.\nThe agreement")
    (news / "news" / "summit.md").write_text(edited, encoding="utf-8")
    assert main(["check", "news/", "--baseline", "baseline.yaml"]) == 0
    assert main(["check", "news/"]) == 1
    assert "news/summit.md:11:" in capsys.readouterr().out


def test_a_changed_claim_is_a_new_finding(news, capsys):
    main(["baseline", "write", "news/", "-o", "baseline.yaml"])
    (news / "news" / "summit.md").write_text(FIRST.replace("March 3", "March 10"), encoding="utf-8")
    capsys.readouterr()
    assert main(["check", "news/", "--baseline", "baseline.yaml"]) == 1
    assert "FC201" in capsys.readouterr().out


def test_an_expired_waiver_stops_applying_and_says_so(news, capsys):
    main(["baseline", "write", "news/", "-o", "baseline.yaml", "--expires", "2020-01-01", "--reason", "until the fix"])
    capsys.readouterr()
    assert main(["check", "news/", "--baseline", "baseline.yaml"]) == 1
    err = capsys.readouterr().err
    assert "expired on 2020-01-01" in err and "until the fix" in err


def test_expiry_is_inclusive_of_its_day():
    waiver = baseline.Waiver("f", "FC201", "a", expires=date(2026, 1, 31))
    assert waiver.hides(date(2026, 1, 31)) and not waiver.hides(date(2026, 2, 1))
    assert not baseline.Waiver("f", "FC201", "a", status="confirmed").hides(date(2026, 1, 1))


def test_confirmed_findings_stay_reported(news, capsys):
    main(["baseline", "write", "news/", "-o", "baseline.yaml"])
    text = (news / "baseline.yaml").read_text(encoding="utf-8").replace("status: accepted", "status: confirmed")
    (news / "baseline.yaml").write_text(text, encoding="utf-8")
    assert main(["check", "news/", "--baseline", "baseline.yaml"]) == 1


def test_rewriting_keeps_earlier_decisions(news):
    main(["baseline", "write", "news/", "-o", "baseline.yaml"])
    text = (news / "baseline.yaml").read_text(encoding="utf-8").replace("status: accepted", "status: false-alarm")
    (news / "baseline.yaml").write_text(text, encoding="utf-8")
    main(["baseline", "write", "news/", "-o", "baseline.yaml", "--reason", "later"])
    (waiver,) = baseline.load("baseline.yaml").waivers.values()
    assert waiver.status == "false-alarm" and waiver.reason == ""


@pytest.mark.parametrize("content, problem", [
    ("waivers: [", "baseline.yaml:1: not valid YAML"),
    ("waivers:\n  - rule: FC201\n    article: a\n", "baseline.yaml:2: the waiver needs a 'fingerprint'"),
    ("waivers:\n  - {fingerprint: x, rule: FC201, article: a, status: maybe}\n", "status 'maybe' is not one of"),
    ("waivers:\n  - {fingerprint: x, rule: FC201, article: a, expires: soon}\n", "'expires' must be a date"),
    ("waivers:\n  - {fingerprint: x, rule: FC201, article: a, colour: red}\n", "unknown waiver field 'colour'"),
    ("- 1\n", "a baseline is a mapping"),
])
def test_a_bad_baseline_is_a_usage_error_naming_file_and_line(news, capsys, content, problem):
    (news / "baseline.yaml").write_text(content, encoding="utf-8")
    assert main(["check", "news/", "--baseline", "baseline.yaml"]) == 2
    err = capsys.readouterr().err
    assert problem in err and "baseline.yaml" in err


def test_a_missing_baseline_file_hides_nothing(news):
    assert main(["check", "news/", "--baseline", "nothing-yet.yaml"]) == 1


def test_the_text_summary_says_what_was_hidden(news, capsys):
    main(["baseline", "write", "news/", "-o", "baseline.yaml"])
    (news / "news" / "other.md").write_text(FIRST.replace("id: summit", "id: other").replace(
        "The agreement", "<!-- factcheck-disable-next-line -->\nThe agreement"), encoding="utf-8")
    capsys.readouterr()
    assert main(["check", "news/", "--baseline", "baseline.yaml"]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    assert last.endswith("0 errors, 0 warnings, 0 info (1 hidden by the baseline; 1 switched off inline)")


def test_an_unwritable_baseline_is_a_usage_error(news, capsys):
    assert main(["baseline", "write", "news/", "-o", "no/such/folder/b.yaml"]) == 2
    assert "no/such/folder/b.yaml: cannot write the baseline" in capsys.readouterr().err
