"""The answers of `servicetitan mcp` stay bounded when the server does not: a list that answers more records
than the page asked for (a `pageSize` ignored) is handed out `limit` at a time, each record once."""

from __future__ import annotations

import httpx
import pytest

from servicetitan import AsyncServiceTitan
from servicetitan.mcp.runtime import Runner
from servicetitan.mcp.tools import tools_for
from tests.support.api import FakeAPI, client_kwargs

pytestmark = pytest.mark.anyio

RECORDS = 120


def every_job_at_once(request: httpx.Request) -> httpx.Response:
    """Whatever page and page size are asked for, all the jobs in one page."""
    data = [
        {"id": n, "createdOn": "2024-01-01T00:00:00Z", "modifiedOn": "2024-01-01T00:00:00Z"}
        for n in range(1, RECORDS + 1)
    ]
    return httpx.Response(200, json={"page": 1, "pageSize": RECORDS, "hasMore": False, "data": data})


async def test_a_page_larger_than_asked_is_handed_out_limit_records_at_a_time() -> None:
    api = FakeAPI(every_job_at_once)
    async with AsyncServiceTitan(**client_kwargs(transport=httpx.MockTransport(api), decimals=True)) as st:
        runner = Runner(st, tools_for())
        answer = await runner.call("list_jobs", {"limit": 10})
        ids = [record["id"] for record in answer["records"]]
        answers = 1
        while answer["continuation"] is not None:
            answer = await runner.call("list_jobs", {"continuation": answer["continuation"]})
            assert answer["count"] <= 10
            ids += [record["id"] for record in answer["records"]]
            answers += 1
    assert ids == list(range(1, RECORDS + 1))
    assert answers == RECORDS // 10
    assert len(api.api_requests) == 1  # the surplus came from the page already read, not from the API again
