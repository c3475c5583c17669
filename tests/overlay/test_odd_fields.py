"""One odd field never costs a record its type (QUIRKS.md, "What production does that the documents do not say").

Each field fact of the production deviation table, served by a fake API (httpx.MockTransport) on records shaped by
the spec: the record comes back as its model, the value is there as received, and the facts the spec patches made
legal are not reported (a patched field is typed `X | None`); a value no patch covers is kept in
`servicetitan.odd_fields(record)` and reported once per model and field. A single-record answer that is not an
object raises `ResponseValidationError`.
"""

from __future__ import annotations

import datetime
import warnings
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from servicetitan import ABSENT, OddFieldWarning, ResponseValidationError, _catalog, _parsing, odd_fields
from servicetitan._operations import spec_for
from servicetitan._parsing import UnparsedRecord, item_schema, parser_for
from servicetitan.resources import operation_name
from servicetitan.sandbox.deviations import PRODUCTION, Deviation
from servicetitan.sandbox.schemas import FIELD_KINDS, deviated
from tests.overlay.conftest import JOB, FakeAPI, call, collect, jobs, paged
from tests.overlay.examples import example

pytestmark = pytest.mark.anyio

FIELD_ROWS = [row for row in PRODUCTION if row.kind in FIELD_KINDS and row.domain != "accounting"]


@pytest.fixture(autouse=True)
def fresh_reports(monkeypatch: pytest.MonkeyPatch) -> None:
    """Odd fields are reported once per process: each test starts as a fresh process would."""
    monkeypatch.setattr(_parsing, "_reported", set())


