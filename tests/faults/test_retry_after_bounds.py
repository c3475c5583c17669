"""Issue 19, "waits without a bound": whatever a 429 (or a 503) says about when to come back, a call ends.

Before, `Retry-After: 0`, a negative value or `nan` made a call retry about 215 times in 10 s and never stop:
those waits counted as nothing against the rate-limit budget, and 429s did not count against `max_retries`.
Now a named wait that is zero, negative, not a number or below the backoff base is replaced by the backoff; one
beyond `max_wait` (inf, a date far ahead) ends the call at once; every wait counts against `rate_limit_wait`;
and 429s have their own finite count, `max_rate_limit_retries`. The call ends with `RateLimitError` carrying
the last usable `retry_after` (None when the server named none that is a number of seconds).

The server here answers 429 forever; after GUARD requests it answers 200 instead, so a loop that never ends
fails the test (the call "succeeds") instead of hanging it.
"""

from __future__ import annotations

import asyncio
import math
import threading

import httpx
import pytest

from servicetitan import AsyncServiceTitan, RateLimitError, ServerError, ServiceTitan
from servicetitan.retries import DEFAULT_MAX_RATE_LIMIT_RETRIES, DEFAULT_RATE_LIMIT_WAIT, RetryPolicy
from tests.core.conftest import FakeAPI, FakeClock, client_kwargs

GUARD = 5000

HOSTILE_WAITS = [
    "0",
    "-5",
    "nan",
    "NaN",
    "-inf",
    "0.0001",
    "soon",
    "Wed, 21 Oct 2015 07:28:00 GMT",  # long past
]
NEVER = ["inf", "1e999", "Fri, 31 Dec 9999 23:59:59 GMT", "99999999999"]


class Always429:
    def __init__(self, retry_after: str, status: int = 429) -> None:
        self.retry_after = retry_after
        self.status = status
        self.count = 0
        self.lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.count += 1
            if self.count > GUARD:
                return httpx.Response(200, json={"looped": self.count})
        return httpx.Response(self.status, headers={"Retry-After": self.retry_after})


def sync_client(api: FakeAPI, clock: FakeClock, **overrides: object) -> ServiceTitan:
    return ServiceTitan(
        **client_kwargs(transport=httpx.MockTransport(api), sleep=clock.sleep, clock=clock, **overrides)
    )


def assert_bounded(
    clock: FakeClock, handler: Always429, caught: RateLimitError, rate_limit: float | None = None
) -> None:
    assert handler.count <= DEFAULT_MAX_RATE_LIMIT_RETRIES + 1
    assert all(math.isfinite(wait) and wait >= 0 for wait in clock.sleeps)
    # With a limiter, each resend also waits for its slot, one interval at most beyond the 429's own wait.
    pacing = 0.0 if rate_limit is None else handler.count / rate_limit
    assert sum(clock.sleeps) <= DEFAULT_RATE_LIMIT_WAIT + pacing
    assert caught.retry_after is None or (math.isfinite(caught.retry_after) and caught.retry_after >= 0)


@pytest.mark.parametrize("rate_limit", [None, 50.0], ids=["no-limiter", "limiter"])
@pytest.mark.parametrize("retry_after", HOSTILE_WAITS)
def test_a_meaningless_wait_backs_off_and_the_call_ends(retry_after, rate_limit):
    clock = FakeClock()
    handler = Always429(retry_after)
    with (
        sync_client(FakeAPI(handler), clock, rate_limit=rate_limit) as st,
        pytest.raises(RateLimitError) as caught,
    ):
        st.request("GET", "/jobs", domain="jpm")
    assert_bounded(clock, handler, caught.value, rate_limit)
    assert "gave up after" in str(caught.value)
    # Each retry waited at least the smallest backoff, counted against the budget, which ran out.
    assert handler.count > 10
    assert sum(clock.sleeps) >= DEFAULT_RATE_LIMIT_WAIT / 2


@pytest.mark.parametrize("retry_after", NEVER)
def test_a_wait_beyond_max_wait_ends_the_call_at_once(retry_after):
    clock = FakeClock()
    handler = Always429(retry_after)
    with sync_client(FakeAPI(handler), clock) as st, pytest.raises(RateLimitError) as caught:
        st.request("GET", "/jobs", domain="jpm")
    assert handler.count == 1
    assert clock.sleeps == []
    assert_bounded(clock, handler, caught.value)


def test_429s_have_a_finite_count_of_their_own():
    clock = FakeClock()
    handler = Always429("1")
    policy = RetryPolicy(rate_limit_wait=10**9)
    with sync_client(FakeAPI(handler), clock) as st, pytest.raises(RateLimitError) as caught:
        st.request("GET", "/jobs", domain="jpm", retry=policy)
    assert handler.count == DEFAULT_MAX_RATE_LIMIT_RETRIES + 1
    assert caught.value.retry_after == 1.0
    assert "429" in str(caught.value)


