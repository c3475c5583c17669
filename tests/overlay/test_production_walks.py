"""Walks that do not depend on the server honouring a sort or a bound (issue 18).

A stable walk whose sort or bound is not honoured, or whose records lack its key, goes on as a counted walk by
page number (includeTotal, repeats judged by id) instead of stopping: for full and incremental reads alike, said
once per list and client (log record and `ListWalkWarning`), remembered for the client's life. Lists known to
ignore their sort start counted; sorts a document does not accept are never sent; page numbers start where the
document's `page` minimum says.
"""

from __future__ import annotations

import importlib.util
import logging
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from servicetitan import AsyncServiceTitan, ServiceTitan, _catalog
from servicetitan.errors import ListWalkWarning
from servicetitan.pagination import (
    CREATED_ON,
    MODIFIED_ON,
    SORT_IGNORED,
    first_page,
    paged_operations,
    sort_field_accepted,
    sort_fields,
    stable_key,
    walk_fallbacks,
    walk_kind,
)
from servicetitan.resources import operation_name
from servicetitan.sandbox import DEFAULT_TENANT, Deviation, Sandbox, serve
from tests.overlay.conftest import FakeAPI, call, collect
from tests.paging.conftest import ListServer, stamp
from tests.support.time import AFTER_SEEDED_HISTORY, FakeClock

pytestmark = pytest.mark.anyio

CUSTOMERS = ("crm", "Customers_GetList")
START = AFTER_SEEDED_HISTORY
SPECS = Path(__file__).parents[2] / "specs"


