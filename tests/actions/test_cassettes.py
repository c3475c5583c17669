"""The cassettes themselves: one per action holding its operation, no credential or recording tenant in any, and
every recorded exchange one that the (patched) spec of its operation documents, as openapi-core checks it."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from vcr.request import Request

from servicetitan.actions import ACTIONS, Action
from servicetitan.sandbox import TOKEN_PATH
from servicetitan.testing import (
    REDACTED,
    TENANT_PLACEHOLDER,
    Scrubber,
    Status,
    assert_cassette_matches_spec,
    cassette_problems,
    exercised_operations,
    interactions,
    leaks,
    operation_for,
)
from servicetitan.testing._scrub import SECRET_REQUEST_HEADERS

from .conftest import CASSETTES, RECORDING

pytestmark = pytest.mark.after_recording

METHODS = [action.method for action in ACTIONS]


def cassette(method: str) -> Path:
    return CASSETTES / f"{method}.yaml"


def test_one_cassette_per_action() -> None:
    assert sorted(path.stem for path in CASSETTES.glob("*.yaml")) == sorted(METHODS)


@pytest.mark.parametrize("action", ACTIONS, ids=METHODS)
def test_cassette_holds_its_operation(action: Action) -> None:
    recorded = [(i.method, i.path) for i in interactions(cassette(action.method))]
    assert recorded[0] == ("POST", TOKEN_PATH)
    operations = [operation_for(method, path) for method, path in recorded[1:]]
    assert None not in operations, "every API request of a cassette is an operation of a spec"
    if action.operation_id is not None:
        assert action.operation_id in {operation.operation_id for operation in operations if operation}


@pytest.mark.parametrize("method", METHODS)
def test_no_secret_in_cassette(method: str) -> None:
    path = cassette(method)
    assert leaks(path.read_text(encoding="utf-8"), RECORDING) == []
    for interaction in interactions(path):
        # Binary bodies are base64 in the file, where the text scan cannot see into them.
        for body in (interaction.request_body, interaction.response_body):
            assert leaks(body.decode("latin-1"), RECORDING) == []
        if interaction.path == TOKEN_PATH:
            continue
        assert f"/tenant/{TENANT_PLACEHOLDER}/" in interaction.path
        # Both credentials were sent, and neither was kept.
        assert {name: interaction.request_header(name) for name in SECRET_REQUEST_HEADERS} == dict.fromkeys(
            SECRET_REQUEST_HEADERS, REDACTED
        )


@pytest.mark.parametrize("method", METHODS)
def test_cassette_follows_the_spec(method: str) -> None:
    assert_cassette_matches_spec(cassette(method))


def test_the_specs_did_not_change_what_the_cassettes_exercise() -> None:
    """Fingerprints taken when the cassettes were recorded (servicetitan-specs.lock.json) still hold; when a spec
    update changes an operation, `nox -s record` re-records and re-locks."""
    operations = exercised_operations(CASSETTES)
    assert {op.key for op in operations} >= {f"{a.domain}:{a.operation_id}" for a in ACTIONS if a.operation_id}
    assert {op.key: op.status for op in operations if op.status is not Status.UNCHANGED} == {}


def broken_copy(tmp_path: Path, method: str, index: int, edit: Callable[[dict[str, Any]], None]) -> Path:
    """A copy of an action's cassette with exchange `index` (0-based, the token request is 0) edited."""
    document = yaml.safe_load(cassette(method).read_text(encoding="utf-8"))
    edit(document["interactions"][index])
    copy = tmp_path / f"{method}.yaml"
    copy.write_text(yaml.safe_dump(document), encoding="utf-8")
    return copy


def edit_json(part: dict[str, Any], key: str, change: Callable[[Any], None]) -> None:
    holder = part["body"] if key == "string" else part
    value = json.loads(holder[key])
    change(value)
    holder[key] = json.dumps(value)


def test_the_unbroken_copy_passes(tmp_path: Path) -> None:
    assert cassette_problems(broken_copy(tmp_path, "get_job", 1, lambda exchange: None)) == []


def test_contract_catches_a_query_value_of_the_wrong_type(tmp_path: Path) -> None:
    def edit(exchange: dict[str, Any]) -> None:
        exchange["request"]["uri"] = exchange["request"]["uri"].replace("page=1", "page=first")

    assert cassette_problems(broken_copy(tmp_path, "list_jobs", 1, edit)) == [
        "list_jobs.yaml #2: Jobs_GetList request: Query parameter error: page: "
        "Failed to cast value to integer type: first"
    ]


def test_contract_catches_an_undocumented_status(tmp_path: Path) -> None:
    def edit(exchange: dict[str, Any]) -> None:
        exchange["response"]["status"] = {"code": 201, "message": "Created"}

    assert cassette_problems(broken_copy(tmp_path, "get_job", 1, edit)) == [
        "get_job.yaml #2: Jobs_Get response 201: status not documented (documented: 200, 400, 404)"
    ]


