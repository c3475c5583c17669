"""`st.reports` on both clients against the sandbox: describe, run, poll, cancel, pace, back-fill."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import anyio
import pytest

from servicetitan import AsyncServiceTitan, ServiceTitan
from servicetitan.reports import ReportTimeoutError
from servicetitan.sandbox import DEFAULT_TENANT, FIRST_IDS, Sandbox
from servicetitan.sandbox.reports import ReportLimits
from servicetitan.sandbox.seed import BUSINESS_UNITS

from .conftest import Client, call, client_settings, collect, invoices_between, revenue_per_day, run

pytestmark = pytest.mark.anyio

JAN_1, JAN_10 = dt.date(2024, 1, 1), dt.date(2024, 1, 10)


async def test_categories_and_reports(st: Client) -> None:
    categories = await run(st, "categories")
    assert [(c.id, c.name) for c in categories] == [("operations", "Operations"), ("accounting", "Accounting")]
    reports = await run(st, "list", "accounting")
    assert [(r.id, r.name) for r in reports] == [(2001, "Revenue by Day"), (2002, "Invoice Register")]


async def test_describe_types_every_parameter(st: Client) -> None:
    report = await run(st, "describe", "operations", 1001)
    by_name = {p.name: p for p in report.parameters}
    assert {name: (p.data_type, p.is_array, p.required) for name, p in by_name.items()} == {
        "From": ("Date", False, True),
        "To": ("Date", False, True),
        "BusinessUnitIds": ("Number", True, False),
        "JobStatus": ("String", False, False),
        "IncludeCanceled": ("Boolean", False, False),
        "CreatedAfter": ("Time", False, False),
    }
    assert by_name["JobStatus"].possible_values is not None
    assert ("Completed", "Completed") in by_name["JobStatus"].possible_values
    assert by_name["BusinessUnitIds"].dynamic_set_id == "business-units"
    assert report.parameter("business_unit_ids") is by_name["BusinessUnitIds"]
    assert [(f.name, f.data_type) for f in report.fields][:2] == [
        ("BusinessUnitId", "Number"),
        ("BusinessUnit", "String"),
    ]
    value_set = await run(st, "dynamic_set", "business-units")
    assert value_set.values == tuple((FIRST_IDS["business_units"] + i, name) for i, name in enumerate(BUSINESS_UNITS))


async def test_revenue_agrees_with_the_invoices(st: Client, sandbox: Sandbox) -> None:
    await run(st, "describe", "accounting", 2001)
    result = await run(st, "run", "accounting", 2001, From=JAN_1, To="2024-01-10")
    expected = revenue_per_day(sandbox, JAN_1, JAN_10)
    assert {row["Date"]: row["Revenue"] for row in result} == expected
    assert all(isinstance(row["Revenue"], Decimal) for row in result)
    assert sum(row["Invoices"] for row in result) == len(invoices_between(sandbox, JAN_1, JAN_10))
    assert (result.from_cache, result.age) == (False, 0.0)
    # The slow report answered 202, was polled to its end, and nothing was cancelled.
    assert sandbox.reports.runs_of(2001) == 1
    assert (sandbox.reports.queries, sandbox.reports.cancelled) == ({}, [])


async def test_every_parameter_type_sent_and_applied(st: Client, sandbox: Sandbox) -> None:
    units = [FIRST_IDS["business_units"], FIRST_IDS["business_units"] + 2]
    result = await run(
        st,
        "run",
        "operations",
        1001,
        From=dt.datetime(2024, 1, 1, 12, tzinfo=dt.UTC),
        To=dt.date(2024, 6, 30),
        business_unit_ids=units,
        JobStatus="Completed",
        IncludeCanceled=False,
        CreatedAfter=dt.time(6, 30),
    )
    tenant = sandbox.tenant(DEFAULT_TENANT)
    jobs = [
        job
        for job in tenant["jobs"].records()
        if "2024-01-01" <= job["createdOn"][:10] <= "2024-06-30"
        and job["businessUnitId"] in units
        and job["jobStatus"] == "Completed"
        and job["createdOn"][11:19] >= "06:30:00"
    ]
    expected = {
        unit: (
            sum(1 for job in jobs if job["businessUnitId"] == unit),
            sum(
                Decimal(str(tenant["invoices"].get(j["invoiceId"])["total"]))
                for j in jobs
                if j["businessUnitId"] == unit
            ),
        )
        for unit in units
    }
    assert {row["BusinessUnitId"]: (row["Jobs"], row["Revenue"]) for row in result} == expected
    assert all(row["Jobs"] == row["CompletedJobs"] for row in result)


async def test_every_row_of_every_page_typed(st: Client, sandbox: Sandbox) -> None:
    result = await run(st, "run", "accounting", 2002, parameters={"From": JAN_1, "To": JAN_10}, page_size=3)
    invoices = invoices_between(sandbox, JAN_1, JAN_10)
    assert len(invoices) > 6, "the range must span several pages"
    assert [row["InvoiceId"] for row in result] == [invoice["id"] for invoice in invoices]
    first = result.rows[0]
    # Total is declared a Number and sent as text; it is typed all the same. InvoiceDate is a timestamp.
    assert first["Total"] == Decimal(f"{invoices[0]['total']:.2f}")
    assert isinstance(first["InvoiceDate"], dt.datetime)
    assert first["InvoiceDate"].tzinfo is not None
    assert isinstance(first["Paid"], bool)


@pytest.mark.parametrize(
    ("parameters", "error", "named"),
    [
        ({"From": JAN_1, "To": JAN_10, "Form": JAN_1}, ValueError, "Form"),
        ({"From": JAN_1}, ValueError, "To"),
        ({"From": 20240101, "To": JAN_10}, TypeError, "From"),
        ({"From": "01/01/2024", "To": JAN_10}, ValueError, "From"),
        ({"From": JAN_1, "To": JAN_10, "JobStatus": "Done"}, ValueError, "JobStatus"),
        ({"From": JAN_1, "To": JAN_10, "IncludeCanceled": "no"}, TypeError, "IncludeCanceled"),
        ({"From": JAN_1, "To": JAN_10, "BusinessUnitIds": 1001}, TypeError, "BusinessUnitIds"),
        ({"From": JAN_1, "To": JAN_10, "BusinessUnitIds": [1001, 999]}, ValueError, "BusinessUnitIds"),
        ({"From": JAN_1, "To": JAN_10, "CreatedAfter": "25:00"}, ValueError, "CreatedAfter"),
        ({"From": JAN_1, "To": JAN_10, "BusinessUnitIds": [float("nan")]}, ValueError, "BusinessUnitIds"),
        ({"From": JAN_1, "To": JAN_10, "JobStatus": "Hold", "job_status": "Hold"}, ValueError, "JobStatus"),
    ],
)
async def test_bad_parameters_refused_before_sending(
    st: Client, sandbox: Sandbox, parameters: dict[str, Any], error: type[Exception], named: str
) -> None:
    with pytest.raises(error, match=named):
        await run(st, "run", "operations", 1001, parameters=parameters)
    assert sandbox.reports.runs == {}, "no data request reached the server"


async def test_start_then_poll_until_ready(st: Client, sandbox: Sandbox) -> None:
    query = await run(st, "start", "accounting", 2001, From=JAN_1, To=JAN_10)
    assert query.token in sandbox.reports.queries
    assert await call(query, "poll") is False  # 202: still running
    assert await call(query, "poll") is True  # 200: the rows
    result = await call(query, "wait")
    assert {row["Date"]: row["Revenue"] for row in result} == revenue_per_day(sandbox, JAN_1, JAN_10)


async def test_resume_from_a_token(st: Client, sandbox: Sandbox) -> None:
    started = await run(st, "start", "accounting", 2001, From=JAN_1, To=JAN_10)
    resumed = await run(st, "resume", "accounting", 2001, started.token, From=JAN_1, To=JAN_10)
    result = await call(resumed, "wait")
    assert len(result) == 10
    assert sandbox.reports.runs_of(2001) == 1


@pytest.mark.parametrize("limits", [ReportLimits(slow_polls=10**6)])
async def test_timeout_cancels_the_query_on_the_server(st: Client, sandbox: Sandbox) -> None:
    with pytest.raises(ReportTimeoutError) as caught:
        await run(st, "run", "accounting", 2001, From=JAN_1, To=JAN_10, timeout=0.05)
    assert sandbox.reports.cancelled == [caught.value.token]
    assert sandbox.reports.queries == {}


@pytest.mark.parametrize("limits", [ReportLimits(slow_polls=10**6)])
async def test_explicit_cancel(st: Client, sandbox: Sandbox) -> None:
    query = await run(st, "start", "accounting", 2001, From=JAN_1, To=JAN_10)
    token = query.token
    await call(query, "cancel")
    assert sandbox.reports.cancelled == [token]
    assert query.token is None


def polled(sandbox: Sandbox) -> bool:
    return any(query.polls_left < 10**6 for query in sandbox.reports.queries.values())


@pytest.mark.parametrize("limits", [ReportLimits(slow_polls=10**6)])
async def test_cancelled_task_cancels_the_query(url: str, sandbox: Sandbox) -> None:
    async with AsyncServiceTitan(**client_settings(url)) as st:
        st.reports.configure(poll_interval=0.01)
        async with anyio.create_task_group() as group:
            group.start_soon(lambda: st.reports.run("accounting", 2001, From=JAN_1, To=JAN_10))
            for _ in range(500):
                if polled(sandbox):
                    break
                await anyio.sleep(0.01)
            assert polled(sandbox), "the run is polling its query"
            group.cancel_scope.cancel()
    assert len(sandbox.reports.cancelled) == 1
    assert sandbox.reports.queries == {}


@pytest.mark.parametrize("limits", [ReportLimits(slow_polls=10**6)])
def test_ctrl_c_cancels_the_query(url: str, sandbox: Sandbox) -> None:
    def interrupted(seconds: float) -> None:
        raise KeyboardInterrupt

    with ServiceTitan(**client_settings(url), sleep=interrupted) as st, pytest.raises(KeyboardInterrupt):
        st.reports.run("accounting", 2001, From=JAN_1, To=JAN_10)
    assert len(sandbox.reports.cancelled) == 1
    assert sandbox.reports.queries == {}


# --- back-fill ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("limits", [ReportLimits(slow_polls=1)])
async def test_backfill_resumed_after_day_4_yields_each_day_once(st: Client, sandbox: Sandbox) -> None:
    first_run = await collect(st.reports.backfill("accounting", 2001, start=JAN_1, end=JAN_10), limit=4)
    checkpoint = first_run[-1].checkpoint
    assert checkpoint == "2024-01-04"
    second_run = await collect(st.reports.backfill("accounting", 2001, start=JAN_1, end=JAN_10, checkpoint=checkpoint))
    windows = first_run + second_run
    days = [row["Date"] for window in windows for row in window.rows]
    assert days == [JAN_1 + dt.timedelta(days=n) for n in range(10)]
    assert all((w.start, w.end) == (w.rows[0]["Date"],) * 2 for w in windows)
    assert {row["Date"]: row["Revenue"] for w in windows for row in w.rows} == revenue_per_day(sandbox, JAN_1, JAN_10)
    assert not any(w.revisited for w in windows)
    # A look-back re-reads the last days before the checkpoint, marked as revisited.
    again = await collect(
        st.reports.backfill(
            "accounting", 2001, start=JAN_1, end=JAN_10, checkpoint="2024-01-10", look_back_days=2, window_days=7
        )
    )
    assert [(w.start, w.end, w.revisited) for w in again] == [(dt.date(2024, 1, 9), JAN_10, True)]
