"""The pre-commit hook definition, run for real as a Git hook in a temporary repository."""
import os
import shlex
import subprocess
import sys

import pytest
import yaml

from .conftest import REPO

GOOD = "date 2022-03-10\nThe agreement was signed on Thursday, March 3, 2022.\n"
BAD = "date 2022-03-10\nThe agreement was signed on Friday, March 3, 2022.\n"


def hooks() -> list[dict]:
    return yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))


def test_the_manifest_is_valid_for_pre_commit():
    clientlib = pytest.importorskip("pre_commit.clientlib", reason="pre-commit is not installed")
    (hook,) = clientlib.load_manifest(str(REPO / ".pre-commit-hooks.yaml"))
    assert hook["id"] == "factcheck" and hook["language"] == "python"
    assert shlex.split(hook["entry"])[:2] == ["factcheck", "check"]


@pytest.fixture
def git_repo(tmp_path):
    pytest.importorskip("pre_commit", reason="pre-commit is not installed")
    env = {**os.environ, "HOME": str(tmp_path), "PRE_COMMIT_HOME": str(tmp_path / "cache"),
           "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org", "PYTHONPATH": str(REPO), "GIT_CONFIG_NOSYSTEM": "1"}
    env.pop("GIT_DIR", None)
    work = tmp_path / "newsroom"
    work.mkdir()

    def run(*command, check=True):
        done = subprocess.run(command, cwd=work, env=env, capture_output=True, text=True, timeout=120)
        if check and done.returncode != 0:
            raise AssertionError(f"{command} failed:\n{done.stdout}\n{done.stderr}")
        return done

    run("git", "init", "-q", "-b", "main")
    # The hook exactly as shipped, but run from this checkout (language system) rather than installed
    # into a fresh virtualenv from the network; the entry's `factcheck` is this tree's code.
    (hook,) = hooks()
    hook = {**hook, "language": "system", "entry": hook["entry"].replace("factcheck", f"{sys.executable} -m factcheck", 1)}
    config = {"repos": [{"repo": "local", "hooks": [hook]}]}
    (work / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    run(sys.executable, "-m", "pre_commit", "install")
    return work, run


def test_the_hook_blocks_a_commit_with_a_wrong_weekday_and_lets_the_fix_through(git_repo):
    work, run = git_repo
    (work / "news").mkdir()
    (work / "news" / "deal.txt").write_text(BAD, encoding="utf-8")
    (work / "README.rst").write_text("not an article\n", encoding="utf-8")
    run("git", "add", ".")
    blocked = run("git", "commit", "-q", "-m", "add the deal", check=False)
    assert blocked.returncode != 0
    output = blocked.stdout + blocked.stderr
    assert "news/deal.txt:2:" in output and "FC201" in output
    assert run("git", "log", "--oneline", check=False).returncode != 0  # nothing was committed

    (work / "news" / "deal.txt").write_text(GOOD, encoding="utf-8")
    run("git", "add", ".")
    run("git", "commit", "-q", "-m", "add the deal")
    assert "add the deal" in run("git", "log", "--oneline").stdout
