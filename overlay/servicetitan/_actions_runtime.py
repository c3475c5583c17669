"""How an `Action` row becomes a method of both clients: the runtime's method for its resource, under its name.

A row with a target runs `servicetitan._operations` for that operation, exactly as `st.<domain>.<resource>.<verb>`
does; only the name in error messages and the docstring's title differ. The two mappings the component adds are
here: a data source's pick list (`label`), and `raw_request`'s inputs mapped onto `request()`.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from servicetitan import _operations
from servicetitan._once import once
from servicetitan._operations import CALL_PARAMETERS, KEYWORD, Flow, OperationSpec, SendRequest, flag, keyword, spec_for
from servicetitan._raw_request import raw_request_arguments
from servicetitan.pagination import PageRequest, fetch_all_page_size, new_walk

if TYPE_CHECKING:
    from servicetitan._catalog import Operation
    from servicetitan._core import AsyncCore, Core, SyncCore

PICKLIST_LIMIT = 10_000


class Action(Hashable, Protocol):
    """A row of `servicetitan.actions.ACTIONS` (named here by its shape: the table imports this module, not the
    other way round)."""

    @property
    def key(self) -> str: ...
    @property
    def method(self) -> str: ...
    @property
    def target(self) -> str | None: ...
    @property
    def label(self) -> str | None: ...
    @property
    def operation(self) -> Operation | None: ...


RAW_PARAMETERS = (
    inspect.Parameter("method", KEYWORD, annotation="str"),
    inspect.Parameter("url_type", KEYWORD, annotation="str"),
    inspect.Parameter("path", KEYWORD, annotation="str"),
    keyword("query", "Mapping[str, Any] | None"),
    keyword("headers", "Mapping[str, str] | None"),
    keyword("data", "Any"),
    keyword("form_data", "Mapping[str, Any] | None"),
    keyword("file_data", "Mapping[str, bytes | str] | None"),
    keyword("file_data_file_names", "Mapping[str, str] | None"),
    keyword("response_type", "str", "json"),
    keyword("timeout", "float | None"),
    keyword("max_retries", "int | None"),
    keyword("retry_delay_ms", "int | None"),
    keyword("use_exponential_backoff", "bool", False),
    keyword("retry_on_all_errors", "bool", False),
    keyword("debug", "bool", False),
)
RAW_SIGNATURE = inspect.Signature([*RAW_PARAMETERS])
PICKLIST_SIGNATURE = inspect.Signature([*CALL_PARAMETERS])
PICKLIST_NAMES = frozenset(p.name for p in CALL_PARAMETERS)


@dataclass(frozen=True, slots=True)
class ActionMethod:
    """What an action is: its row, the spec of its operation (None for the raw request) and its signature."""

    action: Action
    spec: OperationSpec | None
    signature: inspect.Signature

    @property
    def is_picklist(self) -> bool:
        return self.action.label is not None


@once
def action_method(action: Action) -> ActionMethod:
    operation = action.operation
    if operation is None:
        return ActionMethod(action, None, RAW_SIGNATURE)
    spec = spec_for(operation.domain, operation.operation_id)
    return ActionMethod(action, spec, PICKLIST_SIGNATURE if action.label is not None else spec.signature)


def docstring(method: ActionMethod) -> str:
    action = method.action
    if method.spec is None:
        return (
            f"{action.key}: send any request to any domain (`url_type`), through this client's auth, "
            "retries and rate limit. Returns parsed JSON, text or bytes (`response_type`)."
        )
    target = f"{action.key}, st.{action.target}"
    if method.is_picklist:
        operation = method.spec.operation
        return (
            f"{target} as a pick list — {operation.method} {operation.path} ({operation.operation_id}).\n\n"
            f'Returns [{{"key": str, "label": str}}, ...], up to 10,000 entries, labelled {action.label!r}.'
        )
    return _operations.docstring(method.spec, target)


# --- the data sources: a whole list as key/label pairs --------------------------------------------------------


class _Fields(dict[str, Any]):
    """A record's fields for a label template; a field the record lacks or holds as null reads as ""."""

    def __missing__(self, key: str) -> str:
        return ""


