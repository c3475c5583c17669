"""A server that silently serves fewer records than asked (with `hasMore` true) caps the page size:
the walk goes on at the served size, loses nothing, and the client remembers the cap for that operation."""

from __future__ import annotations

from typing import Any

import pytest

from tests.overlay.conftest import FakeAPI, call, collect
from tests.paging.conftest import ListServer, timed_jobs

pytestmark = pytest.mark.anyio


async def test_a_silent_cap_under_a_stable_walk_loses_nothing_and_is_remembered(st: Any, api: FakeAPI) -> None:
    server = ListServer(timed_jobs(1234), cap=500)
    api.route("GET", "/jobs", server)
    ids = [job["id"] for job in await collect(await call(st, "list_jobs", fetch_all=True, as_dicts=True))]
    assert ids == list(range(1, 1235))
    assert [params["pageSize"] for params in server.asked] == ["5000", "500", "500"]
    server.asked.clear()
    again = [job["id"] for job in await collect(await call(st, "list_jobs", fetch_all=True, as_dicts=True))]
    assert again == ids
    assert {params["pageSize"] for params in server.asked} == {"500"}  # remembered for Jobs_GetList


async def test_a_cap_learned_by_a_call_with_its_own_options_is_remembered_for_the_client(st: Any, api: FakeAPI) -> None:
    server = ListServer(timed_jobs(1234), cap=500)
    api.route("GET", "/jobs", server)
    await collect(await call(st, "list_jobs", fetch_all=True, as_dicts=True, timeout=30, max_retries=1))
    server.asked.clear()
    await collect(await call(st, "list_jobs", fetch_all=True, as_dicts=True))
    assert {params["pageSize"] for params in server.asked} == {"500"}


async def test_a_cap_met_in_the_middle_of_a_page_number_walk_loses_nothing(st: Any, api: FakeAPI) -> None:
    server = ListServer(timed_jobs(95))
    api.route("GET", "/technicians", server)

    def cap_from_the_second_page(server: ListServer, chunk: list[dict[str, Any]]) -> None:
        server.cap = 30

    server.after_page = cap_from_the_second_page
    st.page_size_limits["Technicians_GetList"] = 40
    ids = [t["id"] for t in await collect(await call(st, "list_technicians", fetch_all=True, as_dicts=True))]
    assert ids == list(range(1, 96))
    # page 2 at 40 served 30 (records 31..60 of a 30-record window): the walk goes on at 30, from record 61 on
    assert [(p["page"], p["pageSize"]) for p in server.asked][:3] == [("1", "40"), ("2", "40"), ("3", "30")]


async def test_a_short_page_of_one_page_iteration_goes_on_at_the_served_size(st: Any, api: FakeAPI) -> None:
    api.route("GET", "/jobs", ListServer(timed_jobs(25), cap=10))
    page = await call(st, "list_jobs", page_size=20, as_dicts=True)
    assert len(page.records) == 10
    assert [job["id"] for job in await collect(page)] == list(range(1, 26))
