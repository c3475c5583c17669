"""Query and path parameters are checked against their documents before a handler runs, as ServiceTitan's ASP.NET
binding checks them: a query value that does not bind is a 400 problem naming every offending parameter at once,
and an integer path id that is not one is a 404.

The catalog-wide tests derive an invalid value for every checkable query parameter of every operation from its
schema (not from the sandbox's compiled checks), so a parameter whose check is lost shows as a failure here."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

import httpx
import pytest

from servicetitan import _catalog
from servicetitan.sandbox import Sandbox, serve, spec_writes
from servicetitan.sandbox.examples import SAMPLE_FILE, example_request, required_query
from servicetitan.sandbox.synthetic import instance

from .conftest import JOBS, START, TENANT, FakeClock, authenticate

_PATH_PARAMETER = re.compile(r"\{([^}]+)\}")


@pytest.fixture(scope="module")
def checked_sandbox() -> Sandbox:
    return Sandbox(jobs=JOBS, clock=FakeClock(START))


@pytest.fixture(scope="module")
def checked(checked_sandbox: Sandbox) -> Iterator[httpx.Client]:
    with serve(checked_sandbox) as base_url, httpx.Client(base_url=base_url, trust_env=False) as client:
        authenticate(client, checked_sandbox)
        yield client


def _concrete(domain: str, schema: Mapping[str, Any]) -> Mapping[str, Any]:
    """The schema behind a `$ref` or a one-member `oneOf` (how the documents spell an enum parameter)."""
    options = schema.get("oneOf") or ()
    if len(options) == 1:
        schema = options[0]
    return _catalog.resolve_schema(domain, schema)


def invalid_value(domain: str, schema: Mapping[str, Any]) -> str | None:
    """A value the document's schema refuses and ASP.NET would not bind, or None where any text binds."""
    schema = _concrete(domain, schema)
    kind, fmt = schema.get("type"), schema.get("format")
    if kind == "array":
        item = invalid_value(domain, schema.get("items") or {})
        return None if item is None else f"1,{item}"
    if kind == "integer":
        return "12x"
    if kind == "number":
        return "1.5.5"
    if kind == "boolean":
        return "yes"
    if kind == "string" and schema.get("enum"):
        return "NoSuchMember"
    if kind == "string" and fmt in ("date", "date-time"):
        return "2024-13-45"
    if kind == "string" and fmt in ("guid", "uuid"):
        return "not-a-guid"
    if kind == "string" and isinstance(schema.get("maxLength"), int):
        return "x" * (schema["maxLength"] + 1)
    return None


def _checkable() -> list[tuple[str, str, str]]:
    """(domain, operationId, parameter) of every query parameter of a checkable type, in the whole catalog."""
    return [
        (domain, operation.operation_id, parameter.name)
        for domain in _catalog.domains()
        for operation in _catalog.domain(domain).operations.values()
        for parameter in operation.parameters
        if parameter.location == "query" and invalid_value(domain, parameter.schema) is not None
    ]


CHECKABLE = _checkable()


def _url(operation: _catalog.Operation, **values: str) -> str:
    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name == "tenant":
            return str(TENANT)
        if name in values:
            return values[name]
        parameter = operation.parameter(name)
        return "1" if parameter is not None and parameter.schema.get("type") == "integer" else "sandbox"

    return _PATH_PARAMETER.sub(fill, operation.path)


def _send(
    client: httpx.Client, operation: _catalog.Operation, params: Mapping[str, Any], **path: str
) -> httpx.Response:
    """The operation called with `params`, a valid body where it takes one, and its path filled with valid ids."""
    body = operation.request_schema()
    files = None
    json_body = None
    if spec_writes.is_upload(operation) or operation.request_schema("multipart/form-data") is not None:
        files = {"file": SAMPLE_FILE}
    elif body is not None:
        json_body = instance(operation.domain, body, seed=1)
    return client.request(operation.method, _url(operation, **path), params=params, json=json_body, files=files)


def test_the_catalog_has_checkable_query_parameters_in_every_kind() -> None:
    assert len(CHECKABLE) > 1000
    assert len({(domain, operation_id) for domain, operation_id, _ in CHECKABLE}) > 200


