import json
from pathlib import Path

import jsonschema
import pytest

from factcheck.cli import main
from factcheck.report.formats import render

from .conftest import report_for

SCHEMA = json.loads((Path(__file__).parent / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def validate(log: dict) -> None:
    validator = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])


def test_the_schema_is_the_official_one():
    assert SCHEMA["id"].startswith("https://docs.oasis-open.org/sarif/sarif/v2.1.0/")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"version": "2.1.0", "runs": [{"results": []}]}, SCHEMA)  # a run needs its tool


def test_sarif_is_valid_and_carries_rules_locations_and_fingerprints(deal_article, table_article):
    log = json.loads(render(report_for(deal_article, table_article), "sarif"))
    validate(log)
    run = log["runs"][0]
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert rules["FC201"]["name"] == "weekday-does-not-match-date"
    assert rules["FC201"]["help"]["text"] and "Example that fires" in rules["FC201"]["help"]["markdown"]
    assert rules["FC201"]["defaultConfiguration"]["level"] == "error"
    file_result, row_result = run["results"]
    assert run["tool"]["driver"]["rules"][file_result["ruleIndex"]]["id"] == "FC201"
    region = file_result["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (2, 1)
    assert region["snippet"]["text"] == "Friday, March 3, 2022"
    assert file_result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "news/deal.txt"
    assert len(file_result["partialFingerprints"]["factcheck/v1"]) == 20
    assert file_result["relatedLocations"][0]["message"]["text"].startswith("evidence")
    # A table row points at its line of the file and names the record.
    row_location = row_result["locations"][0]
    assert row_location["physicalLocation"]["region"] == {"startLine": 7}
    assert row_location["logicalLocations"][0]["name"] == "row-7"


def test_sarif_of_the_seeds_with_a_skipped_input_is_valid(in_repo, tmp_path):
    out = tmp_path / "out.sarif"
    main(["check", "seeds/", str(tmp_path / "missing.txt"), "-f", "sarif", "-o", str(out), "--fail-on", "never"])
    log = json.loads(out.read_text(encoding="utf-8"))
    validate(log)
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert "no such file" in invocation["toolExecutionNotifications"][0]["message"]["text"]


def test_an_unknown_rule_id_gets_a_descriptor(deal_article):
    from dataclasses import replace

    report = report_for(deal_article)
    report = replace(report, rules=())
    log = json.loads(render(report, "sarif"))
    validate(log)
    assert [r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]] == ["FC201"]
