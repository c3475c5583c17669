"""What runs a tool of `servicetitan mcp`: the library's async client, and nothing of the MCP SDK.

Every request goes through the client's `send` (auth, the rate limiter and its shared store, write-safe retries,
typed errors), built and checked by the same runtime as `st.<domain>.<resource>.<verb>`:

- a paged read walks the list with the library's walk (`servicetitan.pagination`) at most PAGE_CAP records a
  step, and keeps the walk under a continuation token: the next call goes on from exactly there, as `fetch_all`
  would, so no record is skipped or repeated. A token is good for its own step only (using it again repeats that
  step), for CURSOR_TTL seconds, and the server keeps the latest CURSOR_CAPACITY of them;
- a write is previewed (the request built and checked, nothing sent) and sent only with the confirmation token of
  that preview (`Confirmations`);
- answers are JSON: numbers with a fraction as exact decimal strings (the client decodes with `decimals=True`),
  timestamps in UTC as `...Z`, typed errors as `ToolError` payloads naming the status, the fields and the scopes.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import enum
import hashlib
import hmac
import json
import re
import secrets
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from servicetitan import _catalog
from servicetitan._bodies import decode
from servicetitan._logging import scrub
from servicetitan._operations import SendRequest, check_names, flow_for, list_request
from servicetitan._serialize import json_value, path_segment, query_params
from servicetitan._timeutil import format_datetime, timestamp_key
from servicetitan.errors import (
    APIConnectionError,
    APIStatusError,
    DeleteOutcomeUnknownError,
    ListChangedError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    ServiceTitanError,
)
from servicetitan.mcp.tools import PAGE_CAP, ToolKind, ToolSpec
from servicetitan.pagination import ListWalk, PageRequest, new_walk

if TYPE_CHECKING:
    from servicetitan._client import AsyncServiceTitan

CURSOR_TTL = 1800.0
CURSOR_CAPACITY = 256
CONFIRMATION_TTL = 300.0
CONFIRMATION_CAPACITY = 64
_TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|z|[+-]\d\d:?\d\d)?")


class ToolError(Exception):
    """A tool call that failed: `payload` is what the agent reads (a JSON object, never a secret)."""

    def __init__(self, payload: Mapping[str, Any]) -> None:
        super().__init__(payload.get("message", ""))
        self.payload = dict(payload)


# --- answers ---------------------------------------------------------------------------------------------------


def utc_text(value: str) -> str:
    """A timestamp as the API sends it (7 digits, fewer, no zone, an offset) as UTC `YYYY-MM-DDTHH:MM:SS[.f]Z`,
    every fractional digit kept; any other text unchanged."""
    if _TIMESTAMP.fullmatch(value) is None:
        return value
    key = timestamp_key(value)
    if key is None:
        return value
    seconds, fraction = key.split(".")
    fraction = fraction.rstrip("0")
    return f"{seconds}.{fraction}Z" if fraction else f"{seconds}Z"


def answer(value: Any) -> Any:
    """`value` as JSON data an agent can use: Decimal (money) as exact decimal text, timestamps in UTC with `Z`,
    dates and times in ISO 8601."""
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, str):
        return utc_text(value)
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, float):
        return format(Decimal(repr(value)), "f")
    if isinstance(value, _dt.datetime):
        return format_datetime(value)
    if isinstance(value, _dt.date | _dt.time):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return answer(value.value)
    if isinstance(value, Mapping):
        return {str(key): answer(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [answer(item) for item in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return answer(dataclasses.asdict(value))
    return str(value)


def error_payload(exc: BaseException, write: bool = False) -> dict[str, Any]:
    """A typed error as the agent reads it: its kind, status, title, field errors, missing scopes, trace id. A
    write that failed without a clear answer (connection lost, timeout, 5xx) is `ambiguous`."""
    payload: dict[str, Any] = {"error": type(exc).__name__, "message": scrub(str(exc))}
    if isinstance(exc, APIStatusError):
        payload.update(status=exc.status, title=exc.title)
        if exc.errors:
            payload["fields"] = exc.errors
        if exc.trace_id:
            payload["trace_id"] = exc.trace_id
        if exc.operation_id:
            payload["operation"] = exc.operation_id
    if isinstance(exc, PermissionDeniedError):
        payload["missing_scopes"] = list(exc.required_scopes)
    if isinstance(exc, RateLimitError):
        payload["retry_after"] = exc.retry_after
    if isinstance(exc, ListChangedError):
        payload["export_feed"] = exc.export_feed
    if not isinstance(exc, ServiceTitanError):
        payload["error"] = "InvalidInput"
    if write and isinstance(exc, APIConnectionError | ServerError | DeleteOutcomeUnknownError):
        payload["outcome"] = "ambiguous"
        payload["retried"] = False
        payload["message"] = (
            "the write may or may not have been applied (no clear answer came back); it was not sent again. "
            f"Read the record to see its state before previewing the write again. {payload['message']}"
        )
    return payload


# --- continuation tokens ---------------------------------------------------------------------------------------


@dataclasses.dataclass(slots=True)
class _Cursor:
    tool: str
    arguments: dict[str, Any]
    expires: float
    walk: ListWalk | None = None
    more: tuple[PageRequest, ...] = ()
    rows: Sequence[Any] = ()
    offset: int = 0
    limit: int = PAGE_CAP


class Cursors:
    """Where each paged read stopped, under a random token: kept CURSOR_TTL seconds, the latest CURSOR_CAPACITY."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._kept: OrderedDict[str, _Cursor] = OrderedDict()

    def keep(self, cursor: _Cursor) -> str:
        now = self._clock()
        for token in [token for token, kept in self._kept.items() if kept.expires <= now]:
            del self._kept[token]
        while len(self._kept) >= CURSOR_CAPACITY:
            self._kept.popitem(last=False)
        token = secrets.token_urlsafe(16)
        cursor.expires = now + CURSOR_TTL
        self._kept[token] = cursor
        return token

    def find(self, token: Any, tool: str) -> _Cursor:
        cursor = self._kept.get(token) if isinstance(token, str) else None
        if cursor is None or cursor.expires <= self._clock():
            raise ToolError(
                {
                    "error": "InvalidContinuation",
                    "message": f"continuation {token!r} is unknown or has expired: start the read again without it",
                }
            )
        if cursor.tool != tool:
            raise ToolError(
                {"error": "InvalidContinuation", "message": f"this continuation belongs to {cursor.tool}, not {tool}"}
            )
        return cursor


