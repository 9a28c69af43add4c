"""A real headless Chromium driven by Selenium through Debian's chromedriver.

When /usr/bin/chromium or /usr/bin/chromedriver is missing and we are root with apt-get, the session
installs Debian's ``chromium`` and ``chromium-driver`` (a minute or two); otherwise the browser tests skip
and say why. No browser is ever downloaded by a driver manager.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1200,900")
INSTALL_TIMEOUT = 900


def _install_chromium() -> str | None:
    """Install Debian's Chromium and its driver; the reason it could not, or None."""
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        return "not root with apt-get, so cannot install Debian's chromium and chromium-driver"
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "update", "-q"], ["apt-get", "install", "-y", "-q", "chromium", "chromium-driver"]):
        try:
            done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=INSTALL_TIMEOUT,
                                  stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            return f"`{' '.join(command)}` did not finish in {INSTALL_TIMEOUT} s"
        if done.returncode != 0:
            tail = " ".join((done.stderr or done.stdout).strip().splitlines()[-2:])
            return f"`{' '.join(command)}` failed: {tail}"
    return None


@pytest.fixture(scope="session")
def chromium() -> Path:
    pytest.importorskip("selenium", reason="selenium is not installed; `pip install -e '.[test]'` brings it")
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        reason = _install_chromium()
        if reason or not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
            pytest.skip(f"headless Chromium is missing ({CHROMIUM}, {CHROMEDRIVER}): "
                        f"{reason or 'installed packages did not provide them'}")
    return CHROMIUM


@pytest.fixture
def browser(chromium, tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(chromium)
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
