"""Defects schemathesis found in the sandbox (bench/conformance.py), each pinned by the request that showed it."""

from __future__ import annotations

import httpx
import pytest

from servicetitan import _catalog
from servicetitan.sandbox import Sandbox, schemas
from servicetitan.sandbox.examples import example_request
from servicetitan.sandbox.timefmt import parse_timestamp

from .conftest import TENANT

LEADS = f"/crm/v2/tenant/{TENANT}/leads"


def _lead(**fields: object) -> dict[str, object]:
    return {"campaignId": 1, "summary": "conformance", "priority": "Low", "businessUnitId": 1, **fields}


def test_a_timestamp_before_the_year_1000_keeps_four_year_digits() -> None:
    # Seen: a lead's followUpDate sent as 0910-01-30T03:46:35Z came back as "910-01-30T03:46:35.0956430Z".
    assert parse_timestamp("0910-01-30T03:46:35Z") == "0910-01-30T03:46:35.0000000Z"
    assert parse_timestamp("0042-02-15T07:21:14-15:05") == "0042-02-15T22:26:14.0000000Z"


@pytest.mark.parametrize("text", ["0001-01-01T00:00:00+01:00", "9999-12-31T23:00:00-05:00"])
def test_a_timestamp_outside_the_years_1_to_9999_in_utc_is_not_a_timestamp(text: str) -> None:
    with pytest.raises(ValueError, match="timestamp"):
        parse_timestamp(text)


def test_a_body_timestamp_is_answered_with_four_year_digits(client: httpx.Client) -> None:
    created = client.post(LEADS, json=_lead(followUpDate="0910-01-30T03:46:35Z"))
    assert created.status_code == 200, created.text
    assert created.json()["followUpDate"] == "0910-01-30T03:46:35.0000000Z"


@pytest.mark.parametrize("value", ["", "soon", "0001-01-01T00:00:00+01:00"])
def test_a_body_timestamp_that_is_none_is_refused_naming_the_field(client: httpx.Client, value: str) -> None:
    # Seen: followUpDate "" was kept and answered, outside its `format: date-time`; a year-1 time east of UTC was
    # a 500. ASP.NET's JSON reader refuses both.
    answer = client.post(LEADS, json=_lead(followUpDate=value))
    assert answer.status_code == 400, answer.text
    assert set(answer.json()["errors"]) == {"followUpDate"}


def test_a_date_sent_for_a_date_time_field_is_answered_as_a_date_time(client: httpx.Client) -> None:
    # Seen: a journal entry's postDate (`format: date` in the update, `date-time` in the answers) sent as
    # 2000-01-01 was answered "2000-01-01" by the entry's get, list and update, outside their schemas.
    entries = f"/accounting/v2/tenant/{TENANT}/journal-entries"
    entry = client.get(entries).json()["data"][0]["id"]
    updated = client.patch(f"{entries}/{entry}", json={"postDate": "2000-01-01"})
    assert updated.status_code == 200, updated.text
    assert updated.json()["postDate"] == "2000-01-01T00:00:00.0000000Z"
    assert client.get(f"{entries}/{entry}").json()["postDate"] == "2000-01-01T00:00:00.0000000Z"


def test_a_refusal_whose_document_says_text_is_a_json_string(client: httpx.Client) -> None:
    # Seen: Zone_CreateZone documents its 400 as `type: string`; the sandbox answered a problem object.
    operation = _catalog.operation("dispatch", "Zone_CreateZone")
    assert operation.responses["400"]["content"]["application/json"]["schema"] == {"type": "string"}
    answer = client.post(operation.path.replace("{tenant}", str(TENANT)))
    assert answer.status_code == 400
    assert answer.headers["content-type"] == "application/json; charset=utf-8"
    text = answer.json()
    assert isinstance(text, str)
    assert text == "One or more validation errors occurred. request: The request field is required."


@pytest.mark.parametrize("value", ["", "soon", "PT6H"])
def test_a_body_time_span_that_is_none_is_refused_naming_the_field(client: httpx.Client, value: str) -> None:
    # Seen: a recurring service's jobStartTime "" (`format: duration`, a .NET TimeSpan) was kept and answered.
    services = f"/memberships/v2/tenant/{TENANT}/recurring-services"
    service = client.get(services).json()["data"][0]["id"]
    answer = client.patch(f"{services}/{service}", json={"jobStartTime": value})
    assert answer.status_code == 400, answer.text
    assert set(answer.json()["errors"]) == {"jobStartTime"}
    assert client.patch(f"{services}/{service}", json={"jobStartTime": "06:18:00"}).status_code == 200
    assert client.patch(f"{services}/{service}", json={"jobStartTime": "1.02:03:04.5"}).status_code == 200


def test_an_upload_without_a_body_is_refused_naming_the_file(client: httpx.Client) -> None:
    # Seen: POST installed-equipment/attachments with no body answered 415, which its document does not list
    # (200, 201, 400); a body that is not a form is still a 415.
    url = f"/equipmentsystems/v2/tenant/{TENANT}/installed-equipment/attachments"
    answer = client.post(url)
    assert answer.status_code == 400, answer.text
    assert set(answer.json()["errors"]) == {"file"}
    assert client.post(url, content=b"plain", headers={"content-type": "text/plain"}).status_code == 415


def test_a_sent_value_the_write_s_own_answer_cannot_carry_is_not_kept(client: httpx.Client, sandbox: Sandbox) -> None:
    # Seen: a call's update took `customer: {"name": ""}` (its request and the call reads allow it) and answered it,
    # outside the update's own answer schema (CustomerModel, `name` minLength 1). A value is kept only when every
    # answer that shows it can carry it; the rest of the write is kept.
    operation = _catalog.operation("telecom", "Calls_Update")
    request = example_request(sandbox, "telecom", "Calls_Update", TENANT)
    body = {**request.json, "customer": {**request.json["customer"], "name": ""}}
    answer = client.put(request.url, params=request.params, json=body)
    assert answer.status_code == 200, answer.text
    validator = schemas.validator("telecom", operation.success_schema() or {})
    assert [error.message for error in validator.iter_errors(answer.json())] == []
    assert answer.json()["customer"]["name"] != ""
    assert answer.json()["callType"] == body["callType"]
