"""The sandbox as a raw ASGI application: token endpoint, routing, auth, faults, validation, shaping.

No web framework: one `__call__` reads the request, finds the operation in the catalog-derived route table and
runs its handler. Serve it with uvicorn (`server.py`) or call it in process through `httpx.ASGITransport`.
"""

from __future__ import annotations

import asyncio
import email.parser
import email.policy
import json
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any
from urllib.parse import parse_qsl

from servicetitan import _catalog

from . import registry, spec_resources, spec_writes
from .auth import Credentials, TokenError, TokenIssuer
from .call import Binary, Call, Redirect, Upload
from .deviations import EVERY, Deviation, Deviations, resolve_deviations
from .faults import Faults, FaultSettings
from .listing import ExportSettings, Query
from .parameters import ParameterChecks, checks_for, valid_id
from .problems import VALIDATION_TITLE, ProblemError, problem_body
from .reports import ReportDesk, ReportLimits
from .routing import RouteTable
from .schemas import (
    FIELD_KINDS,
    ODD_ENUM_VALUE,
    Shaper,
    deviated,
    field_errors,
    has_field,
    odd_mutations,
    resolve,
    shaper,
)
from .seed import seed_tenant
from .store import Collection, Tenant

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
Sleep = Callable[[float], Awaitable[None]]

TOKEN_PATH = "/connect/token"  # noqa: S105 - a path, not a secret
DEFAULT_JOBS = 50
DEFAULT_TENANT = 1_000_001
_JSON = b"application/json; charset=utf-8"
_HTML = b"text/html; charset=utf-8"


class ConnectionDropped(Exception):
    """Raised in place of an answer when the sandbox drops a connection and no socket can be closed."""


