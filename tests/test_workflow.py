"""The GitHub Actions workflow: parsed, and its shell steps run for real against the seeds."""
import json
import os
import re
import shlex
import shutil
import subprocess
import sys

import pytest
import yaml

from factcheck.cli import build_parser

from .conftest import REPO

WORKFLOW = REPO / ".github" / "workflows" / "factcheck.yml"


@pytest.fixture(scope="module")
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def steps(workflow) -> list[dict]:
    return workflow["jobs"]["factcheck"]["steps"]


def step(workflow, name: str) -> dict:
    return next(s for s in steps(workflow) if s.get("name") == name)


def test_triggers_permissions_and_checkout(workflow):
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert "pull_request" in triggers and "push" in triggers
    assert workflow["permissions"]["security-events"] == "write"
    checkout = steps(workflow)[0]
    assert checkout["uses"].startswith("actions/checkout@") and checkout["with"]["fetch-depth"] == 0
    uploads = {s["uses"].split("@")[0]: s for s in steps(workflow) if "uses" in s}
    report_dir = workflow["env"]["REPORT_DIR"]
    assert uploads["github/codeql-action/upload-sarif"]["with"]["sarif_file"] == f"{report_dir}/report.sarif"
    assert uploads["actions/upload-artifact"]["with"]["path"].rstrip("/") == report_dir


def test_every_factcheck_command_parses(workflow):
    commands = [line.strip() for s in steps(workflow) for line in s.get("run", "").splitlines()
                if re.match(r"\s*factcheck\s", line)]
    assert commands
    for command in commands:
        words = [w for w in shlex.split(command) if w != "${since[@]}"][1:]
        args = build_parser().parse_args(words)
        assert args.command == "check" and args.format == "github" and args.fail_on == "error"


@pytest.fixture
def newsroom(tmp_path):
    """A Git checkout with the seeds on main, a branch that edits one article, and `factcheck` on PATH."""
    work = tmp_path / "repo"
    shutil.copytree(REPO / "seeds", work / "seeds")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    shim = bin_dir / "factcheck"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m factcheck "$@"\n', encoding="utf-8")
    shim.chmod(0o755)
    env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}", "PYTHONPATH": str(REPO), "HOME": str(tmp_path),
           "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org", "GITHUB_OUTPUT": str(tmp_path / "output"),
           "GITHUB_STEP_SUMMARY": str(tmp_path / "summary.md")}
    env.pop("GITHUB_BASE_REF", None)

    def git(*args):
        subprocess.run(["git", *args], cwd=work, env=env, check=True, capture_output=True)

    git("init", "-q", "-b", "main")
    git("add", ".")
    git("commit", "-q", "-m", "seeds")
    git("update-ref", "refs/remotes/origin/main", "HEAD")
    return work, env, tmp_path


def run_step(workflow, name: str, work, env) -> subprocess.CompletedProcess:
    script = step(workflow, name)["run"]
    env = {**env, **{k: str(v) for k, v in workflow["env"].items()}}
    return subprocess.run(["bash", "-e", "-c", script], cwd=work, env=env, capture_output=True, text=True, timeout=120)


def test_on_push_every_article_is_reported_and_the_gate_fails(workflow, newsroom):
    work, env, tmp = newsroom
    done = run_step(workflow, "Check the articles", work, env)
    assert done.returncode == 0, done.stderr
    assert (tmp / "output").read_text() == "status=1\n"
    assert "::error file=seeds/001_summit_weekday.md" in done.stdout
    report = json.loads((work / "factcheck-report" / "report.sarif").read_text(encoding="utf-8"))
    # One SARIF result per finding on the seeds, as many as the committed seed report counts.
    seeds_report = json.loads((REPO / "reports" / "report.json").read_text(encoding="utf-8"))
    assert len(report["runs"][0]["results"]) == seeds_report["summary"]["findings"]
    assert run_step(workflow, "Job summary", work, env).returncode == 0
    assert "## factcheck report" in (tmp / "summary.md").read_text(encoding="utf-8")


def test_on_a_pull_request_only_changed_articles_are_reported(workflow, newsroom):
    work, env, tmp = newsroom
    article = work / "seeds" / "002_flood_report.txt"
    article.write_text(article.read_text(encoding="utf-8") + "\nMore rain fell.\n", encoding="utf-8")
    done = run_step(workflow, "Check the articles", work, {**env, "GITHUB_BASE_REF": "main"})
    assert done.returncode == 0, done.stderr
    assert (tmp / "output").read_text() == "status=0\n"  # its only finding is a warning
    assert "file=seeds/002_flood_report.txt" in done.stdout and "001_summit" not in done.stdout


def test_the_baseline_is_honoured(workflow, newsroom):
    work, env, tmp = newsroom
    subprocess.run([sys.executable, "-m", "factcheck", "baseline", "write", "seeds/", "-o",
                    workflow["env"]["BASELINE"]], cwd=work, env=env, check=True, capture_output=True)
    assert run_step(workflow, "Check the articles", work, env).stdout == ""
    assert (tmp / "output").read_text() == "status=0\n"
