"""The MCP server itself, on the official MCP Python SDK (the `mcp` extra): the tools of `servicetitan.mcp.tools`,
run by `servicetitan.mcp.runtime.Runner`, over stdio or streamable HTTP on loopback.

The SDK is imported here only, and this module only when a server is made, so `import servicetitan` and the rest
of the command line work without the extra.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

import anyio
import mcp_types as types
from mcp.server.lowlevel import Server

from servicetitan.mcp.runtime import Runner, ToolError
from servicetitan.mcp.tools import ToolKind, ToolSpec

if TYPE_CHECKING:
    from mcp.server.context import ServerRequestContext

    from servicetitan._client import AsyncServiceTitan

SERVER_NAME = "servicetitan"
INSTRUCTIONS = (
    "Tools for one ServiceTitan tenant. Reads answer JSON: amounts as exact decimal strings, timestamps in UTC "
    "(...Z). Paged reads answer at most 50 records and a `continuation` to pass back for the next ones (null when "
    "done). Writes, when this server allows them, take two calls: a preview_* tool answers the exact request and a "
    "confirmation token, and execute_write sends that request with the token (once, before it expires)."
)


def _listed(tool: ToolSpec) -> types.Tool:
    writes = tool.kind in (ToolKind.PREVIEW, ToolKind.EXECUTE)
    return types.Tool(
        name=tool.name,
        description=tool.description,
        input_schema=dict(tool.input_schema),
        annotations=types.ToolAnnotations(
            read_only_hint=tool.kind != ToolKind.EXECUTE,
            destructive_hint=tool.kind == ToolKind.EXECUTE,
            idempotent_hint=not writes,
            open_world_hint=True,
        ),
    )


def _result(payload: dict[str, Any], error: bool) -> types.CallToolResult:
    text = json.dumps(payload, ensure_ascii=False)
    return types.CallToolResult(
        content=[types.TextContent(type="text", text=text)], structured_content=payload, is_error=error
    )


def build_server(runner: Runner, tools: Sequence[ToolSpec]) -> Server[Any]:
    """An MCP server offering `tools`, each call run by `runner`."""
    listed = [_listed(tool) for tool in tools]

    async def list_tools(
        context: ServerRequestContext[Any], params: types.PaginatedRequestParams | None
    ) -> types.ListToolsResult:
        return types.ListToolsResult(tools=listed)

    async def call_tool(
        context: ServerRequestContext[Any], params: types.CallToolRequestParams
    ) -> types.CallToolResult:
        try:
            return _result(await runner.call(params.name, params.arguments), error=False)
        except ToolError as exc:
            return _result(exc.payload, error=True)

    return Server(
        SERVER_NAME,
        version=_version(),
        instructions=INSTRUCTIONS,
        on_list_tools=list_tools,
        on_call_tool=call_tool,
    )


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("servicetitan")
    except PackageNotFoundError:
        return "0"


@asynccontextmanager
async def client_server(
    client: AsyncServiceTitan, tools: Sequence[ToolSpec], runner: Runner | None = None
) -> AsyncIterator[Server[Any]]:
    """The server of `tools` on `client`, for as long as the block runs (the client is closed at its end)."""
    async with client:
        yield build_server(runner or Runner(client, tools), tools)


async def run_stdio(server: Server[Any]) -> None:
    from mcp.server.stdio import stdio_server

    async with stdio_server() as (read_stream, write_stream):
        await server.run(read_stream, write_stream, server.create_initialization_options())


async def run_http(server: Server[Any], host: str, port: int, stop: anyio.Event | None = None) -> None:
    """Streamable HTTP at `http://host:port/mcp` (the host is a loopback address: checked by the command), until
    stopped, or until `stop` is set (then uvicorn shuts down cleanly, closing its socket)."""
    import uvicorn

    app = server.streamable_http_app(host=host)
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False, lifespan="on")
    http = uvicorn.Server(config)
    if stop is None:
        await http.serve()
        return

    async def stop_when_set() -> None:
        await stop.wait()
        http.should_exit = True

    async with anyio.create_task_group() as group:
        group.start_soon(stop_when_set)
        await http.serve()
        group.cancel_scope.cancel()
