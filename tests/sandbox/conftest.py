"""Fixtures for the sandbox tests: a small sandbox with a hand-driven clock, served on a real loopback socket,
and a plain httpx client already holding a token."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import httpx
import pytest

from servicetitan.sandbox import DEFAULT_TENANT, TOKEN_PATH, Sandbox, serve
from tests.support.time import AFTER_SEEDED_HISTORY, FakeClock

TENANT = DEFAULT_TENANT
JOBS = 30
START = AFTER_SEEDED_HISTORY
__all__ = ["START", "FakeClock"]  # the sandbox tests import both from here


@dataclass
class FakeSleep:
    calls: list[float] = field(default_factory=list)

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


def token_form(sandbox: Sandbox) -> dict[str, str]:
    return {
        "grant_type": "client_credentials",
        "client_id": sandbox.credentials.client_id,
        "client_secret": sandbox.credentials.client_secret,
    }


def authenticate(client: httpx.Client, sandbox: Sandbox) -> None:
    answer = client.post(TOKEN_PATH, data=token_form(sandbox))
    answer.raise_for_status()
    client.headers["Authorization"] = f"Bearer {answer.json()['access_token']}"
    client.headers["ST-App-Key"] = sandbox.credentials.app_key


def api_path(domain_path: str, rest: str, tenant: int = TENANT) -> str:
    return f"{domain_path}/tenant/{tenant}{rest}"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def fake_sleep() -> FakeSleep:
    return FakeSleep()


@pytest.fixture
def sandbox(clock: FakeClock, fake_sleep: FakeSleep) -> Sandbox:
    return Sandbox(jobs=JOBS, clock=clock, sleep=fake_sleep)


@pytest.fixture
def base_url(sandbox: Sandbox) -> Iterator[str]:
    with serve(sandbox) as url:
        yield url


@pytest.fixture
def anonymous(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, trust_env=False) as client:
        yield client


@pytest.fixture
def client(anonymous: httpx.Client, sandbox: Sandbox) -> httpx.Client:
    authenticate(anonymous, sandbox)
    return anonymous


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
