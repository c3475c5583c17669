"""Keyword inputs checked against the operation's schemas, before anything is sent.

A wrong type raises `TypeError`, a value the schema cannot take (an enum value it does not list, a nested key
it does not know, a required nested field left out) raises `ValueError`, each naming the input. What passes is
returned JSON-ready, with API field names: nested mappings may use either the API's camelCase names or their
snake_case form.
"""

from __future__ import annotations

import datetime as _dt
import enum
import keyword
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import attrs

from servicetitan import _catalog
from servicetitan._serialize import json_value
from servicetitan._timeutil import timestamp_key

_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


def snake_case(api_name: str) -> str:
    """`tagTypeIds` -> `tag_type_ids`; `from` -> `from_` (a Python keyword)."""
    name = "_".join(word.lower() for word in _WORD.findall(api_name))
    return f"{name}_" if keyword.iskeyword(name) else name


@dataclass(frozen=True, slots=True)
class Input:
    """One keyword input of an action: its Python name, the API name it is sent as, and its schema."""

    python_name: str
    api_name: str
    schema: Mapping[str, Any]
    required: bool


class _Checker:
    """Walks a value and its schema together; `where` names the input for messages."""

    def __init__(self, domain: str) -> None:
        self.domain = domain

    def check(self, value: Any, schema: Mapping[str, Any], where: str) -> Any:
        schema = _catalog.resolve_schema(self.domain, schema)
        variants = schema.get("oneOf") or schema.get("anyOf")
        if variants:
            return self._check_variants(value, variants, where)
        types = schema.get("type")
        allowed = set(types) if isinstance(types, list) else {types} if types else set()
        if value is None:
            if "null" in allowed:
                return None
            raise TypeError(f"{where} must not be None")
        declared = bool(allowed)
        allowed.discard("null")
        if "enum" in schema:
            return self._check_enum(value, schema["enum"], where)
        if not allowed:
            # `{"type": "null"}` (the second half of a nullable `$ref`) takes None only; no type at all takes any.
            if declared:
                raise TypeError(f"{where} must be None, not {type(value).__name__}")
            return json_value(value)
        errors = []
        for kind in sorted(allowed):
            try:
                return self._check_type(value, kind, schema, where)
            except (TypeError, ValueError) as exc:
                errors.append(exc)
        if len(errors) == 1:
            raise errors[0]
        raise TypeError(f"{where} must be one of {sorted(allowed)}, not {type(value).__name__}")

    def _check_variants(self, value: Any, variants: list[Any], where: str) -> Any:
        failures: list[Exception] = []
        for variant in variants:
            try:
                return self.check(value, variant, where)
            except (TypeError, ValueError) as exc:
                failures.append(exc)
        if any(isinstance(f, ValueError) for f in failures):
            raise next(f for f in failures if isinstance(f, ValueError))
        raise failures[0]

    @staticmethod
    def _check_enum(value: Any, members: list[Any], where: str) -> Any:
        raw = value.value if isinstance(value, enum.Enum) else value
        if raw not in members:
            listed = ", ".join(repr(m) for m in members)
            raise ValueError(f"{where} must be one of {listed}, not {raw!r}")
        return raw

    def _check_type(self, value: Any, kind: str, schema: Mapping[str, Any], where: str) -> Any:
        if kind == "integer":
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError(f"{where} must be an int, not {type(value).__name__}")
            low, high = _INTEGER_RANGES.get(str(schema.get("format")), _INTEGER_RANGES["int64"])
            if not low <= value <= high:
                raise ValueError(f"{where} must be between {low} and {high}, not {value}")
            _check_bounds(value, schema, where)
            return value
        if kind == "number":
            if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
                raise TypeError(f"{where} must be a number (int, float or Decimal), not {type(value).__name__}")
            if not isinstance(value, int) and not math.isfinite(value):
                raise ValueError(f"{where} must be a finite number, not {value}")
            _check_bounds(value, schema, where)
            return json_value(value)
        if kind == "boolean":
            if not isinstance(value, bool):
                raise TypeError(f"{where} must be a bool, not {type(value).__name__}")
            return value
        if kind == "string":
            return self._check_string(value, schema, where)
        if kind == "array":
            if isinstance(value, str | bytes | Mapping) or not isinstance(value, list | tuple | set | frozenset):
                raise TypeError(f"{where} must be a list, not {type(value).__name__}")
            items = schema.get("items", {})
            return [self.check(item, items, f"{where}[{i}]") for i, item in enumerate(value)]
        if kind == "object":
            return self._check_object(value, schema, where)
        return json_value(value)

    @staticmethod
    def _check_string(value: Any, schema: Mapping[str, Any], where: str) -> Any:
        fmt = schema.get("format")
        if fmt == "date-time" and isinstance(value, _dt.datetime):
            return json_value(value)
        if fmt == "date" and isinstance(value, _dt.date):
            return json_value(value)
        if isinstance(value, enum.Enum) and isinstance(value.value, str):
            return value.value
        if not isinstance(value, str):
            hint = " or a datetime" if fmt == "date-time" else " or a date" if fmt == "date" else ""
            raise TypeError(f"{where} must be a str{hint}, not {type(value).__name__}")
        return value

    def _check_object(self, value: Any, schema: Mapping[str, Any], where: str) -> Any:
        if attrs.has(type(value)):
            return json_value(value)
        if not isinstance(value, Mapping):
            raise TypeError(f"{where} must be a mapping, not {type(value).__name__}")
        properties: Mapping[str, Any] = schema.get("properties") or {}
        if not properties:
            return json_value(value)
        by_python = {snake_case(name): name for name in properties}
        body: dict[str, Any] = {}
        for key, item in value.items():
            api_name = key if key in properties else by_python.get(key)
            if api_name is None:
                known = ", ".join(sorted(properties))
                raise ValueError(f"{where} has no field {key!r}; known fields: {known}")
            body[api_name] = self.check(item, properties[api_name], f"{where}.{api_name}")
        missing = [name for name in schema.get("required", []) if name not in body]
        if missing:
            raise ValueError(f"{where} is missing required field(s): {', '.join(missing)}")
        return body


