"""Issue 19: a client used, then `os.fork()` (gunicorn, celery prefork, multiprocessing's fork): the child never
uses a connection, a lock or a token request inherited from the parent.

Before, parent and child each making 100 calls on the pooled connections they both held ended with 25 calls stuck
until the bound, and in 2 runs of 3 some calls got the other process's answer (both processes read the same
sockets). Each call here asks for its own job and checks the answer is that job; the child reports through a
pipe; every wait is bounded, and a stuck call fails the test instead of hanging it.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any

import pytest

from servicetitan import AsyncServiceTitan, ServiceTitan, _logging, ratelimit
from servicetitan.reports import pacing
from servicetitan.sandbox import FIRST_IDS
from servicetitan.testing.sandbox import running_sandbox

from ._loopback import Received, Reply, loopback

pytestmark = pytest.mark.sandbox

CALLS = 100
WORKERS = 10
JOBS = 2 * CALLS
# A call that reads another process's socket waits for an answer that never comes: `timeout` makes it fail
# instead, and the child gets this long to report before it is killed and the test fails.
CALL_TIMEOUT = 10.0
CHILD_BOUND = 60.0


def _calls(st: ServiceTitan, first: int) -> dict[str, Any]:
    """CALLS calls from WORKERS threads, each for its own job; what went wrong, if anything."""
    job = FIRST_IDS["jobs"]

    def one(index: int) -> str | None:
        wanted = job + first + index
        try:
            got = st.get_job(id=wanted).id
        except Exception as exc:
            return f"{type(exc).__name__}: {exc}"
        return None if got == wanted else f"asked for job {wanted}, got job {got}"

    with ThreadPoolExecutor(WORKERS) as pool:
        outcomes = list(pool.map(one, range(CALLS)))
    return {"failures": [outcome for outcome in outcomes if outcome is not None]}


@contextmanager
def _forked(child: Callable[[], dict[str, Any]]) -> Iterator[Callable[[], dict[str, Any]]]:
    """Fork; the child runs `child` and writes its result to a pipe, then exits without running any of this
    process's exit handlers. Yields a function that waits (bounded) for the child's report."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child, whose coverage nobody collects
        status = 1
        try:
            os.close(read_end)
            try:
                report = child()
            except BaseException as exc:
                report = {"failures": [f"child raised {type(exc).__name__}: {exc}"]}
            with os.fdopen(write_end, "w") as pipe:
                pipe.write(json.dumps(report))
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)

    def report() -> dict[str, Any]:
        deadline = time.monotonic() + CHILD_BOUND
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            if time.monotonic() > deadline:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                pytest.fail(f"the forked child was still working after {CHILD_BOUND} s")
            time.sleep(0.05)
        with os.fdopen(read_end) as pipe:
            text = pipe.read()
        assert os.waitstatus_to_exitcode(status) == 0, text
        result: dict[str, Any] = json.loads(text)
        return result

    try:
        yield report
    finally:
        try:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass


def test_parent_and_child_each_get_their_own_answers_after_a_fork():
    with running_sandbox(jobs=JOBS) as session:
        st = ServiceTitan(**{**session.settings, "timeout": CALL_TIMEOUT})
        with st:
            # The pool holds several idle connections, and the token is cached, when the fork happens.
            assert _calls(st, 0)["failures"] == []
            with _forked(lambda: _calls(st, CALLS)) as child_report:
                parent = _calls(st, 0)
                child = child_report()
            assert parent["failures"] == []
            assert child["failures"] == []


def test_child_fetches_its_own_token_when_the_fork_lands_during_a_token_request():
    """A thread of the parent is waiting for the token endpoint when the process forks: that request belongs to
    the parent, so the child asks for a token of its own instead of waiting for an answer it cannot get."""
    token_requests: list[str] = []
    release = threading.Event()
    in_flight = threading.Event()
    lock = threading.Lock()

    def server(request: Received) -> Reply:
        if request.path == "/connect/token":
            with lock:
                token_requests.append(request.path)
                first = len(token_requests) == 1
            if first:
                in_flight.set()
                release.wait(CHILD_BOUND)
            return Reply(200, {"access_token": f"token-{len(token_requests)}", "expires_in": 900})
        return Reply(200, {"id": int(request.path.rsplit("/", 1)[1])})

    with loopback(server) as url:
        st = ServiceTitan(
            "fork-client",
            "fork-secret-value",
            "fork-app-key-value",
            11,
            api_url=url,
            token_url=url + "/connect/token",
            timeout=CALL_TIMEOUT,
            rate_limit=None,
        )
        with st:
            waiting = threading.Thread(target=lambda: st.request("GET", "/jobs/1", domain="jpm"), daemon=True)
            waiting.start()
            assert in_flight.wait(CHILD_BOUND)

            def child() -> dict[str, Any]:
                answer = st.request("GET", "/jobs/2", domain="jpm")
                return {"failures": [] if answer == {"id": 2} else [f"got {answer!r}"]}

            try:
                with _forked(child) as child_report:
                    report = child_report()
            finally:
                release.set()
                waiting.join(CHILD_BOUND)
            assert report["failures"] == []
            assert not waiting.is_alive()


