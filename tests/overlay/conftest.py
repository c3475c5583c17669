"""The `st` fixture: a client of either side (`side`) over the fake API (`api`, routes set by each test), from
`tests.support`.

`call(st, "list_jobs", ...)` runs the action on the sync client, or awaits it on the async one, so each test is
written once and parametrized over both sides.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from servicetitan import AsyncServiceTitan, ServiceTitan
from tests.support.api import JOB, FakeAPI, Handler, client_kwargs, not_routed
from tests.support.sides import anyio_backend, call, collect, side

__all__ = ["JOB", "FakeAPI", "anyio_backend", "api", "call", "collect", "jobs", "paged", "side", "st"]


def paged(records: list[dict[str, Any]], default_size: int = 50) -> Handler:
    """A list endpoint over `records` with ServiceTitan's page semantics."""

    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", 1))
        size = int(request.url.params.get("pageSize", default_size))
        chunk = records[(page - 1) * size : page * size]
        body: dict[str, Any] = {"page": page, "pageSize": size, "hasMore": page * size < len(records), "data": chunk}
        if request.url.params.get("includeTotal") == "true":
            body["totalCount"] = len(records)
        return httpx.Response(200, json=body)

    return handler


def jobs(count: int, start: int = 1) -> list[dict[str, Any]]:
    return [dict(JOB, id=i, jobNumber=f"J-{i}") for i in range(start, start + count)]


@pytest.fixture
def api() -> FakeAPI:
    """Routes set by each test (`api.route`); 404 to anything else."""
    return FakeAPI(not_routed)


@pytest.fixture
def st(side: str, api: FakeAPI) -> Iterator[ServiceTitan | AsyncServiceTitan]:
    settings = client_kwargs()
    if side == "sync":
        yield ServiceTitan(**settings, transport=httpx.MockTransport(api), sleep=lambda _: None)
    else:

        async def no_sleep(_: float) -> None:
            return None

        yield AsyncServiceTitan(**settings, transport=httpx.MockTransport(api), sleep=no_sleep)
