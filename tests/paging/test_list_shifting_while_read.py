"""A list that shifts while it is read never loses a record silently.

Against the sandbox, three already-read customers are deactivated after every page (they leave the list of
active customers, which shifted every later record forward by three under a page-number walk). A list walked by
page number whose count keeps changing is read again, then refused with `ListChangedError` naming the feed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from servicetitan import AsyncServiceTitan, ListChangedError, ServiceTitan
from servicetitan.pagination import (
    MODIFIED_ON,
    SORT_IGNORED,
    paged_operations,
    reads_incrementally,
    record_fields,
    sort_field_accepted,
    stable_key,
    walk_kind,
)
from servicetitan.sandbox import DEFAULT_TENANT, Sandbox, serve
from tests.overlay.conftest import FakeAPI, call, collect
from tests.paging.conftest import ListServer, timed_jobs

pytestmark = pytest.mark.anyio
CUSTOMERS_PATH = f"/crm/v2/tenant/{DEFAULT_TENANT}/customers"
DEACTIVATED_PER_PAGE = 3


class Deactivator:
    """After every page of customers, deactivates three customers of that page in the sandbox's store."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.customers = sandbox.tenant(DEFAULT_TENANT)["customers"]
        self.touched: set[int] = set()
        self.pages = 0

    def after(self, request: httpx.Request, body: bytes) -> None:
        if request.url.path != CUSTOMERS_PATH:
            return
        self.pages += 1
        read = [record["id"] for record in json.loads(body)["data"]]
        for customer_id in read[:DEACTIVATED_PER_PAGE]:
            self.customers.update(customer_id, {"active": False})
            self.touched.add(customer_id)


class DeactivatingTransport(httpx.HTTPTransport):
    def __init__(self, deactivator: Deactivator) -> None:
        super().__init__()
        self.deactivator = deactivator

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        body = response.read()
        self.deactivator.after(request, body)
        return httpx.Response(response.status_code, headers=response.headers, content=body)


class AsyncDeactivatingTransport(httpx.ASGITransport):
    def __init__(self, sandbox: Sandbox, deactivator: Deactivator) -> None:
        super().__init__(app=sandbox)
        self.deactivator = deactivator

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await super().handle_async_request(request)
        body = await response.aread()
        self.deactivator.after(request, body)
        return httpx.Response(response.status_code, headers=response.headers, content=body)


def client_settings(sandbox: Sandbox, base_url: str) -> dict[str, Any]:
    credentials = sandbox.credentials
    return {
        "client_id": credentials.client_id,
        "client_secret": credentials.client_secret,
        "app_key": credentials.app_key,
        "tenant": DEFAULT_TENANT,
        "api_url": base_url,
        "token_url": f"{base_url}/connect/token",
        "rate_limit": None,
        "page_size_limits": {"Customers_GetList": 50},
    }


@pytest.fixture
def shifting(side: str) -> Iterator[tuple[ServiceTitan | AsyncServiceTitan, Sandbox, Deactivator]]:
    sandbox = Sandbox(jobs=2000)
    deactivator = Deactivator(sandbox)
    if side == "sync":
        with serve(sandbox) as base_url:
            transport = DeactivatingTransport(deactivator)
            with ServiceTitan(**client_settings(sandbox, base_url), transport=transport) as st:
                yield st, sandbox, deactivator
    else:
        transport = AsyncDeactivatingTransport(sandbox, deactivator)
        yield AsyncServiceTitan(**client_settings(sandbox, "http://sandbox"), transport=transport), sandbox, deactivator


async def test_deactivating_read_customers_between_pages_loses_no_untouched_customer(shifting: Any) -> None:
    st, sandbox, deactivator = shifting
    active_before = {c["id"] for c in sandbox.tenant(DEFAULT_TENANT)["customers"].records() if c["active"]}
    ids = [
        customer["id"] for customer in await collect(await call(st, "list_customers", fetch_all=True, as_dicts=True))
    ]
    untouched = active_before - deactivator.touched
    assert deactivator.pages >= 15
    assert len(untouched) > 850
    assert untouched - set(ids) == set()  # none lost
    assert len(ids) == len(set(ids))  # none twice


