"""Retry rules: 429 waits, idempotency of 5xx/timeout replays, caps and per-call overrides."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx
import pytest

from servicetitan import APIConnectionError, APITimeoutError, RateLimitError, ServerError
from servicetitan.retries import RetryPolicy, retry_after_seconds

from .conftest import FakeAPI


def scripted(*outcomes: httpx.Response | Exception) -> Callable[[httpx.Request], httpx.Response]:
    """A handler that answers with each outcome in turn (raising exceptions), then 200 {"ok": true}."""
    queue: Iterator[httpx.Response | Exception] = iter(outcomes)

    def handler(request: httpx.Request) -> httpx.Response:
        outcome = next(queue, None)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome or httpx.Response(200, json={"ok": True})

    return handler


def test_429_honours_retry_after_seconds(make_client, clock):
    api = FakeAPI(scripted(httpx.Response(429, headers={"Retry-After": "7"})))
    assert make_client(api).request("GET", "/jobs", domain="jpm") == {"ok": True}
    assert clock.sleeps == [7.0]
    assert len(api.api_requests) == 2


def test_429_honours_retry_after_http_date_against_server_date(make_client, clock):
    headers = {"Date": "Wed, 21 Oct 2015 07:28:00 GMT", "Retry-After": "Wed, 21 Oct 2015 07:28:09 GMT"}
    api = FakeAPI(scripted(httpx.Response(429, headers=headers)))
    assert make_client(api).request("GET", "/jobs", domain="jpm") == {"ok": True}
    assert clock.sleeps == [9.0]


def test_http_date_without_server_date_is_measured_from_now():
    import datetime as dt

    now = dt.datetime(2015, 10, 21, 7, 28, 0, tzinfo=dt.UTC)
    assert retry_after_seconds({"retry-after": "Wed, 21 Oct 2015 07:28:04 GMT"}, None, now) == 4.0


def test_429_uses_seconds_named_in_problem_title(make_client, clock):
    problem = {"type": "x", "title": "Rate limit is exceeded. Try again in 5 seconds.", "status": 429}
    api = FakeAPI(scripted(httpx.Response(429, json=problem)))
    assert make_client(api).request("POST", "/jobs", domain="jpm", json={}) == {"ok": True}
    assert clock.sleeps == [5.0]


def test_429_without_hint_backs_off_exponentially_with_jitter(make_client, clock):
    api = FakeAPI(scripted(*[httpx.Response(429)] * 3))
    assert make_client(api).request("GET", "/jobs", domain="jpm") == {"ok": True}
    assert len(clock.sleeps) == 3
    for attempt, slept in enumerate(clock.sleeps, start=1):
        nominal = 0.5 * 2 ** (attempt - 1)
        assert 0.75 * nominal <= slept <= nominal


def test_backoff_is_capped():
    policy = RetryPolicy(backoff_base=1.0, backoff_cap=8.0)
    assert all(policy.backoff(attempt) <= 8.0 for attempt in range(1, 30))


def test_429_asking_longer_than_max_wait_raises_without_sleeping(make_client, clock):
    api = FakeAPI(scripted(httpx.Response(429, headers={"Retry-After": "300"})))
    with pytest.raises(RateLimitError) as caught:
        make_client(api).request("GET", "/jobs", domain="jpm")
    assert caught.value.retry_after == 300.0
    assert clock.sleeps == []


def test_429_retries_are_bounded_by_the_wait_budget_not_by_max_retries(make_client, clock):
    api = FakeAPI(lambda request: httpx.Response(429, headers={"Retry-After": "2"}))
    with pytest.raises(RateLimitError) as caught:
        make_client(api, max_retries=2).request("GET", "/jobs", domain="jpm", retry=RetryPolicy(rate_limit_wait=11))
    assert caught.value.retry_after == 2.0
    assert clock.sleeps == [2.0] * 5
    assert len(api.api_requests) == 6


def test_default_429_wait_budget_is_five_minutes(make_client, clock):
    api = FakeAPI(lambda request: httpx.Response(429, headers={"Retry-After": "2"}))
    with pytest.raises(RateLimitError):
        make_client(api).request("GET", "/jobs", domain="jpm")
    assert sum(clock.sleeps) == 300.0


def test_max_retries_zero_sends_once_even_after_429(make_client, clock):
    api = FakeAPI(lambda request: httpx.Response(429, headers={"Retry-After": "2"}))
    with pytest.raises(RateLimitError):
        make_client(api, max_retries=0).request("GET", "/jobs", domain="jpm")
    assert len(api.api_requests) == 1


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH"])
def test_write_is_not_replayed_after_502(make_client, clock, method):
    api = FakeAPI(scripted(httpx.Response(502, json={"title": "Bad Gateway", "traceId": "t-502"})))
    with pytest.raises(ServerError) as caught:
        make_client(api).request(method, "/jobs", domain="jpm", json={"name": "x"})
    assert caught.value.status == 502
    assert len(api.api_requests) == 1
    assert clock.sleeps == []


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH"])
def test_write_is_not_replayed_after_read_timeout(make_client, method):
    api = FakeAPI(scripted(httpx.ReadTimeout("read timed out")))
    with pytest.raises(APITimeoutError):
        make_client(api).request(method, "/jobs", domain="jpm", json={"name": "x"})
    assert len(api.api_requests) == 1


@pytest.mark.parametrize("method", ["GET", "HEAD", "DELETE"])
def test_idempotent_request_is_replayed_after_502(make_client, clock, method):
    api = FakeAPI(scripted(httpx.Response(502), httpx.Response(503)))
    response = make_client(api).send(method, "/jpm/v2/tenant/{tenant}/jobs/1")
    assert response.status_code == 200
    assert len(api.api_requests) == 3
    assert len(clock.sleeps) == 2


def test_get_is_replayed_after_read_timeout_and_dropped_connection(make_client):
    api = FakeAPI(scripted(httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("dropped")))
    assert make_client(api).request("GET", "/jobs", domain="jpm") == {"ok": True}
    assert len(api.api_requests) == 3


def test_post_is_retried_when_the_connection_was_never_made(make_client):
    api = FakeAPI(scripted(httpx.ConnectError("connection refused")))
    assert make_client(api).request("POST", "/jobs", domain="jpm", json={}) == {"ok": True}
    assert len(api.api_requests) == 2


def test_post_is_retried_after_429(make_client):
    api = FakeAPI(scripted(httpx.Response(429, headers={"Retry-After": "1"})))
    assert make_client(api).request("POST", "/jobs", domain="jpm", json={"a": 1}) == {"ok": True}
    assert [r.content for r in api.api_requests] == [b'{"a":1}', b'{"a":1}']


def test_connection_failure_after_retries_raises_api_connection_error(make_client):
    api = FakeAPI(scripted(*[httpx.ConnectError("refused")] * 10))
    with pytest.raises(APIConnectionError) as caught:
        make_client(api, max_retries=1).request("GET", "/jobs", domain="jpm")
    assert not isinstance(caught.value, APITimeoutError)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert len(api.api_requests) == 2


def test_max_retries_per_call_overrides_client(make_client):
    api = FakeAPI(scripted(*[httpx.Response(503)] * 10))
    st = make_client(api, max_retries=5)
    with pytest.raises(ServerError):
        st.request("GET", "/jobs", domain="jpm", max_retries=0)
    assert len(api.api_requests) == 1


def test_max_retries_per_client(make_client):
    api = FakeAPI(scripted(*[httpx.Response(500)] * 10))
    with pytest.raises(ServerError):
        make_client(api, max_retries=4).request("GET", "/jobs", domain="jpm")
    assert len(api.api_requests) == 5


def test_token_request_is_retried_after_a_server_error(make_client):
    api = FakeAPI()
    api.token_response = lambda number: (
        httpx.Response(503)
        if number == 1
        else httpx.Response(200, json={"access_token": "tok-second-attempt", "expires_in": 900})
    )
    make_client(api).request("GET", "/jobs", domain="jpm")
    assert len(api.token_requests) == 2
    assert api.api_requests[0].headers["authorization"] == "Bearer tok-second-attempt"


def test_invalid_max_retries_is_rejected():
    with pytest.raises(ValueError, match="max_retries"):
        RetryPolicy(max_retries=-1)
    with pytest.raises(TypeError, match="max_retries"):
        RetryPolicy(max_retries="3")  # type: ignore[arg-type]


@pytest.mark.anyio
async def test_async_get_replayed_after_502_and_post_is_not(make_async_client, clock):
    api = FakeAPI(scripted(httpx.Response(502), httpx.Response(200, json={"ok": True}), httpx.Response(502)))
    async with make_async_client(api) as st:
        assert await st.request("GET", "/jobs", domain="jpm") == {"ok": True}
        with pytest.raises(ServerError):
            await st.request("POST", "/jobs", domain="jpm", json={})
    assert [r.method for r in api.api_requests] == ["GET", "GET", "POST"]
    assert len(clock.sleeps) == 1


@pytest.mark.anyio
async def test_async_429_sleeps_without_blocking(make_async_client, clock):
    api = FakeAPI(scripted(httpx.Response(429, headers={"Retry-After": "3"})))
    async with make_async_client(api) as st:
        assert await st.request("GET", "/jobs", domain="jpm") == {"ok": True}
    assert clock.sleeps == [3.0]


def test_a_flow_retrying_typed_errors_asks_the_same_policy():
    """`delay_after_error`: what a flow above the pipeline (a report run) resends after, and how long it waits."""
    policy = RetryPolicy(max_retries=2, backoff_base=0.5, retry_delay=1.0)
    assert policy.delay_after_error(429, 1, replayable=False, named=7.0) == 7.0
    assert policy.delay_after_error(429, 1, replayable=False, named=0.0) == 1.0, "a wait of nothing backs off"
    assert policy.delay_after_error(409, 1, replayable=False) == 1.0, "a 409 was not applied: even a POST"
    assert policy.delay_after_error(503, 1, replayable=True) == 1.0
    assert policy.delay_after_error(None, 1, replayable=True) == 1.0, "no answer: a GET is resent"
    assert policy.delay_after_error(503, 1, replayable=False) is None, "a POST may have been applied"
    assert policy.delay_after_error(None, 1, replayable=False) is None
    assert policy.delay_after_error(404, 1, replayable=True) is None
    assert policy.delay_after_error(429, 3, replayable=True, named=1.0) is None, "beyond max_retries"
    assert RetryPolicy(max_wait=10).delay_after_error(429, 1, replayable=True, named=11.0) is None
