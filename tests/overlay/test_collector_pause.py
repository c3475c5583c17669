"""A page is decoded and parsed with the cyclic collector paused, and the collector comes back as it was.

The pause is process-wide (`gc.disable`), so what matters is that it never outlives the page: not after an error,
not when two threads' pages overlap, and not when the program had turned the collector off itself.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from servicetitan import ResponseValidationError, _parsing, exports, pagination
from servicetitan._parsing import collector_paused
from tests.overlay.conftest import FakeAPI, call, collect, jobs, paged
from tests.overlay.test_exports import Feed
from tests.overlay.test_exports import jobs as feed_jobs

pytestmark = pytest.mark.anyio


@pytest.fixture(autouse=True)
def collector_on() -> Iterator[None]:
    gc.enable()
    yield
    gc.enable()


def record_collector_state(monkeypatch: pytest.MonkeyPatch, module: Any) -> list[bool]:
    """`module.parse_records`, noting whether the collector was on each time a page was parsed."""
    states: list[bool] = []

    def parse_records(*arguments: Any) -> list[Any]:
        states.append(gc.isenabled())
        return _parsing.parse_records(*arguments)

    monkeypatch.setattr(module, "parse_records", parse_records)
    return states


async def test_list_pages_are_parsed_with_the_collector_paused_and_it_is_back_on_after(
    st: Any, api: FakeAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    states = record_collector_state(monkeypatch, pagination)
    api.route("GET", "/jobs", paged(jobs(5)))
    st.page_size_limits["Jobs_GetList"] = 2
    records = await collect(await call(st, "list_jobs", fetch_all=True))
    assert [job.id for job in records] == [1, 2, 3, 4, 5]
    assert states == [False, False, False]
    assert gc.isenabled()


async def test_feed_pages_are_parsed_with_the_collector_paused_and_it_is_back_on_after(
    st: Any, api: FakeAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    states = record_collector_state(monkeypatch, exports)
    api.route("GET", "/export/jobs", Feed([feed_jobs(2), feed_jobs(1, start=3)]))
    records = await collect(st.exports.jpm.jobs())
    assert [job.id for job in records] == [1, 2, 3]
    assert states == [False, False]
    assert gc.isenabled()


async def test_the_collector_is_back_on_after_a_page_that_fails(st: Any, api: FakeAPI) -> None:
    api.route("GET", "/jobs", lambda _: httpx.Response(200, json={"hasMore": "yes", "data": jobs(1)}))
    with pytest.raises(ResponseValidationError, match="hasMore"):
        await call(st, "list_jobs")
    assert gc.isenabled()


async def test_a_collector_the_program_turned_off_stays_off(st: Any, api: FakeAPI) -> None:
    api.route("GET", "/jobs", paged(jobs(3)))
    gc.disable()
    records = await collect(await call(st, "list_jobs", fetch_all=True))
    assert len(records) == 3
    assert not gc.isenabled()


def test_overlapping_pauses_of_two_threads_end_with_the_last_one() -> None:
    first_in, second_in, first_out, second_go = (threading.Event() for _ in range(4))
    seen_between: list[bool] = []

    def first() -> None:
        with collector_paused():
            first_in.set()
            assert second_in.wait(10)
        first_out.set()

    def second() -> None:
        assert first_in.wait(10)
        with collector_paused():
            second_in.set()
            assert second_go.wait(10)

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    assert first_out.wait(10)
    seen_between.append(gc.isenabled())  # the first pause is over, the second goes on
    second_go.set()
    for thread in threads:
        thread.join(10)
    assert seen_between == [False]
    assert gc.isenabled()


def test_a_pause_that_raises_restores_the_collector() -> None:
    inside: list[bool] = []

    def fail_inside() -> None:
        with collector_paused():
            inside.append(gc.isenabled())
            raise KeyError("inside")

    with pytest.raises(KeyError):
        fail_inside()
    assert inside == [False]
    assert gc.isenabled()


def answers_tracked(handler: Any, answers: list[Any]) -> Any:
    """`handler`, keeping a weak reference to each answer it gives."""
    import weakref

    def tracked(request: httpx.Request) -> httpx.Response:
        response = handler(request)
        answers.append(weakref.ref(response))
        return response

    return tracked


@pytest.mark.parametrize("reader", ["list", "feed"])
async def test_a_page_answer_is_freed_by_reference_counting_once_its_page_is_parsed(
    st: Any, api: FakeAPI, reader: str
) -> None:
    # httpx ties each response to its stream in a reference cycle, which only the collector frees; a page's
    # answer that lives through a paused page is then held for many pages (measured: six 4 MiB answers at once
    # while streaming 5,000-job pages). With the collector off throughout, reference counting must free it alone.
    answers: list[Any] = []
    gc.disable()
    try:
        if reader == "list":
            api.route("GET", "/jobs", answers_tracked(paged(jobs(8)), answers))
            st.page_size_limits["Jobs_GetList"] = 2
            records = await call(st, "list_jobs", fetch_all=True)
        else:
            feed = Feed([feed_jobs(2, start=1 + 2 * n) for n in range(4)])
            api.route("GET", "/export/jobs", answers_tracked(feed, answers))
            records = st.exports.jpm.jobs()
        alive_at_each_record: list[int] = []
        if hasattr(records, "__aiter__"):
            async for _ in records:
                alive_at_each_record.append(sum(ref() is not None for ref in answers))
        else:
            for _ in records:
                alive_at_each_record.append(sum(ref() is not None for ref in answers))
    finally:
        gc.enable()
    assert len(answers) >= 4
    assert len(alive_at_each_record) == 8
    assert max(alive_at_each_record) <= 1
