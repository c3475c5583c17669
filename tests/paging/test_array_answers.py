"""Four paged lists are documented to answer without `hasMore`: a bare JSON array (`InventoryBills_GetList`,
`Jobs_GetJobAttachments`) or a bare `{data}` (`BudgetCodes_ListCompanySegments`, `..._ListProjectSegments`).
The walk reads on while a page is full and stops at the first short one, losing nothing, where it used to fail
on the first page."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from servicetitan import AsyncServiceTitan
from servicetitan.errors import ResponseValidationError
from tests.overlay.conftest import FakeAPI, collect

pytestmark = pytest.mark.anyio

BILLS = [{"id": i, "billNumber": f"B-{i}"} for i in range(1, 124)]


def bare_pages(records: list[dict[str, Any]], asked: list[tuple[str, str]]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        page, size = int(request.url.params.get("page", 1)), int(request.url.params.get("pageSize", 50))
        asked.append((str(page), str(size)))
        return httpx.Response(200, json=records[(page - 1) * size : page * size])

    return handler


async def call(st: Any, resource: Any, verb: str, **kwargs: Any) -> Any:
    result = getattr(resource, verb)(**kwargs)
    return await result if isinstance(st, AsyncServiceTitan) else result


async def read(st: Any, **kwargs: Any) -> Any:
    return await call(st, st.accounting.inventory_bills, "get_list", **kwargs)


async def test_fetch_all_over_a_bare_array_reads_every_record_once(st: Any, api: FakeAPI) -> None:
    asked: list[tuple[str, str]] = []
    api.route("GET", "/inventory-bills", bare_pages(BILLS, asked))
    st.page_size_limits["InventoryBills_GetList"] = 50
    ids = [bill["id"] for bill in await collect(await read(st, fetch_all=True, as_dicts=True))]
    assert ids == list(range(1, 124))
    assert asked == [("1", "50"), ("2", "50"), ("3", "50")]


async def test_one_full_page_says_there_may_be_more_and_a_short_one_says_not(st: Any, api: FakeAPI) -> None:
    api.route("GET", "/inventory-bills", bare_pages(BILLS, []))
    full = await read(st, page_size=100, as_dicts=True)
    assert (len(full.records), full.has_more) == (100, True)
    last = await read(st, page=2, page_size=100, as_dicts=True)
    assert (len(last.records), last.has_more) == (23, False)


async def test_a_bare_array_from_a_list_documented_as_an_envelope_is_still_refused(st: Any, api: FakeAPI) -> None:
    api.route("GET", "/jobs", lambda request: httpx.Response(200, json=[{"id": 1}]))
    with pytest.raises(ResponseValidationError, match="object with a 'data' array"):
        await call(st, st.jpm.jobs, "get_list", as_dicts=True)


async def test_a_bare_data_envelope_is_walked_the_same_way(st: Any, api: FakeAPI) -> None:
    segments = [{"id": i} for i in range(1, 8)]

    def handler(request: httpx.Request) -> httpx.Response:
        page, size = int(request.url.params.get("page", 1)), int(request.url.params.get("pageSize", 50))
        return httpx.Response(200, json={"data": segments[(page - 1) * size : page * size]})

    api.route("GET", "/work-breakdown-structure/segments", handler)
    st.page_size_limits["BudgetCodes_ListCompanySegments"] = 3
    records = await call(st, st.jpm.budget_codes, "list_company_segments", fetch_all=True, as_dicts=True)
    assert [s["id"] for s in await collect(records)] == list(range(1, 8))
