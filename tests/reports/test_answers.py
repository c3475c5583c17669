"""Answers the sandbox does not give, through httpx.MockTransport: 409s, 5xx on the data request, odd values,
malformed pages, and a pacing store of the caller's own."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import AsyncIterator, Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest

from servicetitan import AsyncServiceTitan, ServiceTitan
from servicetitan.errors import ConflictError, ResponseValidationError, ServerError
from servicetitan.reports import PacingStore, ReportSettings, ReportWaitError
from tests.support.api import TENANT, client_kwargs

from .conftest import Client, run

pytestmark = pytest.mark.anyio

Answer = Callable[[httpx.Request], httpx.Response]
REPORT = f"/reporting/v2/tenant/{TENANT}/report-category/ops/reports/7"
DESCRIPTION = {
    "id": 7,
    "name": "Odd report",
    "modifiedOn": "2024-01-01T00:00:00Z",
    "parameters": [{"name": "From", "label": "From", "dataType": "Date", "isArray": False, "isRequired": True}],
    "fields": [
        {"name": "Amount", "label": "Amount", "dataType": "Number"},
        {"name": "Day", "label": "Day", "dataType": "Date"},
        {"name": "Flag", "label": "Flag", "dataType": "Boolean"},
    ],
}
HEADER = [{"name": "Amount", "label": "Amount"}, {"name": "Day", "label": "Day"}, {"name": "Flag", "label": "Flag"}]


def page(rows: list[Any], has_more: bool = False) -> httpx.Response:
    return httpx.Response(200, json={"page": 1, "pageSize": 50, "hasMore": has_more, "data": rows, "fields": HEADER})


class FakeReporting:
    """The description of report 7, then the queued answers of its data requests, in order."""

    def __init__(self, *answers: httpx.Response) -> None:
        self.answers = list(answers)
        self.data_requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/connect/token":
            return httpx.Response(200, json={"access_token": "token-1", "expires_in": 900, "token_type": "Bearer"})
        if request.url.path == REPORT:
            return httpx.Response(200, json=DESCRIPTION)
        self.data_requests.append(request)
        return self.answers.pop(0)


@pytest.fixture(params=["sync", "async"])
def side(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
async def make(side: str, sleeps: list[float]) -> AsyncIterator[Callable[[FakeReporting], Client]]:
    settings = client_kwargs()

    async def async_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    built: list[Client] = []

    def build(api: FakeReporting) -> Client:
        transport = httpx.MockTransport(api)
        if side == "sync":
            client: Client = ServiceTitan(**settings, transport=transport, sleep=sleeps.append)
        else:
            client = AsyncServiceTitan(**settings, transport=transport, sleep=async_sleep)
        # Each test is its own tenant of pacing: no interval, unless the test sets one.
        client.reports.configure(run_interval=0, poll_interval=0.01)
        built.append(client)
        return client

    yield build
    for client in built:
        if isinstance(client, AsyncServiceTitan):
            await client.close()
        else:
            client.close()


def conflict() -> httpx.Response:
    return httpx.Response(409, json={"title": "Service suspended for maintenance", "status": 409})


async def test_409_retried_within_the_budget(make: Callable[[FakeReporting], Client], sleeps: list[float]) -> None:
    api = FakeReporting(conflict(), conflict(), page([[1, "2024-01-01", True]]))
    result = await run(make(api), "run", "ops", 7, From="2024-01-01")
    assert result.rows == [{"Amount": 1, "Day": dt.date(2024, 1, 1), "Flag": True}]
    assert len(api.data_requests) == 3
    assert len(sleeps) == 2


async def test_409_beyond_the_budget_raises(make: Callable[[FakeReporting], Client], sleeps: list[float]) -> None:
    st = make(FakeReporting(conflict()))
    st.reports.configure(wait_budget=0)
    with pytest.raises(ConflictError):
        await run(st, "run", "ops", 7, From="2024-01-01")
    assert sleeps == []


async def test_a_5xx_on_the_data_request_is_not_replayed(make: Callable[[FakeReporting], Client]) -> None:
    api = FakeReporting(httpx.Response(503, json={"title": "Unavailable", "status": 503}))
    with pytest.raises(ServerError):
        await run(make(api), "run", "ops", 7, From="2024-01-01")
    assert len(api.data_requests) == 1


async def test_values_that_do_not_fit_their_type_are_kept(make: Callable[[FakeReporting], Client]) -> None:
    rows = [["12.50", "2024-01-09T18:32:41.6833333Z", "true"], ["n/a", "someday", 1], [3, None, False, "extra"]]
    result = await run(make(FakeReporting(page(rows))), "run", "ops", 7, From=dt.date(2024, 1, 1))
    assert result.rows[0] == {
        "Amount": Decimal("12.50"),
        "Day": dt.datetime(2024, 1, 9, 18, 32, 41, 683333, tzinfo=dt.UTC),
        "Flag": True,
    }
    assert result.rows[1] == {"Amount": "n/a", "Day": "someday", "Flag": 1}
    assert result.rows[2] == {"Amount": 3, "Day": None, "Flag": False, "_extra": ["extra"]}


async def test_dates_are_sent_as_the_api_writes_them(make: Callable[[FakeReporting], Client]) -> None:
    api = FakeReporting(page([]))
    when = dt.datetime(2024, 1, 31, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    await run(make(api), "run", "ops", 7, From=when)
    assert json.loads(api.data_requests[0].content) == {"parameters": [{"name": "From", "value": "2024-02-01"}]}
    assert dict(api.data_requests[0].url.params) == {"page": "1", "pageSize": "25000"}


async def test_has_more_with_no_row_stops(make: Callable[[FakeReporting], Client]) -> None:
    with pytest.raises(ResponseValidationError, match="hasMore"):
        await run(make(FakeReporting(page([], has_more=True))), "run", "ops", 7, From="2024-01-01")


async def test_page_size_is_bounded(make: Callable[[FakeReporting], Client]) -> None:
    st = make(FakeReporting())
    with pytest.raises(ValueError, match="page_size must be between 1 and 25000"):
        await run(st, "run", "ops", 7, From="2024-01-01", page_size=25_001)


class BookedStore:
    """A store of the caller's own (as a shared Redis-backed one would be): it refuses every second booking."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, float, float]] = []

    def reserve(self, key: str, interval: float, limit: float) -> float | None:
        self.calls.append((key, interval, limit))
        return 0.0 if len(self.calls) == 1 else None


