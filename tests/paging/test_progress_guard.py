"""Every walk has a progress guard: a server that ignores `page`, a feed that never advances and a
`hasMore` that is not a boolean stop with a clear error after a bounded number of requests."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from servicetitan import ResponseValidationError
from servicetitan.errors import ListWalkWarning
from tests.overlay.conftest import FakeAPI, call, collect
from tests.paging.conftest import ListServer, timed_jobs

pytestmark = pytest.mark.anyio


async def test_a_server_ignoring_page_stops_the_walk(st: Any, api: FakeAPI) -> None:
    api.route("GET", "/technicians", ListServer(timed_jobs(10), ignore_page=True))
    page = await call(st, "list_technicians", page_size=4, as_dicts=True)
    with pytest.raises(ResponseValidationError, match="pages in a row brought no new record"):
        await collect(page)
    assert len(api.requests) <= 5


async def test_a_stable_walk_on_a_server_ignoring_its_bound_and_page_stops(st: Any, api: FakeAPI) -> None:
    server = ListServer(timed_jobs(10), cap=4, ignore_page=True)
    api.route("GET", "/jobs", lambda request: server(httpx.Request("GET", request.url.copy_with(params={}))))
    # The bound not honoured, the walk goes on by page number; the page ignored too, the progress guard stops it.
    with (
        pytest.warns(ListWalkWarning, match="did not honour sort"),
        pytest.raises(ResponseValidationError, match="pages in a row brought no new record"),
    ):
        await collect(await call(st, "list_jobs", page_size=4, fetch_all=True, as_dicts=True))
    assert len(api.requests) <= 5


@pytest.mark.parametrize("has_more", ["false", "true", 1, None])
async def test_has_more_must_be_a_boolean_in_a_list(st: Any, api: FakeAPI, has_more: Any) -> None:
    api.route("GET", "/jobs", ListServer(timed_jobs(3), has_more_as=lambda _: has_more))
    with pytest.raises(ResponseValidationError, match=f"hasMore must be true or false, not {has_more!r}"):
        await call(st, "list_jobs", as_dicts=True)
    assert len(api.requests) == 1


def feed(answer: dict[str, Any]) -> Any:
    return lambda request: httpx.Response(200, json=answer)


async def test_has_more_must_be_a_boolean_in_a_feed(st: Any, api: FakeAPI) -> None:
    api.route("GET", "/export/jobs", feed({"hasMore": "false", "continueFrom": "t1", "data": timed_jobs(2)}))
    with pytest.raises(ResponseValidationError, match="hasMore must be true or false, not 'false'"):
        await collect(st.exports.jpm.jobs(as_dicts=True))
    assert len(api.requests) == 1


async def test_a_feed_that_never_advances_stops(st: Any, api: FakeAPI) -> None:
    api.route("GET", "/export/jobs", feed({"hasMore": True, "continueFrom": "same", "data": timed_jobs(2)}))
    with pytest.raises(ResponseValidationError, match="continueFrom already asked for"):
        await collect(st.exports.jpm.jobs(start="2024-01-01", as_dicts=True))
    assert len(api.requests) == 2


async def test_a_feed_going_round_in_a_circle_stops(st: Any, api: FakeAPI) -> None:
    def circle(request: httpx.Request) -> httpx.Response:
        token = "b" if request.url.params.get("from") == "a" else "a"
        return httpx.Response(200, json={"hasMore": True, "continueFrom": token, "data": timed_jobs(1)})

    api.route("GET", "/export/jobs", circle)
    with pytest.raises(ResponseValidationError, match="continueFrom already asked for"):
        await collect(st.exports.jpm.jobs(start="a", as_dicts=True))
    assert len(api.requests) == 2
