"""`st.raw`: every operation under the name and calling convention of its generated function.

    st.raw.jpm.jobs_get(id=42)                       # -> JpmV2JobResponse (generated attrs model)
    await ast.raw.crm.customers_get_list(page_size=10)

A view of the same runtime as the resources (`servicetitan._operations`): the request is checked, built, sent
and parsed there. What differs is the convention of the generated functions: names from the catalog
(`Operation.module`'s last segment), arguments under their generated or API names, a request body as one
`body` argument (a mapping or the generated model), no paging (a list answer is its envelope model). Unknown or
missing names raise `TypeError` (as a Python call would), values of the wrong type `TypeError`, before anything
is sent. Datetimes are sent as UTC `...Z` and lists given for a comma-separated string parameter (`ids`) are
joined. Non-2xx answers raise the typed errors of `servicetitan.errors`.
"""

from __future__ import annotations

import difflib
import enum
import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from servicetitan import _catalog, _operations
from servicetitan._inputs import check_value
from servicetitan._operations import SendRequest
from servicetitan._parsing import Parser, parser_for

if TYPE_CHECKING:
    from servicetitan._core import AsyncCore, Core, SyncCore

__all__ = ["RawAPI", "RawDomain", "RawOperation"]

_BODY = "body"
_CALL_OPTIONS = ("timeout", "max_retries", "debug")
_UNSET = object()


class RawAPI:
    """Domains as attributes (`st.raw.jpm`, `st.raw.equipment_systems`); `dir()` lists them all."""

    def __init__(self, core: Core, asynchronous: bool) -> None:
        self._core = core
        self._asynchronous = asynchronous
        self._domains: dict[str, RawDomain] = {}

    def __repr__(self) -> str:
        return f"<raw API of {self._core!r}>"

    def __dir__(self) -> list[str]:
        return list(_catalog.domains())

    def __getattr__(self, name: str) -> RawDomain:
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            key = _catalog.domain_key(name)
        except ValueError as exc:
            raise AttributeError(str(exc)) from None
        bound = self._domains.get(key)
        if bound is None:
            bound = self._domains.setdefault(key, RawDomain(self._core, key, self._asynchronous))
        return bound


class RawDomain:
    """A domain's operations as attributes named like their generated modules (`jobs_get`, `jobs_get_list`)."""

    def __init__(self, core: Core, key: str, asynchronous: bool) -> None:
        self._core = core
        self._asynchronous = asynchronous
        self._domain = _catalog.domain(key)
        self._operations: dict[str, RawOperation] = {}

    def __repr__(self) -> str:
        return f"<raw {self._domain.key} API ({len(self._domain.operations)} operations)>"

    def __dir__(self) -> list[str]:
        return sorted(self._domain.by_function)

    def __getattr__(self, name: str) -> RawOperation:
        if name.startswith("_"):
            raise AttributeError(name)
        bound = self._operations.get(name)
        if bound is None:
            operation = self._domain.by_function.get(name)
            if operation is None:
                close = difflib.get_close_matches(name, self._domain.by_function, n=3)
                hint = f"; did you mean {', '.join(close)}?" if close else ""
                raise AttributeError(f"domain {self._domain.key!r} has no operation {name!r}{hint}")
            bound = self._operations.setdefault(name, RawOperation(self._core, operation, self._asynchronous))
        return bound


def _prepare_value(operation: _catalog.Operation, parameter: _catalog.Parameter, value: Any) -> Any:
    """`value` checked against the parameter's schema (the checks every method uses), JSON-ready."""
    schema = parameter.schema
    if isinstance(value, uuid.UUID):
        value = str(value)
    elif schema.get("type") == "string" and isinstance(value, list | tuple | set | frozenset):
        # Comma-separated id lists (`ids`, `tagTypeIds`) are declared as plain strings.
        value = ",".join(str(item.value if isinstance(item, enum.Enum) else item) for item in value)
    where = f"{operation.function_name}() argument {parameter.python_name!r}"
    return check_value(operation.domain, value, schema, where)