async def test_a_configured_pacing_store_decides(make: Callable[[FakeReporting], Client]) -> None:
    store = BookedStore()
    assert isinstance(store, PacingStore)
    st = make(FakeReporting(page([])))
    st.reports.configure(store=store, run_interval=60, wait_budget=30)
    await run(st, "run", "ops", 7, From="2024-01-01")
    with pytest.raises(ReportWaitError):
        await run(st, "run", "ops", 7, From="2024-01-01")
    assert [(interval, limit) for _, interval, limit in store.calls] == [(60, 30), (60, 30)]
    assert store.calls[0][0] == store.calls[1][0], "identical runs share one key"
    assert "2024-01-01" not in store.calls[0][0], "parameter values stay out of the store"


async def test_unknown_setting_refused(make: Callable[[FakeReporting], Client]) -> None:
    with pytest.raises(TypeError, match="run_intervals"):
        make(FakeReporting()).reports.configure(run_intervals=5)


def numbered(first: int, count: int, has_more: bool) -> httpx.Response:
    return page([[n, "2024-01-01", True] for n in range(first, first + count)], has_more)


async def test_a_server_cap_on_page_size_loses_no_row(make: Callable[[FakeReporting], Client]) -> None:
    api = FakeReporting(numbered(0, 2, True), numbered(2, 2, True), numbered(4, 1, False))
    result = await run(make(api), "run", "ops", 7, From="2024-01-01", page_size=10)
    assert [row["Amount"] for row in result] == [0, 1, 2, 3, 4]
    asked = [(r.url.params["page"], r.url.params["pageSize"]) for r in api.data_requests]
    assert asked == [("1", "10"), ("2", "2"), ("3", "2")]


async def test_a_short_page_that_cannot_be_continued_stops(make: Callable[[FakeReporting], Client]) -> None:
    api = FakeReporting(numbered(0, 4, True), numbered(4, 3, True))
    with pytest.raises(ResponseValidationError, match="without skipping rows"):
        await run(make(api), "run", "ops", 7, From="2024-01-01", page_size=4)


async def test_a_5xx_while_polling_is_retried(make: Callable[[FakeReporting], Client], sleeps: list[float]) -> None:
    api = FakeReporting(
        httpx.Response(202, json={"token": "t-1", "status": "InProgress"}),
        httpx.Response(503, json={"title": "Unavailable", "status": 503}),
        numbered(0, 1, False),
    )
    result = await run(make(api), "run", "ops", 7, From="2024-01-01")
    assert [row["Amount"] for row in result] == [0]
    assert [(r.method, r.url.path.rsplit("/", 1)[-1]) for r in api.data_requests] == [
        ("POST", "query"),
        ("GET", "t-1"),
        ("GET", "t-1"),
    ]
    assert len(sleeps) == 2, "one poll interval, one backoff after the 503"


async def test_polls_back_off_up_to_the_cap(make: Callable[[FakeReporting], Client], sleeps: list[float]) -> None:
    pending = [httpx.Response(202, json={"token": "t-2", "status": "InProgress"}) for _ in range(5)]
    st = make(FakeReporting(*pending, numbered(0, 1, False)))
    st.reports.configure(poll_interval=1.0, poll_max_interval=3.0)
    await run(st, "run", "ops", 7, From="2024-01-01")
    assert sleeps == [1.0, 1.5, 2.25, 3.0, 3.0]


def test_settings_refuse_a_poll_interval_of_zero() -> None:
    with pytest.raises(ValueError, match="poll_interval"):
        ReportSettings(poll_interval=0)