# --- confirmation tokens ---------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class Pending:
    tool: str
    request: SendRequest
    described: Mapping[str, Any]
    canonical: str
    expires: int


def canonical(described: Mapping[str, Any]) -> str:
    return json.dumps(described, sort_keys=True, separators=(",", ":"), default=str)


class Confirmations:
    """Short-lived, single-use tokens, each bound to one previewed request: `nonce.expiry.mac`, the MAC an
    HMAC-SHA256 under a key made when the server starts, over the nonce, the expiry and the canonical request.
    A token is refused when it is unknown or used, altered (its MAC does not match the request it names, or its
    expiry was changed), or expired."""

    def __init__(self, ttl: float = CONFIRMATION_TTL, clock: Callable[[], float] = time.time) -> None:
        self._key = secrets.token_bytes(32)
        self._ttl = ttl
        self._clock = clock
        self._pending: OrderedDict[str, Pending] = OrderedDict()

    def _mac(self, nonce: str, expires: int, text: str) -> str:
        return hmac.new(self._key, f"{nonce}.{expires}.{text}".encode(), hashlib.sha256).hexdigest()

    def issue(self, tool: str, request: SendRequest, described: Mapping[str, Any]) -> tuple[str, int]:
        now = self._clock()
        for nonce in [nonce for nonce, pending in self._pending.items() if pending.expires < now]:
            del self._pending[nonce]
        while len(self._pending) >= CONFIRMATION_CAPACITY:
            self._pending.popitem(last=False)
        nonce = secrets.token_urlsafe(12)  # no "." in it: the token's separator
        expires = int(now + self._ttl) + 1
        text = canonical(described)
        self._pending[nonce] = Pending(tool, request, described, text, expires)
        return f"{nonce}.{expires}.{self._mac(nonce, expires, text)}", expires

    def redeem(self, token: Any) -> Pending:
        """The pending write of `token`, taken (a second use is refused); ToolError if refused."""
        parts = token.split(".") if isinstance(token, str) else []
        if len(parts) != 3 or not parts[1].isdigit():
            raise _refused("the confirmation token is malformed: give the token a preview_* tool answered")
        nonce, expires_text, mac = parts
        pending = self._pending.get(nonce)
        if pending is None:
            raise _refused("the confirmation token is unknown or was already used (each is good once): preview again")
        expected = self._mac(nonce, int(expires_text), pending.canonical)
        if int(expires_text) != pending.expires or not hmac.compare_digest(mac, expected):
            raise _refused("the confirmation token was altered: it does not match the request it was issued for")
        if self._clock() > pending.expires:
            del self._pending[nonce]
            raise _refused("the confirmation token has expired: preview the write again")
        del self._pending[nonce]
        return pending


def _refused(message: str) -> ToolError:
    return ToolError({"error": "ConfirmationRefused", "message": message, "sent": False})


