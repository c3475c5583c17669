"""How an `Action` row becomes a method of both clients.

`spec_of(action)` derives, from the operation in the catalog: the kind of action, its keyword inputs (path
parameters, query filters and top-level body fields, in snake_case), its signature and docstring. `prepare`
checks a call's arguments against the schemas and builds the request. The work of each kind is a *flow*: a
generator that yields the requests to send and returns the result. The sync and async methods differ only in
the driver that performs those sends — one definition per action, two sides.
"""

from __future__ import annotations

import enum
import inspect
import io
import os
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

from servicetitan import _catalog
from servicetitan._inputs import Input, body_inputs, check_value, snake_case
from servicetitan._parsing import Parser, item_schema, parse_single, parser_for
from servicetitan._raw_request import raw_request_arguments
from servicetitan.actions import Action
from servicetitan.pagination import (
    AsyncPage,
    AsyncRecords,
    Page,
    PageData,
    PageRequest,
    Records,
    Seen,
    max_page_size,
    read_page,
)

if TYPE_CHECKING:
    from servicetitan._catalog import Operation
    from servicetitan._client import AsyncServiceTitan, ServiceTitan

PICKLIST_LIMIT = 10_000
PAGING_QUERY = ("page", "pageSize", "includeTotal", "sort")
KEYWORD = inspect.Parameter.KEYWORD_ONLY


class Kind(enum.StrEnum):
    CALL = "call"
    LIST = "list"
    PICKLIST = "picklist"
    UPLOAD = "upload"
    DOWNLOAD = "download"
    RAW = "raw"


@dataclass(frozen=True, slots=True)
class ActionSpec:
    action: Action
    kind: Kind
    operation: Operation | None
    path_inputs: tuple[Input, ...] = ()
    query_inputs: tuple[Input, ...] = ()
    body_inputs: tuple[Input, ...] = ()
    result_model: str = ""
    signature: inspect.Signature = field(default_factory=inspect.Signature)
    # `from_dict` of the result's model (of one record, for lists), looked up once per action, not per call.
    parser: Parser | None = None

    @property
    def inputs(self) -> tuple[Input, ...]:
        return self.path_inputs + self.query_inputs + self.body_inputs


# --- deriving an action from its operation -------------------------------------------------------------------


def _kind(action: Action, operation: Operation) -> Kind:
    if action.label is not None:
        return Kind.PICKLIST
    if operation.request_schema("multipart/form-data") is not None:
        return Kind.UPLOAD
    success = operation.success_schema()
    if operation.method == "GET" and success is None:
        return Kind.DOWNLOAD
    if success is not None:
        envelope = _catalog.resolve_schema(operation.domain, success).get("properties", {})
        if "data" in envelope and "hasMore" in envelope and "page" in envelope:
            return Kind.LIST
    return Kind.CALL


def _parameter_inputs(operation: Operation, location: str, skip: tuple[str, ...] = ()) -> tuple[Input, ...]:
    return tuple(
        Input(snake_case(p.name), p.name, p.schema, p.required)
        for p in operation.parameters
        if p.location == location and p.name != "tenant" and p.name not in skip
    )


def _annotation(domain: str, schema: Mapping[str, Any]) -> str:
    schema = _catalog.resolve_schema(domain, schema)
    variants = schema.get("oneOf") or schema.get("anyOf")
    if variants:
        return " | ".join(dict.fromkeys(_annotation(domain, v) for v in variants))
    kinds = schema.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds] if kinds else []
    names: list[str] = []
    for kind in kinds:
        if kind == "string":
            fmt = schema.get("format")
            names.append("datetime | str" if fmt == "date-time" else "date | str" if fmt == "date" else "str")
        elif kind == "array":
            names.append(f"list[{_annotation(domain, schema.get('items', {}))}]")
        elif kind == "object" or (kind is None and "properties" in schema):
            names.append("Mapping[str, Any]")
        else:
            names.append({"integer": "int", "number": "float | Decimal", "boolean": "bool", "null": "None"}[kind])
    return " | ".join(dict.fromkeys(names)) or ("Mapping[str, Any]" if "properties" in schema else "Any")


