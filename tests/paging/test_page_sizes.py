"""The per-operation page-size table holds only caps with evidence; everything else asks for the documented
5000, and the sandbox refuses exactly what the table refuses."""

from __future__ import annotations

from typing import Any

import pytest

from servicetitan import _catalog
from servicetitan.pagination import DEFAULT_MAX_PAGE_SIZE, MAX_PAGE_SIZE, max_page_size
from servicetitan.sandbox.listing import page_size_cap
from tests.overlay.conftest import FakeAPI, call, collect
from tests.paging.conftest import ListServer, timed_jobs

pytestmark = pytest.mark.anyio


def test_every_capped_entry_names_its_evidence_and_exists() -> None:
    assert DEFAULT_MAX_PAGE_SIZE == 5000
    for (domain, operation_id), cap in MAX_PAGE_SIZE.items():
        operation = _catalog.operation(domain, operation_id)
        assert "pageSize" in {p.name for p in operation.parameters}
        assert cap.size < DEFAULT_MAX_PAGE_SIZE
        assert "tap-service-titan" in cap.evidence
        assert page_size_cap(operation) == cap.size == max_page_size(operation)


@pytest.mark.parametrize(("method", "suffix"), [("list_technicians", "/technicians"), ("list_customers_contact", "")])
async def test_fetch_all_asks_for_5000_where_there_is_no_evidence_of_less(
    st: Any, api: FakeAPI, method: str, suffix: str
) -> None:
    arguments = {"id": 7} if method == "list_customers_contact" else {}
    api.route("GET", suffix or "/customers/7/contacts", ListServer(timed_jobs(3)))
    await collect(await call(st, method, fetch_all=True, as_dicts=True, **arguments))
    assert api.requests[0].url.params["pageSize"] == "5000"


def test_the_override_still_wins() -> None:
    operation = _catalog.operation("accounting", "JournalEntries_GetList")
    assert max_page_size(operation) == 500
    assert max_page_size(operation, {"JournalEntries_GetList": 2000}) == 2000
