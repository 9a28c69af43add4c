import http.client
from urllib.parse import urlencode, urlsplit

import pytest

from factcheck import baseline
from factcheck.cli import main
from factcheck.review.app import DecisionError

from .review_support import write_articles


def request(url: str, method: str, path: str, body: str | None = None, host: str | None = None):
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    headers = {"Host": host or parts.netloc}
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    connection.request(method, path, body=body, headers=headers)
    response = connection.getresponse()
    return response.status, dict(response.getheaders()), response.read().decode("utf-8")


def decision(app, **fields):
    (finding,) = app.report.findings
    form = {"token": app.token, "fingerprint": finding.fingerprint, "status": "false-alarm", "note": "a quote"}
    form.update(fields)
    return urlencode(form)


def test_serves_the_desk_with_decision_forms(served):
    url, app, _ = served
    status, headers, page = request(url, "GET", "/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert 'action="/decide"' in page and app.token in page
    assert "Leaders &lt;b&gt;sign&lt;/b&gt; a deal" in page
    assert "Decided: 0 of 1 findings." in page


@pytest.mark.parametrize("path", ["/news/summit.md", "/../../etc/passwd", "/baseline.yaml", "/%2e%2e/etc/passwd"])
def test_serves_no_file(served, path):
    url, _, _ = served
    status, _, body = request(url, "GET", path)
    assert status == 404 and "summit" not in body and "root:" not in body


def test_refuses_a_foreign_host_header(served):
    url, _, _ = served
    assert request(url, "GET", "/", host="evil.example:80")[0] == 421


def test_a_decision_is_saved_to_the_baseline_and_shown_after_reload(served):
    url, app, folder = served
    status, headers, _ = request(url, "POST", "/decide", decision(app, note="quoted   from the wire"))
    (finding,) = app.report.findings
    assert status == 303 and headers["Location"] == f"/#finding-{finding.fingerprint}"
    waiver = baseline.load(folder / "baseline.yaml").get(finding.fingerprint)
    assert (waiver.status, waiver.reason, waiver.rule) == ("false-alarm", "quoted from the wire", "FC201")
    page = request(url, "GET", "/")[2]
    assert 'value="false-alarm" required checked' in page and "quoted from the wire</textarea>" in page
    assert "Decided: 1 of 1 findings (0 confirmed, 1 false alarm)." in " ".join(page.split())
    # CI honours it: the false alarm is hidden.
    assert main(["check", "news/", "--baseline", str(folder / "baseline.yaml")]) == 0


def test_confirming_keeps_the_finding_failing_in_ci(served):
    url, app, folder = served
    assert request(url, "POST", "/decide", decision(app, status="confirmed"))[0] == 303
    assert main(["check", "news/", "--baseline", str(folder / "baseline.yaml")]) == 1


@pytest.mark.parametrize("fields, problem", [
    ({"token": "forged"}, "another review session"),
    ({"fingerprint": "0" * 20}, "no such finding"),
    ({"status": "accepted"}, "choose one of"),
    ({"note": "x" * 3000}, "longer than"),
])
def test_refuses_bad_decisions(served, fields, problem):
    url, app, folder = served
    status, _, body = request(url, "POST", "/decide", decision(app, **fields))
    assert status == 400 and problem in body
    assert not (folder / "baseline.yaml").exists()
    with pytest.raises(DecisionError):
        app.decide(dict(pair.split("=", 1) for pair in decision(app, **fields).split("&")))


def test_only_the_two_routes_exist(served):
    url, app, _ = served
    assert request(url, "POST", "/", decision(app))[0] == 404
    assert request(url, "PUT", "/decide", "")[0] == 405


def test_binds_loopback_only(served):
    url, _, _ = served
    assert urlsplit(url).hostname == "127.0.0.1"


def test_a_malformed_baseline_is_refused_before_serving(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    write_articles(tmp_path)
    (tmp_path / "b.yaml").write_text("waivers: {", encoding="utf-8")
    assert main(["review", "news/", "--baseline", "b.yaml", "--port", "0"]) == 2
    assert "b.yaml:1: not valid YAML" in capsys.readouterr().err


def test_the_review_command_serves_until_stopped(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import urllib.request

    from .conftest import REPO

    write_articles(tmp_path)
    process = subprocess.Popen([sys.executable, "-m", "factcheck", "review", "news/", "--port", "0"], cwd=tmp_path,
                               env={**os.environ, "PYTHONPATH": str(REPO)}, stderr=subprocess.PIPE, text=True)
    try:
        announced = process.stderr.readline()
        url = announced.split(" at ")[1].split()[0]
        assert url.startswith("http://127.0.0.1:")
        with urllib.request.urlopen(url, timeout=10) as response:
            assert b"editorial review" in response.read()
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(10)
    assert process.returncode == 0


@pytest.mark.parametrize("length", ["-1", "abc", str(10**6)])
def test_refuses_a_bad_content_length(served, length):
    url, _, _ = served
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    connection.putrequest("POST", "/decide", skip_host=True)
    connection.putheader("Host", parts.netloc)
    connection.putheader("Content-Length", length)
    connection.endheaders()
    assert connection.getresponse().status == 400


def test_a_baseline_broken_while_serving_is_reported_not_crashed_on(served):
    url, app, folder = served
    (folder / "baseline.yaml").write_text("waivers: [", encoding="utf-8")
    status, _, body = request(url, "GET", "/")
    assert status == 500 and "baseline.yaml:1: not valid YAML" in body
    status, _, body = request(url, "POST", "/decide", decision(app))
    assert status == 400 and "fix the file" in body
