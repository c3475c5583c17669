"""The proactive limiter keeps a server that enforces 60 requests per sliding second free of 429s."""

from __future__ import annotations

import asyncio
from collections import deque

import httpx
import pytest

from servicetitan import AsyncServiceTitan, RateLimitError, ServiceTitan
from servicetitan.ratelimit import HELD, WINDOW_MARGIN, LocalStore, RateLimiter, interval_for, shared_limiter

from .conftest import API_URL, JOB, FakeAPI, FakeClock, VirtualTime, client_kwargs

# 500 sends 1/50 s apart, answered at once: the window of 50 holds each answer a second and a margin, so once a
# second the next send waits that margin.
EVEN_500_AT_50 = 499 / 50 + 9 * WINDOW_MARGIN


class SlidingWindowServer:
    """Answers 429 to a request when 60 requests already arrived in the last second (on the shared fake clock)."""

    def __init__(self, clock: FakeClock | VirtualTime, limit: int = 60) -> None:
        self.clock = clock
        self.limit = limit
        self.arrivals: deque[float] = deque()
        self.accepted_at: list[float] = []
        self.accepted = 0
        self.rejected = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        now = self.clock()
        while self.arrivals and self.arrivals[0] <= now - 1.0:
            self.arrivals.popleft()
        if len(self.arrivals) >= self.limit:
            self.rejected += 1
            return httpx.Response(429, headers={"Retry-After": "1"})
        self.arrivals.append(now)
        self.accepted_at.append(now)
        self.accepted += 1
        return httpx.Response(200, json=JOB)

    def per_second(self) -> list[int]:
        """For each accepted arrival, how many were accepted in the second up to it."""
        counts, start = [], 0
        for end, at in enumerate(self.accepted_at):
            while self.accepted_at[start] <= at - 1.0:
                start += 1
            counts.append(end - start + 1)
        return counts


def burst_sync(clock: FakeClock, rate_limit: float | None, calls: int = 500) -> SlidingWindowServer:
    server = SlidingWindowServer(clock)
    api = FakeAPI(server)
    with ServiceTitan(
        **client_kwargs(
            transport=httpx.MockTransport(api),
            sleep=clock.sleep,
            clock=clock,
            rate_limit=rate_limit,
            max_retries=0,
        )
    ) as st:
        for _ in range(calls):
            st.request("GET", "/jobs/1", domain="jpm")
    return server


def test_sync_burst_of_500_gets_no_429():
    clock = FakeClock()
    server = burst_sync(clock, rate_limit=50)
    assert server.accepted == 500
    assert server.rejected == 0
    assert clock.now == pytest.approx(EVEN_500_AT_50)


def test_without_limiter_the_same_burst_is_refused():
    with pytest.raises(RateLimitError):
        burst_sync(FakeClock(), rate_limit=None)


@pytest.mark.anyio
async def test_500_concurrent_tasks_get_no_429():
    time = VirtualTime()
    server = SlidingWindowServer(time)
    api = FakeAPI(server)
    async with AsyncServiceTitan(
        **client_kwargs(transport=httpx.MockTransport(api), sleep=time.sleep, clock=time, rate_limit=50, max_retries=0)
    ) as st:
        results = await time.gather(st.request("GET", "/jobs/1", domain="jpm") for _ in range(500))
    assert results == [JOB] * 500
    assert server.rejected == 0
    assert time.now == pytest.approx(EVEN_500_AT_50)


@pytest.mark.anyio
async def test_500_concurrent_tasks_without_limiter_are_refused():
    time = VirtualTime()
    server = SlidingWindowServer(time)
    api = FakeAPI(server)
    async with AsyncServiceTitan(
        **client_kwargs(transport=httpx.MockTransport(api), sleep=time.sleep, clock=time, max_retries=0)
    ) as st:
        with pytest.raises(RateLimitError):
            await time.gather(st.request("GET", "/jobs/1", domain="jpm") for _ in range(500))
    assert server.rejected > 0


def test_sends_are_evenly_spaced_so_any_window_holds_at_most_the_limit():
    clock = FakeClock()
    limiter = RateLimiter(50, LocalStore(clock), "key")
    starts = [limiter.reserve() for _ in range(500)]
    assert starts == pytest.approx([index / 50 for index in range(500)])
    for index in range(len(starts) - 50):
        assert starts[index + 50] - starts[index] >= 1.0 - 1e-9


def test_sync_and_async_clients_of_one_app_key_and_tenant_share_a_limiter():
    clock = FakeClock()
    sync = ServiceTitan(**client_kwargs(rate_limit=50, clock=clock))
    other = AsyncServiceTitan(**client_kwargs(rate_limit=50, clock=clock))
    other_tenant = ServiceTitan(**client_kwargs(rate_limit=50, clock=clock, tenant=42))
    try:
        assert sync.rate_limiter is other.rate_limiter
        assert sync.rate_limiter is not other_tenant.rate_limiter
    finally:
        sync.close()
        other_tenant.close()


