"""Date bounds on a sorted list (a stable-key walk: `sort=+CreatedOn&createdOnOrAfter=<last>`) are answered by
bisecting the list's kept order: the same answers as filtering and sorting every record, at the cost of the page."""

from __future__ import annotations

import dataclasses
import random
from typing import Any

import httpx

from servicetitan import _catalog
from servicetitan.sandbox import DEFAULT_TENANT, Sandbox
from servicetitan.sandbox.listing import ListRequest, Query, list_page, parse_list_request
from servicetitan.sandbox.store import Collection, MatchIndex, Record

from .conftest import START, TENANT, FakeClock

QUERIES = 400
BOUNDS = ("createdOnOrAfter", "createdBefore", "modifiedOnOrAfter", "modifiedBefore", "completedOnOrAfter")
SORTS = ("+CreatedOn", "+ModifiedOn", "+Id", "-CreatedOn", "-ModifiedOn", "-Id", None)


def _plain(request: ListRequest, records: list[Record]) -> dict[str, Any]:
    """The answer by the plain algorithm: filter every record, sort, cut the page."""
    matching = [record for record in records if all(keep(record) for keep in request.filters())]
    if request.sort_field is not None:
        key = request.sort_field
        matching.sort(key=lambda record: (record.get(key) is None, record.get(key), record["id"]))
        if request.descending:
            matching.reverse()
    start = (request.page - 1) * request.page_size
    window = matching[start : start + request.page_size + 1]
    return {
        "page": request.page,
        "pageSize": request.page_size,
        "hasMore": len(window) > request.page_size,
        "data": window[: request.page_size],
        "totalCount": len(matching),
    }


def _awkward(collection: Collection, chooser: random.Random) -> None:
    """Records that share timestamps, hold a date without a time, lack a date, or hold a null one."""
    ids = list(collection.ids())
    shared = collection.get(ids[3])
    assert shared is not None
    for record_id in chooser.sample(ids, 6):
        collection.modify(record_id, createdOn=shared["createdOn"])
    for record_id in chooser.sample(ids, 2):
        record = collection.get(record_id)
        assert record is not None
        collection.modify(record_id, createdOn=record["createdOn"][:10])
    collection.insert(createdOn=None)
    bare = collection.insert()
    del bare["modifiedOn"]


def _random_query(chooser: random.Random, stamps: list[str], operation: _catalog.Operation) -> list[tuple[str, str]]:
    declared = {parameter.name for parameter in operation.parameters}
    query = [("page", str(chooser.randint(1, 8))), ("pageSize", str(chooser.randint(1, 9))), ("includeTotal", "true")]
    sort = chooser.choice(SORTS)
    if sort is not None:
        query.append(("sort", sort))
    for name in chooser.sample([name for name in BOUNDS if name in declared], chooser.randint(0, 2)):
        stamp = chooser.choice(stamps)
        query.append((name, stamp[:10] if chooser.random() < 0.2 else stamp))
    if "active" in declared:
        query.append(("active", chooser.choice(("True", "False", "Any"))))
    return query


def test_bounded_pages_equal_the_plain_algorithm_on_random_queries() -> None:
    chooser = random.Random(20261201)
    sandbox = Sandbox(jobs=60, clock=FakeClock(START))
    for domain, operation_id in (("jpm", "Jobs_GetList"), ("payroll", "GrossPayItems_GetList")):
        operation = _catalog.operation(domain, operation_id)
        collection = sandbox.records(domain, operation_id)
        _awkward(collection, chooser)
        records = list(collection.records())
        stamps = [record[name] for record in records for name in ("createdOn", "modifiedOn") if record.get(name)]
        index = MatchIndex(collection.tenant)
        for _ in range(QUERIES):
            query = _random_query(chooser, stamps, operation)
            request = parse_list_request(operation, Query(query))
            answer = list_page(request, collection.records, collection.get, index, collection.ids)
            assert answer == _plain(request, records), query


def _count_builds(collection: Collection) -> list[int]:
    built: list[int] = []
    factory = collection.seeded.factory

    def counting(index: int) -> dict[str, Any]:
        built.append(index)
        return factory(index)

    collection.seeded = dataclasses.replace(collection.seeded, factory=counting)
    return built


def test_a_deep_page_of_a_stable_walk_builds_only_its_own_records(client: httpx.Client, sandbox: Sandbox) -> None:
    jobs = sandbox.records("jpm", "Jobs_GetList", DEFAULT_TENANT)
    stamps = [record["createdOn"] for record in jobs.records()]
    built = _count_builds(jobs)
    url = f"/jpm/v2/tenant/{TENANT}/jobs"
    walk = {"sort": "+CreatedOn", "pageSize": 5, "page": 1, "active": "Any"}
    first = client.get(url, params=walk).json()["data"]  # a stable-key walk's first page has no bound yet
    assert [row["createdOn"] for row in first] == stamps[:5]
    built.clear()
    deep = client.get(url, params={**walk, "createdOnOrAfter": stamps[20]}).json()
    assert [row["createdOn"] for row in deep["data"]] == stamps[20:25]
    assert len(built) <= 6  # the page and the one record that tells whether more follow
