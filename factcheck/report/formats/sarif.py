"""SARIF 2.1.0, the format GitHub code scanning and other CI dashboards read.

Columns count Unicode code points (``columnKind``), the way factcheck counts them. A finding in a row
of a table file points at the row's first line and names the record as a logical location, since the
row's text sits inside the file's quoting and its own line:column cannot be placed in the file.
"""
from __future__ import annotations

from pathlib import PurePosixPath
from typing import Iterator, TextIO
from urllib.parse import quote

from ...engine.runner import INTERNAL_RULE_ID, INTERNAL_RULE_NAME
from ...engine.schema import Rule
from ...model import Article
from ..data import ClaimView, FindingView, Location, ReportData
from . import streamed

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT_KEY = "factcheck/v1"
INTERNAL_HELP = ("A rule raised an exception on this article. The other rules and articles still ran; "
                 "report the message to the rule's author.")


def render(report: ReportData) -> str:
    return streamed.to_string(write, report)


def write(report: ReportData, sink: TextIO) -> None:
    """The log with its results encoded one at a time (``streamed.py``): same bytes as ``render``."""
    log, results = _log_and_results(report)
    streamed.write(log, ["runs", 0, "results"], results, sink)


def sarif_log(report: ReportData) -> dict:
    """The whole log as plain data."""
    log, results = _log_and_results(report)
    log["runs"][0]["results"] = list(results)
    return log


def _log_and_results(report: ReportData) -> tuple[dict, Iterator[dict]]:
    """The log with an empty results list, and its results made one at a time as they are read."""
    articles = {view.article.id: view.article for view in report.articles}
    rules = _rule_descriptors(report)
    index = {descriptor["id"]: i for i, descriptor in enumerate(rules)}
    log = {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "factcheck", "version": report.tool_version,
                                "semanticVersion": report.tool_version, "rules": rules}},
            "columnKind": "unicodeCodePoints",
            "invocations": [{
                "executionSuccessful": not any(p.fatal for p in report.problems),
                "toolExecutionNotifications": [
                    {"level": "error" if p.fatal else "warning", "message": {"text": f"skipped: {p.reason}"},
                     "locations": [_file_location(p.path, p.line)]}
                    for p in report.problems],
            }],
            "results": [],
        }],
    }
    return log, (_result(view, articles[view.article_id], index) for view in report.findings)


def _rule_descriptors(report: ReportData) -> list[dict]:
    descriptors = [_descriptor(rule) for rule in report.rules]
    known = {rule.id for rule in report.rules}
    for rule_id, name in sorted({(f.finding.rule_id, f.finding.rule_name) for f in report.findings}):
        if rule_id not in known:
            known.add(rule_id)
            internal = rule_id == INTERNAL_RULE_ID
            summary = "A rule failed on an article." if internal else f"Finding {rule_id} ({name})."
            descriptors.append({"id": rule_id, "name": name if not internal else INTERNAL_RULE_NAME,
                                "shortDescription": {"text": summary},
                                "help": {"text": INTERNAL_HELP if internal else summary},
                                "defaultConfiguration": {"level": "error"}})
    return descriptors


def _descriptor(rule: Rule) -> dict:
    description = " ".join(rule.description.split()) or rule.summary
    fire = rule.fire[0].text.strip() if rule.fire else ""
    markdown = f"**{rule.summary}**\n\n{rule.description.strip()}\n\nMessage: `{rule.message}`"
    if fire:
        markdown += f"\n\nExample that fires:\n\n> {' '.join(fire.split())}"
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": description},
        "help": {"text": f"{rule.summary} {description}".strip(), "markdown": markdown},
        "defaultConfiguration": {"level": LEVELS[str(rule.severity)], "enabled": rule.enabled},
        "properties": {"tags": list(rule.tags), "kind": rule.extends},
    }


def _result(view: FindingView, article: Article, index: dict[str, int]) -> dict:
    finding = view.finding
    message = finding.message + (f" ({finding.explanation})" if finding.explanation else "")
    result = {
        "ruleId": finding.rule_id,
        "ruleIndex": index[finding.rule_id],
        "level": LEVELS[view.severity],
        "message": {"text": message},
        "locations": [_location(article, view.location, article.text[finding.span.start:finding.span.end])],
        "partialFingerprints": {FINGERPRINT_KEY: view.fingerprint},
    }
    related = [_related(i, article, evidence) for i, evidence in enumerate(view.evidence, 1)]
    if related:
        result["relatedLocations"] = related
    return result


def _related(number: int, article: Article, evidence: ClaimView) -> dict:
    claim = evidence.claim
    location = _location(article, evidence.location, claim.text)
    location["id"] = number
    location["message"] = {"text": f"evidence: “{claim.text}” ({claim.kind})"}
    return location


def _location(article: Article, where: Location, snippet: str) -> dict:
    if article.in_table:
        location = _file_location(article.path or article.id, article.first_line)
        location["logicalLocations"] = [{"name": article.id, "fullyQualifiedName": where.path,
                                         "kind": "element"}]
        return location
    region = {"startLine": where.line, "startColumn": where.column,
              "endLine": where.end_line, "endColumn": where.end_column}
    if snippet:
        region["snippet"] = {"text": snippet}
    return {"physicalLocation": {"artifactLocation": {"uri": _uri(article.path or article.id)}, "region": region}}


def _file_location(path: str, line: int | None) -> dict:
    physical: dict = {"artifactLocation": {"uri": _uri(path)}}
    if line:
        physical["region"] = {"startLine": line}
    return {"physicalLocation": physical}


def _uri(path: str) -> str:
    posix = PurePosixPath(path.replace("\\", "/"))
    if posix.is_absolute():
        return "file://" + quote(str(posix))
    return quote(str(posix))
