"""Item 4: the token is attached after the rate limiter's wait, so a long queue never sends an expired token;
a 401 for a token that has since been replaced (or has expired) replays with a fresh one and never reaches the
caller."""

from __future__ import annotations

import asyncio

import httpx

from servicetitan import AsyncServiceTitan, AuthenticationError, ServiceTitan
from tests.core.conftest import FakeClock, VirtualTime

CALLS = 120
LIFETIME = 10.0


class ExpiringTokens:
    """Tokens expire on the shared virtual clock, as the real ones do after 900 s."""

    def __init__(self, clock: VirtualTime | FakeClock) -> None:
        self.clock = clock
        self.expiry: dict[str, float] = {}
        self.refusals = 0
        self.accepted = 0

    def issue(self) -> httpx.Response:
        token = f"expiring-token-{len(self.expiry) + 1}"
        self.expiry[token] = self.clock() + LIFETIME
        return httpx.Response(200, json={"access_token": token, "expires_in": LIFETIME})

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/connect/token":
            return self.issue()
        token = request.headers["authorization"].removeprefix("Bearer ")
        if self.clock() >= self.expiry[token]:
            self.refusals += 1
            return httpx.Response(401, json={"title": "token expired"})
        self.accepted += 1
        return httpx.Response(200, json={"id": 1})


def settings(**overrides: object) -> dict[str, object]:
    base: dict[str, object] = {
        "client_id": "stale-client",
        "client_secret": "stale-secret-value",
        "app_key": "stale-app-key-value",
        "tenant": 80,
        "api_url": "https://api.stale.test",
        "token_url": "https://auth.stale.test/connect/token",
    }
    base.update(overrides)
    return base


def test_a_long_limiter_queue_never_sends_an_expired_token():
    virtual = VirtualTime()
    server = ExpiringTokens(virtual)

    async def scenario() -> list[object]:
        async with AsyncServiceTitan(
            **settings(transport=httpx.MockTransport(server), sleep=virtual.sleep, clock=virtual, rate_limit=10)  # type: ignore[arg-type]
        ) as st:
            return await virtual.gather(
                asyncio.ensure_future(_quietly(st.request("GET", "/jobs/1", domain="jpm"))) for _ in range(CALLS)
            )

    results = asyncio.run(scenario())
    assert [r for r in results if isinstance(r, AuthenticationError)] == []
    assert results == [{"id": 1}] * CALLS
    assert server.refusals == 0
    # The queue spans 12 s: one refresh took over before the first token expired at 10 s.
    assert len(server.expiry) == 2


async def _quietly(call: object) -> object:
    try:
        return await call  # type: ignore[misc]
    except Exception as exc:
        return exc


def test_401_for_a_token_that_expired_in_flight_replays_with_a_fresh_one():
    clock = FakeClock()
    server = ExpiringTokens(clock)
    first_token = True

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal first_token
        if request.url.path != "/connect/token" and request.headers["authorization"].endswith("-2"):
            # The replay with the refreshed token stalls in flight past that token's expiry.
            clock.now += LIFETIME
        if request.url.path != "/connect/token" and first_token:
            first_token = False
            server.refusals += 1
            return httpx.Response(401, json={"title": "token revoked"})
        return server(request)

    with ServiceTitan(
        **settings(transport=httpx.MockTransport(handler), sleep=clock.sleep, clock=clock, rate_limit=None)  # type: ignore[arg-type]
    ) as st:
        assert st.request("GET", "/jobs/1", domain="jpm") == {"id": 1}
    assert server.refusals == 2
    assert len(server.expiry) == 3
