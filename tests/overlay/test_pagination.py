"""Paged reads: one page, every page, fetch_all; nothing dropped, nothing duplicated, no endless loop."""

from __future__ import annotations

import weakref
from typing import Any

import httpx
import pytest

from servicetitan import ResponseValidationError, _parsing
from servicetitan._parsing import ABSENT, UnparsedRecord, odd_fields
from tests.overlay.conftest import FakeAPI, call, collect, jobs, paged

pytestmark = pytest.mark.anyio


async def test_one_page_and_iteration_over_every_later_page(st: Any, api: FakeAPI) -> None:
    api.route("GET", "/jobs", paged(jobs(5)))
    page = await call(st, "list_jobs", page_size=2, include_total=True)
    assert [job.id for job in page.records] == [1, 2]
    assert (page.page, page.page_size, page.has_more, page.total_count, page.next_page_number) == (1, 2, True, 5, 2)
    assert [job.id for job in await collect(page)] == [1, 2, 3, 4, 5]
    assert [r.url.params["page"] for r in api.requests] == ["1", "2", "3"]


@pytest.mark.parametrize(("count", "pages"), [(0, 1), (4, 2), (5, 3)])
async def test_fetch_all_edges_empty_exact_multiple_and_last_partial_page(
    st: Any, api: FakeAPI, count: int, pages: int
) -> None:
    api.route("GET", "/jobs", paged(jobs(count)))
    st.page_size_limits["Jobs_GetList"] = 2
    records = await call(st, "list_jobs", fetch_all=True)
    ids = [job.id for job in await collect(records)]
    assert ids == list(range(1, count + 1))
    assert len(api.requests) == pages
    assert {r.url.params["pageSize"] for r in api.requests} == {"2"}


async def test_fetch_all_asks_for_the_largest_page_size(st: Any, api: FakeAPI) -> None:
    api.route("GET", "/jobs", paged(jobs(3)))
    await collect(await call(st, "list_jobs", fetch_all=True))
    assert api.requests[0].url.params["pageSize"] == "5000"


async def test_a_record_seen_on_an_earlier_page_is_not_yielded_twice(st: Any, api: FakeAPI) -> None:
    shifting = jobs(4)

    def handler(request: httpx.Request) -> httpx.Response:
        response = paged(shifting)(request)
        if request.url.params["page"] == "1":
            shifting.insert(0, jobs(1, start=99)[0])  # a new record pushes job 2 onto page 2
        return response

    api.route("GET", "/jobs", handler)
    st.page_size_limits["Jobs_GetList"] = 2
    ids = [job.id for job in await collect(await call(st, "list_jobs", fetch_all=True))]
    assert ids == [1, 2, 3, 4]


async def test_an_odd_record_is_typed_with_its_odd_field_kept_not_dropped(st: Any, api: FakeAPI) -> None:
    records = jobs(3)
    del records[1]["jobNumber"]
    records[2]["brandNewField"] = {"added": "without notice"}
    api.route("GET", "/jobs", paged(records))
    result = await collect(await call(st, "list_jobs", fetch_all=True))
    assert [type(r).__name__ for r in result] == ["JpmV2JobResponse"] * 3
    odd = result[1]
    assert (odd.id, odd.job_number) == (2, None)
    assert odd_fields(odd) == {"jobNumber": ABSENT}
    assert odd_fields(result[0]) == {}
    assert result[2].additional_properties["brandNewField"] == {"added": "without notice"}


