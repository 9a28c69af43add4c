import textwrap

import pytest

from factcheck.engine.loader import instantiate, load_rules
from factcheck.engine.schema import RuleError, parse_rule_file

GOOD = """\
id: FC777
name: test-rule
severity: warning
summary: A summary.
message: "{stated} vs {date} ({actual})"
extends: weekday-mismatch
examples:
  fire:
    - text: "x"
      date: 2020-01-01
  pass:
    - text: "y"
"""


def _write(tmp_path, body, name="FC777.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


def _error(path) -> RuleError:
    with pytest.raises(RuleError) as info:
        instantiate([parse_rule_file(path)])
    return info.value


def test_a_good_rule_loads(tmp_path):
    rule = parse_rule_file(_write(tmp_path, GOOD))
    assert (rule.id, rule.name, str(rule.severity)) == ("FC777", "test-rule", "warning")
    assert len(rule.fire) == 1 and len(rule.pass_) == 1
    instantiate([rule])


@pytest.mark.parametrize("change, line, words", [
    (("severity: warning", "severty: warning"), 3, "unknown field 'severty'"),
    (("id: FC777", "id: X1"), 1, "FC followed by three digits"),
    (("name: test-rule", "name: Test Rule"), 2, "kebab-case"),
    (("severity: warning", "severity: fatal"), 3, "unknown severity"),
    (("extends: weekday-mismatch", "extends: no-such-kind"), 1, "unknown rule kind"),
    (('message: "{stated} vs {date} ({actual})"', 'message: "{nope}"'), 1, "does not provide"),
    (("  pass:\n    - text: \"y\"\n", ""), 8, "examples.pass is missing"),
    (("    - text: \"x\"", "    - txt: \"x\""), 9, "unknown example field 'txt'"),
])
def test_mistakes_are_reported_with_file_and_line(tmp_path, change, line, words):
    path = _write(tmp_path, GOOD.replace(*change))
    error = _error(path)
    assert error.path == str(path) and error.line == line and words in error.problem
    assert str(error).startswith(f"{path}:{line}: ")


def test_bad_parameter_is_reported_at_its_line(tmp_path):
    body = GOOD.replace("extends: weekday-mismatch", "extends: date-after-publication\nparams:\n  precision: week")
    body = body.replace('"{stated} vs {date} ({actual})"', '"{date}"')
    error = _error(_write(tmp_path, body))
    assert error.line == 8 and "precision" in error.problem


def test_invalid_yaml_names_the_line(tmp_path):
    error = _error(_write(tmp_path, GOOD + "  - [unclosed\n"))
    assert error.line is not None and "not valid YAML" in error.problem


def test_duplicate_ids_in_one_folder_are_refused(tmp_path):
    _write(tmp_path, GOOD, "a.yaml")
    _write(tmp_path, GOOD.replace("test-rule", "other-rule"), "b.yaml")
    with pytest.raises(RuleError, match="already used"):
        load_rules([tmp_path], include_default=False)


def test_extra_folder_rule_replaces_packaged_rule_with_same_id(tmp_path):
    _write(tmp_path, GOOD.replace("FC777", "FC201").replace("test-rule", "weekday-does-not-match-date"))
    rules = {r.id: r for r in load_rules([tmp_path])}
    assert rules["FC201"].summary == "A summary."
