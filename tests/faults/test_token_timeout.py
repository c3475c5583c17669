"""Item 2: a stalled token endpoint must not block callers forever: the token exchange honours the client's
timeout and raises `APITimeoutError`, sync and async."""

from __future__ import annotations

import asyncio
import threading

import pytest

from servicetitan import APITimeoutError, AsyncServiceTitan, ServiceTitan

from ._loopback import Received, Reply, loopback

BOUND = 20.0


class StalledAuth:
    """The token endpoint accepts the request and never answers (until the test ends)."""

    def __init__(self) -> None:
        self.released = threading.Event()
        self.token_requests = 0

    def __call__(self, request: Received) -> Reply:
        if request.path == "/connect/token":
            self.token_requests += 1
            self.released.wait(BOUND * 2)
            return Reply(503, {"title": "gave up"})
        return Reply(200, {"id": 1})


def settings(url: str) -> dict[str, object]:
    return {
        "client_id": "stall-client",
        "client_secret": "stall-secret-value",
        "app_key": "stall-app-key-value",
        "tenant": 78,
        "api_url": url,
        "token_url": f"{url}/connect/token",
        "rate_limit": None,
        "timeout": 0.3,
        "max_retries": 1,
        "sleep": lambda seconds: None,
    }


def test_stalled_token_endpoint_raises_api_timeout_error():
    auth = StalledAuth()
    outcome: list[BaseException] = []
    with loopback(auth) as url, ServiceTitan(**settings(url)) as st:  # type: ignore[arg-type]

        def call() -> None:
            try:
                st.request("GET", "/jobs/1", domain="jpm")
            except BaseException as exc:
                outcome.append(exc)

        caller = threading.Thread(target=call, daemon=True)
        caller.start()
        caller.join(BOUND)
        hung = caller.is_alive()
        auth.released.set()
    assert not hung
    assert len(outcome) == 1
    assert isinstance(outcome[0], APITimeoutError)
    assert "connect/token" in str(outcome[0])
    # The token request is replayable, so it was retried once (max_retries=1), then given up.
    assert auth.token_requests == 2


def test_stalled_token_endpoint_raises_api_timeout_error_async():
    auth = StalledAuth()

    async def nothing(seconds: float) -> None:
        return None

    async def scenario(url: str) -> None:
        async with AsyncServiceTitan(**{**settings(url), "sleep": nothing}) as st:  # type: ignore[arg-type]
            await asyncio.wait_for(st.request("GET", "/jobs/1", domain="jpm"), BOUND)

    with loopback(auth) as url:
        try:
            with pytest.raises(APITimeoutError):
                asyncio.run(scenario(url))
        finally:
            auth.released.set()
    assert auth.token_requests == 2