def test_child_is_not_held_by_a_limiter_lock_taken_in_the_parent():
    """The fork lands while a thread of the parent is inside the process's rate limiter (its lock held): the
    child's limiter starts unlocked, and its calls go through."""
    with running_sandbox(jobs=JOBS) as session:
        st = ServiceTitan(**{**session.settings, "timeout": CALL_TIMEOUT})
        with st:
            assert st.get_job(id=FIRST_IDS["jobs"]).id == FIRST_IDS["jobs"]
            store = st.rate_limiter.store if st.rate_limiter is not None else None
            lock = getattr(store, "_lock", None)
            assert lock is not None
            lock.acquire()
            try:
                with _forked(lambda: _calls(st, CALLS)) as child_report:
                    lock.release()
                    report = child_report()
            finally:
                if lock.locked():
                    lock.release()
            assert report["failures"] == []


def test_child_is_not_held_by_the_secret_registry_lock_taken_in_the_parent():
    """The fork lands while a thread of the parent registers a secret (a client being made, a token arriving):
    the child makes clients and calls all the same."""
    with running_sandbox(jobs=JOBS) as session:
        lock = _logging.secrets._lock
        lock.acquire()
        try:

            def child() -> dict[str, Any]:
                with ServiceTitan(**{**session.settings, "timeout": CALL_TIMEOUT}) as st:
                    return _calls(st, CALLS)

            with _forked(child) as child_report:
                lock.release()
                report = child_report()
        finally:
            if lock.locked():
                lock.release()
        assert report["failures"] == []


def test_child_is_not_held_by_report_pacing_locks_taken_in_the_parent():
    """The fork lands while a thread of the parent books a report run (the process-wide registry of stores, the
    turns of a store and the result caches locked): the child's report runs go through."""
    with running_sandbox(jobs=JOBS) as session:
        st = ServiceTitan(**{**session.settings, "timeout": CALL_TIMEOUT})
        with st:
            st.reports.run("accounting", 2001, From=dt.date(2024, 1, 1), To=dt.date(2024, 1, 10))
            locks = [
                ratelimit._registry_lock,
                pacing._caches_lock,
                *(store.turns._lock for store in ratelimit._local_stores.values()),
            ]
            assert len(locks) > 1

            def child() -> dict[str, Any]:
                result = st.reports.run("accounting", 2001, From=dt.date(2024, 2, 1), To=dt.date(2024, 2, 10))
                return {"failures": [] if result.rows and not result.from_cache else [f"got {result!r}"]}

            for lock in locks:
                lock.acquire()
            try:
                with _forked(child) as child_report:
                    for lock in locks:
                        lock.release()
                    report = child_report()
            finally:
                for lock in locks:
                    if lock.locked():
                        lock.release()
            assert report["failures"] == []


def test_async_client_after_a_fork():
    """An `AsyncServiceTitan` used in the parent's `asyncio.run`, then a fork: each process runs its own loop
    with 100 gathered calls, and each call gets its own job."""
    job = FIRST_IDS["jobs"]

    async def gathered(st: AsyncServiceTitan, first: int) -> dict[str, Any]:
        wanted = [job + first + index for index in range(CALLS)]

        async def one(job_id: int) -> int:
            return int((await st.get_job(id=job_id)).id)

        got = await asyncio.wait_for(asyncio.gather(*(one(job_id) for job_id in wanted)), CHILD_BOUND)
        return {"failures": [f"asked for {w}, got {g}" for w, g in zip(wanted, got, strict=True) if w != g]}

    with running_sandbox(jobs=JOBS) as session:
        st = session.async_client(timeout=CALL_TIMEOUT)
        assert asyncio.run(gathered(st, 0))["failures"] == []
        with _forked(lambda: asyncio.run(gathered(st, CALLS))) as child_report:
            parent = asyncio.run(gathered(st, 0))
            child = child_report()
        asyncio.run(st.close())
    assert parent["failures"] == []
    assert child["failures"] == []


def test_child_collects_garbage_when_the_fork_lands_while_a_page_is_parsed():
    """A thread of the parent is parsing a page (the cyclic collector paused, its lock held) when the process
    forks: in the child the collector runs again and the next page's pause starts unlocked."""
    import gc

    from servicetitan import _parsing

    with running_sandbox(jobs=JOBS) as session:
        st = ServiceTitan(**{**session.settings, "timeout": CALL_TIMEOUT})
        with st:
            assert gc.isenabled()

            def child() -> dict[str, Any]:
                report = _calls(st, CALLS)
                page = st.list_technicians(page_size=2)
                if len(page.records) != 2:
                    report["failures"].append("the child read no page")
                if not gc.isenabled():
                    report["failures"].append("the cyclic garbage collector is off in the child")
                return report

            pausing = _parsing.collector_paused()
            pausing.__enter__()
            lock = _parsing._pause_lock
            lock.acquire()
            try:
                with _forked(child) as child_report:
                    lock.release()
                    pausing.__exit__(None, None, None)
                    report = child_report()
            finally:
                if lock.locked():
                    lock.release()
            assert gc.isenabled()
            assert report["failures"] == []
