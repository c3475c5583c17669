"""Item 5: an `asyncio.gather` of 500 calls (and hundreds of threads) must be paced evenly, not released a
second's budget at a time: a server counting a sliding one-second window sends no 429 at the default 50/s, even
when network transit jitters each request's arrival."""

from __future__ import annotations

import asyncio
import random
import threading
from collections import deque

import httpx
import pytest

from servicetitan import AsyncServiceTitan
from servicetitan.ratelimit import shared_limiter
from tests.core.conftest import JOB, FakeClock, VirtualTime

CALLS = 500
SERVER_LIMIT = 60
# Transit time from the client to the server's counter: up to 50 ms, different for every request.
MAX_TRANSIT = 0.05


class SlidingSecond:
    def __init__(self, clock: VirtualTime) -> None:
        self.clock = clock
        self.arrivals: deque[float] = deque()
        self.rejected = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/connect/token":
            return httpx.Response(200, json={"access_token": "paced-token-value", "expires_in": 900})
        now = self.clock()
        while self.arrivals and self.arrivals[0] <= now - 1.0:
            self.arrivals.popleft()
        if len(self.arrivals) >= SERVER_LIMIT:
            self.rejected += 1
            return httpx.Response(429, headers={"Retry-After": "1"})
        self.arrivals.append(now)
        return httpx.Response(200, json=JOB)


def test_gather_of_500_calls_gets_no_429_from_a_sliding_window_server():
    virtual = VirtualTime()
    server = SlidingSecond(virtual)
    transit = random.Random(5)

    async def handler(request: httpx.Request) -> httpx.Response:
        # The token request is answered at once: callers waiting for it are parked on no virtual sleep.
        if request.url.path != "/connect/token":
            await virtual.sleep(transit.uniform(0.0, MAX_TRANSIT))
        return server(request)

    async def scenario() -> list[object]:
        async with AsyncServiceTitan(
            client_id="paced-client",
            client_secret="paced-secret-value",
            app_key="paced-app-key-value",
            tenant=81,
            api_url="https://api.paced.test",
            token_url="https://api.paced.test/connect/token",
            transport=httpx.MockTransport(handler),
            sleep=virtual.sleep,
            clock=virtual,
        ) as st:
            return await virtual.gather(st.request("GET", "/jobs/1", domain="jpm") for _ in range(CALLS))

    results = asyncio.run(scenario())
    assert results == [JOB] * CALLS
    assert server.rejected == 0


def test_reservations_from_200_threads_are_evenly_spaced():
    clock = FakeClock()
    limiter = shared_limiter("paced-thread-app-key", 82, 50, clock)
    waits: list[float] = []
    lock = threading.Lock()
    start = threading.Barrier(200)

    def reserve() -> None:
        start.wait()
        wait = limiter.reserve()
        with lock:
            waits.append(wait)

    threads = [threading.Thread(target=reserve) for _ in range(200)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert sorted(waits) == pytest.approx([index / 50 for index in range(200)])
