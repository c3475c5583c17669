"""A loopback HTTP/1.1 server that trickles, loops and lies: each answer is a status, headers and a body sent in
timed pieces, so a test can stall a body one byte at a time, answer 429 forever, or send a body no parser should
trust. It records, per answer, whether the whole body went out or the caller hung up first."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

TOKEN_PATH = "/connect/token"


@dataclass
class Answer:
    status: int = 200
    body: bytes = b""
    # A header set to None is left out (`Content-Length`: a body whose end is the connection's end).
    headers: dict[str, str | None] = field(default_factory=dict)
    # Seconds between pieces of `piece` bytes; 0 sends the body at once.
    interval: float = 0.0
    piece: int = 1
    # Seconds between the bytes of the status line and headers; 0 sends them at once.
    head_interval: float = 0.0


def json_answer(status: int, value: Any, **headers: str | None) -> Answer:
    return Answer(status, json.dumps(value).encode(), dict(headers))


def trickle(body: bytes, interval: float, status: int = 200) -> Answer:
    return Answer(status, body, {}, interval)


def token_answer(expires_in: Any = 900, access_token: str = "hostile-access-token-value") -> Answer:  # noqa: S107
    return json_answer(200, {"access_token": access_token, "expires_in": expires_in, "token_type": "Bearer"})


@dataclass
class Served:
    path: str
    sent: int = 0
    finished: bool = False
    cut: bool = False


class Hostile:
    """Answers the token endpoint with `token` (default: a valid token) and every other path with `api`."""

    def __init__(self, api: Callable[[str], Answer], token: Callable[[], Answer] = token_answer) -> None:
        self.api = api
        self.token = token
        self.served: list[Served] = []
        self.lock = threading.Lock()
        self.hung_up = threading.Event()

    def api_answers(self) -> list[Served]:
        with self.lock:
            return [served for served in self.served if served.path != TOKEN_PATH]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 1024

    def handle_error(self, request: Any, client_address: Any) -> None:
        return


def _handler(hostile: Hostile) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            return

        def _answer(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            if length:
                self.rfile.read(length)
            path = self.path.split("?", 1)[0]
            answer = hostile.token() if path == TOKEN_PATH else hostile.api(self.path)
            served = Served(path)
            with hostile.lock:
                hostile.served.append(served)
            headers: dict[str, str | None] = {
                "Content-Type": "application/json",
                "Content-Length": str(len(answer.body)),
                **answer.headers,
            }
            try:
                if answer.head_interval:
                    lines = [f"HTTP/1.1 {answer.status} Slow"]
                    lines += [f"{name}: {value}" for name, value in headers.items() if value is not None]
                    for byte in ("\r\n".join(lines) + "\r\n\r\n").encode():
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                        time.sleep(answer.head_interval)
                else:
                    self.send_response(answer.status)
                    for name, value in headers.items():
                        if value is not None:
                            self.send_header(name, value)
                    self.end_headers()
                if not answer.interval:
                    self.wfile.write(answer.body)
                    served.sent = len(answer.body)
                else:
                    for start in range(0, len(answer.body), answer.piece):
                        self.wfile.write(answer.body[start : start + answer.piece])
                        self.wfile.flush()
                        served.sent = start + answer.piece
                        time.sleep(answer.interval)
                served.finished = True
            except OSError:
                served.cut = True
                hostile.hung_up.set()
                self.close_connection = True

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _answer

    return Handler


@contextmanager
def serving(hostile: Hostile) -> Iterator[str]:
    """Serve `hostile` on a free loopback port for the block; yields the base URL."""
    server = _Server(("127.0.0.1", 0), _handler(hostile))
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def settings(url: str, **overrides: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "client_id": "hostile-client",
        "client_secret": "hostile-secret-value",
        "app_key": "hostile-app-key-value",
        "tenant": 91,
        "api_url": url,
        "token_url": url + TOKEN_PATH,
        "rate_limit": None,
    }
    values.update(overrides)
    return values