async def test_a_page_parsed_again_for_one_odd_record_warns_once_and_keeps_every_other_record_typed(
    st: Any, api: FakeAPI, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A page of objects is parsed in one pass; one that does not fit sends the page through record by record.
    monkeypatch.setattr(_parsing, "_reported", set())  # reports are once per process: forget earlier tests'
    records: list[Any] = jobs(4)
    del records[2]["jobNumber"]
    records.append("not an object")
    api.route("GET", "/jobs", paged(records))
    with caplog.at_level("WARNING", logger="servicetitan"):
        result = await collect(await call(st, "list_jobs", fetch_all=True))
    assert [type(r).__name__ for r in result] == ["JpmV2JobResponse"] * 4 + ["UnparsedRecord"]
    assert [r.id for r in result[:4]] == [1, 2, 3, 4]
    assert odd_fields(result[2]) == {"jobNumber": ABSENT}
    assert isinstance(result[4], UnparsedRecord)
    assert result[4].data == "not an object"
    messages = [r.getMessage() for r in caplog.records]
    assert sum("field jobNumber is missing" in message for message in messages) == 1
    assert sum("returned unparsed" in message for message in messages) == 1


async def test_an_odd_record_seen_on_an_earlier_page_is_not_yielded_twice(st: Any, api: FakeAPI) -> None:
    shifting = jobs(4)
    del shifting[1]["jobNumber"]

    def handler(request: httpx.Request) -> httpx.Response:
        response = paged(shifting)(request)
        if request.url.params["page"] == "1":
            shifting.insert(0, jobs(1, start=99)[0])  # pushes the odd job 2 onto page 2 as well
        return response

    api.route("GET", "/jobs", handler)
    st.page_size_limits["Jobs_GetList"] = 2
    records = await collect(await call(st, "list_jobs", fetch_all=True))
    assert [r["id"] if isinstance(r, UnparsedRecord) else r.id for r in records] == [1, 2, 3, 4]


async def test_as_dicts_returns_the_records_as_received(st: Any, api: FakeAPI) -> None:
    api.route("GET", "/jobs", paged(jobs(2)))
    page = await call(st, "list_jobs", as_dicts=True)
    assert page.records == jobs(2)


async def test_has_more_with_an_empty_page_stops_with_an_error(st: Any, api: FakeAPI) -> None:
    api.route(
        "GET", "/jobs", lambda r: httpx.Response(200, json={"page": 1, "pageSize": 50, "hasMore": True, "data": []})
    )
    with pytest.raises(ResponseValidationError, match="says hasMore but has no record"):
        await call(st, "list_jobs")
    assert len(api.requests) == 1


async def test_picklist_labels_and_keys(st: Any, api: FakeAPI) -> None:
    api.route("GET", "/jobs", paged(jobs(3)))
    assert await call(st, "select_job") == [
        {"key": "1", "label": "#J-1"},
        {"key": "2", "label": "#J-2"},
        {"key": "3", "label": "#J-3"},
    ]
    technicians = [{"id": 7, "name": "Ada Lovelace"}, {"id": 8, "name": None}, {"id": 9}]
    api.route("GET", "/technicians", paged(technicians))
    assert await call(st, "select_technician") == [
        {"key": "7", "label": "Ada Lovelace (ID: 7)"},
        {"key": "8", "label": " (ID: 8)"},
        {"key": "9", "label": " (ID: 9)"},
    ]


async def test_picklist_stops_at_ten_thousand_entries(st: Any, api: FakeAPI) -> None:
    api.route("GET", "/jobs", paged(jobs(10_050)))
    st.page_size_limits["Jobs_GetList"] = 4000
    entries = await call(st, "select_job")
    assert len(entries) == 10_000
    assert entries[-1] == {"key": "10000", "label": "#J-10000"}
    assert len(api.requests) == 3


def ids_handler(records: list[dict[str, Any]]) -> Any:
    """A list endpoint that honours `ids` and refuses more than 50, as the API does."""

    def handler(request: httpx.Request) -> httpx.Response:
        wanted = request.url.params.get("ids")
        if wanted is not None and len(wanted.split(",")) > 50:
            return httpx.Response(400, json={"title": "Too many ids", "status": 400})
        chosen = [r for r in records if wanted is None or str(r["id"]) in wanted.split(",")]
        return paged(chosen)(request)

    return handler


async def test_more_than_fifty_ids_are_read_in_batches_of_fifty_with_fetch_all(st: Any, api: FakeAPI) -> None:
    api.route("GET", "/jobs", ids_handler(jobs(130)))
    wanted = [*range(1, 121), 5, 7]  # repeats are asked for once
    records = await collect(await call(st, "list_jobs", ids=wanted, fetch_all=True))
    assert [job.id for job in records] == list(range(1, 121))
    sizes = [len(r.url.params["ids"].split(",")) for r in api.requests]
    assert sizes == [50, 50, 20]


async def test_more_than_fifty_ids_without_fetch_all_is_refused_before_sending(st: Any, api: FakeAPI) -> None:
    with pytest.raises(ValueError, match=r"at most 50 ids per request \(51 given\); pass fetch_all=True"):
        await call(st, "list_jobs", ids=",".join(str(i) for i in range(51)))
    with pytest.raises(ValueError, match="ids must be whole numbers"):
        await call(st, "list_jobs", ids="1,two")
    assert api.requests == []


async def test_ids_as_a_string_or_ints_go_out_comma_separated(st: Any, api: FakeAPI) -> None:
    api.route("GET", "/jobs", ids_handler(jobs(5)))
    page = await call(st, "list_jobs", ids=[3, 1])
    assert [job.id for job in page.records] == [1, 3]
    assert api.requests[0].url.params["ids"] == "3,1"


async def test_a_streaming_read_holds_no_earlier_page_while_it_fetches_the_next(
    st: Any, api: FakeAPI, side: str
) -> None:
    # The first page stays with the Records (it is iterated again from there); the second must be gone by the
    # time the third is fetched, apart from the record the consumer holds.
    third_record: list[weakref.ref[Any]] = []
    alive_at_page_3: list[bool] = []
    serve = paged(jobs(6))

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.params["page"] == "3":
            alive_at_page_3.extend(ref() is not None for ref in third_record)
        return serve(request)

    api.route("GET", "/jobs", handler)
    st.page_size_limits["Jobs_GetList"] = 2
    records = await call(st, "list_jobs", fetch_all=True)
    ids = []
    if side == "sync":
        for job in records:
            ids.append(job.id)
            if job.id == 3:
                third_record.append(weakref.ref(job))
    else:
        async for job in records:
            ids.append(job.id)
            if job.id == 3:
                third_record.append(weakref.ref(job))
    assert ids == [1, 2, 3, 4, 5, 6]
    assert alive_at_page_3 == [False]


@pytest.mark.parametrize("as_dicts", [False, True])
async def test_records_that_are_not_objects_are_each_handed_over_wherever_they_stand(
    st: Any, api: FakeAPI, as_dicts: bool
) -> None:
    # Before: once one non-object stood on a page, the ones after it were dropped without a word.
    records: list[Any] = [*jobs(2), None, 7, ["a"], "text"]
    api.route("GET", "/jobs", paged(records))
    result = await collect(await call(st, "list_jobs", fetch_all=True, as_dicts=as_dicts))
    if as_dicts:
        assert result == records
        return
    assert [r.id for r in result[:2]] == [1, 2]
    assert [type(r) for r in result[2:]] == [UnparsedRecord] * 4
    assert [r.data for r in result[2:]] == [None, 7, ["a"], "text"]
