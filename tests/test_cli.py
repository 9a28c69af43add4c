import json

import pytest

from factcheck.cli import main


def _write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def clean(tmp_path):
    return _write(tmp_path / "clean.txt", "date 2022-03-10\nThe deal was signed on Thursday, March 3, 2022.\n")


@pytest.fixture
def wrong(tmp_path):
    return _write(tmp_path / "wrong.txt", "date 2022-03-10\nThe deal was signed on Friday, March 3, 2022.\n")


def test_clean_article_exits_zero(clean, capsys):
    assert main(["check", str(clean)]) == 0
    assert "0 errors" in capsys.readouterr().out


def test_error_finding_exits_one_with_a_linter_line(wrong, capsys):
    assert main(["check", str(wrong)]) == 1
    out = capsys.readouterr().out
    assert f"{wrong}:2:24 error FC201 Friday does not match 3 March 2022, which was a Thursday" in out


def test_fail_on_controls_the_exit_code(tmp_path):
    future = _write(tmp_path / "f.txt", "date 2022-03-10\nThe summit was held on March 30, 2022.\n")
    assert main(["check", str(future)]) == 0
    assert main(["check", str(future), "--fail-on", "warning"]) == 1
    assert main(["check", str(future), "--fail-on", "never"]) == 0


def test_unreadable_input_is_reported_and_others_still_checked(wrong, tmp_path, capsys):
    missing = tmp_path / "missing.txt"
    assert main(["check", str(missing), str(wrong), "--format", "json"]) == 2
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    assert report["summary"]["articles_checked"] == 1
    assert report["summary"]["skipped"][0]["path"].endswith("missing.txt")
    assert [f["rule_id"] for f in report["findings"]] == ["FC201"]
    assert "missing.txt: no such file or directory" in captured.err


def test_bad_rule_file_is_a_usage_error_naming_file_and_line(clean, tmp_path, capsys):
    rules = tmp_path / "rules"
    rules.mkdir()
    _write(rules / "FC800.yaml", "id: FC800\nname: x\nseverity: loud\nsummary: s\nmessage: m\n"
                                 "extends: weekday-mismatch\nexamples: {fire: [{text: a}], pass: [{text: b}]}\n")
    assert main(["check", str(clean), "--rules", str(rules)]) == 2
    assert f"{rules / 'FC800.yaml'}:3: unknown severity" in capsys.readouterr().err


def test_usage_error_exits_two(capsys):
    with pytest.raises(SystemExit) as info:
        main(["check", "--format", "docx", "x"])
    assert info.value.code == 2


def test_date_option_sets_publication(tmp_path, capsys):
    path = _write(tmp_path / "n.txt", "They met on Tuesday.\n")
    assert main(["extract", str(path), "--date", "2020-12-31"]) == 0
    (claim,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert claim["timex"]["value"] == "2020-12-29"


def test_extract_prints_one_claim_per_line_in_the_design_schema(repo, capsys):
    assert main(["extract", str(repo / "seeds" / "000_fcbb8e3e67838202.txt")]) == 0
    claims = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    keys = {"article", "start", "end", "text", "sentence", "kind", "value", "low", "high", "low_closed",
            "high_closed", "hedge", "unit", "entity", "role", "timex", "interval", "extractor"}
    assert claims and all(set(c) == keys for c in claims)
    text = (repo / "seeds" / "000_fcbb8e3e67838202.txt").read_text(encoding="utf-8")
    assert all(text[c["start"]:c["end"]] == c["text"] for c in claims)
    killed = next(c for c in claims if c["text"].startswith("more than 5,600"))
    assert (killed["low"], killed["high"], killed["low_closed"]) == (5600, "inf", False)


def test_rules_lists_the_catalogue(capsys):
    assert main(["rules"]) == 0
    out = capsys.readouterr().out
    assert "FC201  weekday-does-not-match-date  [error]" in out and "FC202" in out


def test_module_entry_point_runs(repo):
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "factcheck", "rules"], cwd=repo, capture_output=True, text=True)
    assert done.returncode == 0 and "FC201" in done.stdout
