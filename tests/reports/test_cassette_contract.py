"""The report cassettes: one per operation of the reporting domain, holding it, with no credential or recording
tenant, and every exchange one the (patched) spec documents, as openapi-core checks it (`servicetitan.testing`)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from servicetitan import _catalog
from servicetitan.sandbox import TOKEN_PATH
from servicetitan.testing import (
    REDACTED,
    TENANT_PLACEHOLDER,
    assert_cassette_matches_spec,
    cassette_problems,
    interactions,
    leaks,
    operation_for,
)
from servicetitan.testing._scrub import SECRET_REQUEST_HEADERS
from tests.actions.conftest import RECORDING

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
    recorded = [(i.method, i.path) for i in interactions(cassette(operation_id))]
    assert recorded[0] == ("POST", TOKEN_PATH)
    operations = [operation_for(method, path) for method, path in recorded[1:]]
    assert None not in operations
    assert operation_id in {operation.operation_id for operation in operations if operation}


@pytest.mark.parametrize("operation_id", OPERATIONS)
def test_no_secret_in_cassette(operation_id: str) -> None:
    path = cassette(operation_id)
    assert leaks(path.read_text(encoding="utf-8"), RECORDING) == []
    for interaction in interactions(path):
        if interaction.path == TOKEN_PATH:
            continue
        assert f"/tenant/{TENANT_PLACEHOLDER}/" in interaction.path
        assert {name: interaction.request_header(name) for name in SECRET_REQUEST_HEADERS} == dict.fromkeys(
            SECRET_REQUEST_HEADERS, REDACTED
        )


@pytest.mark.parametrize("operation_id", OPERATIONS)
def test_cassette_follows_the_spec(operation_id: str) -> None:
    assert_cassette_matches_spec(cassette(operation_id))


def test_the_patched_parameter_value_is_what_makes_the_run_valid() -> None:
    """Spec patch 007 at work: the recorded data request holds string, number and array values, which the
    patched `ReportDataParameter.value` accepts and the document's own `type: null` refuses."""
    path = cassette("ReportCategoryReports_StartGetData")
    run = next(i for i in interactions(path) if i.path.endswith("/data/query"))
    assert cassette_problems(path) == []
    values = [p["value"] for p in json.loads(run.request_body)["parameters"]]
    assert {type(v) for v in values} == {str, list}
    assert not any(jsonschema.Draft202012Validator({"type": "null"}).is_valid(value) for value in values)
    schema = _catalog.domain("reporting").schemas["Reporting.V2.ReportDataParameter"]["properties"]["value"]
    assert "type" not in schema
    assert [variant["type"] for variant in schema["oneOf"]] == ["string", "number", "boolean", "array"]