def _parameters(domain: str, inputs: tuple[Input, ...]) -> list[inspect.Parameter]:
    ordered = sorted(inputs, key=lambda i: not i.required)
    parameters = []
    for i in ordered:
        annotation = _annotation(domain, i.schema)
        if not i.required and "None" not in annotation.split(" | "):
            annotation += " | None"
        default = inspect.Parameter.empty if i.required else None
        parameters.append(inspect.Parameter(i.python_name, KEYWORD, default=default, annotation=annotation))
    return parameters


def _extra(name: str, annotation: str, default: Any = None) -> inspect.Parameter:
    return inspect.Parameter(name, KEYWORD, default=default, annotation=annotation)


LIST_PARAMETERS = (
    _extra("fetch_all", "bool", False),
    _extra("page", "int | None"),
    _extra("page_size", "int | None"),
    _extra("include_total", "bool", False),
    _extra("sort", "str | None"),
    _extra("custom_query_params", "Mapping[str, Any] | None"),
    _extra("as_dicts", "bool", False),
)
DEBUG = _extra("debug", "bool", False)
RAW_PARAMETERS = (
    inspect.Parameter("method", KEYWORD, annotation="str"),
    inspect.Parameter("url_type", KEYWORD, annotation="str"),
    inspect.Parameter("path", KEYWORD, annotation="str"),
    _extra("query", "Mapping[str, Any] | None"),
    _extra("headers", "Mapping[str, str] | None"),
    _extra("data", "Any"),
    _extra("form_data", "Mapping[str, Any] | None"),
    _extra("file_data", "Mapping[str, bytes | str] | None"),
    _extra("file_data_file_names", "Mapping[str, str] | None"),
    _extra("response_type", "str", "json"),
    _extra("timeout", "float | None"),
    _extra("max_retries", "int | None"),
    _extra("retry_delay_ms", "int | None"),
    _extra("use_exponential_backoff", "bool", False),
    _extra("retry_on_all_errors", "bool", False),
    DEBUG,
)


@cache
def spec_of(action: Action) -> ActionSpec:
    if action.operation_id is None:
        return ActionSpec(action, Kind.RAW, None, signature=inspect.Signature([*RAW_PARAMETERS]))
    operation = _catalog.operation(action.domain, action.operation_id)
    kind = _kind(action, operation)
    domain = operation.domain
    path_inputs = _parameter_inputs(operation, "path")
    query_inputs = _parameter_inputs(operation, "query", PAGING_QUERY if kind is Kind.LIST else ())
    if kind is Kind.LIST:
        # A list's `ids` (a comma-separated string in the spec) also takes a sequence of ints, batched by 50.
        query_inputs = tuple(replace(i, schema=IDS_SCHEMA) if i.api_name == "ids" else i for i in query_inputs)
    body = body_inputs(domain, operation.request_schema()) if kind is not Kind.UPLOAD else ()
    extra: tuple[inspect.Parameter, ...] = ()
    result = _catalog.schema_name(operation.success_schema() or {}) or ""
    if kind is Kind.LIST:
        extra = LIST_PARAMETERS
        result = _catalog.schema_name(item_schema(domain, operation.success_schema()) or {}) or ""
    elif kind is Kind.PICKLIST:
        query_inputs = ()
    elif kind is Kind.UPLOAD:
        extra = (
            inspect.Parameter("file", KEYWORD, annotation="str | os.PathLike[str] | bytes | IO[bytes]"),
            _extra("file_name", "str | None"),
        )
    names = [i.python_name for i in path_inputs + query_inputs + body] + [p.name for p in extra]
    clashes = sorted({n for n in names if names.count(n) > 1})
    if clashes:
        raise RuntimeError(f"{action.method}: inputs share a name: {clashes}")
    parameters = [
        *_parameters(domain, path_inputs + query_inputs + body),
        *extra,
        DEBUG,
    ]
    required = [p for p in parameters if p.default is inspect.Parameter.empty]
    optional = [p for p in parameters if p.default is not inspect.Parameter.empty]
    return ActionSpec(
        action,
        kind,
        operation,
        path_inputs,
        query_inputs,
        body,
        result,
        inspect.Signature([*required, *optional]),
        parser_for(domain, result),
    )


