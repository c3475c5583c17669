"""`st.<domain>.<resource>.<verb>`: every operation of the catalog as a method of both clients.

Each test is parametrized from the catalog (every operation, every paged list, every export feed), never from a
hand-written count, and runs on the sync and the async client against a fake behind `httpx.MockTransport` that
answers in the shape the operation's spec declares.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from servicetitan import AsyncServiceTitan, ServiceTitan, _catalog
from servicetitan._operations import Kind, OperationSpec, spec_for
from servicetitan._parsing import UnparsedRecord
from servicetitan.exports import AsyncExportFeed, ExportFeed, export_operations
from servicetitan.pagination import AsyncPage, AsyncRecords, Page, Records, first_page, sort_fields, stable_key
from servicetitan.resources import OPERATION_NAMES, domain_resources, operation_name
from tests.support.api import TENANT, client_kwargs

from .conftest import collect
from .examples import example, path_pattern, record, required_arguments

pytestmark = pytest.mark.anyio

OPERATIONS = [
    pytest.param(operation, id=f"{domain}.{operation.operation_id}")
    for domain in _catalog.domains()
    for operation in _catalog.domain(domain).operations.values()
]


def _specs(kind: Kind) -> list[Any]:
    return [
        pytest.param(spec_for(domain, operation.operation_id), id=f"{domain}.{operation.operation_id}")
        for domain in _catalog.domains()
        for operation in _catalog.domain(domain).operations.values()
        if spec_for(domain, operation.operation_id).kind is kind
    ]


LISTS = _specs(Kind.LIST)
FEEDS = _specs(Kind.FEED)
Handler = Callable[[httpx.Request], httpx.Response]


class Fake:
    """Answers one operation; records what it was sent."""

    def __init__(self, answer: Handler) -> None:
        self.answer = answer
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/connect/token":
            return httpx.Response(200, json={"access_token": "token-1", "expires_in": 900})
        self.requests.append(request)
        return self.answer(request)


def client(side: str, fake: Fake, **settings: Any) -> ServiceTitan | AsyncServiceTitan:
    options = client_kwargs(max_retries=0, **settings)
    if side == "sync":
        return ServiceTitan(**options, transport=httpx.MockTransport(fake))
    return AsyncServiceTitan(**options, transport=httpx.MockTransport(fake))


def method_of(st: Any, spec: OperationSpec) -> Any:
    resource, verb = operation_name(spec.operation)
    return getattr(getattr(getattr(st, spec.operation.domain), resource), verb)


async def run(method: Callable[..., Any], /, **arguments: Any) -> Any:
    """Call a method of either client, awaiting it on the async one."""
    result = method(**arguments)
    return await result if inspect.isawaitable(result) else result


def identity(record: Any) -> Any:
    return record["id"] if isinstance(record, dict | UnparsedRecord) else record.to_dict()["id"]


def model_of(spec: OperationSpec) -> type | None:
    models = _catalog.domain(spec.operation.domain).models
    return _catalog.model_class(spec.operation.domain, spec.result_model) if spec.result_model in models else None


# --- naming --------------------------------------------------------------------------------------------------


def test_names_follow_tag_and_verb_with_one_documented_exception() -> None:
    def name(domain: str, operation_id: str) -> tuple[str, str]:
        return operation_name(_catalog.operation(domain, operation_id))

    assert name("jpm", "Jobs_GetList") == ("jobs", "get_list")
    assert name("crm", "Customers_GetContactList") == ("customers", "get_contact_list")
    assert name("jpm", "Export_Jobs") == ("export", "jobs")
    undivided = [
        (domain, operation_id)
        for domain in _catalog.domains()
        for operation_id in _catalog.domain(domain).operations
        if "_" not in operation_id
    ]
    assert undivided == list(OPERATION_NAMES) == [("marketing_reputation", "reviews")]
    assert name("marketing_reputation", "reviews") == ("reviews", "get_list")


def test_no_two_operations_share_a_method() -> None:
    methods = [
        (domain, *operation_name(operation))
        for domain in _catalog.domains()
        for operation in _catalog.domain(domain).operations.values()
    ]
    assert len(methods) == len(set(methods)) == sum(len(_catalog.domain(d).operations) for d in _catalog.domains())


@pytest.mark.parametrize("operation", OPERATIONS)
def test_every_operation_is_a_resource_method_of_both_clients(operation: _catalog.Operation) -> None:
    spec = spec_for(operation.domain, operation.operation_id)
    resource = operation_name(operation)[0]
    for side in ("sync", "async"):
        st = client(side, Fake(lambda request: httpx.Response(500)))
        assert resource in dir(getattr(st, operation.domain))
        method = method_of(st, spec)
        assert method is method_of(st, spec)
        assert inspect.signature(method) == spec.signature
        assert operation.operation_id in (method.__doc__ or "")
        coroutine = side == "async" and spec.kind is not Kind.FEED
        assert inspect.iscoroutinefunction(method) is coroutine


def test_every_export_feed_is_also_under_its_feed_name() -> None:
    feeds = {(d, name): op for d in _catalog.domains() for name, op in export_operations(d).items()}
    assert feeds
    for (domain, name), operation in feeds.items():
        assert domain_resources(domain)["export"][name] is operation


def test_a_misspelled_resource_or_method_says_what_there_is() -> None:
    st = client("sync", Fake(lambda request: httpx.Response(500)))
    with pytest.raises(AttributeError, match="did you mean jobs"):
        _ = st.jpm.jobz
    with pytest.raises(AttributeError, match="did you mean get_list"):
        _ = st.jpm.jobs.get_lst


# --- every operation, called ---------------------------------------------------------------------------------


def _answer(spec: OperationSpec) -> Handler:
    domain = spec.operation.domain

    def answer(request: httpx.Request) -> httpx.Response:
        if spec.kind is Kind.DOWNLOAD:
            return httpx.Response(200, content=b"file-bytes", headers={"content-type": "application/octet-stream"})
        if spec.kind is Kind.LIST:
            return httpx.Response(200, json={"page": 1, "pageSize": 50, "hasMore": False, "data": [record(spec, 1)]})
        if spec.kind is Kind.FEED:
            return httpx.Response(200, json={"hasMore": False, "continueFrom": "t1", "data": [record(spec, 1)]})
        schema = spec.operation.success_schema()
        if schema is None:
            return httpx.Response(int(spec.operation.success_status or 200))
        return httpx.Response(200, json=example(domain, schema))

    return answer


@pytest.mark.parametrize("operation", OPERATIONS)
async def test_every_operation_sends_its_request_and_returns_its_model(
    operation: _catalog.Operation, side: str
) -> None:
    spec = spec_for(operation.domain, operation.operation_id)
    fake = Fake(_answer(spec))
    st = client(side, fake)
    result = await run(method_of(st, spec), **required_arguments(spec))
    if spec.kind is Kind.FEED:
        records = await collect(result)
        assert len(records) == 1
        assert result.continue_from == "t1"
    elif spec.kind is Kind.LIST:
        assert isinstance(result, AsyncPage if side == "async" else Page)
        [only] = result.records
        model = model_of(spec)
        assert isinstance(only, model) if model else isinstance(only, dict)
    elif spec.kind is Kind.DOWNLOAD:
        assert result == b"file-bytes"
    else:
        model = model_of(spec)
        if model is not None:
            assert isinstance(result, model)
    [sent] = fake.requests
    assert sent.method == operation.method
    assert sent.url.path == path_pattern(spec, TENANT)
    if spec.kind is Kind.UPLOAD:
        assert sent.headers["content-type"].startswith("multipart/form-data")
    elif spec.body_inputs and any(i.required for i in spec.body_inputs):
        body = json.loads(sent.content)
        assert {i.api_name for i in spec.body_inputs if i.required} <= set(body)


@pytest.mark.parametrize("operation", OPERATIONS)
def test_every_operation_refuses_an_unknown_argument_before_sending(operation: _catalog.Operation) -> None:
    spec = spec_for(operation.domain, operation.operation_id)
    fake = Fake(_answer(spec))
    method = method_of(client("sync", fake), spec)
    with pytest.raises(TypeError, match="unexpected keyword argument 'no_such_input'"):
        method(**required_arguments(spec), no_such_input=1)
    if spec.required:
        with pytest.raises(TypeError, match="missing required"):
            method()
    assert fake.requests == []


async def test_a_body_without_named_fields_is_taken_whole_and_checked(side: str) -> None:
    fake = Fake(lambda request: httpx.Response(200, json=[]))
    mark = client(side, fake).accounting.invoices.mark_as_exported
    await run(mark, body=[{"invoice_id": 7, "externalId": "X-1"}])
    assert json.loads(fake.requests[0].content) == [{"invoiceId": 7, "externalId": "X-1"}]
    with pytest.raises(ValueError, match=r"mark_as_exported\(body\)\[0\] is missing required field\(s\): invoiceId"):
        await run(mark, body=[{"externalId": "X-2"}])
    assert len(fake.requests) == 1


# --- every paged list ----------------------------------------------------------------------------------------


def _paged(spec: OperationSpec, records: list[dict[str, Any]]) -> Handler:
    first = first_page(spec.operation)  # 0 for a list whose document numbers its pages from 0

    def answer(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", first))
        size = int(request.url.params.get("pageSize", 50))
        end = (page - first + 1) * size
        chunk = records[end - size : end]
        body: dict[str, Any] = {"page": page, "pageSize": size, "hasMore": end < len(records), "data": chunk}
        if request.url.params.get("includeTotal") == "true":
            body["totalCount"] = len(records)
        return httpx.Response(200, json=body)

    return answer


@pytest.mark.parametrize("as_dicts", [False, True], ids=["typed", "dicts"])
@pytest.mark.parametrize("spec", LISTS)
async def test_every_paged_list_reads_every_record_once(spec: OperationSpec, side: str, as_dicts: bool) -> None:
    records = [record(spec, number) for number in range(1, 8)]
    fake = Fake(_paged(spec, records))
    st = client(side, fake)
    result = await run(method_of(st, spec), **required_arguments(spec), fetch_all=True, page_size=3, as_dicts=as_dicts)
    assert isinstance(result, AsyncRecords if side == "async" else Records)
    got = await collect(result)
    assert [identity(r) for r in got] == list(range(1, 8))
    model = model_of(spec)
    if as_dicts or model is None:
        assert got == records
    else:
        assert all(isinstance(r, model) for r in got)
    pages = [int(request.url.params["page"]) for request in fake.requests]
    first = first_page(spec.operation)
    # Records without createdOn (a schema that does not say) on a list walked by it: the first answer shows it,
    # and a counted walk reads from the first page again.
    again = [first] if stable_key(spec.operation) is not None and not records[0].get("createdOn") else []
    assert pages == [*again, first, first + 1, first + 2]
    assert {request.url.params["pageSize"] for request in fake.requests} == {"3"}


@pytest.mark.parametrize("spec", LISTS)
async def test_every_paged_list_gives_one_page_with_its_options(spec: OperationSpec, side: str) -> None:
    records = [record(spec, number) for number in range(1, 8)]
    fake = Fake(_paged(spec, records))
    method = method_of(client(side, fake), spec)
    # `sort` and `include_total` where the operation declares them; the API would ignore them elsewhere.
    declared = spec.query_names
    accepted = sort_fields(spec.operation)  # the fields its document names, if it names any
    sort = "-" + (accepted[0] if accepted else "id") if "sort" in declared else None
    options = {"include_total": "includeTotal" in declared, "sort": sort}
    first = first_page(spec.operation)
    page = await run(method, **required_arguments(spec), page=first + 1, page_size=2, as_dicts=True, **options)
    assert isinstance(page, AsyncPage if side == "async" else Page)
    total = 7 if options["include_total"] else None
    assert (page.records, page.total_count, page.next_page_number) == (records[2:4], total, first + 2)
    params = fake.requests[0].url.params
    assert (params["page"], params["pageSize"], params.get("sort")) == (str(first + 1), "2", options["sort"])


UNSORTED = [param for param in LISTS if "sort" not in param.values[0].query_names]


@pytest.mark.parametrize("spec", UNSORTED)
def test_a_list_without_sort_refuses_it_before_sending(spec: OperationSpec) -> None:
    fake = Fake(_paged(spec, []))
    with pytest.raises(ValueError, match=rf"\(sort\): {spec.operation.operation_id} does not take 'sort'"):
        method_of(client("sync", fake), spec)(**required_arguments(spec), sort="-id")
    assert fake.requests == []


IDS_LISTS = [param for param in LISTS if any(i.api_name == "ids" for i in param.values[0].query_inputs)]


@pytest.mark.parametrize("spec", IDS_LISTS)
async def test_every_list_with_ids_reads_them_in_batches_of_50(spec: OperationSpec, side: str) -> None:
    wanted = list(range(1, 121))
    records = [record(spec, number) for number in wanted]

    def answer(request: httpx.Request) -> httpx.Response:
        ids = [int(i) for i in request.url.params["ids"].split(",")]
        data = [r for r in records if r["id"] in ids]
        return httpx.Response(200, json={"page": 1, "pageSize": 5000, "hasMore": False, "data": data})

    fake = Fake(answer)
    arguments = {**required_arguments(spec), "ids": wanted}
    result = await run(method_of(client(side, fake), spec), **arguments, fetch_all=True, as_dicts=True)
    assert [r["id"] for r in await collect(result)] == wanted
    assert [len(request.url.params["ids"].split(",")) for request in fake.requests] == [50, 50, 20]


# --- every export feed ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("spec", FEEDS)
async def test_every_export_feed_reads_to_the_end_and_resumes_from_its_checkpoint(
    spec: OperationSpec, side: str
) -> None:
    pages = {None: (["1", "2"], "t1", True), "t1": (["3"], "t2", False), "t2": ([], "t2", False)}

    def answer(request: httpx.Request) -> httpx.Response:
        ids, token, more = pages[request.url.params.get("from")]
        data = [record(spec, int(i)) for i in ids]
        return httpx.Response(200, json={"hasMore": more, "continueFrom": token, "data": data})

    fake = Fake(answer)
    st = client(side, fake)
    operation = spec.operation
    feed_name = next(name for name, op in export_operations(operation.domain).items() if op is operation)
    feed = getattr(getattr(st, spec.operation.domain).export, feed_name)(as_dicts=True)
    assert isinstance(feed, AsyncExportFeed if side == "async" else ExportFeed)
    assert [r["id"] for r in await collect(feed)] == [1, 2, 3]
    assert feed.continue_from == "t2"
    resumed = getattr(getattr(st, spec.operation.domain).export, feed_name)(start=feed.continue_from)
    assert await collect(resumed) == []
    assert [request.url.params.get("from") for request in fake.requests] == [None, "t1", "t2"]


# --- inactive records and per-call options -------------------------------------------------------------------


ACTIVE_LIST = spec_for("settings", "Technicians_GetList")


def _active_sent(fake: Fake) -> list[str | None]:
    return [request.url.params.get("active") for request in fake.requests]


@pytest.fixture
def technicians() -> Fake:
    return Fake(_paged(ACTIVE_LIST, [record(ACTIVE_LIST, 1)]))


async def test_active_is_the_api_default_unless_the_client_or_the_call_says_otherwise(
    side: str, technicians: Fake
) -> None:
    await run(client(side, technicians).settings.technicians.get_list)
    await run(client(side, technicians, active="Any").settings.technicians.get_list)
    await run(client(side, technicians, active="Any").settings.technicians.get_list, active="False")
    await run(client(side, technicians, active="Any").list_technicians)
    assert _active_sent(technicians) == [None, "Any", "False", "Any"]


ACTIVE_LISTS = [param for param in LISTS if param.values[0].has_active]


@pytest.mark.parametrize("spec", ACTIVE_LISTS)
def test_every_list_with_active_takes_the_client_default_and_a_per_call_choice(spec: OperationSpec) -> None:
    fake = Fake(_paged(spec, []))
    method_of(client("sync", fake, active="Any"), spec)(**required_arguments(spec), fetch_all=True)
    method_of(client("sync", fake, active="Any"), spec)(**required_arguments(spec), active="False")
    method_of(client("sync", fake), spec)(**required_arguments(spec))
    assert _active_sent(fake) == ["Any", "False", None]


def test_active_setting_is_checked() -> None:
    with pytest.raises(ValueError, match="active must be one of 'True', 'False', 'Any'"):
        client("sync", Fake(lambda request: httpx.Response(500)), active="all")


def test_fetch_all_on_a_list_with_active_says_what_it_returns() -> None:
    st = client("sync", Fake(lambda request: httpx.Response(500)))
    doc = st.settings.technicians.get_list.__doc__ or ""
    assert "Only active records unless `active` says otherwise" in doc
    assert "fetch_all=True reads every record that this `active` selects" in doc
    without = next(param.values[0] for param in LISTS if not param.values[0].has_active)
    assert "Only active records" not in (method_of(st, without).__doc__ or "")


async def test_per_call_timeout_and_max_retries_reach_every_page(side: str) -> None:
    records = [record(ACTIVE_LIST, number) for number in range(1, 5)]
    paged = _paged(ACTIVE_LIST, records)
    failures = iter([True, False, False, False])

    def answer(request: httpx.Request) -> httpx.Response:
        if next(failures):
            return httpx.Response(502, json={"title": "Bad gateway"})
        return paged(request)

    fake = Fake(answer)
    st = client(side, fake)
    result = await run(
        st.settings.technicians.get_list, fetch_all=True, page_size=2, as_dicts=True, timeout=4.5, max_retries=1
    )
    assert [r["id"] for r in await collect(result)] == [1, 2, 3, 4]
    assert len(fake.requests) == 3
    assert {request.extensions["timeout"]["read"] for request in fake.requests} == {4.5}


async def test_debug_per_call_logs_the_exchange(side: str, caplog: pytest.LogCaptureFixture) -> None:
    fake = Fake(lambda request: httpx.Response(204))
    caplog.set_level("DEBUG", logger="servicetitan")
    await run(client(side, fake).jpm.jobs.cancel, id=5, reason_id=1, memo="x", debug=True)
    assert any("/jobs/5/cancel" in record.getMessage() for record in caplog.records)


async def test_bad_per_call_options_raise_before_sending(side: str) -> None:
    fake = Fake(lambda request: httpx.Response(500))
    st = client(side, fake)
    with pytest.raises(ValueError, match="timeout must be positive"):
        await run(st.jpm.jobs.get, id=1, timeout=-1)
    with pytest.raises(TypeError, match="timeout must be a number"):
        st.jpm.export.jobs(timeout="soon")
    assert fake.requests == []
