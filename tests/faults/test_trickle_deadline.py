"""Issue 19, "waits without a bound": a body that trickles one byte at a time must not outlive `timeout`.

httpx's timeouts bound each read, and a byte every 0.3 s never trips a 1 s read timeout: before, such a body was
still being read 9.5 s into a call with `timeout=1`. Now `timeout` bounds a whole attempt, body included, sync and
async, `st.request` and generated operations alike: the attempt ends with `APITimeoutError` (retried like any
timeout of a GET), the connection is dropped (the server sees the caller hang up long before its body is done),
and a call's attempts are bounded by `max_retries`.

Every wait here is bounded: a caller that is still reading when its bound passes fails the test instead of hanging.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from typing import Any

import pytest

from servicetitan import APITimeoutError, AsyncServiceTitan, ServiceTitan

from ._hostile import Answer, Hostile, json_answer, serving, settings, trickle

# 200 bytes a byte every 0.3 s: a minute of body, far beyond every bound below.
SLOW_BODY = b'{"id": 1, "summary": "' + b"x" * 170 + b'"}'
BOUND = 20.0


def in_thread(call: Callable[[], Any]) -> BaseException | object:
    """`call()` in a thread; its result or exception, or a failed test when it is still running after BOUND."""
    outcome: list[BaseException | object] = []

    def run() -> None:
        try:
            outcome.append(call())
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(BOUND)
    assert not thread.is_alive(), f"the call was still reading a trickled body after {BOUND} s"
    return outcome[0]


def slow_server() -> Hostile:
    return Hostile(lambda path: trickle(SLOW_BODY, 0.3))


def assert_hung_up(hostile: Hostile, attempts: int) -> None:
    # The server notices a closed socket on its next write; bounded, so a reader that never hung up fails.
    for served in hostile.api_answers():
        assert not served.finished
    assert hostile.hung_up.wait(BOUND)
    assert len(hostile.api_answers()) == attempts


@pytest.mark.parametrize("max_retries", [0, 2])
def test_sync_request_trickled_body_ends_at_the_timeout(max_retries):
    hostile = slow_server()
    with serving(hostile) as url, ServiceTitan(**settings(url, sleep=lambda s: None)) as st:
        outcome = in_thread(lambda: st.request("GET", "/jobs/1", domain="jpm", timeout=1, max_retries=max_retries))
        assert isinstance(outcome, APITimeoutError), outcome
        assert "1 s" in str(outcome)
        assert_hung_up(hostile, attempts=max_retries + 1)


def test_sync_client_timeout_bounds_a_generated_operation():
    hostile = slow_server()
    with serving(hostile) as url, ServiceTitan(**settings(url, timeout=1, max_retries=0)) as st:
        outcome = in_thread(lambda: st.jpm.jobs.get(id=1))
        assert isinstance(outcome, APITimeoutError), outcome
        assert_hung_up(hostile, attempts=1)


def test_async_request_trickled_body_ends_at_the_timeout():
    hostile = slow_server()

    async def scenario() -> BaseException | object:
        async with AsyncServiceTitan(**settings(url)) as st:
            try:
                return await asyncio.wait_for(
                    st.request("GET", "/jobs/1", domain="jpm", timeout=1, max_retries=0), BOUND
                )
            except TimeoutError:
                pytest.fail(f"the call was still reading a trickled body after {BOUND} s")
            except Exception as exc:
                return exc

    with serving(hostile) as url:
        outcome = asyncio.run(scenario())
        assert isinstance(outcome, APITimeoutError), outcome
        assert_hung_up(hostile, attempts=1)


def test_async_client_timeout_bounds_a_generated_operation_in_many_tasks():
    hostile = slow_server()
    tasks = 100

    async def scenario() -> list[BaseException | object]:
        async with AsyncServiceTitan(**settings(url, timeout=1, max_retries=0)) as st:
            calls = [st.jpm.jobs.get(id=n) for n in range(tasks)]
            try:
                return await asyncio.wait_for(asyncio.gather(*calls, return_exceptions=True), BOUND)
            except TimeoutError:
                pytest.fail(f"calls were still reading trickled bodies after {BOUND} s")

    with serving(hostile) as url:
        outcomes = asyncio.run(scenario())
    assert all(isinstance(outcome, APITimeoutError) for outcome in outcomes), outcomes
    assert not any(served.finished for served in hostile.api_answers())


def test_hundreds_of_threads_each_bounded_by_the_timeout():
    hostile = slow_server()
    threads = 150
    outcomes: list[BaseException | object] = []
    lock = threading.Lock()
    with serving(hostile) as url, ServiceTitan(**settings(url, timeout=1, max_retries=0)) as st:

        def call() -> None:
            try:
                result: BaseException | object = st.request("GET", "/jobs/1", domain="jpm")
            except BaseException as exc:
                result = exc
            with lock:
                outcomes.append(result)

        workers = [threading.Thread(target=call, daemon=True) for _ in range(threads)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(BOUND)
        assert not any(worker.is_alive() for worker in workers)
    assert len(outcomes) == threads
    assert all(isinstance(outcome, APITimeoutError) for outcome in outcomes), outcomes[:3]


@pytest.mark.parametrize(
    "call",
    [
        lambda st: st.list_installed_equipment_attachments(path="InstalledEquipment/Documents/a.csv", timeout=1),
        lambda st: st.raw_request(method="get", url_type="jpm", path="/jobs/1", timeout=1),
        lambda st: st.request("GET", "/jobs/1", domain="jpm", response_type="binary", timeout=1),
    ],
    ids=["download", "raw-request", "request-binary"],
)
def test_downloads_and_raw_requests_end_at_the_timeout(call):
    hostile = slow_server()
    with serving(hostile) as url, ServiceTitan(**settings(url, max_retries=0)) as st:
        outcome = in_thread(lambda: call(st))
        assert isinstance(outcome, APITimeoutError), outcome
        assert_hung_up(hostile, attempts=1)


def slow_head() -> Hostile:
    return Hostile(lambda path: Answer(200, b'{"id": 1}', head_interval=0.3))


def test_sync_trickled_status_line_and_headers_end_at_the_timeout():
    hostile = slow_head()
    with serving(hostile) as url, ServiceTitan(**settings(url, timeout=1, max_retries=0)) as st:
        outcome = in_thread(lambda: st.request("GET", "/jobs/1", domain="jpm"))
        assert isinstance(outcome, APITimeoutError), outcome
        assert_hung_up(hostile, attempts=1)


def test_async_trickled_status_line_and_headers_end_at_the_timeout():
    hostile = slow_head()

    async def scenario() -> BaseException | object:
        async with AsyncServiceTitan(**settings(url, timeout=1, max_retries=0)) as st:
            try:
                return await asyncio.wait_for(st.request("GET", "/jobs/1", domain="jpm"), BOUND)
            except TimeoutError:
                pytest.fail(f"the call was still reading trickled headers after {BOUND} s")
            except Exception as exc:
                return exc

    with serving(hostile) as url:
        outcome = asyncio.run(scenario())
        assert isinstance(outcome, APITimeoutError), outcome
        assert_hung_up(hostile, attempts=1)


def test_a_prompt_body_is_unaffected():
    hostile = Hostile(lambda path: json_answer(200, {"id": 1}))
    with serving(hostile) as url, ServiceTitan(**settings(url, timeout=1)) as st:
        assert in_thread(lambda: st.request("GET", "/jobs/1", domain="jpm")) == {"id": 1}


@pytest.mark.parametrize("value", [float("nan"), float("inf"), 0, -1, 10**400, 86_401])
def test_a_timeout_that_is_no_bound_is_refused_before_sending(value):
    hostile = Hostile(lambda path: json_answer(200, {"id": 1}))
    with serving(hostile) as url:
        with pytest.raises(ValueError, match="timeout must be positive and finite"):
            ServiceTitan(**settings(url, timeout=value))
        with ServiceTitan(**settings(url)) as st:
            with pytest.raises(ValueError, match="timeout must be positive and finite"):
                st.request("GET", "/jobs/1", domain="jpm", timeout=value)
            with pytest.raises(ValueError, match="timeout must be positive and finite"):
                st.jpm.jobs.get(id=1, timeout=value)
    assert hostile.served == []
