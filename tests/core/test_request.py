"""`request()`/`_send()`: URL building, serialisation, response types, host safety, configuration."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import httpx
import pytest

from servicetitan import AsyncServiceTitan, ServiceTitan
from servicetitan._catalog import operation

from .conftest import API_URL, APP_KEY, CLIENT_SECRET, TENANT, FakeAPI, client_kwargs

OK = lambda request: httpx.Response(200, json={"ok": True})  # noqa: E731


@pytest.mark.parametrize(
    ("path", "domain", "expected"),
    [
        ("/jobs", "jpm", "/jpm/v2/tenant/1234567890/jobs"),
        ("jobs/5", "jpm", "/jpm/v2/tenant/1234567890/jobs/5"),
        ("/tenant/{tenant}/jobs", "jpm", "/jpm/v2/tenant/1234567890/jobs"),
        ("/installed-equipment", "equipment-systems", "/equipmentsystems/v2/tenant/1234567890/installed-equipment"),
        ("/v3/calls", "telecom", "/telecom/v3/tenant/1234567890/calls"),
        ("/v2/tenant/{tenant}/calls/9", "telecom", "/telecom/v2/tenant/1234567890/calls/9"),
        ("/jpm/v2/tenant/{tenant}/jobs", None, "/jpm/v2/tenant/1234567890/jobs"),
    ],
)
def test_path_is_built_from_the_domain_server_path(make_client, path, domain, expected):
    api = FakeAPI(OK)
    make_client(api).request("GET", path, domain=domain)
    assert api.api_requests[0].url.path == expected


def test_query_values_are_serialised_for_the_api(make_client):
    api = FakeAPI(OK)
    plus_two = dt.timezone(dt.timedelta(hours=2))
    make_client(api).request(
        "GET",
        "/jobs",
        domain="jpm",
        params={
            "createdBefore": dt.datetime(2024, 1, 9, 20, 32, 41, tzinfo=plus_two),
            "modifiedOnOrAfter": dt.datetime(2024, 1, 9, 18, 0, 0, 123456),
            "ids": [1, 2, 3],
            "includeTotal": True,
            "page": None,
        },
    )
    query = dict(api.api_requests[0].url.params)
    assert query == {
        "createdBefore": "2024-01-09T18:32:41Z",
        "modifiedOnOrAfter": "2024-01-09T18:00:00.123456Z",
        "ids": "1,2,3",
        "includeTotal": "true",
    }


def test_json_body_is_serialised_for_the_api(make_client):
    api = FakeAPI(OK)
    make_client(api).request(
        "POST",
        "/jobs",
        domain="jpm",
        json={"start": dt.datetime(2024, 5, 1, 8, 0), "amount": Decimal("19.99"), "count": Decimal("3")},
    )
    assert api.api_requests[0].content == b'{"start":"2024-05-01T08:00:00Z","amount":19.99,"count":3}'


def test_form_files_and_headers_pass_through(make_client):
    api = FakeAPI(OK)
    make_client(api).request(
        "POST",
        "/attachments",
        domain="jpm",
        files={"file": ("a.txt", b"hello", "text/plain")},
        data={"note": "x"},
        headers={"X-Extra": "1"},
    )
    sent = api.api_requests[0]
    assert sent.headers["x-extra"] == "1"
    assert b"hello" in sent.content
    assert b'name="note"' in sent.content


@pytest.mark.parametrize(
    ("response_type", "expected"), [("json", {"a": 1}), ("text", '{"a": 1}'), ("binary", b'{"a": 1}')]
)
def test_response_types(make_client, response_type, expected):
    api = FakeAPI(lambda request: httpx.Response(200, content=b'{"a": 1}'))
    assert make_client(api).request("GET", "/x", domain="jpm", response_type=response_type) == expected


def test_empty_json_body_is_none(make_client):
    assert make_client(FakeAPI(lambda request: httpx.Response(204))).request("DELETE", "/x", domain="jpm") is None


def test_invalid_response_type_is_rejected_before_sending(make_client):
    api = FakeAPI(OK)
    with pytest.raises(ValueError, match="response_type"):
        make_client(api).request("GET", "/x", domain="jpm", response_type="xml")
    assert api.sent == []


def test_foreign_host_gets_no_credentials_and_no_token_request(make_client):
    api = FakeAPI(OK)
    make_client(api).request("GET", "https://files.example.com/blob/1")
    [sent] = api.api_requests
    assert sent.url.host == "files.example.com"
    assert "authorization" not in sent.headers
    assert "st-app-key" not in sent.headers
    assert api.token_requests == []


def test_credentials_are_stripped_when_redirected_to_a_foreign_host(make_client):
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "api.test":
            return httpx.Response(302, headers={"Location": "https://blobs.example.com/file"})
        return httpx.Response(200, content=b"file")

    api = FakeAPI(handler)
    st = make_client(api)
    response = st.http.get("/jpm/v2/tenant/1/attachments/1", follow_redirects=True)
    assert response.content == b"file"
    assert api.api_requests[0].headers["st-app-key"] == APP_KEY
    assert "st-app-key" not in api.api_requests[1].headers
    assert "authorization" not in api.api_requests[1].headers


def test_per_call_timeout_and_default_timeouts(make_client):
    api = FakeAPI(OK)
    st = make_client(api)
    st.request("GET", "/x", domain="jpm")
    st.request("GET", "/x", domain="jpm", timeout=7)
    default, custom = (request.extensions["timeout"] for request in api.api_requests)
    assert default == {"connect": 5.0, "read": 100.0, "write": 100.0, "pool": 100.0}
    assert custom == {"connect": 5.0, "read": 7.0, "write": 7.0, "pool": 7.0}


def test_send_fills_path_params_and_rejects_unknown_query_names(make_client):
    api = FakeAPI(OK)
    st = make_client(api)
    op = operation("jpm", "Jobs_GetList")
    with pytest.raises(ValueError, match="pageSzie"):
        st.send("GET", op.path, params={"pageSzie": 10}, operation=op)
    assert api.sent == []
    st.send("GET", "/jpm/v2/tenant/{tenant}/jobs/{id}", path_params={"id": "a/b"})
    assert api.api_requests[0].url.raw_path == b"/jpm/v2/tenant/1234567890/jobs/a%2Fb"
    with pytest.raises(ValueError, match="placeholder"):
        st.send("GET", "/jpm/v2/tenant/{tenant}/jobs/{id}")


def test_from_env(monkeypatch):
    monkeypatch.setenv("SERVICETITAN_CLIENT_ID", "env-client")
    monkeypatch.setenv("SERVICETITAN_CLIENT_SECRET", CLIENT_SECRET)
    monkeypatch.setenv("SERVICETITAN_APP_KEY", APP_KEY)
    monkeypatch.setenv("SERVICETITAN_TENANT", str(TENANT))
    monkeypatch.setenv("SERVICETITAN_ENVIRONMENT", "integration")
    monkeypatch.setenv("SERVICETITAN_TOKEN_URL", "http://127.0.0.1:9/connect/token")
    with ServiceTitan.from_env(rate_limit=None) as st:
        assert st.tenant == TENANT
        assert st.api_url == "https://api-integration.servicetitan.io"
        assert st.token_url == "http://127.0.0.1:9/connect/token"
    monkeypatch.delenv("SERVICETITAN_APP_KEY")
    monkeypatch.delenv("SERVICETITAN_TENANT")
    with pytest.raises(ValueError, match="SERVICETITAN_APP_KEY, SERVICETITAN_TENANT"):
        ServiceTitan.from_env()


def test_environments_and_validation():
    with ServiceTitan(**client_kwargs(api_url=None, token_url=None)) as st:
        assert st.api_url == "https://api.servicetitan.io"
        assert st.token_url == "https://auth.servicetitan.io/connect/token"
    with pytest.raises(ValueError, match="environment"):
        ServiceTitan(**client_kwargs(environment="staging"))
    with pytest.raises(TypeError, match="tenant"):
        ServiceTitan(**client_kwargs(tenant="123"))
    with pytest.raises(ValueError, match="client_secret"):
        ServiceTitan(**client_kwargs(client_secret=" "))
    with pytest.raises(TypeError, match="timeout"):
        ServiceTitan(**client_kwargs(timeout="long"))


def test_closed_client_refuses_requests(make_client):
    api = FakeAPI(OK)
    st = make_client(api)
    st.close()
    with pytest.raises(RuntimeError, match="closed"):
        st.request("GET", "/x", domain="jpm")


def test_one_connection_pool_per_client(make_client):
    st = make_client(FakeAPI(OK))
    assert st.http is st.http
    assert str(st.http.base_url) == API_URL


@pytest.mark.anyio
async def test_async_request_matches_sync(make_async_client):
    api = FakeAPI(OK)
    async with make_async_client(api) as st:
        assert isinstance(st, AsyncServiceTitan)
        assert await st.request("GET", "/jobs", domain="jpm", params={"ids": [4, 5]}) == {"ok": True}
        response = await st.send("GET", "/jpm/v2/tenant/{tenant}/jobs/{id}", path_params={"id": 1})
        assert response.status_code == 200
    assert str(api.api_requests[0].url) == f"{API_URL}/jpm/v2/tenant/{TENANT}/jobs?ids=4%2C5"
