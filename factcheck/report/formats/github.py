"""GitHub Actions workflow commands: each finding becomes an annotation on the changed file.

``::error file=PATH,line=L,col=C,endLine=L2,endColumn=C2,title=TITLE::MESSAGE``, escaped as the runner
expects (``%``, CR and LF everywhere; ``:`` and ``,`` too inside properties).
"""
from __future__ import annotations

from ..data import ReportData

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def render(report: ReportData) -> str:
    lines = []
    articles = {view.article.id: view.article for view in report.articles}
    for view in report.findings:
        finding, article, where = view.finding, articles[view.article_id], view.location
        properties = {"file": article.path or article.id, "title": f"{finding.rule_id} {finding.rule_name}"}
        if article.in_table:
            properties["line"] = str(article.first_line)
            message = f"record {article.id}, line {where.line} column {where.column} of its text: {finding.message}"
        else:
            properties.update(line=str(where.line), col=str(where.column), endLine=str(where.end_line),
                              endColumn=str(where.end_column))
            message = finding.message
        if finding.explanation:
            message += f"\n{finding.explanation}"
        lines.append(_command(COMMANDS[view.severity], properties, message))
    for problem in report.problems:
        properties = {"file": problem.path, "title": "factcheck skipped this input"}
        if problem.line:
            properties["line"] = str(problem.line)
        lines.append(_command("error" if problem.fatal else "warning", properties, problem.reason))
    return "".join(line + "\n" for line in lines)


def _command(name: str, properties: dict[str, str], message: str) -> str:
    listed = ",".join(f"{key}={_escape_property(value)}" for key, value in properties.items())
    return f"::{name} {listed}::{_escape_data(message)}"


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")
