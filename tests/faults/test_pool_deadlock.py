"""Item 1: a pool's worth of in-flight requests answered 401 together (a server-side revocation) must not
deadlock the token refresh: 150 threads and 150 tasks all succeed after exactly one refresh."""

from __future__ import annotations

import asyncio
import sys
import threading
import time
import traceback

from servicetitan import AsyncServiceTitan, ServiceTitan

from ._loopback import Received, Reply, loopback

CALLERS = 150
# httpx's default pool holds 100 connections: the revocation lands while all of them are in use.
GATHERED = 100
# The server stops waiting for a full pool well before the callers' bound: on a loaded machine the 100th
# connection can be slow to arrive, and that is not the deadlock under test (a deadlock never finishes).
GATHER_WAIT = 10.0
BOUND = 60.0


class RevokingServer:
    """Issues tokens; holds API requests until a pool's worth is in flight, then revokes the first token."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.issued = 0
        self.revoked: set[str] = set()
        self.in_flight = 0
        self.gathered = threading.Event()
        self.refusals = 0

    def __call__(self, request: Received) -> Reply:
        if request.path == "/connect/token":
            with self._lock:
                self.issued += 1
                return Reply(200, {"access_token": f"token-number-{self.issued}", "expires_in": 900})
        token = request.headers.get("authorization", "").removeprefix("Bearer ")
        if request.path.endswith("/warm-up"):
            return Reply(200, {"ok": True})
        with self._lock:
            if token not in self.revoked and token == "token-number-1":
                self.in_flight += 1
                if self.in_flight >= GATHERED:
                    self.gathered.set()
        if token == "token-number-1":
            self.gathered.wait(GATHER_WAIT)
            with self._lock:
                self.revoked.add(token)
                self.refusals += 1
            return Reply(401, {"title": "token revoked"})
        return Reply(200, {"id": 1})


def settings(url: str) -> dict[str, object]:
    return {
        "client_id": "pool-client",
        "client_secret": "pool-secret-value",
        "app_key": "pool-app-key-value",
        "tenant": 77,
        "api_url": url,
        "token_url": f"{url}/connect/token",
        "rate_limit": None,
    }


def test_150_threads_revoked_together_all_succeed_after_one_refresh():
    server = RevokingServer()
    results: list[object] = []
    with loopback(server) as url, ServiceTitan(**settings(url)) as st:  # type: ignore[arg-type]
        st.request("GET", "/warm-up")

        def call() -> None:
            try:
                results.append(st.request("GET", "/jobs/1", domain="jpm"))
            except Exception as exc:
                results.append(exc)

        threads = [threading.Thread(target=call, daemon=True) for _ in range(CALLERS)]
        for thread in threads:
            thread.start()
        deadline = time.monotonic() + BOUND
        for thread in threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        hung = [thread for thread in threads if thread.is_alive()]
        # Where a hung caller stands is what a deadlock report needs (seen once in a loaded full run).
        stacks = sys._current_frames()
        where = ["".join(traceback.format_stack(stacks[thread.ident])) for thread in hung if thread.ident in stacks]
        server.gathered.set()
    assert not hung, f"{len(hung)} callers still running after {BOUND} s:\n" + "\n".join(where[:2])
    assert results == [{"id": 1}] * CALLERS
    assert server.refusals >= GATHERED
    assert server.issued == 2


def test_150_tasks_revoked_together_all_succeed_after_one_refresh():
    server = RevokingServer()

    async def scenario(url: str) -> list[object]:
        async with AsyncServiceTitan(**settings(url)) as st:  # type: ignore[arg-type]
            await st.request("GET", "/warm-up")
            calls = [st.request("GET", "/jobs/1", domain="jpm") for _ in range(CALLERS)]
            return await asyncio.wait_for(asyncio.gather(*calls, return_exceptions=True), BOUND)

    with loopback(server) as url:
        try:
            results = asyncio.run(scenario(url))
        finally:
            server.gathered.set()
    assert results == [{"id": 1}] * CALLERS
    assert server.refusals >= GATHERED
    assert server.issued == 2