def test_the_429_count_is_a_policy_setting():
    clock = FakeClock()
    handler = Always429("1")
    with sync_client(FakeAPI(handler), clock) as st, pytest.raises(RateLimitError):
        st.request("GET", "/jobs", domain="jpm", retry=RetryPolicy(max_rate_limit_retries=4))
    assert handler.count == 5
    assert clock.sleeps == [1.0] * 4


def test_a_fixed_zero_delay_policy_still_waits_on_429():
    clock = FakeClock()
    handler = Always429("0")
    with sync_client(FakeAPI(handler), clock) as st, pytest.raises(RateLimitError):
        st.request("GET", "/jobs", domain="jpm", retry=RetryPolicy(retry_delay=0))
    assert handler.count <= DEFAULT_MAX_RATE_LIMIT_RETRIES + 1
    assert all(wait > 0 for wait in clock.sleeps)


@pytest.mark.parametrize("retry_after", ["0", "-1", "nan"])
def test_503_with_a_meaningless_wait_backs_off(retry_after):
    clock = FakeClock()
    handler = Always429(retry_after, status=503)
    with sync_client(FakeAPI(handler), clock) as st, pytest.raises(ServerError):
        st.request("GET", "/jobs", domain="jpm")
    assert handler.count == 4
    assert len(clock.sleeps) == 3
    assert all(wait > 0 for wait in clock.sleeps)


@pytest.mark.parametrize("retry_after", ["0", "nan", "-3"])
def test_async_many_tasks_each_end(retry_after):
    clock = FakeClock()
    handler = Always429(retry_after)
    tasks = 200

    async def scenario() -> list[BaseException | object]:
        async with AsyncServiceTitan(
            **client_kwargs(transport=httpx.MockTransport(FakeAPI(handler)), sleep=clock.async_sleep, clock=clock)
        ) as st:
            calls = [
                st.request("GET", "/jobs", domain="jpm", retry=RetryPolicy(rate_limit_wait=20)) for _ in range(tasks)
            ]
            return await asyncio.wait_for(asyncio.gather(*calls, return_exceptions=True), 60)

    outcomes = asyncio.run(scenario())
    assert all(isinstance(outcome, RateLimitError) for outcome in outcomes), outcomes[:3]
    assert handler.count < GUARD


@pytest.mark.parametrize("retry_after", ["0", "nan", "-3", "0.001"])
def test_the_reports_retry_loop_ends_too(retry_after):
    from servicetitan._flow import Sleep
    from servicetitan.errors import error_for_response
    from servicetitan.reports.flows import Request, WaitBudget, send

    request = httpx.Request("POST", "https://api.test/reporting/v2/tenant/1/report-category/x/reports/1/data")
    refusal = error_for_response(httpx.Response(429, headers={"Retry-After": retry_after}, request=request))
    budget = WaitBudget(300.0)
    flow = send(Request("POST", "Reports_GetData", {"report_category": "x", "report_id": 1}), budget)
    sleeps: list[float] = []

    def drive() -> int:
        sends = 0
        effect = next(flow)
        while sends < GUARD:
            if isinstance(effect, Sleep):
                sleeps.append(effect.seconds)
                effect = flow.send(None)
            else:
                sends += 1
                effect = flow.throw(refusal)
        return sends

    with pytest.raises(RateLimitError):
        drive()
    assert all(seconds > 0 for seconds in sleeps)
    assert sum(sleeps) <= 300.0


@pytest.mark.parametrize("delay_ms", [float("nan"), float("inf"), -1, 10**400])
def test_raw_request_refuses_a_retry_delay_that_is_no_wait(delay_ms):
    api = FakeAPI()
    with (
        sync_client(api, FakeClock()) as st,
        pytest.raises(ValueError, match="retry_delay_ms must be a number of milliseconds from 0"),
    ):
        st.raw_request(method="get", url_type="jpm", path="/jobs/1", retry_delay_ms=delay_ms)
    assert api.sent == []


@pytest.mark.parametrize("field", ["backoff_base", "backoff_cap", "max_wait", "retry_delay", "rate_limit_wait"])
@pytest.mark.parametrize("value", [float("nan"), float("inf"), -1.0])
def test_a_policy_without_a_finite_wait_is_refused(field, value):
    with pytest.raises(ValueError, match=field):
        RetryPolicy(**{field: value})


@pytest.mark.parametrize("value", [float("nan"), float("inf"), -1])
def test_report_waits_without_a_finite_bound_are_refused(value):
    api = FakeAPI()
    with sync_client(api, FakeClock()) as st:
        with pytest.raises(ValueError, match="timeout must be a finite number"):
            st.reports.configure(timeout=value)
        with pytest.raises(ValueError, match="wait_budget must be a finite number"):
            st.reports.configure(wait_budget=value)
        flows = st.reports._flows
        with pytest.raises(ValueError, match="timeout must be None or a finite number"):
            next(flows.run_flow(None, value))  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="timeout must be None or a finite number"):
            next(flows.finish_flow(None, value))  # type: ignore[arg-type]
    assert api.sent == []