def _plain_result(operation: Operation) -> str:
    """What an operation whose answer is no model returns: a plain JSON value, or None for an empty answer."""
    schema = operation.success_schema()
    return "None" if schema is None else f"the answer as {_annotation(operation.domain, schema)}"


def docstring(spec: ActionSpec) -> str:
    action = spec.action
    if spec.operation is None:
        return (
            f"{action.key}: send any request to any domain (`url_type`), through this client's auth, "
            "retries and rate limit. Returns parsed JSON, text or bytes (`response_type`)."
        )
    operation = spec.operation
    returns = {
        Kind.LIST: f"a Page of {spec.result_model or 'records'} (every record with fetch_all=True)",
        Kind.PICKLIST: '[{"key": str, "label": str}, ...], up to 10,000 entries',
        Kind.DOWNLOAD: "the file's bytes",
        Kind.UPLOAD: spec.result_model or "the answer",
    }.get(spec.kind, spec.result_model or _plain_result(operation))
    lines = [
        f"{action.key} — {operation.method} {operation.path} ({operation.operation_id}).",
        "",
        f"Returns {returns}.",
    ]
    if spec.inputs:
        lines += ["", "Inputs (API names in brackets):"]
        for i in spec.inputs:
            required = " (required)" if i.required else ""
            lines.append(f"    {i.python_name} [{i.api_name}]{required}: {_annotation(operation.domain, i.schema)}")
    return "\n".join(lines)


# --- checking a call and building its request ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SendRequest:
    """One request a flow wants sent; the driver answers with the response."""

    method: str
    path: str
    path_params: Mapping[str, Any] | None = None
    params: Mapping[str, Any] | None = None
    json: Any = None
    files: Any = None
    debug: bool = False
    operation: Operation | None = None


@dataclass(frozen=True, slots=True)
class ListResult:
    request: PageRequest
    data: PageData
    fetch_all: bool
    more: tuple[PageRequest, ...] = ()


Flow = Generator[SendRequest, httpx.Response, Any]


def _flag(arguments: Mapping[str, Any], name: str) -> bool:
    value = arguments.get(name, False)
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be a bool, not {type(value).__name__}")
    return value


def _checked(spec: ActionSpec, inputs: tuple[Input, ...], arguments: Mapping[str, Any]) -> dict[str, Any]:
    assert spec.operation is not None
    domain = spec.operation.domain
    return {
        i.api_name: check_value(domain, arguments[i.python_name], i.schema, f"{spec.action.method}({i.python_name})")
        for i in inputs
        if arguments.get(i.python_name) is not None or (i.required and i.python_name in arguments)
    }


def _page_size(spec: ActionSpec, client: Any, requested: Any, fetch_all: bool) -> int | None:
    assert spec.operation is not None
    limit = max_page_size(spec.operation, getattr(client, "page_size_limits", None))
    if requested is None:
        return limit if fetch_all else None
    if isinstance(requested, bool) or not isinstance(requested, int):
        raise TypeError(f"page_size must be an int, not {type(requested).__name__}")
    if not 1 <= requested <= limit:
        raise ValueError(
            f"page_size must be between 1 and {limit} for {spec.operation.operation_id} "
            "(raise the limit with page_size_limits= if the API accepts more)"
        )
    return requested


