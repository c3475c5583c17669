"""OAuth client credentials: caching, refresh margin, single flight, 401 replay, header placement."""

from __future__ import annotations

import asyncio
import threading

import anyio
import httpx
import pytest

from servicetitan import AuthenticationError
from servicetitan.auth import refresh_margin

from .conftest import APP_KEY, CLIENT_ID, CLIENT_SECRET, JOB, TENANT, ContendedLock, FakeAPI, form, snapshot


def test_token_request_is_form_encoded_and_carries_no_app_key(make_client):
    api = FakeAPI()
    st = make_client(api)
    st.request("GET", "/jobs/1", domain="jpm")
    [token_request] = api.token_requests
    assert token_request.method == "POST"
    assert form(token_request) == {
        "grant_type": "client_credentials",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
    }
    assert "st-app-key" not in token_request.headers
    assert "authorization" not in token_request.headers
    [api_request] = api.api_requests
    assert api_request.headers["authorization"] == f"Bearer {api.token(1)}"
    assert api_request.headers["st-app-key"] == APP_KEY


def test_enterprise_hub_sends_tenant_in_token_request(make_client):
    api = FakeAPI()
    make_client(api, enterprise_hub=True).request("GET", "/jobs/1", domain="jpm")
    assert form(api.token_requests[0])["tenant"] == str(TENANT)


def test_token_is_reused_until_the_refresh_margin(make_client, clock):
    api = FakeAPI(lifetime=900)
    st = make_client(api)
    st.request("GET", "/jobs/1", domain="jpm")
    clock.now = 900 - 60 - 0.001
    st.request("GET", "/jobs/1", domain="jpm")
    assert len(api.token_requests) == 1
    clock.now = 900 - 60
    st.request("GET", "/jobs/1", domain="jpm")
    assert len(api.token_requests) == 2
    assert api.api_requests[-1].headers["authorization"] == f"Bearer {api.token(2)}"


def test_short_lived_token_refreshes_ten_percent_early(make_client, clock):
    api = FakeAPI(lifetime=100)
    st = make_client(api)
    st.request("GET", "/jobs/1", domain="jpm")
    clock.now = 89.999
    st.request("GET", "/jobs/1", domain="jpm")
    assert len(api.token_requests) == 1
    clock.now = 90.0
    st.request("GET", "/jobs/1", domain="jpm")
    assert len(api.token_requests) == 2


def test_refresh_margin_is_min_of_60s_and_ten_percent():
    assert refresh_margin(900) == 60
    assert refresh_margin(300) == 30


def test_one_token_request_under_32_threads(make_client):
    api = FakeAPI()
    st = make_client(api)
    lock = ContendedLock()
    st._driver._token_lock = lock
    contended: list[bool] = []
    api.before_token = lambda: contended.append(lock.wait_for(32))
    barrier = threading.Barrier(32)
    results: list[object] = []

    def call() -> None:
        barrier.wait()
        results.append(st.request("GET", "/jobs/1", domain="jpm"))

    threads = [threading.Thread(target=call) for _ in range(32)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert contended == [True]
    assert len(api.token_requests) == 1
    assert results == [JOB] * 32
    assert {r.headers["authorization"] for r in api.api_requests} == {f"Bearer {api.token(1)}"}


@pytest.mark.anyio
async def test_one_token_request_under_32_tasks(make_async_client):
    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/connect/token":
            api.token_requests.append(snapshot(request))
            # Slow enough that every task asks for the token while this request is in flight.
            await anyio.sleep(0.1)
            return httpx.Response(200, json={"access_token": api.token(1), "expires_in": 900})
        api.api_requests.append(snapshot(request))
        return httpx.Response(200, json=JOB)

    api = FakeAPI()
    async with make_async_client(api, transport=httpx.MockTransport(handler)) as st:
        results = await asyncio.gather(*(st.request("GET", "/jobs/1", domain="jpm") for _ in range(32)))
    assert len(api.token_requests) == 1
    assert results == [JOB] * 32


@pytest.mark.parametrize("method", ["GET", "POST", "PATCH", "DELETE"])
def test_401_refreshes_and_replays_once_for_any_method(make_client, method):
    def handler(request: httpx.Request) -> httpx.Response:
        if request.headers["authorization"] == f"Bearer {api.token(1)}":
            return httpx.Response(401, json={"title": "token revoked"})
        return httpx.Response(200, json={"ok": True})

    api = FakeAPI(handler)
    st = make_client(api)
    body = {"name": "x"} if method in ("POST", "PATCH") else None
    assert st.request(method, "/jobs/1", domain="jpm", json=body) == {"ok": True}
    assert len(api.token_requests) == 2
    assert [r.headers["authorization"] for r in api.api_requests] == [
        f"Bearer {api.token(1)}",
        f"Bearer {api.token(2)}",
    ]
    assert api.api_requests[0].content == api.api_requests[1].content


def test_second_401_raises_authentication_error(make_client):
    api = FakeAPI(lambda request: httpx.Response(401, json={"title": "Unauthorized", "traceId": "t-401"}))
    st = make_client(api)
    with pytest.raises(AuthenticationError) as caught:
        st.request("GET", "/jobs/1", domain="jpm")
    assert caught.value.status == 401
    assert caught.value.trace_id == "t-401"
    assert len(api.api_requests) == 2
    assert len(api.token_requests) == 2


def test_refused_credentials_raise_authentication_error(make_client):
    api = FakeAPI()
    api.token_response = lambda number: httpx.Response(
        400, json={"error": "invalid_client", "client_secret": CLIENT_SECRET}
    )
    st = make_client(api)
    with pytest.raises(AuthenticationError) as caught:
        st.request("GET", "/jobs/1", domain="jpm")
    assert "invalid_client" in str(caught.value)
    assert CLIENT_SECRET not in str(caught.value)
    assert CLIENT_SECRET not in repr(caught.value.body)
    assert api.api_requests == []


def test_token_is_refreshed_before_a_retry_that_waited_past_expiry(make_client, clock):
    def handler(request: httpx.Request) -> httpx.Response:
        if len(api.api_requests) == 1:
            return httpx.Response(429, headers={"Retry-After": "55"})
        return httpx.Response(200, json={"ok": True})

    api = FakeAPI(handler, lifetime=60)
    st = make_client(api)
    assert st.request("GET", "/jobs/1", domain="jpm") == {"ok": True}
    assert clock.sleeps == [55.0]
    assert [r.headers["authorization"] for r in api.api_requests] == [
        f"Bearer {api.token(1)}",
        f"Bearer {api.token(2)}",
    ]


@pytest.mark.anyio
async def test_async_client_authenticates_and_replays_401(make_async_client):
    def handler(request: httpx.Request) -> httpx.Response:
        if len(api.api_requests) == 1:
            return httpx.Response(401)
        return httpx.Response(200, json={"ok": True})

    api = FakeAPI(handler)
    async with make_async_client(api) as st:
        assert await st.request("POST", "/jobs", domain="jpm", json={"a": 1}) == {"ok": True}
    assert len(api.token_requests) == 2
    assert api.api_requests[1].headers["st-app-key"] == APP_KEY
