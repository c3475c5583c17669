"""`servicetitan mcp`: the library as an MCP server for AI agents (the `mcp` extra, on the official MCP Python SDK).

    servicetitan mcp [--profile NAME | --sandbox] [--tools default|dispatch|crm|accounting|all-reads]
                     [--allow-writes] [--http PORT [--host 127.0.0.1]] [--rate-limit-store redis://...]

- `servicetitan.mcp.tools`: the tools, derived from the catalog, the actions and the reports, per profile;
- `servicetitan.mcp.runtime`: what runs them on the library's async client (paged reads with continuations, the
  preview and confirmation of writes, answers and errors), without the SDK;
- `servicetitan.mcp.server`: the SDK's server over stdio or streamable HTTP (imported only to serve).

Read-only by default. With `--allow-writes`, a write is two calls: `preview_<action>` answers the exact request and
a confirmation token bound to it (HMAC under a key made at start, short-lived, single use), and `execute_write`
sends that request given the token.
"""

from __future__ import annotations

import importlib.util
import ipaddress
from collections.abc import Mapping
from typing import Any

EXTRA_HINT = 'servicetitan mcp needs the mcp extra: pip install "servicetitan[mcp]"'
LOOPBACK_NAMES = ("localhost",)


class MCPUnavailableError(RuntimeError):
    """The MCP SDK is not installed; the message names the extra."""


def require_sdk() -> None:
    """Raise MCPUnavailableError naming the extra unless the MCP SDK can be imported (looked up, not imported)."""
    try:
        found = importlib.util.find_spec("mcp.server.lowlevel")
    except (ImportError, ValueError):
        found = None
    if found is None:
        raise MCPUnavailableError(EXTRA_HINT)


def checked_host(host: str) -> str:
    """`host` if it is a loopback address (127.0.0.0/8, ::1, localhost); ValueError naming it otherwise: the server
    holds a tenant's credentials and has no authentication of its own, so it never listens beyond this machine."""
    if host.strip().lower() in LOOPBACK_NAMES:
        return "127.0.0.1"
    try:
        address = ipaddress.ip_address(host.strip().strip("[]"))
    except ValueError:
        address = None
    if address is None or not address.is_loopback:
        raise ValueError(
            f"--host {host!r}: the MCP server listens on loopback only (127.0.0.1, ::1 or localhost); it holds the "
            "tenant's credentials and has no authentication of its own"
        )
    return str(address)


def serve(
    settings: Mapping[str, Any],
    *,
    tools: str = "default",
    allow_writes: bool = False,
    http_port: int | None = None,
    host: str = "127.0.0.1",
    rate_limit_store: str | None = None,
) -> None:
    """Serve the tools of profile `tools` on a client made from `settings` (the keyword arguments of
    `AsyncServiceTitan`), over stdio, or over streamable HTTP on `host:http_port` (loopback only), until stopped."""
    require_sdk()
    host = checked_host(host)
    import anyio

    from servicetitan._client import AsyncServiceTitan
    from servicetitan.mcp.server import client_server, run_http, run_stdio
    from servicetitan.mcp.tools import tools_for

    chosen = tools_for(tools, allow_writes)
    options: dict[str, Any] = {**settings, "decimals": True}
    if rate_limit_store:
        options["rate_limit_store"] = rate_limit_store

    async def main() -> None:
        async with client_server(AsyncServiceTitan(**options), chosen) as server:
            if http_port is None:
                await run_stdio(server)
            else:
                await run_http(server, host, http_port)

    anyio.run(main)
