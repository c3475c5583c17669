"""The actions against the sandbox: the demo flow, a paged read under faults, an export resumed mid-way."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from servicetitan import AsyncServiceTitan, ServiceTitan
from servicetitan.__main__ import run_flow
from servicetitan._parsing import UnparsedRecord, odd_fields
from servicetitan.sandbox import DEFAULT_TENANT, ExportSettings, Sandbox, serve
from tests.overlay.conftest import call, collect
from tests.support.time import AFTER_SEEDED_HISTORY, FakeClock

pytestmark = pytest.mark.anyio


def settings(sandbox: Sandbox, base_url: str) -> dict[str, Any]:
    credentials = sandbox.credentials
    return {
        "client_id": credentials.client_id,
        "client_secret": credentials.client_secret,
        "app_key": credentials.app_key,
        "tenant": DEFAULT_TENANT,
        "api_url": base_url,
        "token_url": f"{base_url}/connect/token",
    }


class CountingASGITransport(httpx.ASGITransport):
    """Counts the answers (by status) and the dropped connections the client went through."""

    def __init__(self, app: Sandbox) -> None:
        super().__init__(app=app)
        self.outcomes: list[int | str] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response = await super().handle_async_request(request)
        except httpx.TransportError:
            self.outcomes.append("dropped")
            raise
        self.outcomes.append(response.status_code)
        return response


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(jobs=120, export=ExportSettings(batch_size=25))


@pytest.fixture
def client(side: str, sandbox: Sandbox) -> Iterator[ServiceTitan | AsyncServiceTitan]:
    """The sync client over a real socket, the async one in process through ASGITransport."""
    if side == "sync":
        with serve(sandbox) as base_url, ServiceTitan(**settings(sandbox, base_url)) as st:
            yield st
    else:
        yield AsyncServiceTitan(
            **settings(sandbox, "http://sandbox"), transport=httpx.ASGITransport(app=sandbox), rate_limit=None
        )


def test_the_demo_flow_books_and_cancels_a_job(sandbox: Sandbox) -> None:
    lines: list[str] = []
    with serve(sandbox) as base_url, ServiceTitan(**settings(sandbox, base_url)) as st:
        created = run_flow(st, lines.append)
        assert st.get_job(id=created["job"]).job_status == "Canceled"
        assignments = st.list_appointments_assignment(appointment_ids=str(created["appointment"])).records
        assert len(assignments) == 2
        assert st.get_location(id=created["location"]).customer_id == created["customer"]
    assert len(lines) == 9
    assert lines[-1].endswith("it is now Canceled")


async def test_fetch_all_under_429s_5xx_dropped_connections_and_odd_records_yields_every_record_once() -> None:
    # Epoch seconds that move only when the client sleeps: the sandbox's rate windows and token expiry and the
    # client's waits all follow it, so 429s and Retry-After play out without real waiting.
    clock = FakeClock(AFTER_SEEDED_HISTORY)
    sandbox = Sandbox(jobs=300, clock=clock, sleep=clock.async_sleep)
    transport = CountingASGITransport(sandbox)
    st = AsyncServiceTitan(
        **settings(sandbox, "http://sandbox"),
        transport=transport,
        sleep=clock.async_sleep,
        rate_limit=None,
        max_retries=12,
        page_size_limits={"Jobs_GetList": 20},
    )
    truth = [job["id"] for job in await (await st.list_jobs(fetch_all=True, as_dicts=True)).to_list()]
    assert len(truth) == 300
    sandbox.faults.configure(rate_limit=4, error_rate=0.25, drop_rate=0.1, odd_record_rate=0.1, seed=7)
    records = await (await st.list_jobs(fetch_all=True)).to_list()
    ids = [r.id for r in records]
    assert ids == truth
    # Odd records stay typed: the fields that did not fit are kept as received in odd_fields.
    assert not any(isinstance(r, UnparsedRecord) for r in records)
    assert any(odd_fields(r) for r in records)
    outcomes = transport.outcomes
    assert {429, "dropped"} <= set(outcomes)
    assert any(isinstance(o, int) and o >= 500 for o in outcomes)
    assert clock.now > 1_767_225_600.0 + 1  # the client waited out rate limits on the shared clock


async def test_export_resumed_from_a_saved_token_gives_every_record_exactly_once(client: Any) -> None:
    st = client
    first = st.exports.jpm.jobs(start="2000-01-01", as_dicts=True)
    pages = first.pages()
    seen = []
    for _ in range(2):
        page = await pages.__anext__() if hasattr(pages, "__anext__") else next(pages)
        seen += [job["id"] for job in page.records]
    checkpoint = page.continue_from  # the page was processed: its own token resumes after it
    assert first.continue_from != checkpoint  # the feed's checkpoint moves only when the next page is asked for
    assert len(seen) == 50
    await call(st, "update_job", id=seen[0], summary="changed after the checkpoint")
    rest = await collect(st.export("jpm", "jobs", start=checkpoint, as_dicts=True))
    rest_ids = [job["id"] for job in rest]
    assert sorted(seen + rest_ids[:-1]) == sorted({job for job in seen + rest_ids})
    assert len(set(seen + rest_ids)) == 120
    assert rest_ids[-1] == seen[0]  # the change made after the checkpoint shows up, once, at the end
    assert rest[-1]["summary"] == "changed after the checkpoint"


async def test_list_filters_reach_the_sandbox(client: Any) -> None:
    since = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    page = await call(client, "list_jobs", modified_on_or_after=since, page_size=10, include_total=True)
    assert page.total_count == 120
    assert len(page.records) == 10
    assert page.has_more
