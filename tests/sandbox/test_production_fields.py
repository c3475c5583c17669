"""The sandbox's production profile serves the field deviations of QUIRKS.md, and the client reads them typed.

`Sandbox(deviations="production")` sends the nulls, missing keys, null array elements and dates with a time that
real tenants send (deviations.py), on the named list and on the get-by-id and export feed of the same resource; its
5xx answers carry the edge's HTML page. Read through the client, every record of every paged list, get-by-id and
export feed is typed (no `UnparsedRecord`); what no spec patch covers is kept in `odd_fields` and reported once.
"""

from __future__ import annotations

import datetime
import warnings
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from servicetitan import (
    AsyncServiceTitan,
    OddFieldWarning,
    ServerError,
    ServiceTitan,
    UnparsedRecord,
    _catalog,
    _parsing,
    odd_fields,
)
from servicetitan._operations import Kind, OperationSpec, spec_for
from servicetitan.errors import ListWalkWarning
from servicetitan.exports import export_operations
from servicetitan.sandbox import DEFAULT_TENANT, Deviation, FaultSettings, Sandbox, serve
from servicetitan.sandbox.app import _record_schema
from servicetitan.sandbox.deviations import PRODUCTION
from servicetitan.sandbox.schemas import FIELD_KINDS, has_field
from servicetitan.sandbox.spec_resources import resource_of, spec_resources
from tests.overlay.conftest import collect
from tests.overlay.test_whole_api_sandbox import _arguments, _method, _run, _specs
from tests.sandbox.conftest import authenticate

pytestmark = pytest.mark.anyio

JOBS = 6
FIELD_ROWS = [row for row in PRODUCTION if row.kind in FIELD_KINDS]


@pytest.fixture(autouse=True)
def fresh_reports(monkeypatch: pytest.MonkeyPatch) -> None:
    """Odd fields are reported once per process: each test starts as a fresh process would."""
    monkeypatch.setattr(_parsing, "_reported", set())


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def settings(sandbox: Sandbox, base_url: str) -> dict[str, Any]:
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
    }


def in_process(sandbox: Sandbox) -> AsyncServiceTitan:
    return AsyncServiceTitan(**settings(sandbox, "http://sandbox"), transport=httpx.ASGITransport(app=sandbox))


@pytest.fixture(scope="module")
def production() -> Sandbox:
    return Sandbox(jobs=JOBS, deviations="production")


@pytest.fixture(scope="module")
def production_url(production: Sandbox) -> Iterator[str]:
    with serve(production) as url:
        yield url


@pytest.fixture(params=["sync", "async"])
def client(
    request: pytest.FixtureRequest, production: Sandbox, production_url: str
) -> Iterator[ServiceTitan | AsyncServiceTitan]:
    if request.param == "sync":
        with ServiceTitan(**settings(production, production_url)) as st:
            yield st
    else:
        yield in_process(production)


def row_id(row: Deviation) -> str:
    return f"{row.domain}.{row.operation_id}.{row.field}.{row.kind}"


def values_at(record: Any, path: str) -> list[Any]:
    """Every value at a dotted path (`[]` into each element) of a dict; `MISSING` where a key is left out."""
    step, _, rest = path.partition(".")
    name = step.removesuffix("[]")
    if not isinstance(record, dict) or name not in record:
        return ["MISSING"]
    value = record[name]
    if not rest:
        return [value]
    items = value if step.endswith("[]") else [value]
    return [found for item in (items or []) for found in values_at(item, rest)]


def resource_operations(row: Deviation) -> list[_catalog.Operation]:
    """The named operation and the lists, gets and feeds of its resource whose records have the field."""
    resource = resource_of(row.domain, row.operation_id)
    assert resource is not None
    return [
        operation
        for operation in resource.operations
        if has_field(operation.domain, _record_schema(operation) or {}, row.field)
    ]


# --- the table ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("row", FIELD_ROWS, ids=row_id)
def test_every_field_row_names_a_domain_an_operation_and_a_field_of_its_records(row: Deviation) -> None:
    assert row.domain in _catalog.domains()
    operation = _catalog.operation(row.domain, row.operation_id)
    assert has_field(row.domain, _record_schema(operation) or {}, row.field), row.field
    assert row.evidence


def test_the_documents_profile_sends_no_field_deviation() -> None:
    sandbox = Sandbox(jobs=JOBS)
    customer = next(iter(sandbox.records("crm", "Customers_GetList").records()))
    assert (
        sandbox._shape(_catalog.operation("crm", "Customers_GetList"), {"hasMore": False, "data": [customer]})["data"][
            0
        ]["externalData"]
        == []
    )


