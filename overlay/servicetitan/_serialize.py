"""Turning Python values into what the API expects on the wire.

- datetimes: UTC `YYYY-MM-DDTHH:MM:SS[.ffffff]Z` (naive = UTC), in query strings and in bodies;
- dates: `YYYY-MM-DD`; booleans in query strings: `true`/`false`;
- lists, tuples and sets in query strings: comma-separated (`ids=1,2,3`), the API's convention;
- enums: their value; `Decimal`: exact, in fixed-point notation, as a JSON number in bodies (never through float)
  and as digits in query strings;
- generated attrs models: their `to_dict()`;
- a mapping as a query value (an object filter such as `customField.Fields`) becomes one parameter per key in
  the form ASP.NET binds to a dictionary, `customField.Fields[Color]=red`; a mapping nested deeper is refused;
- path parameters: percent-encoded as one segment; empty and dot-only values (`.`, `..`) are refused, because
  URL normalisation would turn them into another endpoint's path;
- header values: printable ASCII only; CR, LF, NUL or non-ASCII are refused before anything is sent.

JSON read back (`loads`), hostile bodies included: `json` (and msgspec) decode nesting by recursion and give up
with a `RecursionError` around a thousand levels deep, which is no `ValueError` and escaped every reader as a raw
exception. `loads` turns it into `UndecodableBody`, a `ValueError` like every other way a body fails to decode (not
UTF-8/16/32, cut short, an integer of more than 4,300 digits, not JSON at all), so a reader that handles one
handles them all. Every reader decodes through it (`servicetitan._bodies` for answers; errors and retries for
problem bodies). Size is bounded where the body is read (`servicetitan._transport.MAX_BODY_BYTES`), before anything
decodes it.

`for_generated` prepares keyword arguments for generated endpoint functions, which call `.isoformat()` on
datetimes themselves: it swaps each datetime for a `ZuluDateTime` so that call yields the `...Z` form.
"""

from __future__ import annotations

import copy
import datetime as _dt
import enum
import json
import math
import sys
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from servicetitan._timeutil import ZuluDateTime, format_datetime

if TYPE_CHECKING:
    from decimal import Decimal

__all__ = [
    "UndecodableBody",
    "checked_headers",
    "for_generated",
    "json_body",
    "json_value",
    "loads",
    "nested_too_deeply",
    "path_segment",
    "query_params",
    "query_value",
]


class UndecodableBody(ValueError):
    """A body that is JSON in form but cannot be decoded here (nested too deeply)."""


def nested_too_deeply() -> UndecodableBody:
    return UndecodableBody("the JSON body is nested too deeply to decode")


def loads(content: bytes | str, parse_float: Callable[[str], Any] | None = None) -> Any:
    """`json.loads`, raising only `ValueError` (`UndecodableBody` for nesting beyond the recursion limit)."""
    try:
        return json.loads(content, parse_float=parse_float)
    except RecursionError:
        raise nested_too_deeply() from None


def _is_attrs(value: Any) -> bool:
    """`attrs.has` without importing attrs, which `import servicetitan` would otherwise pay for."""
    return hasattr(type(value), "__attrs_attrs__")


def _is_decimal(value: Any) -> bool:
    """Whether `value` is a `Decimal`, without importing `decimal`, which building a client need not pay for: no
    Decimal can exist before its module is imported."""
    module = sys.modules.get("decimal")
    return module is not None and isinstance(value, module.Decimal)


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
    if _is_decimal(value):
        return _decimal_text(value)
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"cannot send {value} in a query string")
    if isinstance(value, list | tuple | set | frozenset):
        return ",".join(query_value(item) for item in value)
    if isinstance(value, Mapping):
        raise TypeError("a mapping nested in a query value cannot be sent; the API reads one level of keys")
    return str(value)


def query_params(params: Mapping[str, Any] | None) -> dict[str, str]:
    """A query mapping with None values dropped and every value rendered by `query_value`."""
    if not params:
        return {}
    rendered = {}
    for name, value in params.items():
        if value is None:
            continue
        try:
            if isinstance(value, Mapping):
                rendered.update({f"{name}[{key}]": query_value(item) for key, item in value.items()})
            else:
                rendered[str(name)] = query_value(value)
        except (TypeError, ValueError) as exc:
            raise type(exc)(f"query parameter {name!r}: {exc}") from None
    return rendered


def _decimal_text(value: Decimal) -> str:
    if not value.is_finite():
        raise ValueError(f"cannot send the Decimal {value}")
    # Fixed-point, exactly the digits given: `1E+2` becomes `100`, never `1E+2` nor a float's rounding.
    return format(value, "f")


def path_segment(name: str, value: Any) -> str:
    """One path parameter as a percent-encoded segment; refuses what would change which endpoint is called."""
    if value is None or isinstance(value, bool | float | Mapping | list | tuple | set):
        raise TypeError(f"path parameter {name!r} must be an int or a str, not {type(value).__name__}")
    if isinstance(value, int) and not -(2**63) <= value < 2**63:
        raise ValueError(f"path parameter {name!r} is outside int64: {value}")
    text = query_value(value)
    if text.strip(".") == "" or any(ord(char) < 32 or ord(char) == 127 for char in text):
        raise ValueError(f"path parameter {name!r} cannot be {text!r}: it would address another path")
    return quote(text, safe="")


def checked_headers(headers: Mapping[str, str] | None) -> Mapping[str, str] | None:
    """`headers` unchanged, after refusing a value that would be cut, folded or mangled on the wire."""
    for name, value in (headers or {}).items():
        if not isinstance(value, str):
            raise TypeError(f"header {name!r} must be a str, not {type(value).__name__}")
        if not value.isascii() or any((ord(char) < 32 and char != "\t") or ord(char) == 127 for char in value):
            raise ValueError(f"header {name!r} must be printable ASCII without CR, LF or NUL: {value!r}")
    return headers


def json_value(value: Any) -> Any:
    """A JSON-ready copy of a request body."""
    if isinstance(value, _dt.datetime):
        return format_datetime(value)
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return json_value(value.value)
    if _is_decimal(value):
        _decimal_text(value)
        return value
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"cannot send {value} in JSON")
    if isinstance(value, Mapping):
        return {str(key): json_value(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [json_value(item) for item in value]
    if _is_attrs(value) and hasattr(value, "to_dict"):
        return json_value(for_generated(value).to_dict())
    return value


class _HasDecimal(Exception):
    pass


def _refuse_decimal(value: Any) -> Any:
    if _is_decimal(value):
        raise _HasDecimal
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def json_body(value: Any) -> bytes:
    """`json_value(value)` as compact JSON bytes, with every `Decimal` written exactly."""
    ready = json_value(value)
    try:
        return json.dumps(ready, separators=(",", ":"), allow_nan=False, default=_refuse_decimal).encode()
    except _HasDecimal:
        return _dumps_exact(ready).encode()


def _dumps_exact(value: Any) -> str:
    if _is_decimal(value):
        return _decimal_text(value)
    if isinstance(value, dict):
        return "{" + ",".join(f"{json.dumps(key)}:{_dumps_exact(item)}" for key, item in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ",".join(_dumps_exact(item) for item in value) + "]"
    return json.dumps(value, allow_nan=False)


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
