"""`servicetitan mcp` through an MCP client in the test's process, against one sandbox served for the module.

Tools per profile (counted from the catalog), reads, a paged read continued to its end, typed errors, and the
write protocol: no write without `--allow-writes`, none without its token, a token good once, for its request
only, briefly; an ambiguous write reported as such and not sent again. Then the issue's "done when".
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

import httpx
import pytest
from mcp import Client

from servicetitan import _catalog
from servicetitan._operations import Kind, spec_for
from servicetitan.actions import ACTIONS
from servicetitan.mcp.runtime import CONFIRMATION_TTL, Confirmations
from servicetitan.mcp.tools import PROFILES, report_tools
from servicetitan.resources import method_path

from .conftest import APP_KEY, DENIED_SCOPE, SECRET, Served

pytestmark = pytest.mark.anyio


async def call(client: Client, name: str, arguments: dict[str, Any] | None = None) -> dict[str, Any]:
    """The answer of a tool that must succeed."""
    result = await client.call_tool(name, arguments or {})
    assert not result.is_error, result.structured_content
    assert result.structured_content is not None
    text = result.content[0].text  # type: ignore[union-attr]
    assert json.loads(text) == result.structured_content
    assert SECRET not in text
    assert APP_KEY not in text
    return result.structured_content


async def refused(client: Client, name: str, arguments: dict[str, Any] | None = None) -> dict[str, Any]:
    """The error payload of a tool call that must fail."""
    result = await client.call_tool(name, arguments or {})
    assert result.is_error, result.structured_content
    assert result.structured_content is not None
    text = result.content[0].text  # type: ignore[union-attr]
    assert SECRET not in text
    assert APP_KEY not in text
    return result.structured_content


async def read_all(client: Client, name: str, arguments: dict[str, Any]) -> tuple[list[dict[str, Any]], int]:
    """Every record of a paged read tool, following its continuations; and how many answers it took."""
    answer = await call(client, name, arguments)
    records, answers = list(answer["records"]), 1
    while answer["continuation"] is not None:
        answer = await call(client, name, {"continuation": answer["continuation"]})
        records += answer["records"]
        answers += 1
    return records, answers


def expected_names(profile: str) -> set[str]:
    """The tools of a profile, counted from the catalog apart from the server's code: every action that reads
    JSON with a GET and is no data source, the report tools, and each JSON read of the profile's domains that no
    action is an alias of."""
    actions = {}
    for action in ACTIONS:
        operation = action.operation
        if operation is None or action.label is not None or operation.method != "GET":
            continue
        if spec_for(operation.domain, operation.operation_id).kind in (Kind.LIST, Kind.CALL):
            actions[(operation.domain, operation.operation_id)] = action.method
    names = set(actions.values()) | {tool.name for tool in report_tools()}
    for domain in PROFILES[profile].domains:
        for operation in _catalog.domain(domain).operations.values():
            kind = spec_for(domain, operation.operation_id).kind
            if operation.method == "GET" and kind in (Kind.LIST, Kind.CALL):
                key = (domain, operation.operation_id)
                names.add(actions.get(key) or method_path(operation).replace(".", "_"))
    return names


# --- tools per profile ---------------------------------------------------------------------------------------


async def test_each_profile_lists_the_tools_its_catalog_rows_give(served: Served) -> None:
    counts = {}
    for profile in PROFILES:
        async with served.mcp(profile) as client:
            tools = (await client.list_tools()).tools
        counts[profile] = len(tools)
        assert {tool.name for tool in tools} == expected_names(profile), profile
        assert len(tools) == len(expected_names(profile))
        assert all(tool.annotations is not None and tool.annotations.read_only_hint for tool in tools)
        assert not [tool.name for tool in tools if tool.name.startswith("preview_") or tool.name == "execute_write"]
        assert all(tool.input_schema["type"] == "object" for tool in tools)
    # The default is small enough to choose from; each named profile adds its domains' reads to it.
    assert counts["default"] <= 30
    assert counts["default"] < counts["dispatch"] < counts["all-reads"]
    assert counts["all-reads"] == max(counts.values())


async def test_writes_exist_only_when_allowed(served: Served) -> None:
    async with served.mcp() as client:
        names = {tool.name for tool in (await client.list_tools()).tools}
        assert "cancel_job" not in names
        assert "preview_cancel_job" not in names
        error = await refused(client, "execute_write", {"confirmation_token": "x.1.y"})
        assert error["error"] == "UnknownTool"
    async with served.mcp(allow_writes=True) as client:
        tools = {tool.name: tool for tool in (await client.list_tools()).tools}
    writes = [a.method for a in ACTIONS if a.operation is not None and a.operation.method != "GET"]
    uploads = [a.method for a in ACTIONS if a.operation is not None and a.operation.is_upload]
    assert {f"preview_{method}" for method in writes if method not in uploads} | {"execute_write"} == {
        name for name in tools if name.startswith("preview_") or name == "execute_write"
    }
    assert "cancel_job" not in tools  # a write is never one call
    schema = tools["preview_cancel_job"].input_schema
    assert set(schema["properties"]) == {"id", "memo", "reason_id"}
    assert set(schema["required"]) == {
        "id",
        "memo",
        "reason_id",
    }
    assert tools["execute_write"].annotations is not None
    assert tools["execute_write"].annotations.destructive_hint


# --- reads -----------------------------------------------------------------------------------------------------


async def test_a_read_answers_exact_money_and_utc_timestamps(served: Served) -> None:
    with served.client() as st:
        invoice = st.request("GET", "/invoices", domain="accounting", params={"pageSize": 1})["data"][0]
        sent_job = st.request("GET", f"/jobs/{invoice['job']['id']}", domain="jpm")
    async with served.mcp() as client:
        answer = await call(client, "list_invoices", {"ids": [invoice["id"]]})
        job = (await call(client, "get_job", {"id": invoice["job"]["id"]}))["result"]
    (record,) = answer["records"]
    # Amounts the API sends as text stay that text; amounts it sends as numbers come as their exact digits.
    assert record["total"] == invoice["total"]
    assert record["items"][0]["price"] == invoice["items"][0]["price"]
    assert isinstance(sent_job["total"], Decimal)
    assert job["total"] == format(sent_job["total"], "f")
    assert record["invoiceDate"].endswith("Z")
    assert record["createdOn"].endswith("Z")
    assert job["id"] == invoice["job"]["id"]
    assert job["createdOn"].endswith("Z")


async def test_a_paged_read_continues_to_its_end_without_loss_or_repeat(served: Served) -> None:
    with served.client() as st:
        expected = [job["id"] for job in st.list_jobs(fetch_all=True, as_dicts=True)]
    async with served.mcp() as client:
        first = await call(client, "list_jobs", {"limit": 7})
        assert first["count"] == 7
        assert first["continuation"]
        # A continuation is good for its own step: asking it again answers the same records.
        again = await call(client, "list_jobs", {"continuation": first["continuation"]})
        repeat = await call(client, "list_jobs", {"continuation": first["continuation"]})
        assert again["records"] == repeat["records"]
        records, answers = await read_all(client, "list_jobs", {"limit": 7})
        bad = await refused(client, "list_jobs", {"continuation": "not-a-token"})
        other = await refused(client, "list_customers", {"continuation": first["continuation"]})
    ids = [record["id"] for record in records]
    assert ids == expected
    assert len(set(ids)) == len(ids)
    # One answer per 7 records, and perhaps one more, empty, where the walk learns at the end that it is done.
    assert -(-len(expected) // 7) <= answers <= -(-len(expected) // 7) + 1
    assert bad["error"] == "InvalidContinuation"
    assert "list_jobs" in other["message"]


async def test_reports_are_discovered_and_run_in_bounded_answers(served: Served) -> None:
    async with served.mcp() as client:
        categories = await call(client, "list_report_categories")
        assert "accounting" in {category["id"] for category in categories["categories"]}
        reports = await call(client, "list_reports", {"category": "accounting"})
        assert 2002 in {report["id"] for report in reports["reports"]}
        described = await call(client, "describe_report", {"category": "accounting", "report_id": 2002})
        assert {p["name"] for p in described["report"]["parameters"]} >= {"From", "To"}
        arguments = {
            "category": "accounting",
            "report_id": 2002,
            "parameters": {"From": "2024-01-01", "To": "2024-03-01"},
        }
        first = await call(client, "run_report", {**arguments, "limit": 2})
        rows = list(first["rows"])
        answer = first
        while answer["continuation"]:
            answer = await call(client, "run_report", {**arguments, "continuation": answer["continuation"]})
            rows += answer["rows"]
        other = await refused(
            client, "run_report", {**arguments, "report_id": 2003, "continuation": first["continuation"]}
        )
    assert "another report's run" in other["message"]
    assert first["count"] == 2
    assert len(rows) == first["total_rows"] > 2
    assert len({row["InvoiceId"] for row in rows}) == len(rows)
    assert all(isinstance(row["Total"], str) and Decimal(row["Total"]) >= 0 for row in rows)


# --- errors ----------------------------------------------------------------------------------------------------


async def test_typed_errors_name_the_status_fields_and_scopes(served: Served) -> None:
    async with served.mcp(allow_writes=True) as client:
        missing = await refused(client, "get_job", {"id": 987654321})
        denied = await refused(client, "list_user_roles")
        unknown_input = await refused(client, "list_jobs", {"job_stauts": "Scheduled"})
        bad_date = await refused(client, "list_jobs", {"created_on_or_after": "yesterday"})
        preview = await call(client, "preview_cancel_job", {"id": 50000003, "reason_id": 999999, "memo": "x"})
        invalid = await refused(client, "execute_write", {"confirmation_token": preview["confirmation_token"]})
    assert missing["error"] == "NotFoundError"
    assert missing["status"] == 404
    assert "id" in missing["fields"]
    assert denied["error"] == "PermissionDeniedError"
    assert denied["status"] == 403
    assert denied["missing_scopes"] == [DENIED_SCOPE]
    assert unknown_input["error"] == "InvalidInput"
    assert "job_stauts" in unknown_input["message"]
    assert bad_date["error"] == "InvalidInput"
    assert "created_on_or_after" in bad_date["message"]
    assert invalid["error"] == "ValidationError"
    assert invalid["status"] == 400
    assert "reasonId" in invalid["fields"]
    assert "outcome" not in invalid


# --- the write protocol ----------------------------------------------------------------------------------------


def job_status(served: Served, job_id: int) -> str:
    with served.client() as st:
        return str(st.get_job(id=job_id).job_status)


async def test_a_write_is_refused_without_its_token(served: Served) -> None:
    job_id = 50000004
    before = job_status(served, job_id)
    async with served.mcp(allow_writes=True) as client:
        without = await refused(client, "execute_write", {})
        made_up = await refused(client, "execute_write", {"confirmation_token": "abc.123.def"})
        smuggled = await refused(client, "execute_write", {"confirmation_token": "abc.123.def", "id": job_id})
    assert without["error"] == "ConfirmationRefused"
    assert without["sent"] is False
    assert made_up["error"] == "ConfirmationRefused"
    assert "unknown" in made_up["message"]
    assert smuggled["error"] == "InvalidInput"
    assert job_status(served, job_id) == before


async def test_a_token_reused_altered_or_expired_is_refused(served: Served) -> None:
    now = [1_900_000_000.0]
    confirmations = Confirmations(clock=lambda: now[0])
    with served.client() as st:
        reason = st.list_job_cancel_reasons(page_size=1).records[0].id
    arguments = {"id": 50000005, "reason_id": reason, "memo": "duplicate booking"}
    async with served.mcp(allow_writes=True, confirmations=confirmations) as client:
        token = (await call(client, "preview_cancel_job", arguments))["confirmation_token"]
        nonce, expires, mac = token.split(".")
        altered_mac = f"{nonce}.{expires}.{mac[:-1]}{'0' if mac[-1] != '0' else '1'}"
        extended = f"{nonce}.{int(expires) + 3600}.{mac}"
        for altered in (altered_mac, extended):
            error = await refused(client, "execute_write", {"confirmation_token": altered})
            assert error["error"] == "ConfirmationRefused"
            assert "altered" in error["message"]
        # The token itself still works once, then never again.
        await call(client, "execute_write", {"confirmation_token": token})
        reused = await refused(client, "execute_write", {"confirmation_token": token})
        assert "already used" in reused["message"]

        late = (await call(client, "preview_update_job", {"id": 50000006, "priority": "High"}))["confirmation_token"]
        now[0] += CONFIRMATION_TTL + 2
        expired = await refused(client, "execute_write", {"confirmation_token": late})
        assert "expired" in expired["message"]
    with served.client() as st:
        assert str(st.get_job(id=50000006).priority) != "High"


async def test_an_ambiguous_write_is_reported_and_never_sent_again(served: Served) -> None:
    puts = []

    class LostAfterSending(httpx.AsyncBaseTransport):
        """Sends every request; the answer to a PUT is lost on the way back."""

        def __init__(self) -> None:
            self.inner = httpx.AsyncHTTPTransport()

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            response = await self.inner.handle_async_request(request)
            if request.method == "PUT":
                puts.append(request.url.path)
                await response.aclose()
                raise httpx.ReadError("connection lost while reading the answer", request=request)
            return response

    with served.client() as st:
        reason = st.list_job_cancel_reasons(page_size=1).records[0].id
    async with served.mcp(allow_writes=True, transport=LostAfterSending()) as client:
        preview = await call(client, "preview_cancel_job", {"id": 50000007, "reason_id": reason, "memo": "moved"})
        error = await refused(client, "execute_write", {"confirmation_token": preview["confirmation_token"]})
        again = await refused(client, "execute_write", {"confirmation_token": preview["confirmation_token"]})
    assert error["outcome"] == "ambiguous"
    assert error["retried"] is False
    assert error["error"] == "APIConnectionError"
    assert puts == ["/jpm/v2/tenant/1000001/jobs/50000007/cancel"]  # sent once, never replayed
    assert again["error"] == "ConfirmationRefused"
    assert job_status(served, 50000007) == "Canceled"  # it was applied: hence "ambiguous", not "failed"


# --- done when -------------------------------------------------------------------------------------------------


async def test_done_when_jobs_scheduled_tomorrow_and_who_is_assigned_with_reads_alone(served: Served) -> None:
    tomorrow = dt.datetime.now(dt.UTC).replace(hour=0, minute=0, second=0, microsecond=0) + dt.timedelta(days=1)
    planned: dict[int, set[str]] = {}
    with served.client() as st:
        technicians = [t for t in st.list_technicians(page_size=4, as_dicts=True).records]
        for index, job_id in enumerate((50000010, 50000011)):
            start = tomorrow + dt.timedelta(hours=8 + 3 * index)
            appointment = st.create_appointment(job_id=job_id, start=start, end=start + dt.timedelta(hours=2))
            chosen = technicians[index : index + 2]
            st.assign_technicians(job_appointment_id=appointment.id, technician_ids=[t["id"] for t in chosen])
            planned[job_id] = {t["name"] for t in chosen}
    day = tomorrow.date().isoformat()
    found: dict[int, set[str]] = {}
    async with served.mcp() as client:
        appointments, _ = await read_all(
            client,
            "list_appointments",
            {"starts_on_or_after": day, "starts_before": (tomorrow + dt.timedelta(days=1)).date().isoformat()},
        )
        ids = ",".join(str(a["id"]) for a in appointments)
        assignments, _ = await read_all(client, "list_appointments_assignment", {"appointment_ids": ids})
        for appointment in appointments:
            job = (await call(client, "get_job", {"id": appointment["jobId"]}))["result"]
            names = {a["technicianName"] for a in assignments if a["appointmentId"] == appointment["id"]}
            found.setdefault(job["id"], set()).update(names)
            assert appointment["start"].startswith(day)
            assert appointment["start"].endswith("Z")
    assert found == planned


async def test_done_when_what_we_invoiced_last_week_with_reads_alone(served: Served) -> None:
    today = dt.date(2024, 3, 13)  # a Wednesday in the sandbox's seeded year
    monday = today - dt.timedelta(days=today.weekday() + 7)
    window = {"invoiced_on_or_after": monday.isoformat(), "invoiced_on_before": (monday + dt.timedelta(7)).isoformat()}
    async with served.mcp() as client:
        invoices, _ = await read_all(client, "list_invoices", {**window, "limit": 3})
    with served.client() as st:
        everything = st.request("GET", "/invoices", domain="accounting", params={"pageSize": 5000})["data"]
    expected = {
        invoice["id"]: Decimal(str(invoice["total"]))
        for invoice in everything
        if monday.isoformat() <= invoice["invoiceDate"][:10] < (monday + dt.timedelta(7)).isoformat()
    }
    assert expected, "the seeded year has invoices in that week"
    assert {invoice["id"]: Decimal(invoice["total"]) for invoice in invoices} == expected
    assert sum(Decimal(invoice["total"]) for invoice in invoices) == sum(expected.values())


async def test_done_when_a_job_is_cancelled_only_through_a_preview_and_its_token(served: Served) -> None:
    job_id = 50000012
    with served.client() as st:
        reason = st.list_job_cancel_reasons(page_size=1).records[0].id
    assert job_status(served, job_id) != "Canceled"
    async with served.mcp(allow_writes=True) as client:
        preview = await call(
            client, "preview_cancel_job", {"id": job_id, "reason_id": reason, "memo": "no longer needed"}
        )
        assert preview["request"] == {
            "method": "PUT",
            "path": f"/jpm/v2/tenant/1000001/jobs/{job_id}/cancel",
            "query": {},
            "body": {"reasonId": reason, "memo": "no longer needed"},
        }
        assert job_status(served, job_id) != "Canceled"  # a preview sends nothing
        done = await call(client, "execute_write", {"confirmation_token": preview["confirmation_token"]})
    assert done["sent"] == preview["request"]
    assert job_status(served, job_id) == "Canceled"


async def test_streamable_http_on_loopback_answers_the_same_tools(served: Served) -> None:
    import socket

    import anyio

    from servicetitan import AsyncServiceTitan
    from servicetitan.mcp.runtime import Runner
    from servicetitan.mcp.server import build_server, run_http
    from servicetitan.mcp.tools import tools_for

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    tools = tools_for("default")
    stop = anyio.Event()
    async with AsyncServiceTitan(**served.settings(), decimals=True) as st, anyio.create_task_group() as group:
        group.start_soon(run_http, build_server(Runner(st, tools), tools), "127.0.0.1", port, stop)
        with anyio.fail_after(20):
            while True:
                try:
                    await (await anyio.connect_tcp("127.0.0.1", port)).aclose()
                    break
                except OSError:
                    await anyio.sleep(0.05)
        async with Client(f"http://127.0.0.1:{port}/mcp") as client:
            listed = {tool.name for tool in (await client.list_tools()).tools}
            answer = await call(client, "list_jobs", {"limit": 2})
        stop.set()
    assert listed == {tool.name for tool in tools}
    assert answer["count"] == 2
