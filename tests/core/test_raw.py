"""`st.raw.<domain>.<operation>`: catalog-driven binding of the generated functions to a client."""

from __future__ import annotations

import datetime as dt
import json
import warnings

import httpx
import pytest

from servicetitan import (
    ABSENT,
    NotFoundError,
    OddFieldWarning,
    PermissionDeniedError,
    ResponseValidationError,
    ValidationError,
    odd_fields,
)

from .conftest import JOB, TENANT, FakeAPI


def test_raw_get_returns_the_generated_model(make_client):
    api = FakeAPI()
    job = make_client(api).raw.jpm.jobs_get(id=1)
    assert type(job).__name__ == "JpmV2JobResponse"
    assert job.id == 1
    assert job.job_number == "J-1"
    assert job.created_on == dt.datetime(2024, 1, 9, 18, 32, 41, 683333, tzinfo=dt.UTC)
    [sent] = api.api_requests
    assert sent.url.path == f"/jpm/v2/tenant/{TENANT}/jobs/1"
    assert sent.headers["authorization"].startswith("Bearer ")


def test_raw_arguments_are_converted_for_the_api(make_client):
    page = {"page": 1, "pageSize": 50, "hasMore": False, "totalCount": None, "data": [JOB]}
    api = FakeAPI(lambda request: httpx.Response(200, json=page))
    result = make_client(api).raw.jpm.jobs_get_list(
        created_before=dt.datetime(2024, 1, 9, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
        ids=[1, 2, 3],
        job_status="Scheduled",
        pageSize=50,
    )
    assert result.data[0].id == 1
    query = dict(api.api_requests[0].url.params)
    assert query == {
        "createdBefore": "2024-01-09T17:00:00Z",
        "ids": "1,2,3",
        "jobStatus": "Scheduled",
        "pageSize": "50",
    }


def test_raw_body_datetimes_are_sent_in_utc_z_form(make_client):
    from servicetitan_raw.jpm.models.jpm_v2_appointment_add_request import JpmV2AppointmentAddRequest

    body = JpmV2AppointmentAddRequest(
        job_id=5,
        start=dt.datetime(2024, 6, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        end=dt.datetime(2024, 6, 1, 12, 30),
    )
    api = FakeAPI(lambda request: httpx.Response(400, json={"title": "only the sent body matters here"}))
    with pytest.raises(ValidationError):
        make_client(api).raw.jpm.appointments_add(body=body)
    sent = json.loads(api.api_requests[0].content)
    assert sent["start"] == "2024-06-01T08:00:00Z"
    assert sent["end"] == "2024-06-01T12:30:00Z"
    assert type(body.start) is dt.datetime


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"id": 1, "externalDataAppGuid": "x"}, TypeError, "unexpected argument 'externalDataAppGuid'"),
        ({"idd": 1}, TypeError, "did you mean id"),
        ({}, TypeError, "missing required argument"),
        ({"id": "1"}, TypeError, "must be an int"),
        ({"id": True}, TypeError, "must be an int"),
    ],
)
def test_bad_arguments_are_rejected_before_sending(make_client, kwargs, error, match):
    api = FakeAPI()
    with pytest.raises(error, match=match):
        make_client(api).raw.jpm.jobs_get(**kwargs)
    assert api.sent == []


def test_unknown_enum_value_is_rejected_before_sending(make_client):
    api = FakeAPI()
    with pytest.raises(ValueError, match="Scheduled"):
        make_client(api).raw.jpm.jobs_get_list(job_status="Sheduled")
    assert api.sent == []


def test_raw_maps_errors_and_names_scopes(make_client):
    statuses = iter([404, 403])
    api = FakeAPI(lambda request: httpx.Response(next(statuses), json={"title": "nope", "traceId": "t"}))
    st = make_client(api)
    with pytest.raises(NotFoundError):
        st.raw.jpm.jobs_get(id=1)
    with pytest.raises(PermissionDeniedError) as caught:
        st.raw.jpm.jobs_get(id=1)
    assert caught.value.required_scopes == ("tn.jpm.jobs:r",)


def test_a_record_missing_a_required_field_reads_typed_with_the_field_kept_odd(make_client):
    broken = {key: value for key, value in JOB.items() if key != "appointmentCount"}
    api = FakeAPI(lambda request: httpx.Response(200, json=broken))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", OddFieldWarning)
        job = make_client(api).raw.jpm.jobs_get(id=1)
    assert (type(job).__name__, job.id, job.appointment_count) == ("JpmV2JobResponse", JOB["id"], None)
    assert odd_fields(job) == {"appointmentCount": ABSENT}


def test_an_answer_that_is_not_a_record_raises_response_validation_error(make_client):
    api = FakeAPI(lambda request: httpx.Response(200, json=[JOB]))
    with pytest.raises(ResponseValidationError, match="Jobs_Get") as caught:
        make_client(api).raw.jpm.jobs_get(id=1)
    assert caught.value.body == [JOB]


def test_raw_is_discoverable(make_client):
    st = make_client(FakeAPI())
    assert "jpm" in dir(st.raw)
    assert "equipment_systems" in dir(st.raw)
    assert "jobs_get" in dir(st.raw.jpm)
    assert st.raw.jpm is st.raw.jpm
    assert st.raw.jpm.jobs_get is st.raw.jpm.jobs_get
    with pytest.raises(AttributeError, match="jobs_get"):
        _ = st.raw.jpm.jobs_gett
    with pytest.raises(AttributeError, match="unknown ServiceTitan domain"):
        _ = st.raw.nonexistent


@pytest.mark.anyio
async def test_async_raw(make_async_client):
    api = FakeAPI()
    async with make_async_client(api) as st:
        job = await st.raw.jpm.jobs_get(id=1)
    assert job.id == 1
    assert api.api_requests[0].url.path == f"/jpm/v2/tenant/{TENANT}/jobs/1"


def test_raw_call_takes_per_call_timeout_max_retries_and_debug(caplog: pytest.LogCaptureFixture) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/connect/token"):
            return httpx.Response(200, json={"access_token": "tok-raw-options", "expires_in": 900})
        seen.append(request)
        return httpx.Response(502, json={"title": "Bad gateway", "status": 502})

    from servicetitan import ServerError, ServiceTitan
    from tests.core.conftest import API_URL, APP_KEY, CLIENT_ID, CLIENT_SECRET, TENANT, TOKEN_URL

    st = ServiceTitan(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        app_key=APP_KEY,
        tenant=TENANT,
        api_url=API_URL,
        token_url=TOKEN_URL,
        rate_limit=None,
        transport=httpx.MockTransport(handler),
        sleep=lambda _: None,
    )
    caplog.set_level("DEBUG", logger="servicetitan")
    with pytest.raises(ServerError):
        st.raw.jpm.jobs_get(id=1, timeout=3.5, max_retries=0, debug=True)
    assert len(seen) == 1
    assert seen[0].extensions["timeout"]["read"] == 3.5
    assert any("jobs/1" in record.getMessage() for record in caplog.records)
    with pytest.raises(ServerError):
        st.raw.jpm.jobs_get(id=1)
    assert len(seen) == 1 + 4  # the client's default: 3 retries
