"""`st.raw`: every generated operation of every domain, bound to one client and its tenant.

    st.raw.jpm.jobs_get(id=42)                       # -> JpmV2JobResponse (generated attrs model)
    await ast.raw.crm.customers_get_list(page_size=10)

Names come from the catalog (`Operation.module`'s last segment). A domain's catalog is read when the domain is
first touched and an endpoint module is imported when it is first called, so `import servicetitan` and unused
domains cost nothing. Arguments are checked against the operation's parameters before anything is sent:
unknown or missing names raise `TypeError` (as a Python call would), values of the wrong type `TypeError`.
Datetimes are sent as UTC `...Z`, lists given for a comma-separated string parameter (`ids`) are joined, and
strings given for an enum parameter become the generated enum. Non-2xx answers raise the typed errors of
`servicetitan.errors`.
"""

from __future__ import annotations

import difflib
import enum
import inspect
import types
import uuid
from collections.abc import Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Any, TypeAlias

from servicetitan import _catalog
from servicetitan._inputs import check_value
from servicetitan._serialize import for_generated

if TYPE_CHECKING:
    from servicetitan._client import _ClientCore

Client: TypeAlias = "_ClientCore[Any, Any]"

__all__ = ["RawAPI", "RawDomain", "RawOperation"]

_BODY = "body"
_CALL_OPTIONS = ("timeout", "max_retries", "debug")


class RawAPI:
    """Domains as attributes (`st.raw.jpm`, `st.raw.equipment_systems`); `dir()` lists them all."""

    def __init__(self, client: Client) -> None:
        self._client = client
        self._domains: dict[str, RawDomain] = {}

    def __repr__(self) -> str:
        return f"<raw API of {self._client!r}>"

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
            bound = self._domains[key] = RawDomain(self._client, key)
        return bound


class RawDomain:
    """A domain's operations as attributes named like their generated modules (`jobs_get`, `jobs_get_list`)."""

    def __init__(self, client: Client, key: str) -> None:
        self._client = client
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
            bound = self._operations[name] = RawOperation(self._client, operation)
        return bound


def _prepare_value(operation: _catalog.Operation, parameter: _catalog.Parameter, value: Any) -> Any:
    """`value` checked against the parameter's schema (the checks every action uses) and put in the form
    generated code expects: datetimes that serialise as UTC `...Z`."""
    schema = parameter.schema
    if isinstance(value, uuid.UUID):
        value = str(value)
    elif schema.get("type") == "string" and isinstance(value, list | tuple | set | frozenset):
        # Comma-separated id lists (`ids`, `tagTypeIds`) are declared as plain strings.
        value = ",".join(str(item.value if isinstance(item, enum.Enum) else item) for item in value)
    check_value(operation.domain, value, schema, f"{operation.function_name}() argument {parameter.python_name!r}")
    return for_generated(list(value) if isinstance(value, tuple) else value)


def _enum_class(annotation: Any) -> type[enum.Enum] | None:
    members = annotation.__args__ if isinstance(annotation, types.UnionType) else (annotation,)
    for member in members:
        if isinstance(member, type) and issubclass(member, enum.Enum):
            return member
    return None


class RawOperation:
    """One generated operation bound to a client; call it with the operation's keyword arguments."""

    def __init__(self, client: Client, operation: _catalog.Operation) -> None:
        self._client = client
        self.operation = operation
        parameters = [p for p in operation.parameters if p.name != "tenant"]
        self._parameters = {p.python_name: p for p in parameters}
        self._api_names = {p.name: p.python_name for p in parameters if p.name != p.python_name}
        self._required = frozenset(p.python_name for p in parameters if p.required)
        body = operation.request_body
        self._takes_body = body is not None
        self._body_required = bool(body and body.get("required"))
        self._enums: dict[str, type[enum.Enum] | None] | None = None

    def __repr__(self) -> str:
        op = self.operation
        return f"<raw operation {op.domain}.{op.function_name}: {op.method} {op.path}>"

    def _enum_for(self, name: str) -> type[enum.Enum] | None:
        if self._enums is None:
            signature = inspect.signature(import_module(self.operation.module).sync_detailed)
            self._enums = {
                parameter.name: _enum_class(parameter.annotation) for parameter in signature.parameters.values()
            }
        return self._enums.get(name)

    def arguments(self, kwargs: Mapping[str, Any]) -> dict[str, Any]:
        """The keyword arguments for the generated function, or TypeError/ValueError before anything is sent."""
        op = self.operation
        result: dict[str, Any] = {}
        for given, value in kwargs.items():
            name = self._api_names.get(given, given)
            if name == _BODY and self._takes_body:
                result[_BODY] = for_generated(value)
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
            if name in result:
                raise TypeError(f"{op.function_name}() got {name!r} twice")
            if value is None:
                continue
            converted = _prepare_value(op, parameter, value)
            enum_class = self._enum_for(name) if isinstance(converted, str) else None
            if enum_class is not None:
                # Listed values only (checked above): generated enums also accept unknown ones, for responses.
                converted = enum_class(converted)
            result[name] = converted
        missing = sorted(self._required - result.keys())
        if self._body_required and _BODY not in result:
            missing.append(_BODY)
        if missing:
            raise TypeError(f"{op.function_name}() missing required argument(s): {', '.join(missing)}")
        return result

    def __call__(self, **kwargs: Any) -> Any:
        """Call the operation; `timeout`, `max_retries` and `debug` are per-call options unless the operation has
        a parameter of that name."""
        from servicetitan._client import call_options

        overrides = {
            name: kwargs.pop(name) for name in _CALL_OPTIONS if name in kwargs and name not in self._parameters
        }
        options = call_options(**overrides)
        return self._client._call_operation(self.operation, self.arguments(kwargs), options)