MAX_IDS = 50
IDS_SCHEMA = {"oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "integer"}}]}


def id_batches(value: Any, fetch_all: bool) -> list[str]:
    """`ids` as comma-separated batches of at most 50 (the API's limit): a str "1,2" or a sequence of ints.
    More than one batch is read only with fetch_all=True, which streams the batches one after another."""
    parts = value.split(",") if isinstance(value, str) else value
    if isinstance(parts, Mapping) or not isinstance(parts, list | tuple | set | frozenset | range):
        raise TypeError(f"ids must be a str such as '1,2,3' or a sequence of ints, not {type(value).__name__}")
    ids = []
    for part in parts:
        text = str(part).strip() if not isinstance(part, bool) else ""
        if not text.isdigit():
            raise ValueError(f"ids must be whole numbers, not {part!r}")
        ids.append(text)
    unique = list(dict.fromkeys(ids))
    batches = [",".join(unique[i : i + MAX_IDS]) for i in range(0, len(unique), MAX_IDS)] or [""]
    if len(batches) > 1 and not fetch_all:
        raise ValueError(
            f"ids takes at most {MAX_IDS} ids per request ({len(unique)} given); "
            "pass fetch_all=True to read them in batches of 50"
        )
    return batches


def list_request(
    spec: ActionSpec, client: Any, arguments: Mapping[str, Any]
) -> tuple[PageRequest, int, bool, tuple[PageRequest, ...]]:
    operation = spec.operation
    assert operation is not None
    fetch_all = _flag(arguments, "fetch_all")
    batches = [] if arguments.get("ids") is None else id_batches(arguments["ids"], fetch_all)
    params = _checked(spec, spec.query_inputs, {**arguments, "ids": None})
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
    if page is not None and (isinstance(page, bool) or not isinstance(page, int) or page < 1):
        raise ValueError("page must be an int >= 1")
    if fetch_all and page not in (None, 1):
        raise ValueError("fetch_all reads from page 1; leave page out")
    size = _page_size(spec, client, arguments.get("page_size"), fetch_all)
    if size is not None:
        params["pageSize"] = size
    if _flag(arguments, "include_total"):
        params["includeTotal"] = True
    sort = arguments.get("sort")
    if sort is not None:
        if not isinstance(sort, str) or not sort.strip():
            raise TypeError("sort must be a str such as '+modifiedOn' or '-id'")
        params["sort"] = sort
    request = PageRequest(
        operation,
        _checked(spec, spec.path_inputs, arguments),
        params,
        None if _flag(arguments, "as_dicts") else spec.parser,
        spec.result_model,
        _flag(arguments, "debug"),
    )
    more = tuple(replace(request, params={**params, "ids": batch}) for batch in batches[1:])
    return request, page or 1, fetch_all, more


def _list_flow(request: PageRequest, number: int, fetch_all: bool, more: tuple[PageRequest, ...]) -> Flow:
    response = yield SendRequest(**request.send_arguments(number))
    return ListResult(request, read_page(request, number, response), fetch_all, more)


class _Fields(dict[str, Any]):
    """A record's fields for a label template; a field the record lacks or holds as null reads as ""."""

    def __missing__(self, key: str) -> str:
        return ""


def _label(template: str, record: Mapping[str, Any]) -> str:
    return template.format_map(_Fields({k: v for k, v in record.items() if v is not None}))


def _picklist_flow(spec: ActionSpec, client: Any, debug: bool) -> Flow:
    operation = spec.operation
    assert operation is not None
    assert spec.action.label is not None
    size = min(PICKLIST_LIMIT, max_page_size(operation, getattr(client, "page_size_limits", None)))
    request = PageRequest(operation, {}, {"pageSize": size}, None, spec.result_model, debug)
    entries: list[dict[str, str]] = []
    seen = Seen()
    number = 1
    while len(entries) < PICKLIST_LIMIT:
        response = yield SendRequest(**request.send_arguments(number))
        data = read_page(request, number, response)
        for record in data.records:
            if seen.first_time(record):
                entries.append({"key": str(record.get("id")), "label": _label(spec.action.label, record)})
        if not data.has_more:
            break
        number += 1
    return entries[:PICKLIST_LIMIT]


def _call_flow(spec: ActionSpec, arguments: Mapping[str, Any]) -> Flow:
    operation = spec.operation
    assert operation is not None
    body = _checked(spec, spec.body_inputs, arguments) if spec.body_inputs else None
    if body is None and (operation.request_body or {}).get("required"):
        body = {}
    response = yield SendRequest(
        operation.method,
        operation.path,
        _checked(spec, spec.path_inputs, arguments),
        _checked(spec, spec.query_inputs, arguments),
        json=body,
        debug=_flag(arguments, "debug"),
        operation=operation,
    )
    if spec.kind is Kind.DOWNLOAD:
        return response.content
    return parse_single(spec.parser, response, spec.result_model)


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


def _upload_flow(spec: ActionSpec, arguments: Mapping[str, Any]) -> Flow:
    operation = spec.operation
    assert operation is not None
    name, content = file_part(arguments["file"], arguments.get("file_name"))
    response = yield SendRequest(
        operation.method,
        operation.path,
        files={"file": (name, content, "application/octet-stream")},
        debug=_flag(arguments, "debug"),
        operation=operation,
    )
    return parse_single(spec.parser, response, spec.result_model)


def flow_for(spec: ActionSpec, client: Any, arguments: Mapping[str, Any]) -> Flow:
    """Check the arguments (raising before anything is sent) and return the flow of the call."""
    if spec.kind is Kind.LIST:
        return _list_flow(*list_request(spec, client, arguments))
    if spec.kind is Kind.PICKLIST:
        return _picklist_flow(spec, client, _flag(arguments, "debug"))
    if spec.kind is Kind.UPLOAD:
        return _upload_flow(spec, arguments)
    return _call_flow(spec, arguments)


# --- the two drivers -----------------------------------------------------------------------------------------


def _send_kwargs(request: SendRequest) -> dict[str, Any]:
    return {
        "path_params": request.path_params,
        "params": request.params,
        "json": request.json,
        "files": request.files,
        "debug": request.debug or None,
        "operation": request.operation,
    }


def _result(client: Any, result: Any, asynchronous: bool) -> Any:
    """A flow's result for the caller: a list's first page becomes the page (or stream) class of its side."""
    if not isinstance(result, ListResult):
        return result
    if asynchronous:
        first: AsyncPage[Any] = AsyncPage(client, result.request, result.data)
        return AsyncRecords(first, result.more) if result.fetch_all else first
    page: Page[Any] = Page(client, result.request, result.data)
    return Records(page, result.more) if result.fetch_all else page


def run_sync(client: ServiceTitan, flow: Flow) -> Any:
    try:
        request = next(flow)
        while True:
            request = flow.send(client._send(request.method, request.path, **_send_kwargs(request)))
    except StopIteration as done:
        return _result(client, done.value, asynchronous=False)


async def run_async(client: AsyncServiceTitan, flow: Flow) -> Any:
    try:
        request = next(flow)
        while True:
            request = flow.send(await client._send(request.method, request.path, **_send_kwargs(request)))
    except StopIteration as done:
        return _result(client, done.value, asynchronous=True)


def build_method(action: Action, asynchronous: bool) -> Callable[..., Any]:
    spec = spec_of(action)
    signature = spec.signature

    def bind(arguments: dict[str, Any]) -> dict[str, Any]:
        bound = signature.bind(**arguments)
        bound.apply_defaults()
        return bound.arguments

    if spec.kind is Kind.RAW:
        if asynchronous:

            async def raw_async(self: AsyncServiceTitan, /, **kwargs: Any) -> Any:
                return await self.request(**raw_request_arguments(bind(kwargs)))

            method: Callable[..., Any] = raw_async
        else:

            def raw_sync(self: ServiceTitan, /, **kwargs: Any) -> Any:
                return self.request(**raw_request_arguments(bind(kwargs)))

            method = raw_sync
    elif asynchronous:

        async def action_async(self: AsyncServiceTitan, /, **kwargs: Any) -> Any:
            return await run_async(self, flow_for(spec, self, bind(kwargs)))

        method = action_async
    else:

        def action_sync(self: ServiceTitan, /, **kwargs: Any) -> Any:
            return run_sync(self, flow_for(spec, self, bind(kwargs)))

        method = action_sync
    method.__name__ = action.method
    method.__qualname__ = f"{'AsyncServiceTitan' if asynchronous else 'ServiceTitan'}.{action.method}"
    method.__doc__ = docstring(spec)
    self_parameter = inspect.Parameter("self", inspect.Parameter.POSITIONAL_ONLY)
    method.__signature__ = signature.replace(parameters=[self_parameter, *signature.parameters.values()])  # type: ignore[attr-defined]
    return method
