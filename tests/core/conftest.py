"""Fixtures for the client core: a fake API behind httpx.MockTransport, and fake time."""

from __future__ import annotations

import asyncio
import heapq
import itertools
import threading
import urllib.parse
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

import httpx
import pytest

from servicetitan import AsyncServiceTitan, ServiceTitan

API_URL = "https://api.test"
TOKEN_URL = "https://auth.test/connect/token"
CLIENT_ID = "cid-0001"
CLIENT_SECRET = "cs-very-secret-value-0001"
APP_KEY = "ak-app-key-value-0001"
TENANT = 1234567890

JOB = {
    "id": 1,
    "jobNumber": "J-1",
    "jobStatus": "Scheduled",
    "priority": "Normal",
    "tagTypeIds": [],
    "customerPo": "",
    "estimateIds": [],
    "customerId": 10,
    "locationId": 20,
    "businessUnitId": 30,
    "jobTypeId": 40,
    "campaignId": 50,
    "appointmentCount": 1,
    "firstAppointmentId": 60,
    "lastAppointmentId": 60,
    "noCharge": False,
    "notificationsEnabled": True,
    "createdOn": "2024-01-09T18:32:41.6833333Z",
    "createdById": 70,
    "modifiedOn": "2024-01-09T18:32:41Z",
    "invoiceId": 80,
    "equipmentIds": [],
    "customFields": [],
    "externalData": [],
    "total": 125.5,
}


class FakeClock:
    """Monotonic time that only moves when someone sleeps on it."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


class VirtualTime:
    """Virtual time for many concurrent tasks: each `sleep` parks its task until time is advanced to its wake-up,
    and time advances only when every task is parked or finished, so sends happen exactly when scheduled."""

    def __init__(self) -> None:
        self.now = 0.0
        self._sleepers: list[tuple[float, int, asyncio.Future[None]]] = []
        self._order = itertools.count()

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._sleepers, (self.now + seconds, next(self._order), future))
        await future

    async def gather(self, coroutines: Iterable[Awaitable[Any]]) -> list[Any]:
        tasks = [asyncio.ensure_future(coroutine) for coroutine in coroutines]
        while True:
            for _ in range(100_000):
                await asyncio.sleep(0)
                if sum(task.done() for task in tasks) + len(self._sleepers) == len(tasks):
                    break
            else:
                raise AssertionError("tasks neither finished nor slept")
            if not self._sleepers:
                return [task.result() for task in tasks]
            wake, _, future = heapq.heappop(self._sleepers)
            self.now = max(self.now, wake)
            future.set_result(None)


Handler = Callable[[httpx.Request], httpx.Response]


def snapshot(request: httpx.Request) -> httpx.Request:
    """A copy: the client mutates and resends one request object when it retries or replays."""
    return httpx.Request(
        request.method,
        request.url,
        headers=request.headers.copy(),
        content=request.read(),
        extensions=dict(request.extensions),
    )


class FakeAPI:
    """Token endpoint plus an API handler; records every request that reaches the wire."""

    def __init__(self, handler: Handler | None = None, *, lifetime: float = 900) -> None:
        self.handler = handler or (lambda request: httpx.Response(200, json=JOB))
        self.lifetime = lifetime
        self.token_requests: list[httpx.Request] = []
        self.api_requests: list[httpx.Request] = []
        self.before_token: Callable[[], None] | None = None
        self.token_response: Callable[[int], httpx.Response] | None = None

    @property
    def requests(self) -> list[httpx.Request]:
        return [*self.token_requests, *self.api_requests]

    def token(self, number: int) -> str:
        return f"tok-{number:04d}-secret-access-token"

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if str(request.url) == TOKEN_URL:
            self.token_requests.append(snapshot(request))
            if self.before_token is not None:
                self.before_token()
            number = len(self.token_requests)
            if self.token_response is not None:
                return self.token_response(number)
            return httpx.Response(
                200, json={"access_token": self.token(number), "expires_in": self.lifetime, "token_type": "Bearer"}
            )
        self.api_requests.append(snapshot(request))
        return self.handler(request)


def form(request: httpx.Request) -> dict[str, str]:
    return dict(urllib.parse.parse_qsl(request.content.decode()))


def client_kwargs(**overrides: Any) -> dict[str, Any]:
    settings: dict[str, Any] = {
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "app_key": APP_KEY,
        "tenant": TENANT,
        "api_url": API_URL,
        "token_url": TOKEN_URL,
        "rate_limit": None,
    }
    settings.update(overrides)
    return settings


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_client(clock: FakeClock) -> Callable[..., ServiceTitan]:
    created: list[ServiceTitan] = []

    def make(api: FakeAPI, **overrides: Any) -> ServiceTitan:
        client = ServiceTitan(
            **client_kwargs(transport=httpx.MockTransport(api), sleep=clock.sleep, clock=clock, **overrides)
        )
        created.append(client)
        return client

    yield make
    for client in created:
        client.close()


@pytest.fixture
def make_async_client(clock: FakeClock) -> Callable[..., AsyncServiceTitan]:
    def make(api: FakeAPI, **overrides: Any) -> AsyncServiceTitan:
        settings = {"transport": httpx.MockTransport(api), "sleep": clock.async_sleep, "clock": clock}
        settings.update(overrides)
        return AsyncServiceTitan(**client_kwargs(**settings))

    return make


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class ContendedLock:
    """A lock that counts the threads that tried to take it, so a test can wait until all of them contend."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._arrivals = threading.Condition()
        self.arrivals = 0

    def __enter__(self) -> None:
        with self._arrivals:
            self.arrivals += 1
            self._arrivals.notify_all()
        self._lock.acquire()

    def __exit__(self, *exc: object) -> None:
        self._lock.release()

    def wait_for(self, count: int) -> bool:
        with self._arrivals:
            return self._arrivals.wait_for(lambda: self.arrivals >= count, timeout=30)
