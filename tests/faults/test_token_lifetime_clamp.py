"""Issue 19, "waits without a bound": a token answer's `expires_in` is clamped to a sane range.

Before, `expires_in` of 10**400 raised a raw `OverflowError`. Now every number (an int of any size, a float,
`Infinity`, a numeric string) is clamped to 1 s .. 24 h: the token is used, and refreshed by then at the latest.
What is no number of seconds (NaN, a word, a boolean) is a `ResponseValidationError` naming the token response,
with no secret in it.
"""

from __future__ import annotations

import asyncio

import httpx
import pytest

from servicetitan import AsyncServiceTitan, ResponseValidationError, ServiceTitan
from servicetitan.auth import MAX_TOKEN_LIFETIME, MIN_TOKEN_LIFETIME, refresh_margin
from tests.core.conftest import JOB, FakeAPI, FakeClock, client_kwargs


def token_text(expires_in: str) -> bytes:
    head = b'{"access_token": "clamp-access-token-value", "token_type": "Bearer", "expires_in": '
    return head + expires_in.encode() + b"}"


def api_with(expires_in: str) -> FakeAPI:
    api = FakeAPI()
    api.token_response = lambda number: httpx.Response(
        200, content=token_text(expires_in), headers={"Content-Type": "application/json"}
    )
    return api


def client(api: FakeAPI, clock: FakeClock) -> ServiceTitan:
    return ServiceTitan(**client_kwargs(transport=httpx.MockTransport(api), sleep=clock.sleep, clock=clock))


HUGE = ["1" + "0" * 400, "1e400", "Infinity", "1e300", '"1e999"', "172800"]
TINY = ["0", "-5", "-1e400", "-Infinity", "0.0001", '"-3"']


@pytest.mark.parametrize("expires_in", HUGE)
def test_a_huge_lifetime_is_clamped_to_a_day(expires_in):
    clock = FakeClock()
    api = api_with(expires_in)
    with client(api, clock) as st:
        assert st.request("GET", "/jobs/1", domain="jpm") == JOB
        clock.now = MAX_TOKEN_LIFETIME - refresh_margin(MAX_TOKEN_LIFETIME) - 1
        st.request("GET", "/jobs/1", domain="jpm")
        assert len(api.token_requests) == 1
        clock.now += 2
        st.request("GET", "/jobs/1", domain="jpm")
        assert len(api.token_requests) == 2


@pytest.mark.parametrize("expires_in", TINY)
def test_a_lifetime_of_nothing_is_raised_to_the_floor(expires_in):
    clock = FakeClock()
    api = api_with(expires_in)
    with client(api, clock) as st:
        assert st.request("GET", "/jobs/1", domain="jpm") == JOB
        assert st.request("GET", "/jobs/1", domain="jpm") == JOB
        assert len(api.token_requests) == 1
        clock.now += MIN_TOKEN_LIFETIME
        st.request("GET", "/jobs/1", domain="jpm")
        assert len(api.token_requests) == 2


def test_a_numeric_string_is_read_as_seconds():
    clock = FakeClock()
    api = api_with('"3600"')
    with client(api, clock) as st:
        st.request("GET", "/jobs/1", domain="jpm")
        clock.now = 3600 - 60 - 1
        st.request("GET", "/jobs/1", domain="jpm")
        assert len(api.token_requests) == 1
        clock.now += 2
        st.request("GET", "/jobs/1", domain="jpm")
        assert len(api.token_requests) == 2


def test_null_is_the_documented_lifetime():
    clock = FakeClock()
    api = api_with("null")
    with client(api, clock) as st:
        st.request("GET", "/jobs/1", domain="jpm")
        clock.now = 900 - 60 - 1
        st.request("GET", "/jobs/1", domain="jpm")
        assert len(api.token_requests) == 1
        clock.now += 2
        st.request("GET", "/jobs/1", domain="jpm")
        assert len(api.token_requests) == 2


@pytest.mark.parametrize("expires_in", ["NaN", '"soon"', "true", "[900]", '""', '"nan"'])
def test_no_number_of_seconds_is_a_typed_error(expires_in):
    clock = FakeClock()
    with client(api_with(expires_in), clock) as st, pytest.raises(ResponseValidationError) as caught:
        st.request("GET", "/jobs/1", domain="jpm")
    assert "expires_in" in str(caught.value)
    assert "clamp-access-token-value" not in str(caught.value)
    assert "clamp-access-token-value" not in repr(caught.value.body)


def test_async_huge_lifetime_is_clamped_in_many_tasks():
    clock = FakeClock()
    api = api_with("1" + "0" * 400)

    async def scenario() -> list[object]:
        async with AsyncServiceTitan(
            **client_kwargs(transport=httpx.MockTransport(api), sleep=clock.async_sleep, clock=clock)
        ) as st:
            calls = [st.request("GET", "/jobs/1", domain="jpm") for _ in range(200)]
            return await asyncio.wait_for(asyncio.gather(*calls, return_exceptions=True), 60)

    outcomes = asyncio.run(scenario())
    assert outcomes == [JOB] * 200
    assert len(api.token_requests) == 1