_INTEGER_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


def _check_bounds(value: float | Decimal, schema: Mapping[str, Any], where: str) -> None:
    """`minimum`/`maximum` and their exclusive forms (OpenAPI 3.0 booleans or 3.1 numbers)."""
    low, high = schema.get("minimum"), schema.get("maximum")
    low_open, high_open = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    if not isinstance(low_open, bool) and isinstance(low_open, int | float):
        low, low_open = low_open, True
    if not isinstance(high_open, bool) and isinstance(high_open, int | float):
        high, high_open = high_open, True
    if low is not None and (value < low or (low_open is True and value == low)):
        raise ValueError(f"{where} must be {'above' if low_open is True else 'at least'} {low}, not {value}")
    if high is not None and (value > high or (high_open is True and value == high)):
        raise ValueError(f"{where} must be {'below' if high_open is True else 'at most'} {high}, not {value}")


def check_value(domain: str, value: Any, schema: Mapping[str, Any], where: str) -> Any:
    """`value` made JSON-ready after checking it against `schema` (see the module docstring)."""
    return _Checker(domain).check(value, schema, where)


def body_inputs(domain: str, schema: Mapping[str, Any] | None) -> tuple[Input, ...]:
    """One input per top-level property of a JSON request body."""
    if schema is None:
        return ()
    resolved = _catalog.resolve_schema(domain, schema)
    properties: Mapping[str, Any] = resolved.get("properties") or {}
    required = set(resolved.get("required", []))
    return tuple(Input(snake_case(name), name, prop, name in required) for name, prop in properties.items())


# --- limits the documents do not state ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class WindowLimit:
    """A request body's date window that the API refuses beyond `days`, though its document sets no limit."""

    start: str
    end: str
    days: int
    evidence: str


WINDOW_LIMITS: dict[tuple[str, str], WindowLimit] = {
    ("dispatch", "Capacity_GetList"): WindowLimit(
        "startsOnOrAfter",
        "endsOnOrBefore",
        14,
        "MeltanoLabs/tap-service-titan: capacity refuses a window longer than 14 days (QUIRKS, production)",
    ),
}


def _instant(value: Any) -> _dt.datetime | None:
    """A body's timestamp (as checked: a datetime or the API's text) in UTC, by the walks' own reading."""
    key = timestamp_key(value)
    return None if key is None else _dt.datetime.fromisoformat(key[:26]).replace(tzinfo=_dt.UTC)


def check_window(domain: str, operation_id: str, body: Any, label: str) -> None:
    """Refuse, naming the inputs, a window the operation is known to refuse (`WINDOW_LIMITS`)."""
    limit = WINDOW_LIMITS.get((domain, operation_id))
    if limit is None or not isinstance(body, Mapping):
        return
    start, end = _instant(body.get(limit.start)), _instant(body.get(limit.end))
    if start is None or end is None:
        return
    names = f"{label}({snake_case(limit.start)}, {snake_case(limit.end)})"
    if end < start:
        raise ValueError(f"{names}: the window ends before it starts ({end.isoformat()} < {start.isoformat()})")
    if end - start > _dt.timedelta(days=limit.days):
        raise ValueError(
            f"{names}: {operation_id} refuses a window longer than {limit.days} days, and this one is "
            f"{(end - start).total_seconds() / 86400:.1f} days; split it ({limit.evidence})"
        )
