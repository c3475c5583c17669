"""The client counts pages itself; a wrong or odd `page` echo neither loses records nor loops."""

from __future__ import annotations

from typing import Any

import pytest

from tests.overlay.conftest import FakeAPI, call, collect
from tests.paging.conftest import ListServer, timed_jobs

pytestmark = pytest.mark.anyio
ECHOES = {"always one, as a string": lambda page: "1", "one ahead": lambda page: page + 1, "missing": lambda page: None}


@pytest.mark.parametrize("echo", ECHOES.values(), ids=ECHOES.keys())
async def test_a_wrong_page_echo_is_ignored(st: Any, api: FakeAPI, echo: Any) -> None:
    server = ListServer(timed_jobs(7), echo=echo)
    api.route("GET", "/jobs", server)
    page = await call(st, "list_jobs", page_size=2, as_dicts=True)
    assert page.page == 1
    assert [job["id"] for job in await collect(page)] == list(range(1, 8))
    assert [params["page"] for params in server.asked] == ["1", "2", "3", "4"]


async def test_next_page_numbers_are_counted_by_the_client(st: Any, api: FakeAPI) -> None:
    api.route("GET", "/jobs", ListServer(timed_jobs(5), echo=lambda page: 9))
    page = await call(st, "list_jobs", page_size=2, page=2, as_dicts=True)
    assert (page.page, page.next_page_number) == (2, 3)
