"""Query and path parameters checked against their documented schemas, as ServiceTitan's ASP.NET binding checks them,
before any handler runs.

- An integer path parameter that is not one (not digits, or outside int64) matches no `{id:long}` route: 404, as
  production answers an unknown route or id, and as the sandbox answers an id it does not hold.
- A query parameter that does not bind (`page=abc`, `includeTotal=yes`, an unknown enum member, an int32 out of
  range, a date that is none), breaks a documented `minimum`/`maximum`/length, or is required and missing, is a
  400 problem whose `errors` names every offending parameter at once: `{"page": ["The value 'abc' is not valid
  for page."]}`, in ASP.NET's own words.

What binding accepts, it accepts here: names are matched case-insensitively, an empty value counts as absent,
booleans are `true`/`false` in any case, enum members are matched by name in any case (or by their number),
dates and date-times are any ISO 8601 form (a `format: date` parameter takes a date with a time, as the client
sends), arrays come as repeated keys or comma-separated (`ids=1,2,3`, the API's convention), and unknown
parameters are ignored (QUIRKS.md: production ignores them silently).

The checks of an operation are compiled once, on its first request (`checks_for`), into one small function per
parameter, so a request pays a dictionary lookup and a regular expression per parameter it sends.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from servicetitan import _catalog

from .timefmt import parse_timestamp

# Returns the messages of one raw value (empty when it is valid).
Check = Callable[[str], list[str]]

INT32 = (-(2**31), 2**31 - 1)
INT64 = (-(2**63), 2**63 - 1)
_INTEGER = re.compile(r"\s*[+-]?[0-9]+\s*", re.ASCII)
_NUMBER = re.compile(r"\s*[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?\s*", re.ASCII)
_HEX = "[0-9a-fA-F]"
_GUID = re.compile(
    rf"\s*(?:{_HEX}{{32}}|(?P<open>[{{(]?){_HEX}{{8}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{12}}[}})]?)\s*"
)
_GUID_FORMATS = frozenset({"guid", "uuid"})
_DATE_FORMATS = frozenset({"date", "date-time"})


@dataclass(frozen=True, slots=True)
class _QueryParameter:
    name: str
    required: bool
    check: Check | None
    """Messages of one value (one element of an array); None when anything binds (a plain string)."""
    array: bool = False
    max_items: int | None = None


@dataclass(frozen=True, slots=True)
class ParameterChecks:
    """The compiled checks of one operation's parameters."""

    path: tuple[tuple[str, Callable[[str], bool]], ...]
    query: Mapping[str, _QueryParameter]
    """By lower-cased name."""
    required: tuple[_QueryParameter, ...]

    def invalid_path(self, params: Mapping[str, str]) -> str | None:
        """The name of the first path parameter whose value is not valid for its type, or None."""
        for name, valid in self.path:
            raw = params.get(name)
            if raw is not None and not valid(raw):
                return name
        return None

    def query_errors(self, pairs: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
        """ASP.NET-style errors of the query, every offending parameter with all its messages."""
        errors: dict[str, list[str]] = {}
        seen: set[str] = set()
        counts: dict[str, int] = {}
        query = self.query
        for raw_name, raw in pairs:
            parameter = query.get(raw_name.lower())
            if parameter is None or raw == "":
                continue
            seen.add(parameter.name)
            if parameter.array:
                values = [part for part in raw.split(",") if part.strip()]
                counts[parameter.name] = counts.get(parameter.name, 0) + len(values)
            else:
                values = [raw]
            check = parameter.check
            if check is None:
                continue
            for value in values:
                for message in check(value):
                    messages = errors.setdefault(parameter.name, [])
                    if message not in messages:
                        messages.append(message)
        for name, count in counts.items():
            limit = query[name.lower()].max_items
            if limit is not None and count > limit:
                errors.setdefault(name, []).append(f"The field {name} must have no more than {limit} items.")
        for parameter in self.required:
            if parameter.name not in seen:
                errors.setdefault(parameter.name, []).append(f"The {parameter.name} field is required.")
        return errors


_compiled: dict[tuple[str, str], ParameterChecks] = {}


def checks_for(operation: _catalog.Operation) -> ParameterChecks:
    """The checks of `operation`, compiled on first use and kept for the life of the process."""
    key = (operation.domain, operation.operation_id)
    found = _compiled.get(key)
    if found is None:
        found = _compiled[key] = compile_checks(operation)
    return found


def compile_checks(operation: _catalog.Operation) -> ParameterChecks:
    path: list[tuple[str, Callable[[str], bool]]] = []
    query: dict[str, _QueryParameter] = {}
    for parameter in operation.parameters:
        schema = _concrete(operation.domain, parameter.schema)
        if parameter.location == "path":
            valid = _path_check(schema)
            if valid is not None and parameter.name != "tenant":
                path.append((parameter.name, valid))
        elif parameter.location == "query":
            query[parameter.name.lower()] = _query_parameter(operation.domain, parameter, schema)
    required = tuple(parameter for parameter in query.values() if parameter.required)
    return ParameterChecks(tuple(path), query, required)


def valid_id(raw: str) -> bool:
    """Whether a path segment is an int64, as a `{id:long}` route constraint reads it."""
    return _INTEGER.fullmatch(raw) is not None and raw == raw.strip() and INT64[0] <= int(raw) <= INT64[1]


def _path_check(schema: Mapping[str, Any]) -> Callable[[str], bool] | None:
    """Integer ids only: a guid the sandbox does not hold is an unknown id (404) in its handler anyway, and some
    resources documented with guid ids are kept with integer ids here (invoice tasks)."""
    if schema.get("type") == "integer":
        return valid_id
    return None


def _concrete(domain: str, schema: Mapping[str, Any]) -> Mapping[str, Any]:
    """The schema behind `$ref` and a one-member `oneOf`/`anyOf`/`allOf` (how the documents spell an enum)."""
    for _ in range(8):
        name = _catalog.schema_name(schema)
        if name is not None:
            schema = _catalog.domain(domain).schemas[name]
            continue
        options = [
            option
            for option in schema.get("oneOf") or schema.get("anyOf") or schema.get("allOf") or ()
            if option.get("type") != "null"
        ]
        if len(options) == 1:
            merged = {key: value for key, value in schema.items() if key not in ("oneOf", "anyOf", "allOf")}
            schema = {**merged, **_concrete(domain, options[0])}
            continue
        break
    return schema


def _query_parameter(domain: str, parameter: _catalog.Parameter, schema: Mapping[str, Any]) -> _QueryParameter:
    if schema.get("type") == "array":
        items = _concrete(domain, schema.get("items") or {})
        return _QueryParameter(
            parameter.name,
            parameter.required,
            _value_check(parameter.name, items),
            array=True,
            max_items=schema.get("maxItems"),
        )
    return _QueryParameter(parameter.name, parameter.required, _value_check(parameter.name, schema))


def _value_check(name: str, schema: Mapping[str, Any]) -> Check | None:
    kind = schema.get("type")
    fmt = schema.get("format")
    enum = schema.get("enum")

    def invalid(raw: str) -> list[str]:
        return [f"The value '{raw}' is not valid for {name}."]

    if kind == "integer":
        low, high = INT32 if fmt == "int32" else INT64
        bounded = _bounds(name, schema)
        members = frozenset(int(member) for member in enum) if enum else None

        def check_integer(raw: str) -> list[str]:
            if _INTEGER.fullmatch(raw) is None:
                return invalid(raw)
            value = int(raw)
            if not low <= value <= high or (members is not None and value not in members):
                return invalid(raw)
            return bounded(value)

        return check_integer
    if kind == "number":
        bounded = _bounds(name, schema)

        def check_number(raw: str) -> list[str]:
            if _NUMBER.fullmatch(raw) is None:
                return invalid(raw)
            return bounded(float(raw))

        return check_number
    if kind == "boolean":
        return lambda raw: [] if raw.strip().lower() in ("true", "false") else invalid(raw)
    if kind != "string" and kind is not None:
        return None  # objects (`customField.Fields[...]`) bind key by key; nothing to check as one value
    if enum:
        return _enum_check(schema, invalid)
    if fmt in _DATE_FORMATS:

        def check_date(raw: str) -> list[str]:
            try:
                parse_timestamp(raw)
            except (ValueError, OverflowError):  # year 1 with a zone east of UTC overflows
                return invalid(raw)
            return []

        return check_date
    if fmt in _GUID_FORMATS:
        return lambda raw: [] if _GUID.fullmatch(raw) is not None else invalid(raw)
    return _length_check(name, schema)


def _enum_check(schema: Mapping[str, Any], invalid: Check) -> Check:
    """Enum members by name in any case, or by number (ASP.NET binds a defined member's number too; the documents
    list members in declaration order, numbered from 0); a flags enum takes several names, comma-separated."""
    members = frozenset(str(member).lower() for member in schema.get("enum") or ())
    count = len(members)
    flags = bool(schema.get("x-enumFlags"))

    def check_enum(raw: str) -> list[str]:
        parts = raw.split(",") if flags else [raw]
        for part in parts:
            text = part.strip().lower()
            if text in members or (_INTEGER.fullmatch(text) is not None and 0 <= int(text) < count):
                continue
            return invalid(raw)
        return []

    return check_enum


def _bounds(name: str, schema: Mapping[str, Any]) -> Callable[[float], list[str]]:
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is None and high is None:
        return lambda value: []
    shown_low = low if low is not None else INT32[0]
    shown_high = high if high is not None else INT32[1]
    message = [f"The field {name} must be between {shown_low} and {shown_high}."]

    def bounded(value: float) -> list[str]:
        if (low is not None and value < low) or (high is not None and value > high):
            return list(message)
        return []

    return bounded


def _length_check(name: str, schema: Mapping[str, Any]) -> Check | None:
    shortest, longest = schema.get("minLength"), schema.get("maxLength")
    if shortest is None and longest is None:
        return None
    if shortest is not None and longest is not None:
        message = (
            f"The field {name} must be a string with a minimum length of {shortest} and a maximum length of {longest}."
        )
    elif longest is not None:
        message = f"The field {name} must be a string with a maximum length of {longest}."
    else:
        message = f"The field {name} must be a string with a minimum length of {shortest}."

    def check_length(raw: str) -> list[str]:
        size = len(raw)
        if (shortest is not None and size < shortest) or (longest is not None and size > longest):
            return [message]
        return []

    return check_length
