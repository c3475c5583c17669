"""Clients of both sides against a sandbox served on loopback, and a shared clock for pacing tests.

`run(st, "method", ...)` calls `st.reports.<method>(...)` on the sync client or awaits it on the async one, so
each test is written once for both sides.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from typing import Any

import pytest
from vcr import VCR

from servicetitan import AsyncServiceTitan, ServiceTitan, ratelimit
from servicetitan.sandbox import DEFAULT_TENANT, TOKEN_PATH, Sandbox, serve
from servicetitan.sandbox.reports import ReportLimits
from servicetitan.testing import tenant_path
from tests.support.sides import anyio_backend, call, collect, side
from tests.support.time import FakeClock

__all__ = [
    "CREDENTIALS",
    "EPOCH",
    "JOBS",
    "Client",
    "anyio_backend",
    "call",
    "client_settings",
    "collect",
    "epoch_clock",
    "invoices_between",
    "revenue_per_day",
    "run",
    "side",
]

Client = ServiceTitan | AsyncServiceTitan
JOBS = 400
CREDENTIALS = {"client_id": "sandbox-client", "client_secret": "sandbox-secret", "app_key": "sandbox-app-key"}


def pytest_recording_configure(config: pytest.Config, vcr: VCR) -> None:
    vcr.register_matcher("tenant_path", tenant_path)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The cassette checks read what the cassette tests recorded in this run, so they run after them."""
    items.sort(key=lambda item: item.get_closest_marker("after_recording") is not None)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "after_recording: reads the cassettes, so runs after the tests recording them")


# The fake clocks of these tests, shared by the clients and the sandbox, start at 2026-01-01 00:00 UTC.
EPOCH = 1_767_225_600.0


def epoch_clock() -> FakeClock:
    return FakeClock(EPOCH)


@pytest.fixture(autouse=True)
def fresh_pacing() -> Iterator[None]:
    """Each test paces from nothing: a served sandbox may get the port, and so the pacing keys, of an earlier
    test's, whose runs would otherwise make this test wait (or sleep into a test's interrupting `sleep`)."""
    ratelimit._local_stores.clear()
    yield
    ratelimit._local_stores.clear()


@pytest.fixture
def limits() -> ReportLimits:
    return ReportLimits(run_interval=60.0, slow_polls=2)


@pytest.fixture
def fake_time() -> FakeClock | None:
    """None: real time. A test that paces overrides this with a FakeClock."""
    return None


@pytest.fixture
def sandbox(limits: ReportLimits, fake_time: FakeClock | None) -> Sandbox:
    if fake_time is None:
        return Sandbox(jobs=JOBS, reports=limits)
    return Sandbox(jobs=JOBS, reports=limits, clock=fake_time)


@pytest.fixture
def url(sandbox: Sandbox) -> Iterator[str]:
    with serve(sandbox) as base:
        yield base


def client_settings(url: str) -> dict[str, Any]:
    return {**CREDENTIALS, "tenant": DEFAULT_TENANT, "api_url": url, "token_url": url + TOKEN_PATH, "rate_limit": None}


@pytest.fixture
async def st(side: str, url: str, fake_time: FakeClock | None) -> AsyncIterator[Client]:
    settings = client_settings(url)
    if fake_time is not None:
        settings["clock"] = fake_time
    if side == "sync":
        with ServiceTitan(**settings, sleep=fake_time.sleep if fake_time else None) as client:
            client.reports.configure(poll_interval=0.01)
            yield client
    else:
        async with AsyncServiceTitan(**settings, sleep=fake_time.async_sleep if fake_time else None) as client:
            client.reports.configure(poll_interval=0.01)
            yield client


async def run(st: Client, method: str, /, *args: Any, **kwargs: Any) -> Any:
    """`st.reports.<method>(...)` on either side."""
    return await call(st.reports, method, *args, **kwargs)


# --- what the sandbox's own records say, computed here independently of sandbox/reports.py ------------------


def invoices_between(sandbox: Sandbox, first: dt.date, last: dt.date) -> list[dict[str, Any]]:
    return [
        invoice
        for invoice in sandbox.tenant(DEFAULT_TENANT)["invoices"].records()
        if first <= dt.date.fromisoformat(invoice["invoiceDate"][:10]) <= last
    ]


def revenue_per_day(sandbox: Sandbox, first: dt.date, last: dt.date) -> dict[dt.date, Decimal]:
    days = {first + dt.timedelta(days=n): Decimal(0) for n in range((last - first).days + 1)}
    for invoice in invoices_between(sandbox, first, last):
        days[dt.date.fromisoformat(invoice["invoiceDate"][:10])] += Decimal(str(invoice["total"]))
    return days
