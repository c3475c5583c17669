"""Each report operation against a cassette named after it (`cassettes/<operationId>.yaml`), on both clients.

Recorded like the action cassettes (tests/actions/conftest.py, whose fixtures these tests use): the sync side
records against a fresh sandbox with `--record-mode=rewrite`, scrubbed at record time, and the async side replays;
a default run replays both with other credentials and another tenant. Pacing is off here (each side is its own
run of the same report, and nothing may sleep), which the pacing tests cover on their own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from servicetitan import AsyncServiceTitan
from servicetitan_raw.reporting.models import ReportingV2ReportDataRequest
from tests.actions.conftest import record_mode, recording, server, st, vcr_config

from .conftest import Client, call, run

__all__ = ["record_mode", "recording", "server", "st", "vcr_config"]

pytestmark = [pytest.mark.anyio, pytest.mark.vcr]

CASSETTES = Path(__file__).parent / "cassettes"
PERIOD = {"From": "2024-01-01", "To": "2024-01-20"}


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    return str(CASSETTES)


@pytest.fixture
def reports(st: Client) -> Client:
    st.reports.configure(run_interval=0)
    return st


@pytest.mark.default_cassette("ReportCategories_GetCategories")
async def test_categories(reports: Client) -> None:
    assert [c.id for c in await run(reports, "categories")] == ["operations", "accounting"]


@pytest.mark.default_cassette("ReportCategoryReports_GetReports")
async def test_list(reports: Client) -> None:
    assert [r.id for r in await run(reports, "list", "operations")] == [1001]


@pytest.mark.default_cassette("ReportCategoryReports_Get")
async def test_describe(reports: Client) -> None:
    report = await run(reports, "describe", "operations", 1001)
    assert [p.data_type for p in report.parameters] == ["Date", "Date", "Number", "String", "Boolean", "Time"]


@pytest.mark.default_cassette("DynamicValueSets_GetDynamicSet")
async def test_dynamic_set(reports: Client) -> None:
    value_set = await run(reports, "dynamic_set", "business-units")
    assert value_set.values[0] == (1001, "HVAC Service")


@pytest.mark.default_cassette("ReportCategoryReports_StartGetData")
async def test_run(reports: Client) -> None:
    result = await run(
        reports, "run", "operations", 1001, parameters=PERIOD, BusinessUnitIds=[1001], JobStatus="Completed"
    )
    assert [row["BusinessUnitId"] for row in result] == [1001]


@pytest.mark.default_cassette("ReportCategoryReports_GetData")
async def test_synchronous_data_through_raw(reports: Client) -> None:
    # The generated model takes every value type since spec patch 007 (the document said `null`).
    body = ReportingV2ReportDataRequest.from_dict(
        {"parameters": [{"name": name, "value": value} for name, value in PERIOD.items()]}
    )
    answer: Any = reports.raw.reporting.report_category_reports_get_data(
        report_category="accounting", report_id=2002, body=body, page_size=100
    )
    if isinstance(reports, AsyncServiceTitan):
        answer = await answer
    assert answer.fields[0].name == "InvoiceId"
    assert answer.has_more is False


@pytest.mark.default_cassette("ReportDataQueries_Get")
async def test_poll(reports: Client) -> None:
    query = await run(reports, "start", "accounting", 2001, parameters=PERIOD)
    assert query.token is not None
    assert await call(query, "poll") is False
    assert await call(query, "poll") is True
    assert len(await call(query, "wait")) == 20


@pytest.mark.default_cassette("ReportDataQueries_Cancel")
async def test_cancel(reports: Client) -> None:
    query = await run(reports, "start", "accounting", 2001, parameters=PERIOD)
    await call(query, "cancel")
    assert query.token is None
