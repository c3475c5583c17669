"""The operation runtime: one method derived for any operation of the catalog, sync and async.

`spec_for(domain, operation_id)` derives, once per operation, what every call needs: the kind of operation
(call, paged list, export feed, upload, download), its keyword inputs (path parameters, query filters and
top-level body fields, in snake_case), the accepted and required names, the model that parses its answer, and
the signature and docstring that the resources, the actions and the stubs show. A call checks its arguments
against that (before anything is sent) and runs a *flow*: a generator that yields the requests to send and
returns the result. `call_sync` and `call_async` differ only in how they perform the sends.

Flows receive the core (`servicetitan._core.Core`, `SyncCore` / `AsyncCore`), never a client class.
"""

from __future__ import annotations

import enum
import inspect
import io
import os
from collections.abc import Generator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, Unpack, cast

import httpx

from servicetitan import _catalog
from servicetitan._core import call_options
from servicetitan._flow import drive, drive_async
from servicetitan._inputs import Input, body_inputs, check_value, check_window, snake_case
from servicetitan._once import once
from servicetitan._parsing import Parser, item_schema, parse_single, parser_for
from servicetitan.exports import AsyncExportFeed, ExportFeed, new_state
from servicetitan.pagination import (
    AsyncPage,
    AsyncRecords,
    ListWalk,
    Page,
    PageData,
    PageRequest,
    Records,
    id_batches,
    new_walk,
    nothing_to_read,
    paging_params,
    reads_incrementally,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from servicetitan._catalog import Operation
    from servicetitan._core import Active, AsyncCore, Core, SendOptions, SyncCore
    from servicetitan.ratelimit import LimiterStore

PAGING_QUERY = ("page", "pageSize", "includeTotal", "sort")
FEED_QUERY = ("from", "includeRecentChanges")
KEYWORD = inspect.Parameter.KEYWORD_ONLY
IDS_SCHEMA = {"oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "integer"}}]}
ACTIVE = "active"


class Kind(enum.StrEnum):
    CALL = "call"
    LIST = "list"
    FEED = "feed"
    UPLOAD = "upload"
    DOWNLOAD = "download"


@dataclass(frozen=True, slots=True)
class OperationSpec:
    """Everything about an operation that does not change from one call to the next."""

    operation: Operation
    kind: Kind
    path_inputs: tuple[Input, ...]
    query_inputs: tuple[Input, ...]
    body_inputs: tuple[Input, ...]
    # A JSON body without named fields (the five that are arrays) is taken whole, as `body`.
    whole_body: Input | None
    result_model: str
    # How error messages name what the answer should have been: `JpmV2JobResponse (Jobs_Get)`.
    answer: str
    parser: Parser | None
    signature: inspect.Signature
    accepted: frozenset[str]
    required: frozenset[str]
    query_names: frozenset[str]
    # For an input whose schema is one plain JSON type, the Python type that passes unchanged (fast path).
    plain_types: Mapping[str, type]

    @property
    def inputs(self) -> tuple[Input, ...]:
        return self.path_inputs + self.query_inputs + self.body_inputs

    @property
    def has_active(self) -> bool:
        return any(i.api_name == ACTIVE for i in self.query_inputs)


# --- deriving a spec from the catalog -----------------------------------------------------------------------


def _kind(operation: Operation) -> Kind:
    if operation.is_upload:
        return Kind.UPLOAD
    if operation.feed_name is not None:
        return Kind.FEED
    if operation.is_paged:
        return Kind.LIST
    if operation.is_download:
        return Kind.DOWNLOAD
    return Kind.CALL


def _parameter_inputs(operation: Operation, location: str, skip: tuple[str, ...], taken: set[str]) -> list[Input]:
    """Inputs of one location; a name already taken by an earlier location gets the location as a suffix
    (`Receipts_CancelReceipts` has `id` in its path and in its query: `id` and `id_query`)."""
    inputs = []
    for p in operation.parameters:
        if p.location != location or p.name == "tenant" or p.name in skip:
            continue
        name = snake_case(p.name)
        if name in taken:
            name = f"{name}_{location}"
        taken.add(name)
        inputs.append(Input(name, p.name, p.schema, p.required))
    return inputs


def _body_inputs(operation: Operation, taken: set[str]) -> tuple[list[Input], Input | None]:
    schema = operation.request_schema()
    if schema is None:
        return [], None
    required = bool((operation.request_body or {}).get("required"))
    resolved = _catalog.resolve_schema(operation.domain, schema)
    if not resolved.get("properties"):
        return [], Input("body", "body", schema, required)
    inputs = []
    for i in body_inputs(operation.domain, schema):
        name = f"{i.python_name}_body" if i.python_name in taken else i.python_name
        taken.add(name)
        inputs.append(replace(i, python_name=name))
    return inputs, None


def annotation(domain: str, schema: Mapping[str, Any]) -> str:
    """The Python type an input takes, as source text (for signatures, docstrings and stubs)."""
    schema = _catalog.resolve_schema(domain, schema)
    variants = schema.get("oneOf") or schema.get("anyOf")
    if variants:
        return " | ".join(dict.fromkeys(annotation(domain, v) for v in variants))
    kinds = schema.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds] if kinds else []
    names: list[str] = []
    for kind in kinds:
        if kind == "string":
            fmt = schema.get("format")
            names.append("datetime | str" if fmt == "date-time" else "date | str" if fmt == "date" else "str")
        elif kind == "array":
            names.append(f"list[{annotation(domain, schema.get('items', {}))}]")
        elif kind == "object" or (kind is None and "properties" in schema):
            names.append("Mapping[str, Any]")
        else:
            names.append({"integer": "int", "number": "float | Decimal", "boolean": "bool", "null": "None"}[kind])
    return " | ".join(dict.fromkeys(names)) or ("Mapping[str, Any]" if "properties" in schema else "Any")


def keyword(name: str, annotation_text: str, default: Any = None) -> inspect.Parameter:
    """A keyword-only parameter of a derived signature, its annotation as source text."""
    return inspect.Parameter(name, KEYWORD, default=default, annotation=annotation_text)


def _input_parameters(domain: str, inputs: tuple[Input, ...]) -> list[inspect.Parameter]:
    parameters = []
    for i in sorted(inputs, key=lambda i: not i.required):
        text = annotation(domain, i.schema)
        if not i.required and "None" not in text.split(" | "):
            text += " | None"
        parameters.append(keyword(i.python_name, text, inspect.Parameter.empty if i.required else None))
    return parameters


CALL_PARAMETERS = (
    keyword("debug", "bool", False),
    keyword("timeout", "float | None"),
    keyword("max_retries", "int | None"),
)
LIST_PARAMETERS = (
    keyword("fetch_all", "bool", False),
    keyword("page", "int | None"),
    keyword("page_size", "int | None"),
    keyword("include_total", "bool", False),
    keyword("sort", "str | None"),
    keyword("custom_query_params", "Mapping[str, Any] | None"),
    keyword("as_dicts", "bool", False),
)
# Lists that filter on modifiedOnOrAfter also read incrementally from a checkpoint (`Records.checkpoint`).
MODIFIED_SINCE = keyword("modified_since", "str | date | datetime | None")
FEED_PARAMETERS = (
    keyword("start", "str | date | datetime | None"),
    keyword("include_recent_changes", "bool", False),
    keyword("as_dicts", "bool", False),
)
UPLOAD_PARAMETERS = (
    keyword("file", "str | os.PathLike[str] | bytes | IO[bytes]", inspect.Parameter.empty),
    keyword("file_name", "str | None"),
)
_EXTRA = {Kind.LIST: LIST_PARAMETERS, Kind.FEED: FEED_PARAMETERS, Kind.UPLOAD: UPLOAD_PARAMETERS}
_PLAIN = {"integer": int, "boolean": bool, "string": str}


def _plain_type(domain: str, schema: Mapping[str, Any]) -> type | None:
    """`int`, `bool` or `str` when the schema is exactly that JSON type with nothing more to check."""
    resolved = _catalog.resolve_schema(domain, schema)
    if set(resolved) - {"type", "format", "description", "nullable"} or resolved.get("format") in ("date", "date-time"):
        return None
    kind = resolved.get("type")
    return _PLAIN.get(kind) if isinstance(kind, str) else None


@once
def spec_for(domain: str, operation_id: str) -> OperationSpec:
    operation = _catalog.operation(domain, operation_id)
    kind = _kind(operation)
    domain = operation.domain
    taken: set[str] = set()
    path_inputs = _parameter_inputs(operation, "path", (), taken)
    skip = PAGING_QUERY if kind is Kind.LIST else FEED_QUERY if kind is Kind.FEED else ()
    query_inputs = _parameter_inputs(operation, "query", skip, taken)
    if kind is Kind.LIST:
        # A list's `ids` (a comma-separated string in the spec) also takes a sequence of ints, batched by 50.
        query_inputs = [replace(i, schema=IDS_SCHEMA) if i.api_name == "ids" else i for i in query_inputs]
    if kind is Kind.FEED:
        # A feed's records follow its own token; other filters are not part of today's feed semantics.
        query_inputs = []
    body, whole = ([], None) if kind is Kind.UPLOAD else _body_inputs(operation, taken)
    extra = _EXTRA.get(kind, ())
    if kind is Kind.LIST and reads_incrementally(operation):
        extra = (*extra, MODIFIED_SINCE)
    clashes = sorted(taken & {p.name for p in (*extra, *CALL_PARAMETERS)})
    if clashes:
        raise RuntimeError(f"{operation.operation_id}: inputs share a name with a call option: {clashes}")
    inputs = (*path_inputs, *query_inputs, *body, *([whole] if whole else []))
    parameters = [*_input_parameters(domain, inputs), *extra, *CALL_PARAMETERS]
    required = [p for p in parameters if p.default is inspect.Parameter.empty]
    optional = [p for p in parameters if p.default is not inspect.Parameter.empty]
    success = operation.success_schema()
    envelope_item = item_schema(domain, success) if kind in (Kind.LIST, Kind.FEED) else success
    result = _catalog.schema_name(envelope_item or {}) or ""
    return OperationSpec(
        operation=operation,
        kind=kind,
        path_inputs=tuple(path_inputs),
        query_inputs=tuple(query_inputs),
        body_inputs=tuple(body),
        whole_body=whole,
        result_model=result,
        answer=f"{result} ({operation.operation_id})" if result else operation.operation_id,
        parser=parser_for(domain, result) if kind is not Kind.FEED else None,
        signature=inspect.Signature([*required, *optional]),
        accepted=frozenset(p.name for p in parameters),
        required=frozenset(p.name for p in required),
        query_names=operation.query_names,
        plain_types={i.python_name: t for i in inputs if (t := _plain_type(domain, i.schema)) is not None},
    )


def _plain_result(operation: Operation) -> str:
    schema = operation.success_schema()
    return "None" if schema is None else f"the answer as {annotation(operation.domain, schema)}"


def docstring(spec: OperationSpec, title: str) -> str:
    """`title` first, then the operation, what the call returns, and its inputs with their API names."""
    operation = spec.operation
    model = spec.result_model or "records"
    returns = {
        Kind.LIST: f"a Page of {model} (Records, every record, with fetch_all=True)",
        Kind.FEED: f"an ExportFeed of {model}: iterate it; `continue_from` is the checkpoint to resume from",
        Kind.DOWNLOAD: "the file's bytes",
        Kind.UPLOAD: spec.result_model or "the answer",
    }.get(spec.kind, spec.result_model or _plain_result(operation))
    lines = [f"{title} — {operation.method} {operation.path} ({operation.operation_id}).", "", f"Returns {returns}."]
    if spec.has_active:
        lines += [
            "",
            "Only active records unless `active` says otherwise: active='Any' returns active and inactive ones,",
            "active='False' inactive ones only; the client's `active=` setting is the default for every call.",
        ]
        if spec.kind is Kind.LIST:
            lines.append("fetch_all=True reads every record that this `active` selects, from page 1 on.")
    inputs = spec.inputs + ((spec.whole_body,) if spec.whole_body else ())
    if inputs:
        lines += ["", "Inputs (API names in brackets):"]
        for i in inputs:
            required = " (required)" if i.required else ""
            lines.append(f"    {i.python_name} [{i.api_name}]{required}: {annotation(operation.domain, i.schema)}")
    return "\n".join(lines)


# --- checking a call -----------------------------------------------------------------------------------------


def check_names(spec: OperationSpec, label: str, arguments: Mapping[str, Any]) -> None:
    """Unknown or missing keyword names, as Python itself would report them."""
    if not spec.accepted.issuperset(arguments):
        unknown = sorted(set(arguments) - spec.accepted)
        raise TypeError(f"{label}() got an unexpected keyword argument {unknown[0]!r}")
    if not spec.required.issubset(arguments):
        missing = sorted(spec.required - set(arguments))
        raise TypeError(f"{label}() missing required keyword argument(s): {', '.join(map(repr, missing))}")


def _checked(
    spec: OperationSpec, label: str, inputs: tuple[Input, ...], arguments: Mapping[str, Any]
) -> dict[str, Any]:
    checked: dict[str, Any] = {}
    plain = spec.plain_types
    domain = spec.operation.domain
    for i in inputs:
        value = arguments.get(i.python_name)
        if value is None and not (i.required and i.python_name in arguments):
            continue
        if type(value) is plain.get(i.python_name) and (type(value) is not int or -(2**63) <= value < 2**63):
            checked[i.api_name] = value
        else:
            checked[i.api_name] = check_value(domain, value, i.schema, f"{label}({i.python_name})")
    return checked


def flag(arguments: Mapping[str, Any], name: str) -> bool:
    value = arguments.get(name, False)
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be a bool, not {type(value).__name__}")
    return value


def _with_active(spec: OperationSpec, core: Core, params: dict[str, Any]) -> dict[str, Any]:
    default = core.active
    if default is not None and spec.has_active and ACTIVE not in params:
        params[ACTIVE] = default
    return params


# --- flows ---------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class SendRequest:
    """One request a flow wants sent; the driver answers with the response. Not frozen: one is made per call,
    and a frozen dataclass pays `object.__setattr__` for every field it is built with."""

    method: str
    path: str
    path_params: Mapping[str, Any] | None = None
    params: Mapping[str, Any] | None = None
    json: Any = None
    files: Any = None
    debug: bool = False
    operation: Operation | None = None

    def options(self) -> SendOptions:
        return {
            "path_params": self.path_params,
            "params": self.params,
            "json": self.json,
            "files": self.files,
            "debug": self.debug or None,
            "operation": self.operation,
        }


@dataclass(frozen=True, slots=True)
class ListResult:
    walk: ListWalk
    data: PageData
    fetch_all: bool
    more: tuple[PageRequest, ...] = ()


@dataclass(frozen=True, slots=True)
class FeedResult:
    spec: OperationSpec
    start: Any
    include_recent_changes: bool
    as_dicts: bool
    debug: bool


Flow = Generator[SendRequest, httpx.Response, Any]


def list_request(
    spec: OperationSpec, label: str, core: Core, arguments: Mapping[str, Any]
) -> tuple[ListWalk, bool, tuple[PageRequest, ...], bool]:
    """The walk of a list call, whether it reads every page, further `ids` batches, and whether there is
    anything to read at all (an empty `ids` asks for no record)."""
    operation = spec.operation
    fetch_all = flag(arguments, "fetch_all")
    batches = None if arguments.get("ids") is None else id_batches(arguments["ids"], fetch_all)
    params = _checked(spec, label, spec.query_inputs, {**arguments, "ids": None})
    if batches:
        params["ids"] = batches[0]
    custom = arguments.get("custom_query_params") or {}
    if not isinstance(custom, Mapping):
        raise TypeError("custom_query_params must be a mapping of API parameter names to values")
    clash = sorted(set(custom) & set(params))
    if clash:
        raise ValueError(f"custom_query_params repeats typed inputs: {clash}")
    params.update(custom)
    page = arguments.get("page")
    params.update(
        paging_params(
            operation,
            label,
            core,
            page=page,
            page_size=arguments.get("page_size"),
            fetch_all=fetch_all,
            include_total=flag(arguments, "include_total"),
            sort=arguments.get("sort"),
        )
    )
    request = PageRequest(
        operation,
        _checked(spec, label, spec.path_inputs, arguments),
        _with_active(spec, core, params),
        None if flag(arguments, "as_dicts") else spec.parser,
        spec.result_model,
        flag(arguments, "debug"),
    )
    more = tuple(replace(request, params={**request.params, "ids": batch}) for batch in (batches or [])[1:])
    walk = new_walk(request, core, page=page, fetch_all=fetch_all, modified_since=arguments.get("modified_since"))
    return walk, fetch_all, more, batches != []


def _list_flow(walk: ListWalk, fetch_all: bool, more: tuple[PageRequest, ...], anything: bool) -> Flow:
    if not anything:
        return ListResult(walk, nothing_to_read(walk), fetch_all)
    response = yield SendRequest(**walk.send_arguments())
    return ListResult(walk, walk.accept(response), fetch_all, more)


def _body(spec: OperationSpec, label: str, arguments: Mapping[str, Any]) -> Any:
    if spec.whole_body is not None:
        body = _checked(spec, label, (spec.whole_body,), arguments).get("body")
    else:
        body = _checked(spec, label, spec.body_inputs, arguments) if spec.body_inputs else None
    if body is None and (spec.operation.request_body or {}).get("required"):
        body = {}
    check_window(spec.operation.domain, spec.operation.operation_id, body, label)
    return body


def _call_flow(spec: OperationSpec, label: str, core: Core, arguments: Mapping[str, Any]) -> Flow:
    operation = spec.operation
    response = yield SendRequest(
        operation.method,
        operation.path,
        _checked(spec, label, spec.path_inputs, arguments),
        _with_active(spec, core, _checked(spec, label, spec.query_inputs, arguments)),
        json=_body(spec, label, arguments),
        debug=flag(arguments, "debug"),
        operation=operation,
    )
    if spec.kind is Kind.DOWNLOAD:
        return response.content
    return parse_single(spec.parser, response, spec.answer)


def file_part(file: Any, file_name: str | None) -> tuple[str, bytes]:
    """A file given as a path, bytes or a binary file object, with the name to upload it under."""
    if isinstance(file, str | os.PathLike):
        path = Path(file)
        return file_name or path.name, path.read_bytes()
    if isinstance(file, bytes | bytearray | memoryview):
        if not file_name:
            raise ValueError("file_name is required when the file is given as bytes")
        return file_name, bytes(file)
    if isinstance(file, io.IOBase) or hasattr(file, "read"):
        content = file.read()
        if not isinstance(content, bytes):
            raise TypeError("the file object must be opened in binary mode")
        name = file_name or Path(str(getattr(file, "name", ""))).name
        if not name:
            raise ValueError("file_name is required for a file object without a name")
        return name, content
    raise TypeError(f"file must be a path, bytes or a binary file object, not {type(file).__name__}")


def _upload_flow(spec: OperationSpec, label: str, core: Core, arguments: Mapping[str, Any]) -> Flow:
    operation = spec.operation
    name, content = file_part(arguments["file"], arguments.get("file_name"))
    response = yield SendRequest(
        operation.method,
        operation.path,
        _checked(spec, label, spec.path_inputs, arguments) or None,
        _with_active(spec, core, _checked(spec, label, spec.query_inputs, arguments)) or None,
        files={"file": (name, content, "application/octet-stream")},
        debug=flag(arguments, "debug"),
        operation=operation,
    )
    return parse_single(spec.parser, response, spec.answer)


def _feed_flow(spec: OperationSpec, arguments: Mapping[str, Any]) -> Flow:
    result = FeedResult(
        spec,
        arguments.get("start"),
        flag(arguments, "include_recent_changes"),
        flag(arguments, "as_dicts"),
        flag(arguments, "debug"),
    )
    # No request now: a feed sends when it is iterated.
    yield from ()
    return result


def send_flow(request: SendRequest, parser: Parser | None, model: str, download: bool) -> Flow:
    """One request the caller built and checked, its answer parsed with `parser` (or its bytes)."""
    response = yield request
    return response.content if download else parse_single(parser, response, model)


def flow_for(spec: OperationSpec, label: str, core: Core, arguments: Mapping[str, Any]) -> Flow:
    """Check the arguments (raising before anything is sent) and return the flow of the call."""
    check_names(spec, label, arguments)
    kind = spec.kind
    if kind is Kind.LIST:
        return _list_flow(*list_request(spec, label, core, arguments))
    if kind is Kind.FEED:
        return _feed_flow(spec, arguments)
    if kind is Kind.UPLOAD:
        return _upload_flow(spec, label, core, arguments)
    return _call_flow(spec, label, core, arguments)


# --- per-call options and the two drivers --------------------------------------------------------------------


class WithOptions:
    """A core whose every send carries one call's `timeout` and `max_retries` (also for the later pages of a
    list and the pages of a feed, which are sent after the call returns); the rest is the client's."""

    def __init__(self, core: Core, timeout: Any, max_retries: Any) -> None:
        self._core = core
        self._timeout = timeout
        self._max_retries = max_retries
        self.base = core.base
        self.tenant = core.tenant
        self.api_url = core.api_url
        self.page_size_limits = core.page_size_limits
        self.active: Active | None = core.active
        self.decimals = core.decimals
        self.clock: Callable[[], float] = core.clock
        self.rate_limit_store: LimiterStore | None = core.rate_limit_store
        # Either side's: a view is typed as the core it views (`with_call_options`).
        self.sleep: Callable[[float], Any] = cast("SyncCore | AsyncCore", core).sleep

    def send(self, method: str, path: str, **options: Unpack[SendOptions]) -> Any:
        options["timeout"] = self._timeout
        options["max_retries"] = self._max_retries
        core = cast("SyncCore | AsyncCore", self._core)
        return core.send(method, path, **options)


C = TypeVar("C", bound="Core")


def with_call_options(core: C, arguments: Mapping[str, Any]) -> C:
    """`core` itself, or a `WithOptions` view of it when the call sets `timeout` or `max_retries` (checked here,
    before anything is sent)."""
    timeout, max_retries = arguments.get("timeout"), arguments.get("max_retries")
    if timeout is None and max_retries is None:
        return core
    call_options(timeout=timeout, max_retries=max_retries)
    return cast("C", WithOptions(core, timeout, max_retries))


def _result(core: Core, result: Any, asynchronous: bool) -> Any:
    """A flow's result for the caller: a list's first page becomes the page (or stream) class of its side, a
    feed the feed class of its side."""
    if isinstance(result, ListResult):
        if asynchronous:
            first: AsyncPage[Any] = AsyncPage(cast("AsyncCore", core), result.walk, result.data)
            return AsyncRecords(first, result.more) if result.fetch_all else first
        page: Page[Any] = Page(cast("SyncCore", core), result.walk, result.data)
        return Records(page, result.more) if result.fetch_all else page
    if isinstance(result, FeedResult):
        operation = result.spec.operation
        state = new_state(
            operation.domain,
            operation.operation_id,
            result.start,
            result.include_recent_changes,
            result.as_dicts,
            result.debug,
        )
        if asynchronous:
            return AsyncExportFeed(cast("AsyncCore", core), state)
        return ExportFeed(cast("SyncCore", core), state)
    return result


def run_sync(core: SyncCore, flow: Flow) -> Any:
    """`flow` on the one sync driver: each request it yields is sent through `core`."""

    def perform(request: SendRequest) -> httpx.Response:
        return core.send(request.method, request.path, **request.options())

    return _result(core, drive(flow, perform), asynchronous=False)


async def run_async(core: AsyncCore, flow: Flow) -> Any:
    """`run_sync` on the one async driver."""

    async def perform(request: SendRequest) -> httpx.Response:
        return await core.send(request.method, request.path, **request.options())

    return _result(core, await drive_async(flow, perform), asynchronous=True)


def open_feed(core: Core, spec: OperationSpec, label: str, arguments: Mapping[str, Any], asynchronous: bool) -> Any:
    """An export feed of either side: made (and its arguments checked) now, sent when it is iterated."""
    core = with_call_options(core, arguments)
    flow = flow_for(spec, label, core, arguments)
    try:
        next(flow)
    except StopIteration as done:
        return _result(core, done.value, asynchronous)
    raise RuntimeError(f"{label}: a feed sends nothing until it is iterated")


def call_sync(core: SyncCore, spec: OperationSpec, label: str, arguments: Mapping[str, Any]) -> Any:
    """One call of the operation on a synchronous core; `label` names the method in error messages."""
    core = with_call_options(core, arguments)
    return run_sync(core, flow_for(spec, label, core, arguments))


async def call_async(core: AsyncCore, spec: OperationSpec, label: str, arguments: Mapping[str, Any]) -> Any:
    """See `call_sync`."""
    core = with_call_options(core, arguments)
    return await run_async(core, flow_for(spec, label, core, arguments))