class Sandbox:
    """A ServiceTitan-compatible API: an ASGI app holding the state of every tenant it has served.

    Any tenant id works; each tenant is seeded on first use with `jobs` jobs from `seed`.
    """

    def __init__(
        self,
        *,
        jobs: int = DEFAULT_JOBS,
        seed: int = 1,
        credentials: Credentials | None = None,
        faults: FaultSettings | None = None,
        export: ExportSettings | None = None,
        clock: Callable[[], float] = time.time,
        sleep: Sleep = asyncio.sleep,
        reports: ReportLimits | None = None,
        deviations: str | Iterable[Deviation] | None = None,
    ) -> None:
        if jobs < 1:
            raise ValueError("a sandbox tenant needs at least one job")
        self.jobs = jobs
        self.seed = seed
        self.credentials = credentials or Credentials()
        self.faults = Faults(faults)
        self.export = export or ExportSettings()
        self.clock = clock
        self.sleep = sleep
        self.routes = RouteTable.from_catalog()
        self.auth = TokenIssuer(self.credentials, clock, lambda: self.faults.settings.token_lifetime)
        self._tenants: dict[int, Tenant] = {}
        self._answers = AnswerCache()
        self.reports = ReportDesk(reports or ReportLimits(), clock)
        # How far the answers depart from the documents (deviations.py): none by default.
        self.deviations: Deviations = resolve_deviations(deviations)
        self._shapers: dict[tuple[str, str], tuple[Shaper | None, tuple[tuple[str, str], ...]]] = {}
        self._field_deviations: dict[tuple[str, str], tuple[Deviation, ...]] = {}

    # --- state ---------------------------------------------------------------------------------------------

    def tenant(self, tenant_id: int) -> Tenant:
        found = self._tenants.get(tenant_id)
        if found is None:
            found = seed_tenant(Tenant(tenant_id, self.clock), self.jobs, self.seed)
            spec_resources.populate(found, self.jobs, self.seed)
            self._tenants[tenant_id] = found
        return found

    def records(self, domain: str, operation_id: str, tenant_id: int = DEFAULT_TENANT) -> Collection:
        """The store behind a served list, get-by-id or export feed (test hook): its `modify`, `deactivate` and
        `insert` change what that list, get and feed answer, and move `modifiedOn` to the sandbox clock. A record is
        named by its id as those answers show it (a number, or a guid on guid-keyed resources)."""
        resource = spec_resources.resource_of(domain, operation_id)
        if resource is None:
            raise ValueError(f"{domain} {operation_id} is not a list, get-by-id or export feed the sandbox serves")
        return self.tenant(tenant_id)[resource.collection]

    def path_params(self, domain: str, operation_id: str, tenant_id: int = DEFAULT_TENANT) -> dict[str, int | str]:
        """Path parameters (but the tenant) under which a served list, get-by-id or feed has records."""
        return spec_resources.path_params(self.tenant(tenant_id), domain, operation_id)

    @staticmethod
    def implemented() -> tuple[tuple[str, str], ...]:
        """(domain, operationId) of every operation with a handler: every operation of the catalog, but the reporting
        ones the report desk answers (reports.py)."""
        return registry.served()

    # --- ASGI ----------------------------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        method: str = scope["method"]
        path: str = scope["path"]
        headers = {key.decode("latin-1").lower(): value.decode("latin-1") for key, value in scope["headers"]}
        body = await _read_body(receive)
        if path == TOKEN_PATH:
            await self._token(method, headers, body, send)
            return
        try:
            status, payload, extra = await self._api(method, path, scope, headers, body)
        except ProblemError as problem:
            if self._edge_html(problem.status, method, path):
                await _send(send, problem.status, _edge_page(problem.status), _HTML, problem.headers)
                return
            refusal = problem.text() if self._text_problem(problem.status, method, path) else problem.body()
            await _send_json(send, problem.status, refusal, problem.headers)
            return
        except ConnectionDropped:
            await _drop(send)
            return
        if isinstance(payload, Binary):
            disposition = [("content-disposition", f'attachment; filename="{payload.filename}"')]
            await _send(
                send, status, payload.data, payload.content_type.encode(), disposition if payload.filename else ()
            )
        elif payload is None:
            await _send(send, status, b"", None, extra)
        else:
            await _send_json(send, status, payload, extra)

    def _edge_html(self, status: int, method: str, path: str) -> bool:
        """Whether a 5xx answer goes out as the edge's HTML page (deviation `html_5xx`); a 501 for an operation
        the sandbox does not implement stays a problem document."""
        if status < 500 or status == 501 or not self.deviations:
            return False
        match = self.routes.match(method, path)
        operation = match.operation if match is not None else None
        domain, operation_id = (operation.domain, operation.operation_id) if operation is not None else ("", "")
        return self.deviations.first("html_5xx", domain, operation_id) is not None

    def _text_problem(self, status: int, method: str, path: str) -> bool:
        """Whether the operation's document says this refusal is a JSON string, not a problem object (three
        operations say so of their 400)."""
        if status != 400:
            return False
        match = self.routes.match(method, path)
        if match is None or match.operation is None:
            return False
        return _text_refusal(match.operation, status)

    async def _token(self, method: str, headers: dict[str, str], body: bytes, send: Send) -> None:
        if method != "POST":
            await _send_json(send, 405, problem_body(405, "Use POST to request a token."), [("allow", "POST")])
            return
        form = dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
        try:
            answer = self.auth.issue(form)
        except TokenError as error:
            await _send_json(send, error.status, {"error": error.error, "error_description": error.description})
            return
        await _send_json(send, 200, answer, [("cache-control", "no-store")])

    async def _api(
        self, method: str, path: str, scope: Scope, headers: dict[str, str], body: bytes
    ) -> tuple[int, Any, list[tuple[str, str]]]:
        match = self.routes.match(method, path)
        if match is None:
            raise ProblemError(404, f"No operation of any ServiceTitan API has the path {path}.")
        operation = match.operation
        if operation is None:
            allowed = ", ".join(match.allowed_methods)
            raise ProblemError(
                405, f"{method} is not allowed on {path}; allowed: {allowed}.", headers=[("allow", allowed)]
            )
        self.auth.check(headers.get("authorization"), headers.get("st-app-key"))
        denied = self.faults.settings.denied_scopes
        if denied and operation.scopes and denied.issuperset(operation.scopes):
            raise ProblemError(403, f"The app is not granted the scope {' or '.join(operation.scopes)}.")
        raw_tenant = match.path_params.get("tenant", "")
        if not valid_id(raw_tenant):
            raise ProblemError(404, f"Tenant {raw_tenant!r} was not found.")
        tenant_id = int(raw_tenant)
        await self._inject_faults(headers.get("st-app-key", ""), tenant_id)
        checks = checks_for(operation)
        if operation.domain == "reporting":
            _check_parameters(checks, match.path_params, _query_pairs(scope))
            return self.reports.answer(
                operation, self.tenant(tenant_id), match.path_params, scope["query_string"], body
            )
        handler = registry.handler_for(operation.domain, operation.operation_id)
        if handler is None:
            raise ProblemError(
                501,
                f"The sandbox does not implement {operation.domain} {operation.operation_id} "
                f"({operation.method} {operation.path}).",
            )
        tenant = self.tenant(tenant_id)
        cache_key = self._answers.key(operation, tenant, scope, self.faults.settings.odd_record_rate)
        cached = self._answers.lookup(cache_key, tenant.sequence)
        if cached is not None:
            return 200, cached, []
        # A cached answer was validated when it was made (same tenant, path and query): only misses are checked.
        pairs = _query_pairs(scope)
        errors = _check_parameters(checks, match.path_params, pairs, raise_errors=False)
        call = Call(
            operation=operation,
            tenant=tenant,
            path=_path_ids(operation, match.path_params),
            query=Query(pairs),
            path_text={name: value for name, value in match.path_params.items() if name != "tenant"},
            export=self.export,
            clock=self.clock,
            deviations=self.deviations,
        )
        _parse_body(call, headers.get("content-type", ""), body, errors)
        result = handler(call)
        if isinstance(result, Redirect):
            return 302, None, [("location", result.location)]
        status = int(operation.success_status or 200)
        if isinstance(result, Binary) or result is None:
            return status, result, []
        encoded = _encode(self._shape(operation, result))
        if cache_key is not None:
            self._answers.keep(cache_key, tenant.sequence, encoded)
        return status, encoded, []

    async def _inject_faults(self, app_key: str, tenant_id: int) -> None:
        faults = self.faults
        wait = faults.retry_after(app_key, tenant_id, self.clock())
        if wait is not None:
            raise ProblemError(
                429, f"Rate limit is exceeded. Try again in {wait} seconds.", headers=[("retry-after", str(wait))]
            )
        latency = faults.settings.latency
        if latency > 0:
            await self.sleep(latency)
        if faults.should_drop():
            raise ConnectionDropped
        status = faults.server_error()
        if status is not None:
            raise ProblemError(status, "The server failed to process the request (fault injected by the sandbox).")

    def _shape(self, operation: _catalog.Operation, result: Any) -> Any:
        key = (operation.domain, operation.operation_id)
        compiled = self._shapers.get(key)
        if compiled is None:
            compiled = self._shapers[key] = _compile_answer(operation)
        shape, mutations = compiled
        shaped = shape(result) if shape is not None else result
        if mutations and self.faults.settings.odd_record_rate > 0 and isinstance(shaped, dict):
            shaped["data"] = [self._maybe_odd(record, mutations) for record in shaped.get("data") or []]
        rows = self._fields_deviating(operation) if self.deviations else ()
        if rows:
            shaped = _records_deviated(operation, shaped, rows)
        return shaped

    def _fields_deviating(self, operation: _catalog.Operation) -> tuple[Deviation, ...]:
        """The field rows (deviations.py) that apply to the records `operation` answers: rows naming it, and rows
        naming another list, get-by-id or feed of the same resource, where its records have that field."""
        key = (operation.domain, operation.operation_id)
        found = self._field_deviations.get(key)
        if found is None:
            found = self._field_deviations[key] = _field_rows(self.deviations, operation)
        return found

    def _maybe_odd(self, record: Any, mutations: tuple[tuple[str, str], ...]) -> Any:
        if not isinstance(record, dict) or not isinstance(record.get("id"), int):
            return record
        choice = self.faults.odd_choice(record["id"], len(mutations))
        if choice is None:
            return record
        kind, field = mutations[choice]
        odd = dict(record)
        if kind == "unknown_enum":
            odd[field] = ODD_ENUM_VALUE
        elif kind == "missing_required":
            odd.pop(field, None)
        else:
            odd[field] = None
        return odd


