"""The report cassettes: one per operation of the reporting domain, holding it, with no credential or recording
tenant, and every exchange one the (patched) spec documents, as tests/support/contract.py checks it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from servicetitan import _catalog
from servicetitan.sandbox import TOKEN_PATH
from tests.actions.conftest import RECORDING
from tests.support.cassettes import REDACTED, SECRET_REQUEST_HEADERS, TENANT_PLACEHOLDER, interactions, leaks
from tests.support.contract import operation_for, request_problems, response_problems, schema_problems

from .test_cassettes import CASSETTES

pytestmark = pytest.mark.after_recording

OPERATIONS = sorted(_catalog.domain("reporting").operations)


def cassette(operation_id: str) -> Path:
    return CASSETTES / f"{operation_id}.yaml"


def test_one_cassette_per_report_operation() -> None:
    assert sorted(path.stem for path in CASSETTES.glob("*.yaml")) == OPERATIONS
    assert len(OPERATIONS) == 8


@pytest.mark.parametrize("operation_id", OPERATIONS)
def test_cassette_holds_its_operation(operation_id: str) -> None:
    recorded = [(i.request.method, i.request.path) for i in interactions(cassette(operation_id))]
    assert recorded[0] == ("POST", TOKEN_PATH)
    operations = [operation_for(method, path) for method, path in recorded[1:]]
    assert None not in operations
    assert operation_id in {operation.operation_id for operation in operations if operation}


@pytest.mark.parametrize("operation_id", OPERATIONS)
def test_no_secret_in_cassette(operation_id: str) -> None:
    path = cassette(operation_id)
    assert leaks(path.read_text(encoding="utf-8"), RECORDING) == []
    for interaction in interactions(path):
        if interaction.request.path == TOKEN_PATH:
            continue
        assert f"/tenant/{TENANT_PLACEHOLDER}/" in interaction.request.path
        assert {name: interaction.request_header(name) for name in SECRET_REQUEST_HEADERS} == dict.fromkeys(
            SECRET_REQUEST_HEADERS, REDACTED
        )


@pytest.mark.parametrize("operation_id", OPERATIONS)
def test_cassette_follows_the_spec(operation_id: str) -> None:
    problems: list[str] = []
    for interaction in interactions(cassette(operation_id)):
        request = interaction.request
        content_type = interaction.request_header("content-type")
        problems += request_problems(request.method, request.uri, content_type, request.body or None)
        problems += response_problems(
            request.method,
            request.uri,
            interaction.status,
            interaction.response_header("content-type"),
            interaction.response_body,
        )
    assert problems == []


def test_the_patched_parameter_value_is_what_makes_the_run_valid() -> None:
    """Spec patch 007 at work: the recorded data request holds string, number and array values, which the
    patched `ReportDataParameter.value` accepts and the document's own `type: null` refuses."""
    run = next(
        i
        for i in interactions(cassette("ReportCategoryReports_StartGetData"))
        if i.request.path.endswith("/data/query")
    )
    assert request_problems("POST", run.request.uri, "application/json", run.request.body) == []
    values = [p["value"] for p in json.loads(run.request.body)["parameters"]]
    assert {type(v) for v in values} == {str, list}
    assert all(schema_problems("reporting", {"type": "null"}, value, "unpatched") for value in values)
    schema = _catalog.domain("reporting").schemas["Reporting.V2.ReportDataParameter"]["properties"]["value"]
    assert "type" not in schema
    assert [variant["type"] for variant in schema["oneOf"]] == ["string", "number", "boolean", "array"]