# --- served by the sandbox ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("row", FIELD_ROWS, ids=row_id)
def test_the_production_profile_serves_each_field_fact_on_the_list_get_and_feed_of_its_resource(
    row: Deviation, production: Sandbox, production_url: str
) -> None:
    with httpx.Client(base_url=production_url, trust_env=False) as http:
        authenticate(http, production)
        for operation in resource_operations(row):
            params = production.path_params(operation.domain, operation.operation_id)
            answer = http.get(operation.path.format(tenant=DEFAULT_TENANT, **params), params={"pageSize": 50})
            assert answer.status_code == 200, (operation.operation_id, answer.text)
            body = answer.json()
            records = body["data"] if isinstance(body, dict) and "hasMore" in body else [body]
            assert records, operation.operation_id
            values = [value for record in records for value in values_at(record, row.field)]
            if row.kind == "null_field":
                assert (set(values) <= {None, "MISSING"} and None in values) or values == []
            elif row.kind == "missing_field":
                assert set(values) == {"MISSING"}
            elif row.kind == "null_elements":
                assert all(isinstance(value, list) and None in value for value in values)
            elif _declared_format(operation, row.field) == "date":
                dated = [value for value in values if isinstance(value, str)]
                assert dated
                assert all(value.endswith("T00:00:00") for value in dated)


def _declared_format(operation: _catalog.Operation, field: str) -> str | None:
    schema = _catalog.resolve_schema(operation.domain, _record_schema(operation) or {})
    declared: dict[str, Any] = (schema.get("properties") or {}).get(field) or {}
    return declared.get("format")


# --- read typed ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("row", [row for row in FIELD_ROWS if row.domain != "accounting"], ids=row_id)
async def test_each_field_fact_reads_typed_through_the_client_on_list_get_and_feed(
    row: Deviation, client: ServiceTitan | AsyncServiceTitan, production: Sandbox
) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for operation in resource_operations(row):
            spec = spec_for(operation.domain, operation.operation_id)
            records = await read(client, production, spec)
            assert records, operation.operation_id
            model = _catalog.model_class(operation.domain, _catalog.schema_name(_record_schema(operation) or {}) or "")
            assert all(isinstance(record, model) for record in records), operation.operation_id
            assert not any(odd_fields(record) for record in records)  # patched or read as a date: all fit
            for record in records:
                values = values_at(record.to_dict(), row.field)
                if row.kind == "null_field":
                    assert set(values) <= {None}
                elif row.kind == "missing_field":
                    assert values == ["MISSING"]
                elif row.kind == "null_elements":
                    assert all(None in value for value in values)
                else:
                    assert all(value is None or len(value) == 10 for value in values)  # the date, read as a date
    assert [w for w in caught if issubclass(w.category, OddFieldWarning)] == []


async def read(client: ServiceTitan | AsyncServiceTitan, sandbox: Sandbox, spec: OperationSpec) -> list[Any]:
    """The typed records of the first page of a list or feed, or the record of a get-by-id."""
    if spec.kind is not Kind.FEED:
        arguments = _arguments(sandbox, spec)
    if spec.kind is Kind.LIST:
        return await collect(await _run(_method(client, spec), **arguments, fetch_all=True, page_size=50))
    if spec.kind is Kind.FEED:
        operation = spec.operation
        feeds = export_operations(operation.domain).items()
        name = next(feed for feed, op in feeds if op.operation_id == operation.operation_id)
        return await collect(getattr(getattr(client, operation.domain).export, name)())
    return [await _run(_method(client, spec), **arguments)]


