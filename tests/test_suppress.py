import pytest

from factcheck.cli import main
from factcheck.suppress import regions

WRONG = "It was signed on Friday, March 3, 2022."
FRONT = "---\ndate: 2022-03-10\n---\n"


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def findings(folder, body: str, capsys) -> str:
    (folder / "a.md").write_text(FRONT + body, encoding="utf-8")
    capsys.readouterr()
    main(["check", "a.md", "--fail-on", "never"])
    return capsys.readouterr().out


def test_disable_enable_block(folder, capsys):
    body = f"<!-- factcheck-disable FC201 -->\n{WRONG}\n<!-- factcheck-enable FC201 -->\n{WRONG}\n"
    out = findings(folder, body, capsys)
    assert out.count("FC201") == 1 and "a.md:7:" in out


def test_next_line_form(folder, capsys):
    body = f"<!-- factcheck-disable-next-line FC201 -->\n{WRONG}\n{WRONG}\n"
    out = findings(folder, body, capsys)
    assert out.count("FC201") == 1 and "a.md:6:" in out


def test_other_rules_are_not_disabled(folder, capsys):
    body = f"<!-- factcheck-disable FC202 -->\n{WRONG}\n"
    assert "FC201" in findings(folder, body, capsys)


def test_without_rule_ids_every_rule_is_off_to_the_end(folder, capsys):
    assert "FC201" not in findings(folder, f"<!--factcheck-disable-->\n\n{WRONG}\n", capsys)


def test_regions():
    text = "a <!-- factcheck-disable FC201, FC202 --> b <!-- factcheck-enable FC202 --> c"
    found = {(r.rule, text[r.start:r.end].strip()) for r in regions(text)}
    assert ("FC202", "b") in found
    assert ("FC201", "b <!-- factcheck-enable FC202 --> c") in found
    assert regions("<!-- factcheck-disable-next-line FC201 -->") == []  # no next line: nothing to disable
