"""Report runs paced through the client's Redis `rate_limit_store` (a real redis-server, started by the test
session): clients in different processes, one sync and one async, running the same report take turns, one run
per window, so the sandbox, which refuses a second run within its window with 429, never has to."""

from __future__ import annotations

import datetime as dt
import multiprocessing
from typing import Any

import anyio

from servicetitan import AsyncServiceTitan, ServiceTitan
from servicetitan.ratelimit_redis import RedisPacingStore
from servicetitan.reports import MemoryPacingStore
from servicetitan.sandbox import Sandbox, serve
from servicetitan.sandbox.problems import ProblemError
from servicetitan.sandbox.reports import ReportDesk, ReportLimits
from tests.faults.conftest import redis_url

from .conftest import JOBS, client_settings

__all__ = ["redis_url"]

WINDOW = 1.0  # the sandbox's: one run of a report with the same parameters per second
INTERVAL = 1.5  # the clients': the window plus room for the time a request takes to arrive
RUNS_PER_PROCESS = 2
PARAMETERS = {"From": dt.date(2024, 1, 1), "To": dt.date(2024, 1, 10)}


class RefusalCountingDesk(ReportDesk):
    """The sandbox's report desk, counting the runs it refused for coming too soon."""

    def __init__(self, limits: ReportLimits, clock: Any) -> None:
        super().__init__(limits, clock)
        self.refused = 0

    def _count_run(self, tenant: Any, report: Any, parameters: Any) -> None:
        try:
            super()._count_run(tenant, report, parameters)
        except ProblemError:
            self.refused += 1
            raise


def worker(side: str, url: str, store_url: str, barrier: Any, made: Any) -> None:
    """One process: its own client of `side`, the shared Redis store; puts (side, runs made) on `made`."""
    made.put((side, runs(side, url, store_url, barrier)))


def runs(side: str, url: str, store_url: str, barrier: Any) -> int:
    settings = {**client_settings(url), "rate_limit_store": store_url}
    if side == "sync":
        with ServiceTitan(**settings) as st:
            st.reports.configure(run_interval=INTERVAL)
            st.reports.describe("accounting", 2002)  # token and description before the race
            barrier.wait(60)
            return sum(1 for _ in range(RUNS_PER_PROCESS) if st.reports.run("accounting", 2002, **PARAMETERS))

    async def run_async() -> int:
        async with AsyncServiceTitan(**settings) as st:
            st.reports.configure(run_interval=INTERVAL)
            await st.reports.describe("accounting", 2002)
            await anyio.to_thread.run_sync(barrier.wait, 60)
            return sum([1 for _ in range(RUNS_PER_PROCESS) if await st.reports.run("accounting", 2002, **PARAMETERS)])

    return anyio.run(run_async)


def test_processes_sharing_a_redis_store_take_turns_at_a_report(redis_url: str) -> None:
    sandbox = Sandbox(jobs=JOBS)
    desk = sandbox.reports = RefusalCountingDesk(ReportLimits(run_interval=WINDOW), sandbox.clock)
    context = multiprocessing.get_context("spawn")
    barrier, made = context.Barrier(2), context.Queue()
    with serve(sandbox) as url:
        processes = [
            context.Process(target=worker, args=(side, url, redis_url, barrier, made)) for side in ("sync", "async")
        ]
        for process in processes:
            process.start()
        try:
            outcomes = dict(made.get(timeout=120) for _ in processes)
        finally:
            for process in processes:
                process.join(30)
                if process.is_alive():
                    process.kill()
    assert outcomes == {"sync": RUNS_PER_PROCESS, "async": RUNS_PER_PROCESS}
    assert desk.runs_of(2002) == 2 * RUNS_PER_PROCESS
    assert desk.refused == 0, "every run came in its own window: none was answered 429"


def test_redis_pacing_store_books_one_timeline_and_refuses_beyond_the_limit(redis_url: str) -> None:
    import redis

    one = RedisPacingStore(redis.Redis.from_url(redis_url), MemoryPacingStore(lambda: 0.0))
    two = RedisPacingStore(redis.Redis.from_url(redis_url), MemoryPacingStore(lambda: 0.0))
    key = "test-timeline"
    assert one.reserve(key, 60.0, 0.0) == 0.0
    assert two.reserve(key, 60.0, 10.0) is None, "the next turn is a minute away, beyond a 10 s limit"
    second = two.reserve(key, 60.0, 300.0)
    third = one.reserve(key, 60.0, 300.0)
    assert second is not None
    assert 59.0 < second <= 60.0
    assert third is not None
    assert 119.0 < third <= 120.0


def test_unreachable_redis_paces_report_runs_in_this_process() -> None:
    import redis

    local = MemoryPacingStore(lambda: 100.0)
    store = RedisPacingStore(redis.Redis(host="127.0.0.1", port=1, socket_connect_timeout=0.2), local)
    assert store.reserve("test-down", 60.0, 300.0) == 0.0
    assert store.reserve("test-down", 60.0, 300.0) == 60.0
    assert local.reserve("test-down", 60.0, 300.0) == 120.0, "the bookings went to the fallback"