def test_which_lists_are_shift_safe_comes_from_the_catalog() -> None:
    kinds = {op.operation_id: walk_kind(op) for op in paged_operations()}
    assert kinds["Customers_GetList"] == "stable"
    assert kinds["Technicians_GetList"] == "counted"  # no sort parameter: walked by page number, counted
    for op in paged_operations():
        names = {p.name for p in op.parameters}
        # A stable key needs `sort` on CreatedOn (where the document names its sort fields) and the bound, on a list
        # whose records have createdOn (where the document says) and that is not known to ignore its sort.
        fields = record_fields(op)
        accepted = (
            sort_field_accepted(op, "CreatedOn")
            and (fields is None or "createdOn" in fields)
            and (op.domain, op.operation_id) not in SORT_IGNORED
        )
        assert (walk_kind(op) == "stable") == ({"sort", "createdOnOrAfter"} <= names and accepted)
        assert (stable_key(op) is not None) == (walk_kind(op) == "stable")


def shrinking_server(removed_per_page: int, pages_that_shrink: int) -> ListServer:
    """Technicians read by page number; after each of the first pages, the first records leave the list."""
    server = ListServer(timed_jobs(40))
    state = {"shrinks": 0}

    def remove_read(server: ListServer, chunk: list[dict[str, Any]]) -> None:
        if state["shrinks"] < pages_that_shrink and chunk:
            state["shrinks"] += 1
            gone = {record["id"] for record in chunk[:removed_per_page]}
            server.records[:] = [record for record in server.records if record["id"] not in gone]

    server.after_page = remove_read
    return server


async def test_a_page_number_walk_whose_count_changes_is_read_again_and_loses_nothing(st: Any, api: FakeAPI) -> None:
    server = shrinking_server(removed_per_page=2, pages_that_shrink=2)
    api.route("GET", "/technicians", server)
    st.page_size_limits["Technicians_GetList"] = 10
    everyone = {record["id"] for record in server.records}
    ids = [t["id"] for t in await collect(await call(st, "list_technicians", fetch_all=True, as_dicts=True))]
    removed = everyone - {record["id"] for record in server.records}
    assert (everyone - removed) - set(ids) == set()
    assert len(ids) == len(set(ids))
    assert all(params["includeTotal"] == "true" for params in server.asked)


async def test_a_list_that_keeps_changing_raises_list_changed_error_naming_the_feed(st: Any, api: FakeAPI) -> None:
    api.route("GET", "/technicians", shrinking_server(removed_per_page=1, pages_that_shrink=100))
    st.page_size_limits["Technicians_GetList"] = 5
    with pytest.raises(ListChangedError, match=r"st\.exports\.settings\.technicians") as caught:
        await collect(await call(st, "list_technicians", fetch_all=True, as_dicts=True))
    assert caught.value.export_feed == "st.exports.settings.technicians"
    assert len(api.requests) < 40


async def test_an_odd_record_without_the_key_does_not_stop_a_stable_walk(st: Any, api: FakeAPI) -> None:
    records = timed_jobs(7)
    records[2]["createdOn"] = None
    server = ListServer(records)
    api.route("GET", "/jobs", server)
    st.page_size_limits["Jobs_GetList"] = 3
    ids = [job["id"] for job in await collect(await call(st, "list_jobs", fetch_all=True, as_dicts=True))]
    assert sorted(ids) == list(range(1, 8))
    assert len(ids) == 7


def test_the_readme_states_the_shift_safe_lists_the_catalog_gives() -> None:
    from collections import Counter
    from pathlib import Path

    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Paged reads and feeds", 1)[1].split("\n## ", 1)[0]
    operations = paged_operations()
    kinds = Counter(walk_kind(op) for op in operations)
    assert f"{kinds['stable']} of the {len(operations)} paged lists" in section
    assert f"| {kinds['counted']} lists with `includeTotal`" in section
    unguarded = [op.operation_id for op in operations if walk_kind(op) == "unguarded"]
    assert f"| {len(unguarded)} lists with neither (" + ", ".join(f"`{name}`" for name in unguarded) + ")" in section
    incremental = [op for op in operations if reads_incrementally(op)]
    ordered = [op for op in incremental if stable_key(op, MODIFIED_ON) is not None]
    assert f"On the {len(incremental)} lists with `modifiedOnOrAfter`" in section
    assert f"where the list has a sort on ModifiedOn ({len(ordered)})" in section


async def test_a_page_iterated_from_a_later_page_is_read_again_from_that_page(st: Any, api: FakeAPI) -> None:
    server = shrinking_server(removed_per_page=1, pages_that_shrink=1)
    api.route("GET", "/technicians", server)
    page = await call(st, "list_technicians", page=3, page_size=5, include_total=True, as_dicts=True)
    ids = [t["id"] for t in await collect(page)]
    assert min(int(params["page"]) for params in server.asked) == 3
    assert set(range(12, 41)) - set(ids) == set()  # from page 3 on (once job 11 left), nothing lost
    assert len(ids) == len(set(ids))
