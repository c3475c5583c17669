"""An MCP client in the test's process, connected to `servicetitan mcp`'s server on a sandbox served on loopback.

The credentials are not the sandbox's public defaults, so a test can tell that no secret reaches an answer. One
scope is denied to the app (`DENIED_SCOPE`, the user roles' read), so a tool answers 403 with its missing scope.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from mcp import Client

from servicetitan import AsyncServiceTitan, ServiceTitan
from servicetitan.mcp.runtime import Confirmations, Runner
from servicetitan.mcp.server import build_server
from servicetitan.mcp.tools import tools_for
from servicetitan.sandbox import DEFAULT_TENANT, Credentials, FaultSettings, Sandbox, serve

SECRET = "mcp-test-secret-93c4"
APP_KEY = "mcp-test-app-key-1d"
CREDENTIALS = Credentials("mcp-test-client", SECRET, APP_KEY)
DENIED_SCOPE = "tn.stt.userroles:r"
JOBS = 60


@dataclass
class Served:
    sandbox: Sandbox
    url: str

    def settings(self) -> dict[str, Any]:
        return {
            "client_id": CREDENTIALS.client_id,
            "client_secret": SECRET,
            "app_key": APP_KEY,
            "tenant": DEFAULT_TENANT,
            "api_url": self.url,
            "token_url": f"{self.url}/connect/token",
        }

    def client(self) -> ServiceTitan:
        """A library client of the same tenant, to set things up and to check what the tools answer."""
        return ServiceTitan(**self.settings(), decimals=True)

    @asynccontextmanager
    async def mcp(
        self,
        profile: str = "default",
        *,
        allow_writes: bool = False,
        confirmations: Confirmations | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> AsyncIterator[Client]:
        """An MCP client session with the server `servicetitan mcp --tools profile [--allow-writes]` makes."""
        tools = tools_for(profile, allow_writes)
        options: dict[str, Any] = (
            {"decimals": True} if transport is None else {"decimals": True, "transport": transport}
        )
        async with AsyncServiceTitan(**self.settings(), **options) as st:
            server = build_server(Runner(st, tools, confirmations=confirmations), tools)
            async with Client(server) as client:
                yield client


@pytest.fixture(scope="module")
def served() -> Iterator[Served]:
    sandbox = Sandbox(jobs=JOBS, credentials=CREDENTIALS, faults=FaultSettings(denied_scopes=frozenset({DENIED_SCOPE})))
    with serve(sandbox) as url:
        yield Served(sandbox, url)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
