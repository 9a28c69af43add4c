"""The review web server: stdlib http.server bound to 127.0.0.1, two routes and nothing else.

``GET /`` is the desk, ``POST /decide`` records a decision and redirects back. No file is ever served
from disk, so no path outside the inputs can be reached; a Host header other than the server's own is
refused (DNS rebinding), and a decision needs the per-run token embedded in the page.
"""
from __future__ import annotations

from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

from ..baseline import BaselineError
from .app import DecisionError, ReviewApp

HOST = "127.0.0.1"
MAX_BODY = 64 * 1024


def make_server(app: ReviewApp, port: int = 0) -> ThreadingHTTPServer:
    """A server on 127.0.0.1 (port 0 picks a free one); call ``serve_forever`` to run it."""
    handler = type("ReviewHandler", (ReviewHandler,), {"app": app})
    server = ThreadingHTTPServer((HOST, port), handler)
    server.daemon_threads = True
    return server


class ReviewHandler(BaseHTTPRequestHandler):
    app: ReviewApp
    server_version = "factcheck-review"

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        if not self._host_ok():
            return
        if urlsplit(self.path).path != "/":
            self._send(HTTPStatus.NOT_FOUND, "text/plain", "not found: the review server serves only its report\n")
            return
        try:
            page = self.app.page()
        except BaselineError as exc:  # the file was broken by hand while we served
            self._send(HTTPStatus.INTERNAL_SERVER_ERROR, "text/plain", f"cannot show decisions: {exc}\n")
            return
        except Exception as exc:  # a bug must answer the editor, not drop the connection
            self._send(HTTPStatus.INTERNAL_SERVER_ERROR, "text/plain", f"cannot render the report: "
                       f"{type(exc).__name__}: {exc}\n")
            return
        self._send(HTTPStatus.OK, "text/html", page)

    def do_POST(self) -> None:  # noqa: N802
        if not self._host_ok():
            return
        if urlsplit(self.path).path != "/decide":
            self._send(HTTPStatus.NOT_FOUND, "text/plain", "not found\n")
            return
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_BODY:
            self._send(HTTPStatus.BAD_REQUEST, "text/plain", "a decision is a form of at most 64 KiB\n")
            return
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        try:
            fingerprint = self.app.decide(dict(parse_qsl(body, keep_blank_values=True)))
        except DecisionError as exc:
            self._send(HTTPStatus.BAD_REQUEST, "text/plain", f"decision not saved: {exc}\n")
            return
        self.send_response(HTTPStatus.SEE_OTHER)
        self.send_header("Location", f"/#finding-{fingerprint}")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_PUT(self) -> None:  # noqa: N802
        self._send(HTTPStatus.METHOD_NOT_ALLOWED, "text/plain", "method not allowed\n")

    do_DELETE = do_PATCH = do_PUT

    def _host_ok(self) -> bool:
        port = self.server.server_address[1]
        if self.headers.get("Host") in (f"{HOST}:{port}", f"localhost:{port}"):
            return True
        self._send(HTTPStatus.MISDIRECTED_REQUEST, "text/plain", "wrong Host header\n")
        return False

    def _send(self, status: HTTPStatus, content_type: str, text: str) -> None:
        body = text.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", f"{content_type}; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:  # noqa: A002
        """Quiet: the CLI says where the server is; request logs would drown it."""
