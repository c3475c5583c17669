"""Turning Python values into what the API expects on the wire.

- datetimes: UTC `YYYY-MM-DDTHH:MM:SS[.ffffff]Z` (naive = UTC), in query strings and in bodies;
- dates: `YYYY-MM-DD`; booleans in query strings: `true`/`false`;
- lists, tuples and sets in query strings: comma-separated (`ids=1,2,3`), the API's convention;
- enums: their value; `Decimal` in JSON bodies: a JSON number;
- generated attrs models: their `to_dict()`.

`for_generated` prepares keyword arguments for generated endpoint functions, which call `.isoformat()` on
datetimes themselves: it swaps each datetime for a `ZuluDateTime` so that call yields the `...Z` form.
"""

from __future__ import annotations

import copy
import datetime as _dt
import enum
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from servicetitan._timeutil import ZuluDateTime, format_datetime

__all__ = ["for_generated", "json_value", "query_params", "query_value"]


def _is_attrs(value: Any) -> bool:
    """`attrs.has` without importing attrs, which `import servicetitan` would otherwise pay for."""
    return hasattr(type(value), "__attrs_attrs__")


def query_value(value: Any) -> str:
    """One query-string value."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, _dt.datetime):
        return format_datetime(value)
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return query_value(value.value)
    if isinstance(value, list | tuple | set | frozenset):
        return ",".join(query_value(item) for item in value)
    return str(value)


def query_params(params: Mapping[str, Any] | None) -> dict[str, str]:
    """A query mapping with None values dropped and every value rendered by `query_value`."""
    if not params:
        return {}
    return {str(name): query_value(value) for name, value in params.items() if value is not None}


def json_value(value: Any) -> Any:
    """A JSON-ready copy of a request body."""
    if isinstance(value, _dt.datetime):
        return format_datetime(value)
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return json_value(value.value)
    if isinstance(value, Decimal):
        # json cannot write a Decimal; float's shortest repr reproduces amounts of up to 15 significant digits.
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, Mapping):
        return {str(key): json_value(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [json_value(item) for item in value]
    if _is_attrs(value) and hasattr(value, "to_dict"):
        return json_value(for_generated(value).to_dict())
    return value


def for_generated(value: Any) -> Any:
    """`value` with every datetime, also inside lists and attrs models, replaced by a `ZuluDateTime` copy."""
    if isinstance(value, _dt.datetime):
        return value if isinstance(value, ZuluDateTime) else ZuluDateTime.from_datetime(value)
    if isinstance(value, list):
        return [for_generated(item) for item in value]
    if isinstance(value, tuple):
        return tuple(for_generated(item) for item in value)
    if isinstance(value, dict):
        return {key: for_generated(item) for key, item in value.items()}
    if _is_attrs(value):
        # A shallow copy keeps fields the constructor does not take (generated `additional_properties`).
        clone = copy.copy(value)
        for field in type(value).__attrs_attrs__:
            current = getattr(value, field.name)
            converted = for_generated(current)
            if converted is not current:
                object.__setattr__(clone, field.name, converted)
        return clone
    return value