@pytest.fixture
def reports() -> Iterator[list[warnings.WarningMessage]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield caught


def odd_reports(caught: list[warnings.WarningMessage]) -> list[str]:
    return [str(w.message) for w in caught if issubclass(w.category, OddFieldWarning)]


def record_schema_name(domain: str, operation_id: str) -> str:
    operation = _catalog.operation(domain, operation_id)
    name = _catalog.schema_name(item_schema(domain, operation.success_schema()) or {})
    assert name is not None
    return name


def seeded_record(domain: str, schema_name: str, path: str) -> dict[str, Any]:
    """The smallest record the schema accepts, with the first field of `path` present (an array with an element)."""
    record: dict[str, Any] = example(domain, {"$ref": f"#/components/schemas/{schema_name}"})
    top = path.split(".")[0].removesuffix("[]")
    declared = _catalog.domain(domain).schemas[schema_name]["properties"][top]
    if top not in record or record[top] == []:
        record[top] = example(domain, declared, 0)
    if top == "startDate" or top == "endDate":
        record[top] = "2025-08-01"
    return record


def route_of(domain: str, operation_id: str) -> str:
    return _catalog.operation(domain, operation_id).path.split("/tenant/{tenant}", 1)[1]


def method_of(st: Any, domain: str, operation_id: str) -> Any:
    resource, verb = operation_name(spec_for(domain, operation_id).operation)
    return getattr(getattr(getattr(st, domain), resource), verb)


async def read_list(st: Any, api: FakeAPI, row: Deviation, records: list[dict[str, Any]]) -> list[Any]:
    api.route("GET", route_of(row.domain, row.operation_id), paged(records))
    result = method_of(st, row.domain, row.operation_id)(fetch_all=True, page_size=2)
    return await collect(await result if hasattr(result, "__await__") else result)


def json_value_at(record: Any, path: str) -> list[Any]:
    """Every value at a dotted path (`[]` into each element) of a dict; `ABSENT` where a key is left out."""
    step, _, rest = path.partition(".")
    name = step.removesuffix("[]")
    if not isinstance(record, dict) or name not in record:
        return [ABSENT]
    value = record[name]
    if not rest:
        return [value]
    items = value if step.endswith("[]") else [value]
    return [found for item in items for found in json_value_at(item, rest)]


def attribute(record: Any, json_name: str) -> Any:
    """A typed record's field by its JSON name."""
    names = type(record)._json_names
    return getattr(record, type(record).__attrs_attrs__[names.index(json_name)].name)


@pytest.mark.parametrize("row", FIELD_ROWS, ids=lambda row: f"{row.operation_id}.{row.field}.{row.kind}")
async def test_each_production_field_fact_reads_typed_with_the_value_as_received(
    st: Any, api: FakeAPI, row: Deviation, reports: list[warnings.WarningMessage]
) -> None:
    schema_name = record_schema_name(row.domain, row.operation_id)
    model = _catalog.model_class(row.domain, schema_name)
    sent = [
        dict(deviated(seeded_record(row.domain, schema_name, row.field), row.kind, row.field, row.value), id=i)
        for i in (1, 2, 3)
    ]
    got = await read_list(st, api, row, sent)
    assert len(got) == 3
    assert all(isinstance(record, model) for record in got)
    for received, record in zip(sent, got, strict=True):
        assert odd_fields(record) == {}  # the spec patches (or the date reader) made the value fit
        as_received = json_value_at(received, row.field)
        if row.kind == "date_with_time":
            assert as_received == ["2025-08-01T00:00:00"]
            assert attribute(record, row.field) == datetime.date(2025, 8, 1)
            assert not isinstance(attribute(record, row.field), datetime.datetime)
        else:
            assert json_value_at(record.to_dict(), row.field) == as_received
        if row.kind == "null_elements":
            elements = attribute(record, row.field)
            assert None in elements
            assert all(element is None or attrs_model(element) for element in elements)
    assert odd_reports(reports) == []


def attrs_model(value: Any) -> bool:
    return hasattr(type(value), "__attrs_attrs__")


async def test_a_date_sent_with_a_time_of_day_keeps_the_date_and_the_value_and_is_reported_once(
    st: Any, api: FakeAPI, reports: list[warnings.WarningMessage]
) -> None:
    row = Deviation("date_with_time", "service_agreements", "ServiceAgreements_GetList", "startDate", "10:30:00")
    schema_name = record_schema_name(row.domain, row.operation_id)
    base = seeded_record(row.domain, schema_name, "startDate")
    sent = [dict(deviated(base, row.kind, row.field, row.value), id=i) for i in (1, 2, 3)]
    got = await read_list(st, api, row, sent)
    assert len(got) == 3
    assert all(isinstance(record, _catalog.model_class(row.domain, schema_name)) for record in got)
    for record in got:
        assert record.start_date == datetime.date(2025, 8, 1)
        assert odd_fields(record) == {"startDate": "2025-08-01T10:30:00"}
        assert record.to_dict()["startDate"] == "2025-08-01T10:30:00"  # nothing lost on the way back
    (report,) = odd_reports(reports)
    assert "ServiceAgreements.V2.ServiceAgreementResponse: field startDate" in report


async def test_a_null_a_missing_key_and_a_null_element_no_patch_covers_stay_typed_and_are_reported_once_each(
    st: Any, api: FakeAPI, reports: list[warnings.WarningMessage], caplog: pytest.LogCaptureFixture
) -> None:
    records = jobs(5)
    for record in records:
        record["createdOn"] = None  # a required date-time
        del record["jobStatus"]  # a required field
        record["customFields"] = [{"typeId": 1, "name": "a", "value": "x"}, None]
    api.route("GET", "/jobs", paged(records))
    with caplog.at_level("WARNING", logger="servicetitan"):
        got = await collect(await call(st, "list_jobs", fetch_all=True, page_size=2))
    assert [type(record).__name__ for record in got] == ["JpmV2JobResponse"] * 5
    for index, record in enumerate(got, start=1):
        assert (record.id, record.job_number, record.created_on, record.job_status) == (index, f"J-{index}", None, None)
        assert [type(field).__name__ for field in record.custom_fields] == ["CustomFieldApiModel", "NoneType"]
        assert odd_fields(record) == {"createdOn": None, "jobStatus": ABSENT, "customFields[1]": None}
        assert record.to_dict() == {**records[index - 1], "modifiedOn": record.to_dict()["modifiedOn"]}
    assert sorted(report.split(": field ")[1].split(" ")[0] for report in odd_reports(reports)) == [
        "createdOn",
        "customFields[]",
        "jobStatus",
    ]
    assert sum("JpmV2JobResponse" in r.getMessage() or ": field " in r.getMessage() for r in caplog.records) == 3


async def test_a_nested_record_with_an_odd_field_is_typed_and_has_its_own_odd_fields(
    st: Any, api: FakeAPI, reports: list[warnings.WarningMessage]
) -> None:
    records = jobs(1)
    records[0]["customFields"] = [{"typeId": None, "name": "a", "value": "x"}, {"name": "b", "value": "y"}]
    records[0]["externalData"] = [{"key": "k", "value": "v"}, "not an object"]
    api.route("GET", "/jobs", paged(records))
    (job,) = await collect(await call(st, "list_jobs", fetch_all=True))
    assert odd_fields(job) == {"customFields[1].typeId": ABSENT, "externalData[1]": "not an object"}
    second = job.custom_fields[1]
    assert (type(second).__name__, second.type_id, second.name, odd_fields(second)) == (
        "CustomFieldApiModel",
        None,
        "b",
        {"typeId": ABSENT},
    )
    assert job.external_data[1] is None
    assert job.to_dict()["externalData"] == records[0]["externalData"]


async def test_an_unknown_enum_value_stays_on_the_typed_record_without_odd_fields(st: Any, api: FakeAPI) -> None:
    records = jobs(2)
    records[1]["priority"] = "SomethingNew"
    api.route("GET", "/jobs", paged(records))
    got = await collect(await call(st, "list_jobs", fetch_all=True))
    assert [type(record).__name__ for record in got] == ["JpmV2JobResponse"] * 2
    assert odd_fields(got[1]) == {}


def test_only_a_record_that_is_not_an_object_comes_back_unparsed() -> None:
    records: list[Any] = [*jobs(2), None, 7, ["a"], "text"]
    got = _parsing.parse_records(parser_for("jpm", "Jpm.V2.JobResponse"), records, "Jpm.V2.JobResponse")
    assert [type(record).__name__ for record in got] == ["JpmV2JobResponse"] * 2 + ["UnparsedRecord"] * 4
    assert [record.data for record in got[2:]] == [None, 7, ["a"], "text"]
    assert [record.error for record in got[2:]] == [
        "the record is null, not an object",
        "the record is a number, not an object",
        "the record is an array, not an object",
        "the record is a string, not an object",
    ]


# --- single-record reads ---------------------------------------------------------------------------------------


async def test_a_single_record_with_an_odd_field_is_typed_with_its_odd_fields(
    st: Any, api: FakeAPI, reports: list[warnings.WarningMessage]
) -> None:
    api.route("GET", "/jobs/7", lambda _: httpx.Response(200, json={**JOB, "id": 7, "createdOn": "yesterday"}))
    job = await call(st, "get_job", id=7)
    assert (type(job).__name__, job.id, job.created_on) == ("JpmV2JobResponse", 7, None)
    assert odd_fields(job) == {"createdOn": "yesterday"}
    assert len(odd_reports(reports)) == 1


@pytest.mark.parametrize(
    ("body", "kind"),
    [(b"null", "null"), (b"[]", "an array"), (b'[{"id": 7}]', "an array"), (b'"job"', "a string"), (b"7", "a number")],
)
async def test_a_single_record_answer_that_is_not_an_object_raises_response_validation_error(
    st: Any, api: FakeAPI, body: bytes, kind: str
) -> None:
    headers = {"content-type": "application/json"}
    api.route("GET", "/jobs/7", lambda _: httpx.Response(200, content=body, headers=headers))
    with pytest.raises(ResponseValidationError, match=f"the answer is {kind} where Jpm.V2.JobResponse"):
        await call(st, "get_job", id=7)


async def test_a_resource_get_with_a_null_body_raises_too(st: Any, api: FakeAPI) -> None:
    headers = {"content-type": "application/json"}
    api.route("GET", "/jobs/7", lambda _: httpx.Response(200, content=b"null", headers=headers))
    with pytest.raises(ResponseValidationError, match="the answer is null"):
        await read_one(st.jpm.jobs.get, id=7)


async def read_one(method: Any, /, **arguments: Any) -> Any:
    result = method(**arguments)
    return await result if hasattr(result, "__await__") else result


def test_the_fast_path_parses_a_page_that_fits_without_the_field_by_field_build(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The generated `from_dict` builds every record of a page that fits; the field-by-field build is never asked."""

    def refuse(*_: Any) -> Any:
        raise AssertionError("a record that fits was built field by field")

    monkeypatch.setattr(_parsing, "tolerant_model", refuse)
    parse = parser_for("jpm", "Jpm.V2.JobResponse")
    got = _parsing.parse_records(parse, jobs(50), "Jpm.V2.JobResponse")
    assert [type(record).__name__ for record in got] == ["JpmV2JobResponse"] * 50
    assert not any(isinstance(record, UnparsedRecord) or odd_fields(record) for record in got)


def test_a_record_with_odd_fields_keeps_them_through_copy_and_pickle_and_serializes_as_received() -> None:
    import copy
    import pickle

    from servicetitan._serialize import json_value
    from servicetitan.frames import as_dict

    sent = {**JOB, "createdOn": None, "customFields": [None]}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", OddFieldWarning)
        job = _parsing.parse_record(parser_for("jpm", "Jpm.V2.JobResponse"), sent, "Jpm.V2.JobResponse")
    expected = {"createdOn": None, "customFields[0]": None}
    for again in (copy.copy(job), copy.deepcopy(job), pickle.loads(pickle.dumps(job))):  # noqa: S301 - our own bytes
        assert type(again) is type(job)
        assert odd_fields(again) == expected
        assert again.to_dict() == job.to_dict()
    assert as_dict(job)["customFields"] == [None]
    assert json_value(job)["createdOn"] is None
