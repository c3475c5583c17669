"""Item 9: ServiceTitan answers 409 "service suspended for maintenance" during maintenance. A read retries it
like a 503; a genuine conflict, and a write during maintenance, still raise `ConflictError`."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from servicetitan import AsyncServiceTitan, ConflictError, ServiceTitan
from tests.core.conftest import JOB, FakeAPI, client_kwargs

MAINTENANCE = {"type": "https://httpstatuses.io/409", "title": "Service suspended for maintenance", "status": 409}
CONFLICT = {"title": "The job was modified by another user", "status": 409}


def answers(*first: dict[str, object]):
    queue = list(first)

    def handler(request: httpx.Request) -> httpx.Response:
        if queue:
            return httpx.Response(409, json=queue.pop(0))
        return httpx.Response(200, json=JOB)

    return handler


def test_read_retries_maintenance_409_like_a_503():
    api = FakeAPI(answers(MAINTENANCE, MAINTENANCE))
    sleeps: list[float] = []
    with ServiceTitan(**client_kwargs(transport=httpx.MockTransport(api), sleep=sleeps.append)) as st:
        assert st.request("GET", "/jobs/1", domain="jpm") == JOB
    assert len(api.api_requests) == 3
    assert len(sleeps) == 2


def test_genuine_conflict_on_a_read_is_not_retried():
    api = FakeAPI(answers(CONFLICT))
    with (
        ServiceTitan(**client_kwargs(transport=httpx.MockTransport(api), sleep=lambda s: None)) as st,
        pytest.raises(ConflictError),
    ):
        st.request("GET", "/jobs/1", domain="jpm")
    assert len(api.api_requests) == 1


@pytest.mark.parametrize("problem", [CONFLICT, MAINTENANCE], ids=["conflict", "maintenance"])
def test_write_answered_409_raises_conflict_error(problem):
    api = FakeAPI(answers(problem))
    with (
        ServiceTitan(**client_kwargs(transport=httpx.MockTransport(api), sleep=lambda s: None)) as st,
        pytest.raises(ConflictError),
    ):
        st.request("POST", "/jobs", domain="jpm", json={"summary": "x"})
    assert len(api.api_requests) == 1


def test_async_read_retries_maintenance_409():
    async def nothing(seconds: float) -> None:
        return None

    async def scenario() -> object:
        api = FakeAPI(answers(MAINTENANCE))
        async with AsyncServiceTitan(**client_kwargs(transport=httpx.MockTransport(api), sleep=nothing)) as st:
            return await st.request("GET", "/jobs/1", domain="jpm")

    assert asyncio.run(scenario()) == JOB
