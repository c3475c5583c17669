"""The cassettes themselves: one per action holding its operation, no credential or recording tenant in any, and
every recorded exchange one that the (patched) spec of its operation documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from vcr.request import Request

from servicetitan.actions import ACTIONS, Action
from servicetitan.sandbox import TOKEN_PATH
from tests.support.cassettes import (
    REDACTED,
    SECRET_REQUEST_HEADERS,
    TENANT_PLACEHOLDER,
    Scrubber,
    interactions,
    leaks,
)
from tests.support.contract import operation_for, request_problems, response_problems

from .conftest import CASSETTES, RECORDING

pytestmark = pytest.mark.after_recording

METHODS = [action.method for action in ACTIONS]


def cassette(method: str) -> Path:
    return CASSETTES / f"{method}.yaml"


def test_one_cassette_per_action() -> None:
    assert sorted(path.stem for path in CASSETTES.glob("*.yaml")) == sorted(METHODS)


@pytest.mark.parametrize("action", ACTIONS, ids=METHODS)
def test_cassette_holds_its_operation(action: Action) -> None:
    recorded = [(i.request.method, i.request.path) for i in interactions(cassette(action.method))]
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
        request = interaction.request
        # Binary bodies are base64 in the file, where the text scan cannot see into them.
        for body in (request.body or b"", interaction.response_body):
            assert leaks(body.decode("latin-1"), RECORDING) == []
        if request.path == TOKEN_PATH:
            continue
        assert f"/tenant/{TENANT_PLACEHOLDER}/" in request.path
        # Both credentials were sent, and neither was kept.
        assert {name: interaction.request_header(name) for name in SECRET_REQUEST_HEADERS} == dict.fromkeys(
            SECRET_REQUEST_HEADERS, REDACTED
        )


@pytest.mark.parametrize("method", METHODS)
def test_cassette_follows_the_spec(method: str) -> None:
    problems: list[str] = []
    for interaction in interactions(cassette(method)):
        request = interaction.request
        body = request.body or None
        problems += request_problems(request.method, request.uri, interaction.request_header("content-type"), body)
        problems += response_problems(
            request.method,
            request.uri,
            interaction.status,
            interaction.response_header("content-type"),
            interaction.response_body,
        )
    assert problems == []


def test_contract_check_finds_what_the_spec_forbids() -> None:
    """The contract check is not vacuous: a recorded exchange, altered against its spec, is reported."""
    create = next(
        i for i in interactions(cassette("create_job")) if i.request.method == "POST" and "/jobs" in i.request.uri
    )
    body = json.loads(create.request.body)
    del body["locationId"]
    assert request_problems("POST", create.request.uri + "?color=red", "application/json", json.dumps(body).encode())
    answer = json.loads(create.response_body)
    answer["id"] = "not a number"
    assert response_problems("POST", create.request.uri, 200, "application/json", json.dumps(answer).encode())


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