class AnswerCache:
    """Encoded answers of read operations, valid while their tenant's change sequence stands still (any write
    to the tenant invalidates them all). Reads are most of what benchmarks and pollers send, and shaping plus
    encoding is most of a read's cost."""

    MAX_ENTRIES = 4096
    # Whole pages of 5,000 records are kept too (about 4 MB each), so a repeated large read is served at the
    # speed of the socket; the least recently used answers go once the total passes the budget.
    MAX_BODY = 16 * 1024 * 1024
    MAX_BYTES = 256 * 1024 * 1024

    def __init__(self) -> None:
        self._entries: OrderedDict[tuple[Any, ...], tuple[int, bytes]] = OrderedDict()
        self._bytes = 0

    def key(
        self, operation: _catalog.Operation, tenant: Tenant, scope: Scope, odd_record_rate: float
    ) -> tuple[Any, ...] | None:
        # Export answers depend on the clock (recent changes), odd records on the fault settings.
        if operation.method != "GET" or operation.feed_name is not None or odd_record_rate > 0:
            return None
        return (tenant.tenant_id, scope["path"], scope.get("query_string", b""))

    def lookup(self, key: tuple[Any, ...] | None, sequence: int) -> bytes | None:
        if key is None:
            return None
        found = self._entries.get(key)
        if found is None or found[0] != sequence:
            return None
        self._entries.move_to_end(key)
        return found[1]

    def keep(self, key: tuple[Any, ...], sequence: int, body: bytes) -> None:
        if len(body) > self.MAX_BODY:
            return
        previous = self._entries.pop(key, None)
        if previous is not None:
            self._bytes -= len(previous[1])
        self._entries[key] = (sequence, body)
        self._bytes += len(body)
        while len(self._entries) > self.MAX_ENTRIES or self._bytes > self.MAX_BYTES:
            _, (_, evicted) = self._entries.popitem(last=False)
            self._bytes -= len(evicted)