# --- running tools ---------------------------------------------------------------------------------------------


class Runner:
    """Runs the tools of one server on one client (`AsyncServiceTitan` with `decimals=True`)."""

    def __init__(
        self,
        client: AsyncServiceTitan,
        tools: Sequence[ToolSpec],
        *,
        confirmations: Confirmations | None = None,
        cursors: Cursors | None = None,
    ) -> None:
        if not client.decimals:
            raise ValueError("the MCP server's client must decode money exactly: decimals=True")
        self.client = client
        self.tools = {tool.name: tool for tool in tools}
        self.confirmations = confirmations or Confirmations()
        self.cursors = cursors or Cursors()

    async def call(self, name: str, arguments: Mapping[str, Any] | None) -> dict[str, Any]:
        """The answer of tool `name` (a JSON object), or ToolError."""
        tool = self.tools.get(name)
        if tool is None:
            raise ToolError({"error": "UnknownTool", "message": f"no tool {name!r} on this server"})
        given = dict(arguments or {})
        write = tool.kind == ToolKind.EXECUTE
        try:
            if tool.kind == ToolKind.LIST:
                return await self._list(tool, given)
            if tool.kind == ToolKind.READ:
                return {"result": answer(await self._send(self._request(tool, given)))}
            if tool.kind == ToolKind.PREVIEW:
                return self._preview(tool, given)
            if tool.kind == ToolKind.EXECUTE:
                return await self._execute(given)
            return await self._report(tool, given)
        except ToolError:
            raise
        except (ServiceTitanError, ValueError, TypeError) as exc:
            raise ToolError(error_payload(exc, write)) from None

    # -- inputs and requests --

    def _inputs(self, tool: ToolSpec, given: Mapping[str, Any]) -> dict[str, Any]:
        """The tool's arguments as the library's keyword inputs: dates as the API writes them, decimal text as
        Decimal; unknown names refused."""
        from servicetitan.cli.dates import api_date, api_datetime

        assert tool.spec is not None
        unknown = sorted(set(given) - set(tool.inputs))
        if unknown:
            raise ValueError(f"{tool.name} has no input {unknown[0]!r}; inputs: {', '.join(sorted(tool.inputs))}")
        arguments: dict[str, Any] = {}
        for name, value in given.items():
            if value is None:
                continue
            schema = _catalog.resolve_schema(tool.spec.operation.domain, tool.inputs[name].schema)
            where = f"{tool.name}({name})"
            if isinstance(value, str) and schema.get("type") == "string" and schema.get("format") == "date-time":
                value = api_datetime(value, where)
            elif isinstance(value, str) and schema.get("type") == "string" and schema.get("format") == "date":
                value = api_date(value, where)
            elif isinstance(value, str) and schema.get("type") == "number":
                try:
                    value = Decimal(value)
                except InvalidOperation:
                    raise ValueError(f"{where}: {value!r} is not a number") from None
            arguments[name] = value
        return arguments

    def _request(self, tool: ToolSpec, given: Mapping[str, Any]) -> SendRequest:
        """The request the tool's operation sends, built and checked by the library; nothing is sent."""
        assert tool.spec is not None
        flow = flow_for(tool.spec, tool.name, self.client, self._inputs(tool, given))
        try:
            request = next(flow)
        finally:
            flow.close()
        return request

    async def _send(self, request: SendRequest) -> Any:
        response = await self.client.send(request.method, request.path, **request.options())
        return decode(response, "json", decimals=True)

    def described(self, request: SendRequest) -> dict[str, Any]:
        """The exact request: method, path (tenant and path parameters in place), query as sent, JSON body."""
        path = request.path
        for name, value in {"tenant": self.client.tenant, **(request.path_params or {})}.items():
            path = path.replace("{" + name + "}", path_segment(name, value))
        return {
            "method": request.method,
            "path": path,
            "query": query_params(request.params),
            "body": answer(json_value(request.json)) if request.json is not None else None,
        }

    # -- paged reads --

    async def _list(self, tool: ToolSpec, given: dict[str, Any]) -> dict[str, Any]:
        assert tool.spec is not None
        limit = given.pop("limit", None)
        token = given.pop("continuation", None)
        if token is not None:
            cursor = self.cursors.find(token, tool.name)
            if given and self._inputs(tool, given) != cursor.arguments:
                raise ValueError(
                    f"{tool.name}: a continuation reads on with the inputs of the read it came from; "
                    "leave the other inputs out (or give them unchanged)"
                )
            if limit is not None and limit != cursor.limit:
                raise ValueError(f"{tool.name}: limit is set by the read's first call ({cursor.limit})")
            assert cursor.walk is not None
            walk, more, arguments, size = cursor.walk.copy(), cursor.more, cursor.arguments, cursor.limit
            kept = list(cursor.rows[cursor.offset :])
        else:
            size = PAGE_CAP if limit is None else limit
            if isinstance(size, bool) or not isinstance(size, int) or not 1 <= size <= PAGE_CAP:
                raise ValueError(f"{tool.name}(limit): a whole number from 1 to {PAGE_CAP}, not {size!r}")
            arguments = self._inputs(tool, given)
            call = {**arguments, "fetch_all": True, "page_size": size, "as_dicts": True}
            check_names(tool.spec, tool.name, call)
            walk, _, more, anything = list_request(tool.spec, tool.name, self.client, call)
            if not anything:
                return {"records": [], "count": 0, "continuation": None}
            kept = []
        # A page can hold more records than asked for (a server that ignores `pageSize`): the answer holds `size`
        # of them, the continuation the rest, before anything more is read.
        records, kept = kept[:size], kept[size:]
        while not records:
            if walk.done:
                if not more:
                    break
                walk, more = new_walk(more[0], self.client, fetch_all=True), more[1:]
            response = await self.client.send(**walk.send_arguments())
            page = list(walk.accept(response).records)
            records, kept = page[:size], page[size:]
        continuation = None
        if kept or not walk.done or more:
            cursor = _Cursor(tool.name, arguments, 0.0, walk.copy(), more, rows=tuple(kept), limit=size)
            continuation = self.cursors.keep(cursor)
        return {"records": answer(records), "count": len(records), "continuation": continuation}

    # -- writes --

    def _preview(self, tool: ToolSpec, given: Mapping[str, Any]) -> dict[str, Any]:
        request = self._request(tool, given)
        described = self.described(request)
        token, expires = self.confirmations.issue(tool.name, request, described)
        return {
            "request": described,
            "confirmation_token": token,
            "expires_at": format_datetime(_dt.datetime.fromtimestamp(expires, _dt.UTC)),
            "next": "call execute_write with this confirmation_token to send exactly this request; nothing was sent",
        }

    async def _execute(self, given: Mapping[str, Any]) -> dict[str, Any]:
        unknown = sorted(set(given) - {"confirmation_token"})
        if unknown:
            raise ValueError(f"execute_write takes only confirmation_token, not {unknown[0]!r}")
        pending = self.confirmations.redeem(given.get("confirmation_token"))
        result = await self._send(pending.request)
        return {"sent": dict(pending.described), "result": answer(result)}

    # -- reports --

    async def _report(self, tool: ToolSpec, given: dict[str, Any]) -> dict[str, Any]:
        reports = self.client.reports
        if tool.report_call == "categories":
            return {"categories": answer(await reports.categories())}
        category = given.get("category")
        if not isinstance(category, str) or not category:
            raise ValueError(f"{tool.name}(category): a report category id such as 'accounting'")
        if tool.report_call == "list":
            return {"reports": answer(await reports.list(category))}
        report_id = given.get("report_id")
        if isinstance(report_id, bool) or not isinstance(report_id, int):
            raise ValueError(f"{tool.name}(report_id): a whole number")
        if tool.report_call == "describe":
            return {"report": answer(await reports.describe(category, report_id))}
        return await self._run_report(tool, category, report_id, given)

    async def _run_report(self, tool: ToolSpec, category: str, report_id: int, given: dict[str, Any]) -> dict[str, Any]:
        token = given.get("continuation")
        if token is not None:
            cursor = self.cursors.find(token, tool.name)
            if cursor.arguments != {"category": category, "report_id": report_id}:
                raise ValueError(f"{tool.name}: this continuation is of another report's run ({cursor.arguments})")
        else:
            parameters = given.get("parameters") or {}
            if not isinstance(parameters, Mapping):
                raise ValueError(f"{tool.name}(parameters): an object of parameter values by name")
            limit = given.get("limit", PAGE_CAP)
            if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= PAGE_CAP:
                raise ValueError(f"{tool.name}(limit): a whole number from 1 to {PAGE_CAP}, not {limit!r}")
            result = await self.client.reports.run(category, report_id, parameters=parameters)
            cursor = _Cursor(
                tool.name, {"category": category, "report_id": report_id}, 0.0, rows=result.rows, limit=limit
            )
        rows = list(cursor.rows[cursor.offset : cursor.offset + cursor.limit])
        offset = cursor.offset + len(rows)
        continuation = None
        if offset < len(cursor.rows):
            continuation = self.cursors.keep(dataclasses.replace(cursor, offset=offset))
        return {
            "rows": answer(rows),
            "count": len(rows),
            "total_rows": len(cursor.rows),
            "continuation": continuation,
        }