@pytest.mark.parametrize(("domain", "operation_id", "name"), CHECKABLE)
def test_an_invalid_query_value_is_refused_naming_the_parameter(
    checked: httpx.Client, domain: str, operation_id: str, name: str
) -> None:
    operation = _catalog.operation(domain, operation_id)
    parameter = operation.parameter(name)
    assert parameter is not None
    bad = invalid_value(domain, parameter.schema)
    answer = _send(checked, operation, {**required_query(operation), name: bad})
    assert answer.status_code == 400, answer.text
    problem = answer.json()
    documented = ((operation.responses.get("400") or {}).get("content") or {}).get("application/json") or {}
    if documented.get("schema") == {"type": "string"}:
        # Three documents say their refusal is text: the sandbox answers the problem as one JSON string.
        assert problem.startswith("One or more validation errors occurred.")
        assert f" {name}: " in problem
        return
    assert problem["status"] == 400
    assert problem["title"] == "One or more validation errors occurred."
    assert set(problem["errors"]) == {name}, problem
    assert problem["errors"][name]


# --- what binds, and the errors of one request all at once ------------------------------------------------------

JOBS_LIST = ("jpm", "Jobs_GetList")
INVOICES = ("accounting", "Invoices_GetList")
REPORT_DATA = ("reporting", "ReportCategoryReports_GetData")


def _get(client: httpx.Client, key: tuple[str, str], params: Any, **path: str) -> httpx.Response:
    return client.get(_url(_catalog.operation(*key), **path), params=params)


def test_every_offending_parameter_is_named_at_once(checked: httpx.Client) -> None:
    answer = _get(
        checked,
        JOBS_LIST,
        {"page": "one", "pageSize": "9999999999", "includeTotal": "maybe", "createdOnOrAfter": "yesterday"},
    )
    assert answer.status_code == 400
    assert answer.json()["errors"] == {
        "page": ["The value 'one' is not valid for page."],
        "pageSize": ["The value '9999999999' is not valid for pageSize."],
        "includeTotal": ["The value 'maybe' is not valid for includeTotal."],
        "createdOnOrAfter": ["The value 'yesterday' is not valid for createdOnOrAfter."],
    }


def test_what_the_client_sends_binds(checked: httpx.Client) -> None:
    accepted = {
        "page": "1",
        "pageSize": " 5 ",
        "includeTotal": "TRUE",
        "createdOnOrAfter": "2024-01-09T18:32:41.6833333Z",
        "createdBefore": "2030-01-01",
        "modifiedOnOrAfter": "2024-01-01T00:00:00+00:00",
        "jobStatus": "inprogress",  # enum members bind in any case
        "active": "any",
        "unknownFilter": "ignored",  # unknown names are ignored, as production ignores them
        "PAGESIZE": "5",  # names bind in any case
        "ids": "",  # an empty value is no value
    }
    answer = _get(checked, JOBS_LIST, accepted)
    assert answer.status_code == 200, answer.text


def test_a_date_parameter_takes_a_date_with_a_time(checked: httpx.Client) -> None:
    operation = _catalog.operation("accounting", "CreditMemos_GetCreditMemosList")
    date_before = operation.parameter("dateBefore")
    assert date_before is not None
    assert date_before.schema["format"] == "date"
    answer = checked.get(_url(operation), params={"dateBefore": "2030-01-01T00:00:00Z", "dateOnOrAfter": "2020-01-01"})
    assert answer.status_code == 200, answer.text


def test_arrays_bind_from_repeated_keys_and_from_commas(checked: httpx.Client) -> None:
    assert _get(checked, INVOICES, [("assignedToIds", "1"), ("assignedToIds", "2")]).status_code == 200
    assert _get(checked, INVOICES, {"assignedToIds": "1,2,3"}).status_code == 200
    refused = _get(checked, INVOICES, [("assignedToIds", "1"), ("assignedToIds", "two")])
    assert refused.json()["errors"] == {"assignedToIds": ["The value 'two' is not valid for assignedToIds."]}


def test_a_flags_enum_takes_several_members(checked: httpx.Client) -> None:
    operation = _catalog.operation("settings", "Employees_GetList")
    if operation.parameter("employeeType") is None:
        operation = next(
            op
            for op in _catalog.domain("settings").operations.values()
            if op.parameter("employeeType") is not None and op.method == "GET"
        )
    assert checked.get(_url(operation), params={"employeeType": "Employee, Technician"}).status_code == 200
    refused = checked.get(_url(operation), params={"employeeType": "Employee, Robot"})
    assert set(refused.json()["errors"]) == {"employeeType"}