def test_limit_is_shared_across_clients():
    clock = FakeClock()
    server = SlidingWindowServer(clock)
    clients = [
        ServiceTitan(
            **client_kwargs(
                transport=httpx.MockTransport(FakeAPI(server)),
                sleep=clock.sleep,
                clock=clock,
                rate_limit=50,
                max_retries=0,
            )
        )
        for _ in range(3)
    ]
    for index in range(300):
        clients[index % 3].request("GET", "/jobs/1", domain="jpm")
    assert server.rejected == 0
    for client in clients:
        client.close()


def test_lowest_requested_rate_wins():
    clock = FakeClock()
    first = shared_limiter("app-key-for-tightening", 7, 50, clock)
    second = shared_limiter("app-key-for-tightening", 7, 10, clock)
    third = shared_limiter("app-key-for-tightening", 7, 40, clock)
    assert first is second is third
    assert first.rate == 10


def test_rate_is_validated():
    assert interval_for(50) == 0.02
    assert interval_for(0.5) == 2.0
    with pytest.raises(ValueError, match="rate_limit"):
        interval_for(0)
    with pytest.raises(TypeError, match="rate_limit"):
        interval_for("fast")  # type: ignore[arg-type]


@pytest.mark.anyio
async def test_a_token_fetched_from_the_api_host_is_not_queued_behind_the_calls_waiting_for_it():
    # The sandbox (and any proxy in front of both) serves tokens on the API host. The token request is not an API
    # call: booked on the limiter, it waited behind every gathered call (which all wait for it), then released
    # them together into one second. Now every call arrives on its own slot.
    time = VirtualTime()
    server = SlidingWindowServer(time)

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/connect/token":
            return httpx.Response(200, json={"access_token": "api-host-token", "expires_in": 900})
        return server(request)

    async with AsyncServiceTitan(
        **client_kwargs(
            transport=httpx.MockTransport(handler),
            sleep=time.sleep,
            clock=time,
            rate_limit=50,
            max_retries=0,
            app_key="api-host-token-app-key",
            token_url=f"{API_URL}/connect/token",
        )
    ) as st:
        results = await asyncio.wait_for(
            time.gather(st.request("GET", "/jobs/1", domain="jpm") for _ in range(200)), 60
        )
    assert results == [JOB] * 200
    assert server.rejected == 0
    assert max(server.per_second()) <= 50


def test_the_window_counts_a_request_from_admission_to_a_second_after_its_answer():
    clock = FakeClock()
    limiter = RateLimiter(3, LocalStore(clock), "window-key", clock)
    first, second, third, fourth = (limiter.admission() for _ in range(4))
    assert [first.admit(), second.admit(), third.admit()] == [0.0, 0.0, 0.0]
    # Three in flight: room can appear no sooner than a second (and a margin) after an answer still to come.
    assert fourth.admit() == HELD
    clock.sleep(5.0)
    first.done()
    assert fourth.admit() == pytest.approx(HELD)
    clock.sleep(0.4)
    second.done()
    assert fourth.admit() == pytest.approx(HELD - 0.4)
    clock.sleep(HELD - 0.4)
    assert fourth.admit() == 0.0
    # Three counted again (second, third, fourth): a fifth waits for the second's answer to age out.
    fifth = limiter.admission()
    assert fifth.admit() == pytest.approx(0.4)


def test_an_attempt_abandoned_while_waiting_or_admitted_gives_its_place_back():
    clock = FakeClock()
    limiter = RateLimiter(1, LocalStore(clock), "abandon-key", clock)
    admitted, waiting, later = limiter.admission(), limiter.admission(), limiter.admission()
    assert admitted.admit() == 0.0
    assert waiting.admit() > 0
    # Behind `waiting` in this process's line: told to look again after one interval, without asking the store.
    assert later.admit() == limiter.interval
    waiting.done()
    admitted.done()
    clock.sleep(HELD)
    assert later.admit() == 0.0


def test_a_store_without_a_window_gets_one_of_this_process():
    class SlotsOnly:
        blocking = False

        def __init__(self) -> None:
            self.slots = LocalStore(FakeClock())

        def reserve(self, key: str, interval: float) -> float:
            return self.slots.reserve(key, interval)

        def pause(self, key: str, seconds: float) -> None:
            self.slots.pause(key, seconds)

    clock = FakeClock()
    limiter = RateLimiter(2, SlotsOnly(), "custom-key", clock)
    attempts = [limiter.admission() for _ in range(3)]
    assert [attempt.admit() for attempt in attempts] == [0.0, 0.0, HELD]


@pytest.mark.anyio
async def test_a_refusal_from_a_blocking_store_stays_a_refusal_however_short_its_wait():
    # A store over the network (Redis) is asked from a worker thread; its wait is counted from its answer. A wait
    # that passed before the event loop resumed must not turn into 0.0, which means "admitted" (and uncounted).
    class FarStore(LocalStore):
        blocking = True

        def admit(self, key: str, ticket: str, size: int) -> float:
            return 1e-9

    limiter = RateLimiter(50, FarStore(FakeClock()), "far-key", FakeClock())
    assert await limiter.admission().admit_async() > 0