def test_contract_catches_a_bad_date_time(tmp_path: Path) -> None:
    def edit(exchange: dict[str, Any]) -> None:
        edit_json(exchange["response"], "string", lambda job: job.update(createdOn="the 14th of March"))

    assert cassette_problems(broken_copy(tmp_path, "get_job", 1, edit)) == [
        "get_job.yaml #2: Jobs_Get response 200: InvalidData: createdOn: 'the 14th of March' is not a 'date-time'"
    ]


def test_contract_catches_a_bad_date_time_and_enum_value_in_the_query(tmp_path: Path) -> None:
    def edit(exchange: dict[str, Any]) -> None:
        exchange["request"]["uri"] += "&modifiedOnOrAfter=yesterday&jobStatus=Teleported"

    assert cassette_problems(broken_copy(tmp_path, "list_jobs", 1, edit)) == [
        "list_jobs.yaml #2: Jobs_GetList request: query parameter jobStatus: (root): "
        "'Teleported' is not valid under any of the given schemas",
        "list_jobs.yaml #2: Jobs_GetList request: query parameter modifiedOnOrAfter: (root): "
        "'yesterday' is not a 'date-time'",
    ]


def test_contract_catches_a_path_parameter_of_the_wrong_type(tmp_path: Path) -> None:
    def edit(exchange: dict[str, Any]) -> None:
        exchange["request"]["uri"] = exchange["request"]["uri"].replace("/jobs/50000005", "/jobs/J-5")

    assert cassette_problems(broken_copy(tmp_path, "get_job", 1, edit)) == [
        "get_job.yaml #2: Jobs_Get request: Path parameter error: id: Failed to cast value to integer type: J-5"
    ]


def test_contract_catches_an_unknown_body_field(tmp_path: Path) -> None:
    def edit(exchange: dict[str, Any]) -> None:
        edit_json(exchange["request"], "body", lambda job: job.update(color="red"))

    create = next(i for i, x in enumerate(interactions(cassette("create_job"))) if x.method == "POST" and i > 0)
    assert cassette_problems(broken_copy(tmp_path, "create_job", create, edit)) == [
        f"create_job.yaml #{create + 1}: Jobs_Create request: Request body validation error: (root): "
        "Additional properties are not allowed ('color' was unexpected)"
    ]


def test_contract_catches_a_missing_credential_and_an_unknown_filter(tmp_path: Path) -> None:
    def edit(exchange: dict[str, Any]) -> None:
        del exchange["request"]["headers"]["st-app-key"]
        exchange["request"]["uri"] += "&colour=red"

    problems = cassette_problems(broken_copy(tmp_path, "list_jobs", 1, edit))
    assert [p.split(": ", 2)[1] for p in problems] == ["Jobs_GetList request", "Jobs_GetList request"]
    assert "Security not found" in problems[0]
    assert "unknown query parameter 'colour'" in problems[1]


def test_an_undocumented_error_status_must_be_a_problem(tmp_path: Path) -> None:
    def edit(exchange: dict[str, Any]) -> None:
        exchange["response"]["status"] = {"code": 503, "message": "Service Unavailable"}

    assert cassette_problems(broken_copy(tmp_path, "get_job", 1, edit)) == [
        "get_job.yaml #2: Jobs_Get response 503: not an RFC 7807 problem with this status and a title"
    ]


def test_scrubbing_leaves_nothing_the_scan_looks_for() -> None:
    """The scan is not vacuous: it finds every secret of an unscrubbed exchange, and none once scrubbed."""
    scrubber = Scrubber(RECORDING)
    token_request = Request(
        "POST",
        "http://127.0.0.1:51234/connect/token",
        f"grant_type=client_credentials&client_id={RECORDING.client_id}&client_secret={RECORDING.client_secret}",
        {"Content-Type": "application/x-www-form-urlencoded", "User-Agent": "python-httpx"},
    )
    api_request = Request(
        "GET",
        f"http://127.0.0.1:51234/jpm/v2/tenant/{RECORDING.tenant}/jobs?page=2",
        b"",
        {"Authorization": "Bearer tok-123456789", "ST-App-Key": RECORDING.app_key, "Host": "127.0.0.1:51234"},
    )
    token_response = {
        "status": {"code": 200, "message": "OK"},
        "headers": {"content-type": ["application/json"], "date": ["Thu, 01 Jan 2026 00:00:00 GMT"]},
        "body": {"string": b'{"access_token":"tok-123456789","expires_in":900,"token_type":"Bearer"}'},
    }
    raw = repr([token_request._to_dict(), api_request._to_dict(), token_response])
    assert len(leaks(raw, RECORDING)) >= 6

    scrubbed_api = scrubber.request(api_request)
    scrubbed = repr(
        [scrubber.request(token_request)._to_dict(), scrubbed_api._to_dict(), scrubber.response(token_response)]
    )
    assert leaks(scrubbed, RECORDING) == []
    assert scrubbed_api.uri == f"http://sandbox/jpm/v2/tenant/{TENANT_PLACEHOLDER}/jobs?page=2"
    assert dict(scrubbed_api.headers) == {"Authorization": REDACTED, "ST-App-Key": REDACTED}
    assert scrubber.response(token_response)["headers"] == {"content-type": ["application/json"]}