async def test_a_date_with_a_time_of_day_on_every_record_is_kept_and_reported_once_across_list_get_and_feed() -> None:
    rows = [
        Deviation("date_with_time", "service_agreements", "ServiceAgreements_GetList", "startDate", "08:15:00"),
        Deviation("null_field", "jpm", "Jobs_GetList", "createdOn"),
        Deviation("null_elements", "jpm", "Jobs_GetList", "customFields"),
    ]
    sandbox = Sandbox(jobs=JOBS, deviations=rows)
    st = in_process(sandbox)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        agreements = await collect(await st.service_agreements.service_agreements.get_list(fetch_all=True))
        fed = await collect(st.service_agreements.export.service_agreements())
        jobs = await collect(await st.jpm.jobs.get_list(fetch_all=True, page_size=2))
        one = await st.jpm.jobs.get(id=jobs[0].id)
        fed_jobs = await collect(st.jpm.export.jobs())
    dated = [record for record in [*agreements, *fed] if odd_fields(record)]
    assert dated
    for record in dated:
        assert isinstance(record.start_date, datetime.date)
        assert odd_fields(record) == {"startDate": f"{record.start_date.isoformat()}T08:15:00"}
    for job in [*jobs, one, *fed_jobs]:
        assert type(job).__name__ == "JpmV2JobResponse" or type(job).__name__ == "JpmV2ExportJobsResponse"
        assert job.created_on is None
        odd = odd_fields(job)
        assert odd["createdOn"] is None
        nulls = [path for path in odd if path.startswith("customFields[")]
        assert nulls == [f"customFields[{min(1, len(job.custom_fields) - 1)}]"]
    # Jobs without createdOn cannot be walked by it: the walk says once that it read them by page number.
    walks = [str(w.message) for w in caught if issubclass(w.category, ListWalkWarning)]
    assert len(walks) == 1
    assert "Jobs_GetList" in walks[0]
    fields = [str(w.message) for w in caught if issubclass(w.category, OddFieldWarning)]
    assert len(fields) + len(walks) == len(caught)
    reported = sorted(message.split(" ")[0] + message.split(": field ")[1].split(" ")[0] for message in fields)
    assert reported == sorted(
        [
            "ServiceAgreements.V2.ServiceAgreementResponse:startDate",
            "ServiceAgreements.V2.ExportServiceAgreementResponse:startDate",
            "Jpm.V2.JobResponse:createdOn",
            "Jpm.V2.JobResponse:customFields[]",
            "Jpm.V2.ExportJobsResponse:createdOn",
            "Jpm.V2.ExportJobsResponse:customFields[]",
        ]
    )


async def test_odd_records_of_the_fault_knob_read_typed() -> None:
    sandbox = Sandbox(jobs=40, faults=FaultSettings(odd_record_rate=0.5, seed=3))
    st = in_process(sandbox)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        jobs = await collect(await st.jpm.jobs.get_list(fetch_all=True, page_size=10))
        customers = await collect(await st.crm.customers.get_list(fetch_all=True))
        fed = await collect(st.jpm.export.jobs())
    records = [*jobs, *customers, *fed]
    assert records
    assert not any(isinstance(record, UnparsedRecord) for record in records)
    assert any(odd_fields(record) for record in records)  # missing or null required fields, kept as received
    assert len({job.id for job in jobs}) == len(jobs) == 40


# --- HTML 5xx ------------------------------------------------------------------------------------------------------


async def test_5xx_answers_of_the_production_profile_are_the_edges_html_page() -> None:
    sandbox = Sandbox(jobs=JOBS, deviations="production", faults=FaultSettings(error_rate=1.0))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=sandbox), base_url="http://sandbox") as http:
        form = {"grant_type": "client_credentials", "client_id": sandbox.credentials.client_id}
        form["client_secret"] = sandbox.credentials.client_secret
        token = (await http.post("/connect/token", data=form)).json()["access_token"]
        headers = {"Authorization": f"Bearer {token}", "ST-App-Key": sandbox.credentials.app_key}
        answer = await http.get(f"/jpm/v2/tenant/{DEFAULT_TENANT}/jobs", headers=headers)
    assert answer.status_code in (500, 502, 503)
    assert answer.headers["content-type"].startswith("text/html")
    assert answer.text.startswith("<!DOCTYPE html>")
    with pytest.raises(ServerError) as raised:
        await in_process(sandbox).jpm.jobs.get(id=1)
    assert raised.value.status_code in (500, 502, 503)


async def test_5xx_answers_of_the_documents_profile_stay_problem_documents() -> None:
    sandbox = Sandbox(jobs=JOBS, faults=FaultSettings(error_rate=1.0))
    with pytest.raises(ServerError) as raised:
        await in_process(sandbox).jpm.jobs.get(id=1)
    assert raised.value.response is not None
    assert raised.value.response.headers["content-type"].startswith("application/json")


# --- the whole catalog ---------------------------------------------------------------------------------------------


def _gets() -> list[Any]:
    gets = []
    for resource in spec_resources():
        for operation in resource.gets:
            spec = spec_for(operation.domain, operation.operation_id)
            if resource.domain != "reporting" and spec.kind is Kind.CALL and spec.parser is not None:
                gets.append(pytest.param(spec, id=f"{operation.domain}.{operation.operation_id}"))
    return gets


@pytest.mark.parametrize("spec", [*_specs(Kind.LIST), *_specs(Kind.FEED), *_gets()])
async def test_every_list_get_and_feed_reads_typed_through_the_production_profile(
    spec: OperationSpec, production: Sandbox
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", OddFieldWarning)
        records = await read(in_process(production), production, spec)
    stored = next(production.records(spec.operation.domain, spec.operation.operation_id).records(), None)
    assert bool(records) == (stored is not None)
    assert not [record for record in records if isinstance(record, UnparsedRecord)]