class RawOperation:
    """One operation bound to a client, called with its generated function's keyword arguments."""

    def __init__(self, core: Core, operation: _catalog.Operation, asynchronous: bool) -> None:
        self._core = core
        self._asynchronous = asynchronous
        self.operation = operation
        parameters = [p for p in operation.parameters if p.name != "tenant"]
        self._parameters = {p.python_name: p for p in parameters}
        self._api_names = {p.name: p.python_name for p in parameters if p.name != p.python_name}
        self._required = frozenset(p.python_name for p in parameters if p.required)
        body = operation.request_body
        self._takes_body = body is not None
        self._body_required = bool(body and body.get("required"))
        self._body_schema = operation.request_schema()
        self._download = operation.is_download
        self._answer = _catalog.schema_name(operation.success_schema() or {})
        self._model = f"{self._answer} ({operation.operation_id})" if self._answer else operation.operation_id
        self._parse: object = _UNSET

    def __repr__(self) -> str:
        op = self.operation
        return f"<raw operation {op.domain}.{op.function_name}: {op.method} {op.path}>"

    def _parser(self) -> Parser | None:
        """The answer's model, imported on the first call rather than when the operation is looked up."""
        if self._parse is _UNSET:
            self._parse = parser_for(self.operation.domain, self._answer)
        return self._parse  # type: ignore[return-value]

    def _body(self, value: Any) -> Any:
        if self._body_schema is None:
            return value
        where = f"{self.operation.function_name}() argument 'body'"
        return check_value(self.operation.domain, value, self._body_schema, where)

    def request(self, kwargs: Mapping[str, Any], debug: bool = False) -> SendRequest:
        """The request for these keyword arguments, or TypeError/ValueError before anything is sent."""
        op = self.operation
        path: dict[str, Any] = {}
        query: dict[str, Any] = {}
        body: Any = None
        seen: set[str] = set()
        for given, value in kwargs.items():
            name = self._api_names.get(given, given)
            if name == _BODY and self._takes_body:
                body = self._body(value)
                seen.add(_BODY)
                continue
            parameter = self._parameters.get(name)
            if parameter is None:
                known = sorted([*self._parameters, *([_BODY] if self._takes_body else [])])
                close = difflib.get_close_matches(given, known, n=3)
                hint = f" (did you mean {', '.join(close)}?)" if close else ""
                raise TypeError(
                    f"{op.function_name}() got an unexpected argument {given!r}{hint}; "
                    f"it takes: {', '.join(known) or 'no arguments'}"
                )
            if name in seen:
                raise TypeError(f"{op.function_name}() got {name!r} twice")
            if value is None:
                continue
            seen.add(name)
            target = path if parameter.location == "path" else query
            target[parameter.name] = _prepare_value(op, parameter, value)
        missing = sorted(self._required - seen)
        if self._body_required and _BODY not in seen:
            missing.append(_BODY)
        if missing:
            raise TypeError(f"{op.function_name}() missing required argument(s): {', '.join(missing)}")
        return SendRequest(op.method, op.path, path, query, json=body, debug=debug, operation=op)

    def __call__(self, **kwargs: Any) -> Any:
        """Call the operation; `timeout`, `max_retries` and `debug` are per-call options unless the operation has
        a parameter of that name."""
        options = {name: kwargs.pop(name) for name in _CALL_OPTIONS if name in kwargs and name not in self._parameters}
        if options.get("debug") is not None and not isinstance(options["debug"], bool):
            raise TypeError("debug must be a bool")
        request = self.request(kwargs, bool(options.get("debug")))
        core = _operations.with_call_options(self._core, options)
        flow = _operations.send_flow(request, self._parser(), self._model, self._download)
        if self._asynchronous:
            return _operations.run_async(cast("AsyncCore", core), flow)
        return _operations.run_sync(cast("SyncCore", core), flow)
