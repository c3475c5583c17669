"""Every status maps to its own exception class carrying status, title, trace id, field errors and body."""

from __future__ import annotations

import httpx
import pytest

from servicetitan import (
    APIStatusError,
    AuthenticationError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
    ServiceTitanError,
    ValidationError,
)
from servicetitan._catalog import operation

from .conftest import FakeAPI


def problem(status: int, **extra: object) -> dict[str, object]:
    body: dict[str, object] = {
        "type": "https://tools.ietf.org/html/rfc7231",
        "title": f"Problem {status}",
        "status": status,
        "traceId": f"00-trace-{status}-01",
        "errors": {},
        "data": {},
    }
    body.update(extra)
    return body


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, ValidationError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (405, APIStatusError),
        (409, ConflictError),
        (422, ValidationError),
        (429, RateLimitError),
        (500, ServerError),
        (502, ServerError),
        (503, ServerError),
    ],
)
def test_status_maps_to_class_with_trace_id(make_client, status, cls):
    api = FakeAPI(lambda request: httpx.Response(status, json=problem(status)))
    with pytest.raises(cls) as caught:
        make_client(api, max_retries=0).request("GET", "/jobs/7", domain="jpm")
    error = caught.value
    assert type(error) is cls
    assert isinstance(error, ServiceTitanError)
    assert error.status == status
    assert error.title == f"Problem {status}"
    assert error.trace_id == f"00-trace-{status}-01"
    assert error.body == problem(status)
    assert error.url == "https://api.test/jpm/v2/tenant/1234567890/jobs/7"
    assert f"00-trace-{status}-01" in str(error)


def test_validation_error_carries_field_errors_untruncated(make_client):
    long_message = "The Name field is required. " * 200
    body = problem(400, errors={"name": [long_message], "Customer.Address": "bad", "": ["top level"]})
    api = FakeAPI(lambda request: httpx.Response(400, json=body))
    with pytest.raises(ValidationError) as caught:
        make_client(api).request("POST", "/jobs", domain="jpm", json={})
    assert caught.value.errors == {"name": [long_message], "Customer.Address": ["bad"], "": ["top level"]}
    assert long_message.strip() in str(caught.value)
    assert "Customer.Address: bad" in str(caught.value)


def test_permission_denied_names_the_operations_scope(make_client):
    api = FakeAPI(lambda request: httpx.Response(403, json=problem(403)))
    op = operation("jpm", "Jobs_Get")
    with pytest.raises(PermissionDeniedError) as caught:
        make_client(api).send("GET", op.path, path_params={"id": 3}, operation=op)
    assert caught.value.required_scopes == ("tn.jpm.jobs:r",)
    assert "tn.jpm.jobs:r" in str(caught.value)
    assert caught.value.operation_id == "Jobs_Get"


@pytest.mark.anyio
async def test_permission_denied_names_the_scope_of_a_resource_call_on_both_sides(make_client, make_async_client):
    api = FakeAPI(lambda request: httpx.Response(403, json=problem(403)))
    with pytest.raises(PermissionDeniedError) as caught:
        make_client(api).jpm.jobs.get(id=3)
    assert caught.value.required_scopes == ("tn.jpm.jobs:r",)
    async with make_async_client(api) as st:
        with pytest.raises(PermissionDeniedError) as caught:
            await st.jpm.jobs.get(id=3)
    assert caught.value.required_scopes == ("tn.jpm.jobs:r",)


def test_a_request_without_an_operation_names_no_scope(make_client):
    api = FakeAPI(lambda request: httpx.Response(403, json=problem(403)))
    st = make_client(api)
    with pytest.raises(PermissionDeniedError) as caught:
        st.http.get("/jpm/v2/tenant/1/jobs/3")
    assert caught.value.required_scopes == ()
    assert caught.value.operation_id is None


def test_rate_limit_error_has_retry_after(make_client):
    api = FakeAPI(lambda request: httpx.Response(429, headers={"Retry-After": "12"}, json=problem(429)))
    with pytest.raises(RateLimitError) as caught:
        make_client(api, max_retries=0).request("GET", "/jobs", domain="jpm")
    assert caught.value.retry_after == 12.0


def test_non_json_error_body_is_kept_as_text(make_client):
    api = FakeAPI(lambda request: httpx.Response(502, text="<html>upstream died</html>"))
    with pytest.raises(ServerError) as caught:
        make_client(api, max_retries=0).request("GET", "/jobs", domain="jpm")
    assert caught.value.body == "<html>upstream died</html>"
    assert caught.value.title == "Bad Gateway"
    assert caught.value.trace_id is None


def test_trace_id_falls_back_to_header(make_client):
    api = FakeAPI(lambda request: httpx.Response(404, headers={"X-Trace-Id": "hdr-trace"}, text=""))
    with pytest.raises(NotFoundError) as caught:
        make_client(api).request("GET", "/jobs/9", domain="jpm")
    assert caught.value.trace_id == "hdr-trace"
    assert caught.value.body is None


def test_unparseable_success_body_raises_response_validation_error(make_client):
    api = FakeAPI(lambda request: httpx.Response(200, text="<html>maintenance</html>"))
    with pytest.raises(ResponseValidationError) as caught:
        make_client(api).request("GET", "/jobs/9", domain="jpm")
    assert caught.value.body == "<html>maintenance</html>"
    assert caught.value.status == 200
