"""A fake ServiceTitan behind httpx.MockTransport, and one fixture that runs a call on either client.

`call(st, "list_jobs", ...)` runs the action on the sync client, or awaits it on the async one, so each test is
written once and parametrized over both sides.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from servicetitan import AsyncServiceTitan, ServiceTitan
from tests.core.conftest import API_URL, APP_KEY, CLIENT_ID, CLIENT_SECRET, JOB, TENANT, TOKEN_URL

Handler = Callable[[httpx.Request], httpx.Response]


class FakeAPI:
    """Routes by (method, path suffix); records every API request it receives."""

    def __init__(self) -> None:
        self.routes: dict[tuple[str, str], Handler] = {}
        self.requests: list[httpx.Request] = []

    def route(self, method: str, suffix: str, handler: Handler) -> None:
        self.routes[(method, suffix)] = handler

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/connect/token":
            return httpx.Response(200, json={"access_token": "token-1", "expires_in": 900, "token_type": "Bearer"})
        self.requests.append(request)
        prefix = f"/tenant/{TENANT}"
        path = request.url.path.split(prefix, 1)[1]
        for (method, suffix), handler in self.routes.items():
            if method == request.method and path == suffix:
                return handler(request)
        return httpx.Response(404, json={"title": f"no fake route for {request.method} {path}", "status": 404})

    def json_bodies(self) -> list[Any]:
        return [json.loads(r.content) for r in self.requests if r.content]


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
    return FakeAPI()


@pytest.fixture(params=["sync", "async"])
def side(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def st(side: str, api: FakeAPI) -> Iterator[ServiceTitan | AsyncServiceTitan]:
    settings: dict[str, Any] = {
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "app_key": APP_KEY,
        "tenant": TENANT,
        "api_url": API_URL,
        "token_url": TOKEN_URL,
        "rate_limit": None,
    }
    if side == "sync":
        yield ServiceTitan(**settings, transport=httpx.MockTransport(api), sleep=lambda _: None)
    else:

        async def no_sleep(_: float) -> None:
            return None

        yield AsyncServiceTitan(**settings, transport=httpx.MockTransport(api), sleep=no_sleep)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


async def call(st: ServiceTitan | AsyncServiceTitan, method: str, /, **kwargs: Any) -> Any:
    result = getattr(st, method)(**kwargs)
    return await result if isinstance(st, AsyncServiceTitan) else result


async def collect(iterable: Any) -> list[Any]:
    """Every item of a sync or async iterable."""
    if hasattr(iterable, "__aiter__"):
        return [item async for item in iterable]
    return list(iterable)
