"""The browser fixture installs Chromium only where it can, and otherwise says why it skips."""
from . import conftest


def test_not_root_means_no_install_and_a_reason(monkeypatch):
    monkeypatch.setattr(conftest.os, "geteuid", lambda: 1000)
    assert "not root" in conftest._install_chromium()


def test_no_apt_get_means_no_install_and_a_reason(monkeypatch):
    monkeypatch.setattr(conftest.os, "geteuid", lambda: 0)
    monkeypatch.setattr(conftest.shutil, "which", lambda name: None)
    assert "apt-get" in conftest._install_chromium()


def test_a_failing_install_is_reported(monkeypatch):
    calls = []

    class Done:
        returncode, stdout, stderr = 100, "", "E: Unable to locate package chromium\n"

    monkeypatch.setattr(conftest.os, "geteuid", lambda: 0)
    monkeypatch.setattr(conftest.shutil, "which", lambda name: "/usr/bin/apt-get")
    monkeypatch.setattr(conftest.subprocess, "run", lambda command, **kw: calls.append(command) or Done())
    reason = conftest._install_chromium()
    assert "apt-get update -q` failed: E: Unable to locate package chromium" in reason
    assert calls == [["apt-get", "update", "-q"]]