def _label(template: str, record: Mapping[str, Any]) -> str:
    return template.format_map(_Fields({k: v for k, v in record.items() if v is not None}))


def _picklist_flow(method: ActionMethod, core: Core, arguments: Mapping[str, Any]) -> Flow:
    spec, label = method.spec, method.action.label
    assert spec is not None
    assert label is not None
    operation = spec.operation
    size = min(PICKLIST_LIMIT, fetch_all_page_size(operation, core))
    request = PageRequest(operation, {}, {"pageSize": size}, None, spec.result_model, flag(arguments, "debug"))
    walk = new_walk(request, core, fetch_all=True)
    entries: list[dict[str, str]] = []
    while len(entries) < PICKLIST_LIMIT and not walk.done:
        response = yield SendRequest(**walk.send_arguments())
        for record in walk.accept(response).records:
            entries.append({"key": str(record.get("id")), "label": _label(label, record)})
    return entries[:PICKLIST_LIMIT]


def _picklist_names(method: ActionMethod, arguments: Mapping[str, Any]) -> None:
    unknown = sorted(set(arguments) - PICKLIST_NAMES)
    if unknown:
        raise TypeError(f"{method.action.method}() got an unexpected keyword argument {unknown[0]!r}")


# --- building the two methods ---------------------------------------------------------------------------------


def _bind_raw(arguments: dict[str, Any]) -> dict[str, Any]:
    bound = RAW_SIGNATURE.bind(**arguments)
    bound.apply_defaults()
    return raw_request_arguments(bound.arguments)


def _sync(method: ActionMethod) -> Callable[..., Any]:
    action, spec = method.action, method.spec
    if spec is None:

        def raw_sync(self: Any, /, **arguments: Any) -> Any:
            return self.request(**_bind_raw(arguments))

        return raw_sync
    if method.is_picklist:

        def picklist_sync(self: SyncCore, /, **arguments: Any) -> Any:
            _picklist_names(method, arguments)
            core = _operations.with_call_options(self, arguments)
            return _operations.run_sync(core, _picklist_flow(method, core, arguments))

        return picklist_sync

    def action_sync(self: SyncCore, /, **arguments: Any) -> Any:
        return _operations.call_sync(self, spec, action.method, arguments)

    return action_sync


def _async(method: ActionMethod) -> Callable[..., Any]:
    action, spec = method.action, method.spec
    if spec is None:

        async def raw_async(self: Any, /, **arguments: Any) -> Any:
            return await self.request(**_bind_raw(arguments))

        return raw_async
    if method.is_picklist:

        async def picklist_async(self: AsyncCore, /, **arguments: Any) -> Any:
            _picklist_names(method, arguments)
            core = _operations.with_call_options(self, arguments)
            return await _operations.run_async(core, _picklist_flow(method, core, arguments))

        return picklist_async

    async def action_async(self: AsyncCore, /, **arguments: Any) -> Any:
        return await _operations.call_async(self, spec, action.method, arguments)

    return action_async


def build_method(action: Action, asynchronous: bool) -> Callable[..., Any]:
    method = action_method(action)
    function = _async(method) if asynchronous else _sync(method)
    function.__name__ = action.method
    function.__qualname__ = f"{'AsyncServiceTitan' if asynchronous else 'ServiceTitan'}.{action.method}"
    function.__doc__ = docstring(method)
    self_parameter = inspect.Parameter("self", inspect.Parameter.POSITIONAL_ONLY)
    parameters = [self_parameter, *method.signature.parameters.values()]
    function.__signature__ = method.signature.replace(parameters=parameters)  # type: ignore[attr-defined]
    return function
