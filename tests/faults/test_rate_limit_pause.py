"""Item 6: a 429 pauses the whole (app key, tenant) for its `Retry-After`, and rate-limit retries are bounded by
a wait budget rather than a count of 3. Next to an uncoordinated peer (another app on the same tenant's budget)
a gather of 500 calls gets slower, and none of them fails."""

from __future__ import annotations

import asyncio
from collections import deque

import httpx

from servicetitan import AsyncServiceTitan, RateLimitError
from tests.core.conftest import JOB, VirtualTime

CALLS = 500
SERVER_LIMIT = 60
PEER_RATE = 30.0


class SharedBudgetServer:
    """A sliding one-second window of 60 that a peer also spends, 30 requests a second, all along."""

    def __init__(self, clock: VirtualTime) -> None:
        self.clock = clock
        self.arrivals: deque[float] = deque()
        self.next_peer = 0.0
        self.rejected = 0
        self.accepted = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/connect/token":
            return httpx.Response(200, json={"access_token": "shared-budget-token", "expires_in": 3600})
        now = self.clock()
        while self.next_peer <= now:
            self.arrivals.append(self.next_peer)
            self.next_peer += 1.0 / PEER_RATE
        while self.arrivals and self.arrivals[0] <= now - 1.0:
            self.arrivals.popleft()
        if len(self.arrivals) >= SERVER_LIMIT:
            self.rejected += 1
            return httpx.Response(429, headers={"Retry-After": "1"})
        self.arrivals.append(now)
        self.accepted += 1
        return httpx.Response(200, json=JOB)


async def _outcome(call: object) -> object:
    try:
        return await call  # type: ignore[misc]
    except RateLimitError as exc:
        return exc


def test_gather_beside_an_uncoordinated_peer_gets_slower_not_failed():
    virtual = VirtualTime()
    server = SharedBudgetServer(virtual)

    async def scenario() -> list[object]:
        async with AsyncServiceTitan(
            client_id="pause-client",
            client_secret="pause-secret-value",
            app_key="pause-app-key-value",
            tenant=83,
            api_url="https://api.pause.test",
            token_url="https://api.pause.test/connect/token",
            transport=httpx.MockTransport(server),
            sleep=virtual.sleep,
            clock=virtual,
        ) as st:
            return await virtual.gather(_outcome(st.request("GET", "/jobs/1", domain="jpm")) for _ in range(CALLS))

    results = asyncio.run(scenario())
    failures = [result for result in results if isinstance(result, RateLimitError)]
    assert failures == []
    assert results == [JOB] * CALLS
    assert server.accepted == CALLS
    # The peer left about 30 a second: 500 calls take well over the 10 s they would alone, within the budget.
    assert virtual.now > 12.0
    print(f"429s received: {server.rejected}; finished after {virtual.now:.1f} s")
