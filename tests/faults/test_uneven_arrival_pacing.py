"""Issue 18, pacing: a server that allows 60 requests in any sliding second counts *arrivals*, and arrival is
uneven: a new connection's first request arrives late (a TLS handshake to a remote host takes about 0.2 s), while
requests on warm connections arrive at once. Requests that queued behind a slow connection then arrive together
with later ones. 300 gathered calls must still succeed, drawing (almost) no 429."""

from __future__ import annotations

import asyncio
import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from servicetitan import AsyncServiceTitan, RateLimitError, ServiceTitan

CALLS = 300
SERVER_LIMIT = 60
HANDSHAKE = 0.2
JOB = {"id": 1, "jobNumber": "1"}


class SlowHandshakeServer:
    """The sliding one-second window of 60 arrivals, on a real socket; the first request of every connection is
    counted `HANDSHAKE` seconds after it was sent, as if the connection had first shaken hands with a far host."""

    def __init__(self, limit: int = SERVER_LIMIT, handshake: float = HANDSHAKE) -> None:
        self.limit = limit
        self.handshake = handshake
        self._lock = threading.Lock()
        self._window: deque[float] = deque()
        self.arrivals: list[float] = []
        self.accepted = 0
        self.rejected = 0
        self.connections = 0

    def arrive(self) -> bool:
        with self._lock:
            now = time.monotonic()
            while self._window and self._window[0] <= now - 1.0:
                self._window.popleft()
            if len(self._window) >= self.limit:
                self.rejected += 1
                return False
            self._window.append(now)
            self.arrivals.append(now)
            self.accepted += 1
            return True

    def busiest_second(self) -> int:
        """The most accepted arrivals in any one-second window."""
        most, start = 0, 0
        for end, at in enumerate(self.arrivals):
            while self.arrivals[start] <= at - 1.0:
                start += 1
            most = max(most, end - start + 1)
        return most

    @contextmanager
    def running(self) -> Iterator[str]:
        counter = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self) -> None:
                super().setup()
                self.first = True
                with counter._lock:
                    counter.connections += 1

            def log_message(self, format: str, *args: Any) -> None:
                return

            def do_GET(self) -> None:
                self._answer()

            def do_POST(self) -> None:
                self._answer()

            def _answer(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                if length:
                    self.rfile.read(length)
                if self.first:
                    self.first = False
                    time.sleep(counter.handshake)
                if self.path == "/connect/token":
                    status, body, headers = 200, b'{"access_token": "slow-token", "expires_in": 900}', {}
                elif counter.arrive():
                    status, body, headers = 200, b'{"id": 1, "jobNumber": "1"}', {}
                else:
                    status, body, headers = 429, b'{"title": "rate limited"}', {"Retry-After": "1"}
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)

        class Server(ThreadingHTTPServer):
            daemon_threads = True
            request_queue_size = 1024

        server = Server(("127.0.0.1", 0), Handler)
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}"
        finally:
            server.shutdown()
            server.server_close()
            thread.join(5)


def _client_kwargs(url: str, tenant: int) -> dict[str, Any]:
    return {
        "client_id": "uneven-client",
        "client_secret": "uneven-secret-value",
        "app_key": f"uneven-app-key-{tenant}",
        "tenant": tenant,
        "api_url": url,
        "token_url": f"{url}/connect/token",
    }


async def _outcome(call: Any) -> Any:
    try:
        return await call
    except RateLimitError as exc:
        return exc


def test_300_gathered_calls_through_slow_new_connections_draw_at_most_3_429s():
    server = SlowHandshakeServer()

    async def scenario(url: str) -> list[Any]:
        async with AsyncServiceTitan(**_client_kwargs(url, 181)) as st:
            return await asyncio.wait_for(
                asyncio.gather(*(_outcome(st.request("GET", "/jobs/1", domain="jpm")) for _ in range(CALLS))), 120
            )

    with server.running() as url:
        results = asyncio.run(scenario(url))
    print(f"429s: {server.rejected}, connections: {server.connections}, busiest second: {server.busiest_second()}")
    assert results == [JOB] * CALLS
    assert server.rejected <= 3
    assert server.busiest_second() <= SERVER_LIMIT


def test_threads_through_slow_new_connections_draw_at_most_3_429s():
    server = SlowHandshakeServer()
    results: list[Any] = []
    lock = threading.Lock()

    with server.running() as url, ServiceTitan(**_client_kwargs(url, 182)) as st:

        def call() -> None:
            try:
                result: Any = st.request("GET", "/jobs/1", domain="jpm")
            except RateLimitError as exc:
                result = exc
            with lock:
                results.append(result)

        threads = [threading.Thread(target=call) for _ in range(CALLS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
    print(f"429s: {server.rejected}, connections: {server.connections}, busiest second: {server.busiest_second()}")
    assert results == [JOB] * CALLS
    assert server.rejected <= 3
