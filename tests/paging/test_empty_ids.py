"""An empty `ids` asks for no record: nothing is yielded and nothing is sent."""

from __future__ import annotations

from typing import Any

import pytest

from tests.overlay.conftest import FakeAPI, call, collect
from tests.paging.conftest import ListServer, timed_jobs

pytestmark = pytest.mark.anyio
EMPTY: list[Any] = [[], (), set(), frozenset(), range(0)]


@pytest.mark.parametrize("ids", EMPTY, ids=lambda ids: type(ids).__name__)
@pytest.mark.parametrize("fetch_all", [False, True])
async def test_empty_ids_yield_nothing_without_a_request(st: Any, api: FakeAPI, ids: Any, fetch_all: bool) -> None:
    api.route("GET", "/jobs", ListServer(timed_jobs(5)))
    result = await call(st, "list_jobs", ids=ids, fetch_all=fetch_all)
    assert await collect(result) == []
    if not fetch_all:
        assert (result.records, result.has_more, result.next_page_number) == ([], False, None)
    assert api.requests == []
