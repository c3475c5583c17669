"""Pacing of identical runs, on one fake clock shared by the clients and the sandbox (nothing really sleeps)."""

from __future__ import annotations

import datetime as dt

import pytest

from servicetitan import AsyncServiceTitan, ServiceTitan
from servicetitan.errors import RateLimitError
from servicetitan.sandbox import Sandbox
from tests.support.time import FakeClock

from .conftest import Client, client_settings, epoch_clock, run

pytestmark = pytest.mark.anyio

JAN_1, JAN_10 = dt.date(2024, 1, 1), dt.date(2024, 1, 10)


@pytest.fixture
def fake_time() -> FakeClock:
    return epoch_clock()


async def test_identical_run_waits_for_its_turn(st: Client, sandbox: Sandbox, fake_time: FakeClock) -> None:
    first = await run(st, "run", "accounting", 2002, From=JAN_1, To=JAN_10)
    other_parameters = await run(st, "run", "accounting", 2002, From=JAN_1, To=dt.date(2024, 1, 9))
    assert fake_time.sleeps == [], "different parameters are another run"
    second = await run(st, "run", "accounting", 2002, From=JAN_1, To=JAN_10)
    assert fake_time.sleeps == [60.0]
    assert second.rows == first.rows
    assert len(other_parameters) < len(first)
    assert sandbox.reports.runs_of(2002) == 3


async def test_identical_run_answered_from_the_cache(st: Client, sandbox: Sandbox, fake_time: FakeClock) -> None:
    st.reports.configure(cache_ttl=30.0)
    first = await run(st, "run", "accounting", 2002, From=JAN_1, To=JAN_10)
    fake_time.now += 12.5
    second = await run(st, "run", "accounting", 2002, From=JAN_1, To=JAN_10)
    assert (second.from_cache, second.age, second.rows) == (True, 12.5, first.rows)
    assert sandbox.reports.runs_of(2002) == 1
    assert fake_time.sleeps == []
    fake_time.now += 60
    third = await run(st, "run", "accounting", 2002, From=JAN_1, To=JAN_10)
    assert third.from_cache is False
    assert sandbox.reports.runs_of(2002) == 2


async def test_pacing_is_shared_by_the_clients_of_a_process(
    side: str, url: str, sandbox: Sandbox, fake_time: FakeClock
) -> None:
    settings = {**client_settings(url), "clock": fake_time}
    with ServiceTitan(**settings, sleep=fake_time.sleep) as one:
        one.reports.run("accounting", 2002, From=JAN_1, To=JAN_10)
    async with AsyncServiceTitan(**settings, sleep=fake_time.async_sleep) as two:
        await two.reports.run("accounting", 2002, From=JAN_1, To=JAN_10)
    assert fake_time.sleeps == [60.0]
    assert sandbox.reports.runs_of(2002) == 2


async def test_429_waited_out_within_the_budget(st: Client, sandbox: Sandbox, fake_time: FakeClock) -> None:
    st.reports.configure(run_interval=0)  # no pacing here: the server's limit answers 429 with Retry-After
    await run(st, "run", "accounting", 2002, From=JAN_1, To=JAN_10)
    await run(st, "run", "accounting", 2002, From=JAN_1, To=JAN_10)
    assert fake_time.sleeps == [60.0]
    assert sandbox.reports.runs_of(2002) == 2
    st.reports.configure(wait_budget=10)
    with pytest.raises(RateLimitError) as caught:
        await run(st, "run", "accounting", 2002, From=JAN_1, To=JAN_10)
    assert caught.value.retry_after == 60.0
    assert fake_time.sleeps == [60.0], "a wait beyond the budget is not slept"