def _compile_answer(operation: _catalog.Operation) -> tuple[Shaper | None, tuple[tuple[str, str], ...]]:
    schema = operation.success_schema()
    if schema is None:
        return None, ()
    resolved = resolve(operation.domain, schema)
    items = ((resolved.get("properties") or {}).get("data") or {}).get("items") or {}
    item_name = _catalog.schema_name(items)
    return shaper(operation.domain, schema), odd_mutations(operation.domain, item_name) if item_name else ()


def _text_refusal(operation: _catalog.Operation, status: int) -> bool:
    content = (operation.responses.get(str(status)) or {}).get("content") or {}
    schema = (content.get("application/json") or {}).get("schema") or {}
    return bool(schema.get("type") == "string")


def _record_schema(operation: _catalog.Operation) -> dict[str, Any] | None:
    """The schema of one record of an answer: the items of a page, a feed batch or an array, or the answer."""
    schema = operation.success_schema()
    if schema is None:
        return None
    resolved = resolve(operation.domain, schema)
    if resolved.get("type") == "array":
        return dict(resolved.get("items") or {})
    data = (resolved.get("properties") or {}).get("data")
    if data is not None and data.get("items") is not None:
        return dict(data["items"])
    return dict(schema)


def _field_rows(deviations: Deviations, operation: _catalog.Operation) -> tuple[Deviation, ...]:
    resource = spec_resources.resource_of(operation.domain, operation.operation_id)
    record = _record_schema(operation)
    if resource is None or record is None:
        return ()
    rows = []
    for row in deviations.rows:
        if row.kind not in FIELD_KINDS:
            continue
        same_resource = EVERY not in (row.domain, row.operation_id) and (
            spec_resources.resource_of(_catalog.domain_key(row.domain), row.operation_id) is resource
        )
        if (row.applies_to(operation.domain, operation.operation_id) or same_resource) and has_field(
            operation.domain, record, row.field
        ):
            rows.append(row)
    return tuple(rows)


def _records_deviated(operation: _catalog.Operation, shaped: Any, rows: tuple[Deviation, ...]) -> Any:
    def apply(record: Any) -> Any:
        for row in rows:
            record = deviated(record, row.kind, row.field, row.value)
        return record

    if isinstance(shaped, list):
        return [apply(record) for record in shaped]
    if isinstance(shaped, dict) and isinstance(shaped.get("data"), list) and "hasMore" in shaped:
        return {**shaped, "data": [apply(record) for record in shaped["data"]]}
    return apply(shaped)


def _query_pairs(scope: Scope) -> list[tuple[str, str]]:
    return parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)


def _check_parameters(
    checks: ParameterChecks, path_params: dict[str, str], pairs: list[tuple[str, str]], *, raise_errors: bool = True
) -> dict[str, list[str]]:
    """404 for a path id not valid for its type (no route takes it); the query's field errors, raised as one 400
    problem, or returned to be answered with the body's own (`raise_errors=False`)."""
    invalid = checks.invalid_path(path_params)
    if invalid is not None:
        raise ProblemError(404, f"The {invalid} {path_params[invalid]!r} is not a valid id.")
    errors = checks.query_errors(pairs) if pairs or checks.required else {}
    if errors and raise_errors:
        raise ProblemError(400, VALIDATION_TITLE, errors)
    return errors


