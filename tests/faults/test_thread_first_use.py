"""Issue 19: a fresh client's first calls made from hundreds of threads at once all succeed.

Everything the surface builds on first use (the catalog of a domain, its resources, the export feeds, operation
specs, action methods, `st.raw`, the per-client attributes) is built once, however many threads ask at the same
moment. Before, sixteen threads making a new client's first calls had 15 fail with
`RuntimeError: jpm.export.appointments names two operations`, every time: two threads each read the catalog, and
the resources of one reading met the export feeds of the other.

The process-wide caches are only cold in a fresh interpreter, so that case runs in a subprocess whose threads race
from the first import on; the per-client attributes race in this process too.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable
from typing import Any

import pytest

from servicetitan import ServiceTitan
from servicetitan.sandbox import FIRST_IDS
from servicetitan.testing.sandbox import running_sandbox

pytestmark = pytest.mark.sandbox

THREADS = 300
BOUND = 120.0

# Run in a fresh interpreter that has imported nothing but the library (the sandbox serves from the test's
# process, and reading the catalog to serve would warm the very caches under test): THREADS threads wait at a
# barrier and make a new client's first calls, each through one of the entry points that build something on
# first use. It prints the failures and, per lazily built attribute, how many distinct objects the threads got.
_FRESH_PROCESS = textwrap.dedent(
    """
    import json, sys, threading

    from servicetitan import ServiceTitan

    THREADS = int(sys.argv[1])
    settings = json.loads(sys.argv[2])
    JOB, CUSTOMER = json.loads(sys.argv[3])

    with ServiceTitan(**settings) as st:
        calls = [
            lambda i: st.jpm.jobs.get(id=JOB + i % 50).id == JOB + i % 50,
            lambda i: st.get_job(id=JOB + i % 50).id == JOB + i % 50,
            lambda i: st.raw.jpm.jobs_get(id=JOB + i % 50).id == JOB + i % 50,
            lambda i: isinstance(st.jpm.export.appointments().continue_from, (str, type(None))),
            lambda i: isinstance(st.exports.jpm.jobs().continue_from, (str, type(None))),
            lambda i: st.crm.customers.get(id=CUSTOMER).id == CUSTOMER,
            lambda i: len(st.list_technicians(page_size=2).records) == 2,
            lambda i: "get_list" in dir(st.crm.locations),
        ]
        barrier = threading.Barrier(THREADS)
        failures, wrong, seen = [], [], {"jpm": set(), "jpm.jobs": set(), "raw": set(), "get_job": set()}
        lock = threading.Lock()

        def work(i):
            barrier.wait()
            try:
                if not calls[i % len(calls)](i):
                    with lock:
                        wrong.append(i)
                with lock:
                    seen["jpm"].add(id(st.jpm))
                    seen["jpm.jobs"].add(id(st.jpm.jobs))
                    seen["raw"].add(id(st.raw))
                    seen["get_job"].add(id(type(st).get_job))
            except BaseException as exc:
                with lock:
                    failures.append(f"{type(exc).__name__}: {exc}")

        threads = [threading.Thread(target=work, args=(i,)) for i in range(THREADS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(100)
        alive = sum(thread.is_alive() for thread in threads)
    print(json.dumps({
        "failures": failures,
        "wrong": wrong,
        "alive": alive,
        "distinct": {name: len(ids) for name, ids in seen.items()},
    }))
    """
)

# The same race one step earlier: the threads of a fresh interpreter that has only run `import servicetitan`
# (which loads no client module) all reach for `servicetitan.ServiceTitan` at once, each makes its own client
# and its first calls.
_FRESH_IMPORTS = textwrap.dedent(
    """
    import json, sys, threading

    import servicetitan

    THREADS = int(sys.argv[1])
    settings = json.loads(sys.argv[2])
    JOB = json.loads(sys.argv[3])[0]
    barrier = threading.Barrier(THREADS)
    failures = []
    lock = threading.Lock()

    def work(i):
        barrier.wait()
        try:
            with servicetitan.ServiceTitan(**settings) as st:
                job = JOB + i % 50
                if (st.get_job(id=job).id, st.jpm.jobs.get(id=job).id) != (job, job):
                    raise AssertionError(f"wrong job for {job}")
                st.exports.jpm.jobs()
        except BaseException as exc:
            with lock:
                failures.append(f"{type(exc).__name__}: {exc}")

    threads = [threading.Thread(target=work, args=(i,)) for i in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(100)
    print(json.dumps({"failures": failures, "alive": sum(thread.is_alive() for thread in threads)}))
    """
)


def _run_fresh(script: str, threads: int) -> dict[str, Any]:
    ids = [FIRST_IDS["jobs"], FIRST_IDS["customers"]]
    with running_sandbox(jobs=50) as session:
        done = subprocess.run(
            [sys.executable, "-c", script, str(threads), json.dumps(session.settings), json.dumps(ids)],
            capture_output=True,
            text=True,
            timeout=BOUND,
            check=False,
        )
    assert done.returncode == 0, done.stderr[-4000:]
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


def test_fresh_imports_raced_by_a_hundred_threads_each_with_its_own_client():
    report = _run_fresh(_FRESH_IMPORTS, 100)
    assert report == {"failures": [], "alive": 0}


def test_fresh_process_first_use_from_hundreds_of_threads():
    report = _run_fresh(_FRESH_PROCESS, THREADS)
    assert report["alive"] == 0
    assert report["failures"] == []
    assert report["wrong"] == []
    assert report["distinct"] == {"jpm": 1, "jpm.jobs": 1, "raw": 1, "get_job": 1}


def _race(calls: list[Callable[[], Any]]) -> tuple[list[str], list[Any]]:
    """Run each call in its own thread, all released together; the failures and the results."""
    barrier = threading.Barrier(len(calls))
    failures: list[str] = []
    results: list[Any] = [None] * len(calls)
    lock = threading.Lock()

    def work(index: int) -> None:
        barrier.wait()
        try:
            results[index] = calls[index]()
        except BaseException as exc:
            with lock:
                failures.append(f"{type(exc).__name__}: {exc}")

    threads = [threading.Thread(target=work, args=(index,)) for index in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(BOUND)
    assert not any(thread.is_alive() for thread in threads), "a first use never finished"
    return failures, results


def test_fresh_client_hands_every_thread_the_same_surface():
    with running_sandbox(jobs=20) as session:
        st = ServiceTitan(**session.settings)
        job = FIRST_IDS["jobs"]
        with st:
            failures, results = _race(
                [
                    *(lambda: st.jpm for _ in range(60)),
                    *(lambda: st.jpm.jobs for _ in range(60)),
                    *(lambda: st.jpm.jobs.get for _ in range(60)),
                    *(lambda: st.raw.jpm.jobs_get for _ in range(60)),
                    *(lambda: st.raw for _ in range(60)),
                ]
            )
            assert failures == []
            for group in range(5):
                assert len({id(result) for result in results[group * 60 : (group + 1) * 60]}) == 1
            failures, results = _race([lambda index=index: st.get_job(id=job + index % 20).id for index in range(200)])
            assert failures == []
            assert results == [job + index % 20 for index in range(200)]


def test_once_builds_each_value_once_however_many_threads_miss_together():
    from servicetitan._once import once

    builds: list[str] = []

    @once
    def slow(name: str) -> object:
        builds.append(name)
        # A slow build: the other threads miss the cache while it runs.
        threading.Event().wait(0.2)
        return object()

    failures, results = _race([*(lambda: slow("a") for _ in range(150)), *(lambda: slow("b") for _ in range(150))])
    assert failures == []
    assert sorted(builds) == ["a", "b"]
    assert len({id(result) for result in results[:150]}) == 1
    assert len({id(result) for result in results[150:]}) == 1
    assert results[0] is not results[150]
