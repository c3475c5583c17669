"""`authenticate()`: a token obtained or the cached one confirmed, without an API request or the token handed out."""

from __future__ import annotations

import httpx
import pytest

from servicetitan import AuthenticationError

from .conftest import CLIENT_SECRET, FakeAPI


def refusing(api: FakeAPI) -> FakeAPI:
    api.token_response = lambda number: httpx.Response(
        400, json={"error": "invalid_client", "client_secret": CLIENT_SECRET}
    )
    return api


def test_authenticate_obtains_a_token_once_and_sends_nothing_else(make_client, clock):
    api = FakeAPI(lifetime=900)
    st = make_client(api)
    assert st.authenticate() is None
    st.authenticate()
    assert len(api.token_requests) == 1
    assert api.api_requests == []
    st.request("GET", "/jobs/1", domain="jpm")
    assert api.api_requests[0].headers["authorization"] == f"Bearer {api.token(1)}"
    assert len(api.token_requests) == 1
    clock.now = 900 - 60
    st.authenticate()
    assert len(api.token_requests) == 2


def test_authenticate_raises_authentication_error_without_the_secret(make_client):
    api = refusing(FakeAPI())
    st = make_client(api)
    with pytest.raises(AuthenticationError) as caught:
        st.authenticate()
    assert "invalid_client" in str(caught.value)
    for shown in (str(caught.value), repr(caught.value), repr(caught.value.body), repr(caught.value.args)):
        assert CLIENT_SECRET not in shown
    assert api.api_requests == []


@pytest.mark.anyio
async def test_async_authenticate_obtains_a_token_once(make_async_client):
    api = FakeAPI()
    async with make_async_client(api) as st:
        assert await st.authenticate() is None
        await st.authenticate()
        await st.request("GET", "/jobs/1", domain="jpm")
    assert len(api.token_requests) == 1
    assert api.api_requests[0].headers["authorization"] == f"Bearer {api.token(1)}"


@pytest.mark.anyio
async def test_async_authenticate_raises_authentication_error_without_the_secret(make_async_client):
    api = refusing(FakeAPI())
    async with make_async_client(api) as st:
        with pytest.raises(AuthenticationError) as caught:
            await st.authenticate()
    for shown in (str(caught.value), repr(caught.value), repr(caught.value.body), repr(caught.value.args)):
        assert CLIENT_SECRET not in shown
    assert api.api_requests == []
