"""Item 3: when the token endpoint fails, every caller waiting for the token shares the one attempt and its
failure; token requests stay bounded by one attempt's retries instead of one attempt per waiter."""

from __future__ import annotations

import asyncio
import threading
import time

import httpx
import pytest

from servicetitan import AsyncServiceTitan, ServerError, ServiceTitan

WAITERS = 16
MAX_RETRIES = 3
BOUND = 30.0


class FailingAuth:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.token_requests = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/connect/token":
            with self._lock:
                self.token_requests += 1
            return httpx.Response(503, json={"title": "auth is down"})
        return httpx.Response(200, json={"id": 1})


def settings(auth: FailingAuth, **overrides: object) -> dict[str, object]:
    base: dict[str, object] = {
        "client_id": "flight-client",
        "client_secret": "flight-secret-value",
        "app_key": "flight-app-key-value",
        "tenant": 79,
        "api_url": "https://api.flight.test",
        "token_url": "https://auth.flight.test/connect/token",
        "rate_limit": None,
        "max_retries": MAX_RETRIES,
    }
    base.update(overrides)
    return base


def test_16_threads_share_one_failed_token_attempt():
    auth = FailingAuth()
    start = threading.Barrier(WAITERS)
    failures: list[BaseException] = []
    # Each backoff sleep is short but real, so every waiter arrives while the first attempt is still running.
    st = ServiceTitan(
        **settings(auth, transport=httpx.MockTransport(auth), sleep=lambda seconds: time.sleep(0.1))  # type: ignore[arg-type]
    )

    def call() -> None:
        start.wait()
        try:
            st.request("GET", "/jobs/1", domain="jpm")
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=call, daemon=True) for _ in range(WAITERS)]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + BOUND
    for thread in threads:
        thread.join(max(0.0, deadline - time.monotonic()))
    st.close()
    assert not any(thread.is_alive() for thread in threads)
    assert len(failures) == WAITERS
    assert all(isinstance(failure, ServerError) for failure in failures)
    assert auth.token_requests == MAX_RETRIES + 1


def test_16_tasks_share_one_failed_token_attempt():
    auth = FailingAuth()

    async def short_sleep(seconds: float) -> None:
        await asyncio.sleep(0.1)

    async def scenario() -> list[object]:
        async with AsyncServiceTitan(
            **settings(auth, transport=httpx.MockTransport(auth), sleep=short_sleep)  # type: ignore[arg-type]
        ) as st:
            calls = [st.request("GET", "/jobs/1", domain="jpm") for _ in range(WAITERS)]
            return await asyncio.wait_for(asyncio.gather(*calls, return_exceptions=True), BOUND)

    failures = asyncio.run(scenario())
    assert all(isinstance(failure, ServerError) for failure in failures)
    assert auth.token_requests == MAX_RETRIES + 1


def test_tasks_waiting_for_a_cancelled_token_fetch_fetch_anew():
    """The task whose call fetches the token times out; the tasks that waited for that fetch are not failed."""
    started = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal started
        if request.url.path == "/connect/token":
            started += 1
            if started == 1:
                await asyncio.sleep(5)
            return httpx.Response(200, json={"access_token": "flight-token-value", "expires_in": 900})
        return httpx.Response(200, json={"id": 1})

    async def scenario() -> list[object]:
        async with AsyncServiceTitan(
            **settings(FailingAuth(), transport=httpx.MockTransport(handler))  # type: ignore[arg-type]
        ) as st:
            first = asyncio.ensure_future(asyncio.wait_for(st.request("GET", "/jobs/1", domain="jpm"), 0.2))
            await asyncio.sleep(0.05)
            others = [st.request("GET", "/jobs/1", domain="jpm") for _ in range(WAITERS)]
            results = await asyncio.wait_for(asyncio.gather(*others, return_exceptions=True), BOUND)
            with pytest.raises(TimeoutError):
                await first
            return results

    assert asyncio.run(scenario()) == [{"id": 1}] * WAITERS
    assert started == 2
