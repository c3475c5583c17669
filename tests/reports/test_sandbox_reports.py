"""The sandbox's Reporting API on the wire (in process, no client library): limits, tokens and refusals."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from servicetitan.sandbox import DEFAULT_TENANT, TOKEN_PATH, Sandbox
from servicetitan.sandbox.reports import ReportLimits
from tests.support.time import FakeClock

from .conftest import CREDENTIALS, epoch_clock

pytestmark = pytest.mark.anyio

BASE = f"/reporting/v2/tenant/{DEFAULT_TENANT}"
PERIOD = {"parameters": [{"name": "From", "value": "2024-01-01"}, {"name": "To", "value": "2024-01-05"}]}


@pytest.fixture
def clock() -> FakeClock:
    return epoch_clock()


@pytest.fixture
async def http(clock: FakeClock) -> AsyncIterator[tuple[httpx.AsyncClient, Sandbox]]:
    sandbox = Sandbox(jobs=50, clock=clock, reports=ReportLimits(run_interval=60, slow_polls=2))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=sandbox), base_url="http://sandbox") as client:
        form = {"grant_type": "client_credentials", "client_id": CREDENTIALS["client_id"]}
        form["client_secret"] = CREDENTIALS["client_secret"]
        token = (await client.post(TOKEN_PATH, data=form)).json()["access_token"]
        client.headers.update({"Authorization": f"Bearer {token}", "ST-App-Key": CREDENTIALS["app_key"]})
        yield client, sandbox


async def test_one_run_per_interval_with_retry_after(http: tuple[httpx.AsyncClient, Sandbox], clock: FakeClock) -> None:
    client, sandbox = http
    url = f"{BASE}/report-category/accounting/reports/2002/data"
    assert (await client.post(url, json=PERIOD)).status_code == 200
    assert (await client.post(url, params={"page": 2, "pageSize": 1}, json=PERIOD)).status_code == 200
    clock.now += 20
    limited = await client.post(url, json=PERIOD)
    assert limited.status_code == 429
    assert limited.headers["retry-after"] == "40"
    assert "40 seconds" in limited.json()["title"]
    clock.now += 40
    assert (await client.post(url, json=PERIOD)).status_code == 200
    assert sandbox.reports.runs_of(2002) == 2


async def test_slow_report_token_poll_and_cancel(http: tuple[httpx.AsyncClient, Sandbox]) -> None:
    client, sandbox = http
    url = f"{BASE}/report-category/accounting/reports/2001/data/query"
    started = await client.post(url, json=PERIOD)
    assert started.status_code == 202
    token = started.json()["token"]
    assert (await client.get(f"{BASE}/data-queries/{token}")).status_code == 202
    done = await client.get(f"{BASE}/data-queries/{token}")
    assert done.status_code == 200
    assert [row[0] for row in done.json()["data"]] == [f"2024-01-0{d}" for d in range(1, 6)]
    assert (await client.delete(f"{BASE}/data-queries/{token}")).status_code == 404, "a finished query is gone"
    second = (
        await client.post(url, json={"parameters": [*PERIOD["parameters"][:1], {"name": "To", "value": "2024-01-06"}]})
    ).json()
    assert (await client.delete(f"{BASE}/data-queries/{second['token']}")).status_code == 200
    assert sandbox.reports.cancelled == [second["token"]]


async def test_bad_parameters_answer_field_errors(http: tuple[httpx.AsyncClient, Sandbox]) -> None:
    client, sandbox = http
    body = {"parameters": [{"name": "From", "value": 7}, {"name": "Color", "value": "red"}]}
    refused = await client.post(f"{BASE}/report-category/operations/reports/1001/data", json=body)
    assert refused.status_code == 400
    assert set(refused.json()["errors"]) == {"From", "Color", "To"}
    assert sandbox.reports.runs == {}