class Recording:
    """The query of every list request a client sent, by path."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, dict[str, str]]] = []

    def note(self, request: httpx.Request) -> None:
        if "/tenant/" in request.url.path:
            self.asked.append((request.url.path, dict(request.url.params)))

    def of(self, domain: str, operation_id: str) -> list[dict[str, str]]:
        path = _catalog.operation(domain, operation_id).path.replace("{tenant}", str(DEFAULT_TENANT))
        return [params for asked_path, params in self.asked if asked_path == path]


class _SyncRecorder(httpx.HTTPTransport):
    def __init__(self, recording: Recording) -> None:
        super().__init__()
        self.recording = recording

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.recording.note(request)
        return super().handle_request(request)


class _AsyncRecorder(httpx.ASGITransport):
    def __init__(self, sandbox: Sandbox, recording: Recording) -> None:
        super().__init__(app=sandbox)
        self.recording = recording

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.recording.note(request)
        return await super().handle_async_request(request)


def _settings(sandbox: Sandbox, base_url: str, page_size: int) -> dict[str, Any]:
    credentials = sandbox.credentials
    return {
        "client_id": credentials.client_id,
        "client_secret": credentials.client_secret,
        "app_key": credentials.app_key,
        "tenant": DEFAULT_TENANT,
        "api_url": base_url,
        "token_url": f"{base_url}/connect/token",
        "rate_limit": None,
        "max_retries": 0,
        "page_size_limits": {op.operation_id: page_size for op in paged_operations()},
    }


@contextmanager
def client_for(
    sandbox: Sandbox, side: str, page_size: int = 7
) -> Iterator[tuple[ServiceTitan | AsyncServiceTitan, Recording]]:
    """A client of either side on `sandbox` (sync over a loopback socket, async in process), and its requests."""
    recording = Recording()
    if side == "sync":
        with (
            serve(sandbox) as url,
            ServiceTitan(**_settings(sandbox, url, page_size), transport=_SyncRecorder(recording)) as st,
        ):
            yield st, recording
    else:
        transport = _AsyncRecorder(sandbox, recording)
        yield AsyncServiceTitan(**_settings(sandbox, "http://sandbox", page_size), transport=transport), recording


async def _read(st: Any, domain: str, operation_id: str, **arguments: Any) -> Any:
    resource, verb = operation_name(_catalog.operation(domain, operation_id))
    result = getattr(getattr(getattr(st, domain), resource), verb)(**arguments)
    return await result if isinstance(st, AsyncServiceTitan) else result


async def _ids(st: Any, domain: str, operation_id: str, **arguments: Any) -> tuple[list[Any], Any]:
    records = await _read(st, domain, operation_id, fetch_all=True, as_dicts=True, **arguments)
    return [record["id"] for record in await collect(records)], records


def _active_ids(sandbox: Sandbox, domain: str, operation_id: str) -> list[int]:
    return sorted(record["id"] for record in sandbox.records(domain, operation_id).records() if record["active"])


def _ignoring(domain: str, operation_id: str) -> Sandbox:
    return Sandbox(jobs=40, clock=FakeClock(START), deviations=[Deviation("sort_ignored", domain, operation_id)])


# --- accepted sort fields ----------------------------------------------------------------------------------------


def _normalize() -> Any:
    spec = importlib.util.spec_from_file_location("normalize_for_tests", SPECS / "normalize.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("prose", "fields"),
    [
        (
            'Applies sorting:\\\n"?sort=+FieldName" for ascending order.\\\n\\\nAvailable fields are: Id, Name.',
            ["Id", "Name"],
        ),
        ("Applies sorting by the specified field: Id, Name.", ["Id", "Name"]),
        ("Options: Id, Number, Name, Status.\\\nUse + for ascending order", ["Id", "Number", "Name", "Status"]),
        ("The Sorting field, possible values: Id, CreatedOn, ModifiedOn.\nThe", ["Id", "CreatedOn", "ModifiedOn"]),
        ("Available fields are: Location (sorts by locations Id), CreatedOn.", ["Location", "CreatedOn"]),
        ("Applies sorting by specified fields", None),
    ],
)
def test_normalization_keeps_the_sort_fields_the_prose_names(prose: str, fields: list[str] | None) -> None:
    normalize = _normalize()
    assert normalize.sort_fields(prose) == fields
    document = {"paths": {"/x": {"get": {"parameters": [{"name": "sort", "description": prose, "schema": {}}]}}}}
    normalized = normalize.normalize(document)
    schema = normalized["paths"]["/x"]["get"]["parameters"][0]["schema"]
    assert schema.get("x-sort-fields") == fields
    assert "description" not in normalized["paths"]["/x"]["get"]["parameters"][0]
    assert normalize.normalize(normalized) == normalized  # the fact survives normalizing again
    assert document["paths"]["/x"]["get"]["parameters"][0]["schema"] == {}  # the input is left as it was


def test_the_catalog_exposes_the_accepted_sort_fields() -> None:
    assert sort_fields(_catalog.operation("pricebook", "Categories_GetList")) == ("Id", "Name")
    assert "ModifiedOn" in (sort_fields(_catalog.operation("pricebook", "Services_GetList")) or ())
    assert sort_fields(_catalog.operation("payroll", "LocationLaborType_GetListByLocations")) == (
        "Location",
        "CreatedOn",
    )
    # The vendored documents stay prose-free: a field list is no sentence.
    normalize = _normalize()
    for document in (SPECS / "openapi").glob("*.json"):
        assert normalize.prose(normalize.json.loads(document.read_text())) == [], document.name


def test_no_walk_starts_on_a_sort_its_operation_does_not_accept() -> None:
    for operation in paged_operations():
        for key in (CREATED_ON, MODIFIED_ON):
            if stable_key(operation, key) is not None:
                assert sort_field_accepted(operation, key.sort[1:]), operation.operation_id
    categories = _catalog.operation("pricebook", "Categories_GetList")
    assert stable_key(categories) is None
    assert stable_key(categories, MODIFIED_ON) is None
    assert walk_kind(categories) == "counted"


@pytest.mark.parametrize("incremental", [False, True], ids=["full", "incremental"])
async def test_categories_are_read_without_a_sort_they_refuse(side: str, incremental: bool) -> None:
    sandbox = Sandbox(jobs=40, clock=FakeClock(START), deviations="production")  # answers 400 to sort=+CreatedOn there
    with client_for(sandbox, side, page_size=3) as (st, recording):
        since = {"modified_since": "2000-01-01"} if incremental else {}
        ids, _ = await _ids(st, "pricebook", "Categories_GetList", **since)
    assert sorted(ids) == _active_ids(sandbox, "pricebook", "Categories_GetList")
    assert len(ids) == len(set(ids))
    asked = recording.of("pricebook", "Categories_GetList")
    assert len(asked) > 1
    assert all("sort" not in params for params in asked)


async def test_a_sort_the_operation_does_not_accept_is_refused_before_sending(st: Any, api: FakeAPI) -> None:
    with pytest.raises(ValueError, match=r"sort='\+CreatedOn'.*sorts by Id, Name only, not 'CreatedOn'"):
        await _read(st, "pricebook", "Categories_GetList", sort="+CreatedOn")
    with pytest.raises(ValueError, match="sort='-modifiedOn'"):
        await _read(st, "pricebook", "Categories_GetList", sort="-modifiedOn", fetch_all=True)
    assert api.requests == []
    api.route("GET", "/categories", ListServer([]))
    await _read(st, "pricebook", "Categories_GetList", sort="-name")  # case does not matter, as on the server
    assert api.requests[0].url.params["sort"] == "-name"


# --- a list that ignores its sort ------------------------------------------------------------------------------


@pytest.mark.parametrize("incremental", [False, True], ids=["full", "incremental"])
async def test_a_list_outside_the_table_that_ignores_its_sort_is_read_completely(
    side: str, incremental: bool, caplog: pytest.LogCaptureFixture
) -> None:
    assert CUSTOMERS not in SORT_IGNORED
    sandbox = _ignoring(*CUSTOMERS)
    expected = _active_ids(sandbox, *CUSTOMERS)
    since = {"modified_since": "2000-01-01"} if incremental else {}
    with client_for(sandbox, side) as (st, recording):
        with (
            pytest.warns(ListWalkWarning, match=r"crm Customers_GetList: the server did not honour sort=\+"),
            caplog.at_level(logging.WARNING, logger="servicetitan"),
        ):
            ids, records = await _ids(st, *CUSTOMERS, **since)
        assert sorted(ids) == expected
        assert len(ids) == len(set(ids))
        assert [r.message for r in caplog.records if "did not honour" in r.message] != []
        assert CUSTOMERS in walk_fallbacks(st)
        if incremental:
            assert records.checkpoint is not None
            assert records.checkpoint > "2000-01-01"
        asked_before = len(recording.of(*CUSTOMERS))
        # Remembered for the client's life: the next read starts counted, with no sort, and says nothing more.
        with warnings.catch_warnings():
            warnings.simplefilter("error", ListWalkWarning)
            again, _ = await _ids(st, *CUSTOMERS, **since)
        assert sorted(again) == expected
        later = recording.of(*CUSTOMERS)[asked_before:]
        assert all("sort" not in params and params["includeTotal"] == "true" for params in later)


@pytest.mark.parametrize(
    ("domain", "operation_id"),
    [pytest.param(*key, id=".".join(key)) for key in sorted(SORT_IGNORED)],
)
async def test_lists_known_to_ignore_their_sort_start_with_the_counted_walk(domain: str, operation_id: str) -> None:
    sandbox = Sandbox(jobs=40, clock=FakeClock(START), deviations="production")
    with client_for(sandbox, "async", page_size=3) as (st, recording), warnings.catch_warnings():
        warnings.simplefilter("error", ListWalkWarning)
        arguments = {
            i.python_name: value for i, value in _required(domain, operation_id).items() if i.location == "query"
        }
        path = sandbox.path_params(domain, operation_id)
        ids, _ = await _ids(st, domain, operation_id, **arguments, **_python_path(domain, operation_id, path))
    assert len(ids) == len(set(ids)) > 0
    asked = recording.of(domain, operation_id) or [params for _, params in recording.asked]
    assert all("sort" not in params and params.get("includeTotal") == "true" for params in asked)


def _required(domain: str, operation_id: str) -> dict[Any, Any]:
    from servicetitan._operations import spec_for
    from tests.overlay.examples import required_arguments

    spec = spec_for(domain, operation_id)
    by_name = {i.python_name: i for i in spec.query_inputs}
    return {by_name[name]: value for name, value in required_arguments(spec).items() if name in by_name}


def _python_path(domain: str, operation_id: str, path: dict[str, Any]) -> dict[str, Any]:
    from servicetitan._operations import spec_for

    by_api_name = {i.api_name: i.python_name for i in spec_for(domain, operation_id).path_inputs}
    return {by_api_name[name]: value for name, value in path.items()}


@pytest.mark.parametrize("incremental", [False, True], ids=["full", "incremental"])
async def test_changes_during_a_fallback_walk_lose_nothing_and_repeat_nothing(side: str, incremental: bool) -> None:
    sandbox = _ignoring(*CUSTOMERS)
    clock = sandbox.clock
    assert isinstance(clock, FakeClock)
    customers = sandbox.records(*CUSTOMERS)
    active = _active_ids(sandbox, *CUSTOMERS)
    touched: set[int] = set()
    modified: set[int] = set()
    since = {"modified_since": "2000-01-01"} if incremental else {}
    with client_for(sandbox, side) as (st, _), warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ListWalkWarning)
        records = await _read(st, *CUSTOMERS, fetch_all=True, as_dicts=True, **since)
        ids: list[int] = []
        async for record in _each(records):
            ids.append(record["id"])
            if len(ids) in (3, 12, 20):
                # Deactivate two customers (one handed over, one not yet) and modify two more, between pages.
                waiting = [i for i in active if i not in ids and i not in touched]
                for customer in (ids[0], *waiting[:1]):
                    if customer not in touched:
                        clock.now += 1
                        customers.deactivate(customer)
                        touched.add(customer)
                for customer in (ids[-1], *waiting[-1:]):
                    if customer not in touched:
                        clock.now += 1
                        customers.modify(customer, name=f"renamed at {clock.now}")
                        modified.add(customer)
        assert [type(w.message) for w in caught] == [ListWalkWarning]
        assert len(ids) == len(set(ids))  # nothing twice, though some were modified after they were handed over
        untouched = set(active) - touched
        assert untouched - set(ids) == set()  # nothing lost
        assert set(ids) <= set(active)
        if incremental:
            # The checkpoint skips no change: every record modified during the read comes in the next run.
            later, _ = await _ids(st, *CUSTOMERS, modified_since=records.checkpoint)
            assert modified - touched <= set(later)


async def _each(iterable: Any) -> Any:
    if hasattr(iterable, "__aiter__"):
        async for item in iterable:
            yield item
    else:
        for item in iterable:
            yield item


# --- records without the walk's key ---------------------------------------------------------------------------


def _customers_without_created_on(count: int) -> list[dict[str, Any]]:
    return [
        {"id": n, "name": f"Customer {n}", "active": True, "createdOn": None, "modifiedOn": stamp(n % 600)}
        for n in range(1, count + 1)
    ]


async def test_records_without_the_walk_key_are_read_by_the_counted_walk_and_none_is_lost(
    st: Any, api: FakeAPI
) -> None:
    """The issue's case: 970 customers without createdOn, 30 deactivated while they are read. The uncounted
    page-number walk lost 27 of them without a word; the counted walk reads the list again when its count
    changes."""
    server = ListServer(_customers_without_created_on(970))
    pages = {"count": 0}
    gone: set[int] = set()

    def deactivate(server: ListServer, chunk: list[dict[str, Any]]) -> None:
        pages["count"] += 1
        if pages["count"] in (2, 3) and chunk:
            # 15 customers leave the list twice, some already read and some still to be read.
            leaving = [record["id"] for record in chunk[:5]] + [900 - n - 10 * pages["count"] for n in range(10)]
            gone.update(leaving)
            server.records[:] = [record for record in server.records if record["id"] not in leaving]

    server.after_page = deactivate
    api.route("GET", "/customers", server)
    st.page_size_limits["Customers_GetList"] = 50
    with pytest.warns(ListWalkWarning, match="without createdOn"):
        ids = [c["id"] for c in await collect(await call(st, "list_customers", fetch_all=True, as_dicts=True))]
    assert len(gone) == 30
    assert set(range(1, 971)) - gone - set(ids) == set()
    assert len(ids) == len(set(ids))
    # The first answer showed records without the key; from then on, counted by page number from the first page.
    assert server.asked[0]["sort"] == "+CreatedOn"
    assert server.asked[1]["page"] == "1"
    assert sum(params["page"] == "1" for params in server.asked[1:]) == 3  # and again each time the count changed
    assert all(params["includeTotal"] == "true" and "sort" not in params for params in server.asked[1:])


# --- page numbering ------------------------------------------------------------------------------------------

MAPPINGS = ("settings", "IntacctBusinessUnitMappings_Get")


async def test_the_intacct_mappings_are_read_from_page_0_with_their_count(side: str) -> None:
    assert first_page(_catalog.operation(*MAPPINGS)) == 0
    sandbox = Sandbox(jobs=40, clock=FakeClock(START), deviations="production")  # page 1 is the second page there
    stored = sorted(record["id"] for record in sandbox.records(*MAPPINGS).records())
    with client_for(sandbox, side, page_size=3) as (st, recording):
        ids, _ = await _ids(st, *MAPPINGS)
        first = await _read(st, *MAPPINGS, page=0, page_size=3, as_dicts=True)
        second = await _read(st, *MAPPINGS, page=1, page_size=3, as_dicts=True)
    assert sorted(ids) == stored
    assert len(ids) == len(set(ids))
    asked = recording.of(*MAPPINGS)
    assert asked[0]["page"] == "0"
    assert all(params["includeTotal"] == "true" for params in asked)
    assert first.page == 0
    assert [record["id"] for record in first.records] == ids[:3]
    assert [record["id"] for record in second.records] == ids[3:6]


async def test_page_accepts_what_the_document_allows(st: Any, api: FakeAPI) -> None:
    with pytest.raises(ValueError, match=r"page must be an int >= 0 \(IntacctBusinessUnitMappings_Get numbers"):
        await _read(st, *MAPPINGS, page=-1)
    with pytest.raises(ValueError, match="fetch_all reads from page 0; leave page out"):
        await _read(st, *MAPPINGS, page=1, fetch_all=True)
    with pytest.raises(ValueError, match=r"page must be an int >= 1$"):
        await call(st, "list_jobs", page=0)
    assert api.requests == []


# --- a fallback in mid-read -------------------------------------------------------------------------------------


class SortedOnlyAtFirst(ListServer):
    """Honours `sort` for the first request only, then answers in an order of its own (the bounds still apply)."""

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if self.asked:
            params = {name: value for name, value in request.url.params.items() if name != "sort"}
            request = httpx.Request("GET", request.url.copy_with(params=params))
            response = super().__call__(request)
            body = response.json()
            body["data"].sort(key=lambda record: (record["id"] * 7919) % 101)
            return httpx.Response(200, json=body)
        return super().__call__(request)


@pytest.mark.parametrize("incremental", [False, True], ids=["full", "incremental"])
async def test_a_sort_abandoned_after_the_first_page_loses_and_repeats_nothing(
    st: Any, api: FakeAPI, incremental: bool
) -> None:
    """The first page came sorted and was handed over; the second showed the sort was not honoured (the bound
    moved past records the server had not sent yet): the counted walk reads from the first page again and hands
    over each of the rest once."""
    jobs = [
        {"id": n, "jobNumber": f"J-{n}", "createdOn": stamp((n * 37) % 97), "modifiedOn": stamp((n * 37) % 97)}
        for n in range(1, 41)
    ]
    server = SortedOnlyAtFirst(jobs)
    api.route("GET", "/jobs", server)
    st.page_size_limits["Jobs_GetList"] = 6
    since = {"modified_since": "2024-01-01"} if incremental else {}
    records = await call(st, "list_jobs", fetch_all=True, as_dicts=True, **since)  # the first page, sorted
    with pytest.warns(ListWalkWarning, match="did not honour sort"):
        taken = await collect(records)
    ids = [job["id"] for job in taken]
    assert sorted(ids) == list(range(1, 41))
    assert len(ids) == len(set(ids))
    assert server.asked[0]["sort"] in ("+CreatedOn", "+ModifiedOn")
    assert all("sort" not in params and params["includeTotal"] == "true" for params in server.asked[2:])
    if incremental:
        # In no order, the checkpoint moves only to the latest modifiedOn of the first answer.
        first_answer = sorted(jobs, key=lambda job: job["modifiedOn"])[:6]
        assert records.checkpoint.startswith(first_answer[-1]["modifiedOn"][:-1])
