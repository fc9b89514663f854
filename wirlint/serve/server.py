"""The local web server: the page (plain HTML, CSS and JavaScript from the package, no build step) and the JSON
API. The standard library's threading HTTP server suffices for one person's drafts on their own machine; it
listens on 127.0.0.1 unless another address is asked for, limits request sizes, and times idle connections out.
"""

from __future__ import annotations

import json
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib.resources import files
from typing import Any

from wirlint.config import ConfigResolver
from wirlint.serve.api import ApiError, check, rewrite

MAX_REQUEST_BYTES = 16 * 1024 * 1024  # a 10 MiB deck, base64-encoded
CONNECTION_TIMEOUT = 30  # seconds a connection may sit idle or trickle
STATIC = {"/": ("index.html", "text/html"), "/app.js": ("app.js", "text/javascript"),
          "/style.css": ("style.css", "text/css")}  # fmt: skip
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; "
    "form-action 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


class Handler(BaseHTTPRequestHandler):
    server_version = "wirlint"
    timeout = CONNECTION_TIMEOUT
    resolver = ConfigResolver()

    def do_GET(self) -> None:
        page = STATIC.get(self.path.split("?", 1)[0])
        if page is None:
            self._send(HTTPStatus.NOT_FOUND, b"not found", "text/plain")
            return
        name, media_type = page
        self._send(HTTPStatus.OK, files("wirlint.serve").joinpath("static", name).read_bytes(), media_type)

    def do_POST(self) -> None:
        try:
            body = self._json_body()
            if self.path == "/api/check":
                answer = check(body, self.resolver)
            elif self.path == "/api/rewrite":
                answer = rewrite(body)
            else:
                raise ApiError(HTTPStatus.NOT_FOUND, "no such endpoint")
        except ApiError as error:
            self._json(error.status, {"error": str(error)})
            return
        self._json(HTTPStatus.OK, answer)

    def _json_body(self) -> dict[str, Any]:
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            raise ApiError(HTTPStatus.LENGTH_REQUIRED, "Content-Length required") from None
        if length > MAX_REQUEST_BYTES:
            raise ApiError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"request over {MAX_REQUEST_BYTES} bytes")
        try:
            body = json.loads(self.rfile.read(length))
        except (ValueError, RecursionError):
            raise ApiError(HTTPStatus.BAD_REQUEST, "the body is not JSON") from None
        if not isinstance(body, dict):
            raise ApiError(HTTPStatus.BAD_REQUEST, "the body must be a JSON object")
        return body

    def _json(self, status: int, data: dict[str, Any]) -> None:
        self._send(status, json.dumps(data, ensure_ascii=False).encode("utf-8"), "application/json")

    def _send(self, status: int, payload: bytes, media_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", f"{media_type}; charset=utf-8")
        self.send_header("Content-Length", str(len(payload)))
        for name, value in SECURITY_HEADERS.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # quiet: drafts are nobody's log entries


def make_server(host: str = "127.0.0.1", port: int = 8765) -> ThreadingHTTPServer:
    server = ThreadingHTTPServer((host, port), Handler)
    server.daemon_threads = True
    return server