def test_documented_bounds_and_int32_range_are_checked(checked: httpx.Client) -> None:
    report = _catalog.operation(*REPORT_DATA)
    answer = _send(checked, report, {"pageSize": "25001"})
    assert answer.status_code == 400
    assert answer.json()["errors"]["pageSize"] == ["The field pageSize must be between 1 and 25000."]
    overflow = _get(checked, JOBS_LIST, {"page": str(2**31)})
    assert overflow.json()["errors"] == {"page": [f"The value '{2**31}' is not valid for page."]}


def test_a_required_query_parameter_missing_is_named(checked: httpx.Client) -> None:
    operation = _catalog.operation("marketing_ads", "Performance_Get")
    answer = checked.get(_url(operation), params={"fromUtc": "2024-01-01T00:00:00Z"})
    assert answer.status_code == 400
    errors = answer.json()["errors"]
    assert errors["toUtc"] == ["The toUtc field is required."]
    assert errors["performanceSegmentationType"] == ["The performanceSegmentationType field is required."]
    assert "fromUtc" not in errors


def test_query_and_body_errors_are_answered_together(checked: httpx.Client) -> None:
    operation, name = next(
        (op, p.name)
        for domain in _catalog.domains()
        for op in _catalog.domain(domain).operations.values()
        if op.request_schema() is not None and not spec_writes.is_upload(op)
        for p in op.parameters
        if p.location == "query" and invalid_value(domain, p.schema)
    )
    parameter = operation.parameter(name)
    assert parameter is not None
    bad = invalid_value(operation.domain, parameter.schema)
    answer = checked.request(operation.method, _url(operation), params={name: bad}, content=b"{not json")
    assert answer.status_code == 400
    assert set(answer.json()["errors"]) == {name, "request"}


def test_an_upload_is_not_read_as_json_when_its_query_is_checked(
    checked: httpx.Client, checked_sandbox: Sandbox
) -> None:
    uploads = [
        (domain, op.operation_id)
        for domain in _catalog.domains()
        for op in _catalog.domain(domain).operations.values()
        if spec_writes.is_upload(op)
    ]
    assert len(uploads) >= 4
    for domain, operation_id in uploads:
        request = example_request(checked_sandbox, domain, operation_id, TENANT)
        files = request.files or {"file": SAMPLE_FILE}
        answer = checked.request(request.method, request.url, params=request.params, files=files)
        assert answer.status_code < 400, (operation_id, answer.text)


# --- path ids -----------------------------------------------------------------------------------------------------


def _integer_path_operations() -> list[tuple[str, str, str]]:
    found = []
    for domain in _catalog.domains():
        for operation in _catalog.domain(domain).operations.values():
            name = next(
                (
                    p.name
                    for p in operation.parameters
                    if p.location == "path" and p.name != "tenant" and p.schema.get("type") == "integer"
                ),
                None,
            )
            if name is not None:
                found.append((domain, operation.operation_id, name))
    return found


@pytest.mark.parametrize("bad", ["abc", "12x", str(2**63), "\u00b2", "1.0"])
def test_an_integer_path_id_that_is_not_one_is_not_found(checked: httpx.Client, bad: str) -> None:
    wrong = []
    for domain, operation_id, name in _integer_path_operations():
        operation = _catalog.operation(domain, operation_id)
        answer = _send(checked, operation, {**required_query(operation), "page": "not-checked-first"}, **{name: bad})
        if answer.status_code != 404 or answer.headers["content-type"] != "application/json; charset=utf-8":
            wrong.append((domain, operation_id, answer.status_code))
    assert wrong == []


@pytest.mark.parametrize("bad", ["abc", str(2**63), "\u00b2"])
def test_a_tenant_that_is_not_an_int64_is_not_found(checked: httpx.Client, bad: str) -> None:
    answer = checked.get(_url(_catalog.operation(*JOBS_LIST)).replace(str(TENANT), bad))
    assert answer.status_code == 404
    assert answer.json()["status"] == 404
