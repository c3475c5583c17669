"""The sandbox's list deviations (deviations.py): `sort_ignored`, `sort_fields`, `first_page`, `requires_total`,
served from the production profile or from rows a test passes; the default profile stays with the documents."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from servicetitan import _catalog
from servicetitan.sandbox import DEFAULT_TENANT, Deviation, Sandbox, serve

from .conftest import START, FakeClock, authenticate

CUSTOMERS = ("crm", "Customers_GetList")
CATEGORIES = ("pricebook", "Categories_GetList")
MAPPINGS = ("settings", "IntacctBusinessUnitMappings_Get")


def _url(domain: str, operation_id: str) -> str:
    return _catalog.operation(domain, operation_id).path.replace("{tenant}", str(DEFAULT_TENANT))


def _client(sandbox: Sandbox) -> Iterator[httpx.Client]:
    with serve(sandbox) as url, httpx.Client(base_url=url, trust_env=False) as client:
        authenticate(client, sandbox)
        yield client


@pytest.fixture
def production() -> Iterator[httpx.Client]:
    yield from _client(Sandbox(jobs=30, clock=FakeClock(START), deviations="production"))


@pytest.fixture
def documents() -> Iterator[httpx.Client]:
    yield from _client(Sandbox(jobs=30, clock=FakeClock(START)))


@pytest.fixture
def scrambled() -> Iterator[tuple[Sandbox, httpx.Client]]:
    sandbox = Sandbox(jobs=30, clock=FakeClock(START), deviations=[Deviation("sort_ignored", *CUSTOMERS)])
    for client in _client(sandbox):
        yield sandbox, client


def _get(client: httpx.Client, where: tuple[str, str], **params: Any) -> dict[str, Any]:
    answer = client.get(_url(*where), params=params)
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body


def _walk(client: httpx.Client, where: tuple[str, str], size: int, **params: Any) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    for page in range(1, 1000):
        body = _get(client, where, page=page, pageSize=size, **params)
        records += body["data"]
        if not body["hasMore"]:
            return records
    raise AssertionError("the list never ended")


def test_an_ignored_sort_answers_in_an_order_of_its_own_that_pages_consistently(
    scrambled: tuple[Sandbox, httpx.Client],
) -> None:
    sandbox, client = scrambled
    stored = {record["id"]: record for record in sandbox.records(*CUSTOMERS).records() if record["active"]}
    ascending = _walk(client, CUSTOMERS, 7, sort="+CreatedOn")
    descending = _walk(client, CUSTOMERS, 7, sort="-ModifiedOn")
    unsorted = _walk(client, CUSTOMERS, 7)
    ids = [record["id"] for record in ascending]
    assert sorted(ids) == sorted(stored)  # every record once, over pages of one consistent order
    assert ids == [record["id"] for record in descending] == [record["id"] for record in unsorted]
    created = [record["createdOn"] for record in ascending]
    assert created != sorted(created)
    assert ids != sorted(ids)


def test_an_ignored_sort_still_honours_the_date_bounds_and_filters(scrambled: tuple[Sandbox, httpx.Client]) -> None:
    sandbox, client = scrambled
    stored = sorted(sandbox.records(*CUSTOMERS).records(), key=lambda record: record["createdOn"])
    bound = stored[len(stored) // 2]["createdOn"]
    records = _walk(client, CUSTOMERS, 4, sort="+CreatedOn", createdOnOrAfter=bound, active="Any")
    assert sorted(record["id"] for record in records) == sorted(
        record["id"] for record in stored if record["createdOn"] >= bound
    )
    assert [record["createdOn"] for record in records] != sorted(record["createdOn"] for record in records)
    total = _get(client, CUSTOMERS, sort="+CreatedOn", createdOnOrAfter=bound, active="Any", includeTotal="true")
    assert total["totalCount"] == len(records)


def test_a_sort_outside_the_accepted_fields_is_refused_naming_sort(production: httpx.Client) -> None:
    for sort in ("+CreatedOn", "+ModifiedOn"):
        answer = production.get(_url(*CATEGORIES), params={"sort": sort})
        assert answer.status_code == 400
        assert "sort" in answer.json()["errors"]
    for sort in ("+Id", "-Name"):
        assert production.get(_url(*CATEGORIES), params={"sort": sort}).status_code == 200


def test_the_mappings_number_pages_from_0_and_require_include_total(production: httpx.Client) -> None:
    refused = production.get(_url(*MAPPINGS), params={"page": 0, "pageSize": 2})
    assert refused.status_code == 400
    assert "includeTotal" in refused.json()["errors"]
    first = _get(production, MAPPINGS, page=0, pageSize=2, includeTotal="true")
    second = _get(production, MAPPINGS, page=1, pageSize=2, includeTotal="true")
    assert first["page"] == 0
    assert second["page"] == 1
    assert first["totalCount"] > 2
    assert not {record["id"] for record in first["data"]} & {record["id"] for record in second["data"]}
    assert production.get(_url(*MAPPINGS), params={"page": -1, "includeTotal": "true"}).status_code == 400


def test_the_documents_profile_keeps_sort_and_page_numbers_as_documented(documents: httpx.Client) -> None:
    created = [record["createdOn"] for record in _walk(documents, CUSTOMERS, 7, sort="+CreatedOn")]
    assert created == sorted(created)
    assert documents.get(_url(*CATEGORIES), params={"sort": "+CreatedOn"}).status_code == 200
    assert documents.get(_url(*CUSTOMERS), params={"page": 0}).status_code == 400
    # Its document: `page` has minimum 0, and `page`, `pageSize` and `includeTotal` are required.
    assert documents.get(_url(*MAPPINGS), params={"page": 0, "pageSize": 2, "includeTotal": "true"}).status_code == 200
    assert set(documents.get(_url(*MAPPINGS), params={"page": 0}).json()["errors"]) == {"pageSize", "includeTotal"}
