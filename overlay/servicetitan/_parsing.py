"""Tolerant parsing: one odd record never fails a whole list.

ServiceTitan sends `null` where a value is required, leaves required fields out, and adds enum values without
notice. Unknown enum values are kept by the generated enums themselves; a record that still cannot become its
model is handed over as an `UnparsedRecord` (its data untouched, the reason attached) and reported through the
`servicetitan` logger, so a paged read neither fails nor drops it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

from servicetitan import _catalog
from servicetitan._core import decode
from servicetitan.errors import ResponseValidationError

if TYPE_CHECKING:
    from servicetitan._catalog import Operation

_log = logging.getLogger("servicetitan")


@dataclass(frozen=True, slots=True)
class UnparsedRecord:
    """A record that did not fit its model: `data` is the record as received, `error` says why."""

    data: Mapping[str, Any]
    error: str
    model: str

    def __getitem__(self, key: str) -> Any:
        return self.data[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)


Parser = Callable[[Any], Any]


def parser_for(domain: str, schema_name: str | None) -> Parser | None:
    """`from_dict` of the generated model of a component schema, or None when it has no model."""
    if not schema_name or schema_name not in _catalog.domain(domain).models:
        return None
    parser: Parser = _catalog.model_class(domain, schema_name).from_dict
    return parser


def model_parser(domain: str, schema: Mapping[str, Any] | None) -> Parser | None:
    """`from_dict` of the generated model of `schema` (a `$ref`), or None when the schema names no model."""
    return None if schema is None else parser_for(domain, _catalog.schema_name(schema))


def item_schema(domain: str, envelope: Mapping[str, Any] | None) -> Mapping[str, Any] | None:
    """The schema of one element of an envelope's `data` array (paginated lists and export feeds)."""
    if envelope is None:
        return None
    resolved = _catalog.resolve_schema(domain, envelope)
    if resolved.get("type") == "array":  # the few paged lists that answer a bare array
        array_items: Mapping[str, Any] | None = resolved.get("items")
        return array_items
    data = resolved.get("properties", {}).get("data")
    if not data:
        return None
    items: Mapping[str, Any] | None = data.get("items")
    return items


def parse_record(parse: Parser | None, record: Any, model: str) -> Any:
    """One record of a list: its model, or an `UnparsedRecord` when it does not fit."""
    if parse is None or not isinstance(record, Mapping):
        return record
    try:
        return parse(record)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        reason = f"{type(exc).__name__}: {exc}"
        _log.warning("a %s record did not fit its model and is returned unparsed (%s)", model, reason)
        return UnparsedRecord(record, reason, model)


def response_json(response: httpx.Response) -> Any:
    """The JSON body of a successful answer (None when empty); a body that is not JSON raises."""
    return decode(response, "json")


def parse_single(parse: Parser | None, response: httpx.Response, model: str) -> Any:
    """A single-record answer: its model; a body that does not fit raises `ResponseValidationError`."""
    body = response_json(response)
    if parse is None or body is None:
        return body
    try:
        return parse(body)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseValidationError.of(
            f"the answer does not fit {model}: {type(exc).__name__}: {exc}", response, body
        ) from exc


def strict_flag(body: Mapping[str, Any], name: str, operation: Operation, response: httpx.Response) -> bool:
    """A boolean field of an envelope: JSON true or false only (`bool("false")` is True)."""
    value = body.get(name)
    if isinstance(value, bool):
        return value
    raise ResponseValidationError.of(
        f"{operation.operation_id}: {name} must be true or false, not {value!r}; stopping rather than guessing",
        response,
        body,
    )
