"""Only repeats caused by a shift (same id and same modifiedOn, on a later page) are dropped; distinct
data that shares an id is always yielded."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.overlay.conftest import FakeAPI, call, collect
from tests.paging.conftest import stamp, timed_jobs

pytestmark = pytest.mark.anyio


def pages(*chunks: list[dict[str, Any]]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params["page"])
        return httpx.Response(
            200, json={"page": number, "pageSize": 3, "hasMore": number < len(chunks), "data": chunks[number - 1]}
        )

    return handler


async def test_two_records_sharing_an_id_within_one_page_are_both_yielded(st: Any, api: FakeAPI) -> None:
    first, second = timed_jobs(2)
    twin = dict(first, summary="a different record under the same id and modifiedOn")
    api.route("GET", "/jobs", pages([first, twin, second]))
    records = await collect(await call(st, "list_jobs", page_size=3, as_dicts=True))
    assert records == [first, twin, second]


async def test_a_shifted_repeat_is_dropped_and_a_newer_version_is_kept(st: Any, api: FakeAPI) -> None:
    one, two, three, four, five = timed_jobs(5)
    newer_two = dict(two, modifiedOn=stamp(40))
    api.route("GET", "/jobs", pages([one, two, three], [three, newer_two, four], [five]))
    records = await collect(await call(st, "list_jobs", page_size=3, as_dicts=True))
    assert records == [one, two, three, newer_two, four, five]


async def test_records_without_modified_on_are_compared_whole(st: Any, api: FakeAPI) -> None:
    reasons = [{"id": 1, "name": "Weather"}, {"id": 2, "name": "Price"}, {"id": 3, "name": "Other"}]
    renamed = {"id": 2, "name": "Too expensive"}
    api.route("GET", "/job-cancel-reasons", pages(reasons, [reasons[2], renamed]))
    records = await collect(await call(st, "list_job_cancel_reasons", page_size=3, as_dicts=True))
    assert records == [*reasons, renamed]
