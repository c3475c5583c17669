"""Fixtures for the client core: clients of the fake API (`tests.support.api`) on a fake clock (`.time`)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from servicetitan import AsyncServiceTitan, ServiceTitan
from tests.support.api import (
    API_URL,
    APP_KEY,
    CLIENT_ID,
    CLIENT_SECRET,
    JOB,
    TENANT,
    TOKEN_URL,
    FakeAPI,
    Handler,
    client_kwargs,
    form,
    snapshot,
)
from tests.support.sides import anyio_backend
from tests.support.time import FakeClock, VirtualTime

__all__ = [
    "API_URL",
    "APP_KEY",
    "CLIENT_ID",
    "CLIENT_SECRET",
    "JOB",
    "TENANT",
    "TOKEN_URL",
    "ContendedLock",
    "FakeAPI",
    "FakeClock",
    "Handler",
    "VirtualTime",
    "anyio_backend",
    "client_kwargs",
    "form",
    "snapshot",
]


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