def _path_ids(operation: _catalog.Operation, params: dict[str, str]) -> dict[str, int]:
    """The integer path parameters (but the tenant), already checked to be int64 (`_check_parameters`)."""
    ids: dict[str, int] = {}
    for name, raw in params.items():
        parameter = operation.parameter(name)
        if name == "tenant" or parameter is None or parameter.schema.get("type") != "integer":
            continue
        if not valid_id(raw):
            raise ProblemError(404, f"The {name} {raw!r} is not a valid id.")
        ids[name] = int(raw)
    return ids


def _parse_body(call: Call, content_type: str, body: bytes, errors: dict[str, list[str]] | None = None) -> None:
    """Read the body into `call`; answer 400 with the query's `errors` and the body's own together, as ASP.NET
    answers every model-state error of a request at once."""
    errors = dict(errors or {})
    operation = call.operation
    # The documents declare some uploads as JSON with a binary `file`; what is sent (and kept) is a multipart form.
    multipart = content_type.lower().startswith("multipart/form-data") and spec_writes.is_upload(operation)
    schema = operation.request_schema()
    if operation.request_schema("multipart/form-data") is not None or multipart:
        call.files = _multipart(content_type, body)
    elif schema is not None and not body.strip():
        errors.setdefault("request", []).append("The request field is required.")
    elif schema is not None:
        try:
            call.body = json.loads(body)
        except ValueError as error:
            errors.setdefault("request", []).append(f"Invalid JSON: {error}")
        else:
            for field, messages in field_errors(operation.domain, schema, call.body).items():
                errors.setdefault(field, []).extend(messages)
    if errors:
        raise ProblemError(400, VALIDATION_TITLE, errors)


def _multipart(content_type: str, body: bytes) -> dict[str, Upload]:
    if not body and not content_type:
        # Nothing sent: the form's file is missing (the documents list 400 for uploads, not 415).
        raise ProblemError(400, VALIDATION_TITLE, {"file": ["The file field is required."]})
    if not content_type.lower().startswith("multipart/form-data"):
        raise ProblemError(415, f"Expected multipart/form-data, got {content_type or 'no content type'}.")
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body
    )
    uploads: dict[str, Upload] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        payload = part.get_payload(decode=True)
        uploads[name] = Upload(
            filename=str(part.get_filename() or name),
            content_type=part.get_content_type(),
            data=payload if isinstance(payload, bytes) else b"",
        )
    return uploads


async def _read_body(receive: Receive) -> bytes:
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


async def _send(
    send: Send, status: int, body: bytes, content_type: bytes | None, headers: Iterable[tuple[str, str]] = ()
) -> None:
    raw = [(b"content-length", str(len(body)).encode())]
    if content_type is not None:
        raw.append((b"content-type", content_type))
    raw.extend((name.encode("latin-1"), value.encode("latin-1")) for name, value in headers)
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


def _edge_page(status: int) -> bytes:
    """The kind of page a CDN or load balancer answers with when the API behind it fails."""
    return (
        f"<!DOCTYPE html>\n<html><head><title>{status} Error</title></head><body><h1>{status} Error</h1>"
        "<p>The server encountered a temporary error and could not complete your request.</p></body></html>\n"
    ).encode()


def _encode(payload: Any) -> bytes:
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()


async def _send_json(send: Send, status: int, payload: Any, headers: Iterable[tuple[str, str]] = ()) -> None:
    await _send(send, status, payload if isinstance(payload, bytes) else _encode(payload), _JSON, headers)


async def _drop(send: Send) -> None:
    """Close the connection without answering. Under uvicorn the ASGI `send` is a bound method of the
    request cycle, which holds the socket's transport; in process (httpx.ASGITransport) there is no socket, so
    the transport error a client would see is raised instead."""
    transport = getattr(getattr(send, "__self__", None), "transport", None)
    if transport is None:
        import httpx

        raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
    transport.abort()
    # Let the server notice the disconnect before the app returns, so it does not try to answer.
    for _ in range(3):
        await asyncio.sleep(0)


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
