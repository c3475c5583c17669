"""Everything the sandbox knows about payload shapes comes from the operation catalog's (patched) schemas.

- `shaper(domain, schema)` compiles a schema into a function that turns a stored record (a superset of the
  fields of every response about that entity) into a value the schema accepts: unknown keys dropped, missing
  required keys given a neutral default, numbers turned into strings where the spec declares strings (invoice
  totals). One stored record therefore serves every operation's differently shaped response.
- `request_validator(operation)` validates request bodies with jsonschema and reports ASP.NET-style field errors.
- `odd_mutations(domain, schema)` lists the ways a record can be made "odd" for the fault knob.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker

from servicetitan import _catalog

from .timefmt import parse_timestamp

Shaper = Callable[[Any], Any]
# (shape, default factory, null allowed)
_Compiled = tuple[Shaper, Callable[[], Any], bool]
_MISSING: Any = object()
_DEFAULT_TIMESTAMP = "2024-01-01T00:00:00.0000000Z"
_SCALARS = ("integer", "number", "string", "boolean")
_DATE_LENGTH = len("2024-01-01")


def _types_of(schema: Mapping[str, Any]) -> tuple[tuple[str, ...], bool]:
    """The non-null JSON types a schema allows, and whether null is allowed (JSON Schema semantics only: the
    OpenAPI 3.0 `nullable` keyword is ignored, as a 2020-12 validator ignores it)."""
    declared = schema.get("type")
    names = (declared,) if isinstance(declared, str) else tuple(declared or ())
    return tuple(name for name in names if name != "null"), "null" in names


def _alternatives(schema: Mapping[str, Any]) -> tuple[list[Mapping[str, Any]], bool]:
    options = list(schema.get("oneOf") or schema.get("anyOf") or schema.get("allOf") or ())
    concrete = [option for option in options if option.get("type") != "null"]
    return concrete, len(concrete) != len(options)


class _Compiler:
    def __init__(self, domain_key: str) -> None:
        self.schemas = _catalog.domain(domain_key).schemas
        self.named: dict[str, _Compiled] = {}

    def resolve(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        while (name := _catalog.schema_name(schema)) is not None:
            schema = self.schemas[name]
        return schema

    def compile(self, schema: Mapping[str, Any]) -> _Compiled:
        """Return (shape, default, nullable) for a schema."""
        name = _catalog.schema_name(schema)
        if name is not None:
            return self._named(name)
        concrete, null_option = _alternatives(schema)
        if concrete:
            shape, default, nullable = self.compile(concrete[0])
            return shape, default, nullable or null_option or bool(_types_of(schema)[1])
        types, nullable = _types_of(schema)
        kind = types[0] if types else ("object" if "properties" in schema else "")
        if kind == "object":
            return (*self._object(schema), nullable)
        if kind == "array":
            return (*self._array(schema), nullable)
        if kind in _SCALARS:
            return (*_scalar(kind, schema), nullable)
        return _identity, _none, True

    def _named(self, name: str) -> _Compiled:
        found = self.named.get(name)
        if found is None:
            # A placeholder lets self-referencing schemas compile; it forwards to the finished entry.
            self.named[name] = (lambda value: self.named[name][0](value), dict, False)
            found = self.named[name] = self.compile(self.schemas[name])
        return found

    def _object(self, schema: Mapping[str, Any]) -> tuple[Shaper, Callable[[], Any]]:
        properties: Mapping[str, Any] = schema.get("properties") or {}
        if not properties:
            return (lambda value: dict(value) if isinstance(value, Mapping) else {}), dict
        required = frozenset(schema.get("required") or ())
        fields = [(key, key in required, *self.compile(sub)) for key, sub in properties.items()]

        def shape(value: Any) -> Any:
            if not isinstance(value, Mapping):
                return _MISSING
            out: dict[str, Any] = {}
            for key, is_required, shape_field, default, nullable in fields:
                raw = value.get(key, _MISSING)
                if raw is None and nullable:
                    out[key] = None
                    continue
                shaped = _MISSING if raw is _MISSING or raw is None else shape_field(raw)
                if shaped is not _MISSING:
                    out[key] = shaped
                elif is_required:
                    out[key] = default()
            return out

        def default() -> Any:
            return shape({})

        return shape, default

    def _array(self, schema: Mapping[str, Any]) -> tuple[Shaper, Callable[[], Any]]:
        item_shape, _, item_nullable = self.compile(schema.get("items") or {})

        def shape(value: Any) -> Any:
            if not isinstance(value, list | tuple):
                return _MISSING
            shaped = ((None if item is None else item_shape(item)) for item in value)
            return [item for item in shaped if item is not _MISSING and (item is not None or item_nullable)]

        return shape, list


def _identity(value: Any) -> Any:
    return value


def _none() -> None:
    return None


def _false() -> bool:
    return False


def _scalar(kind: str, schema: Mapping[str, Any]) -> tuple[Shaper, Callable[[], Any]]:
    enum = schema.get("enum")
    if kind == "string":
        choices = frozenset(enum) if enum else None
        fmt = schema.get("format")
        fallback: Any = (
            enum[0]
            if enum
            else _DEFAULT_TIMESTAMP
            if fmt == "date-time"
            else "00000000-0000-0000-0000-000000000000"
            if fmt in ("guid", "uuid")
            else ""
        )

        if fmt == "date-time":

            def shape_timestamp(value: Any) -> Any:
                # A date kept from a body whose schema said `format: date` (a journal entry's postDate) is
                # answered as the DateTime the API binds it to.
                if isinstance(value, str) and len(value) == _DATE_LENGTH:
                    try:
                        return parse_timestamp(value)
                    except ValueError:
                        return value
                return shape_string(value)

        def shape_string(value: Any) -> Any:
            if isinstance(value, str):
                return value if choices is None or value in choices else _MISSING
            if isinstance(value, bool):
                return _MISSING
            if isinstance(value, float):
                return f"{value:.2f}"
            if isinstance(value, int):
                return str(value)
            return _MISSING

        return (shape_timestamp if fmt == "date-time" else shape_string), lambda: fallback
    if kind == "integer":

        def shape_integer(value: Any) -> Any:
            if isinstance(value, bool):
                return _MISSING
            if isinstance(value, int):
                return value
            if isinstance(value, float) and value.is_integer():
                return int(value)
            if isinstance(value, str) and value.lstrip("-").isdigit():
                return int(value)
            return _MISSING

        return shape_integer, lambda: 0
    if kind == "number":

        def shape_number(value: Any) -> Any:
            if isinstance(value, bool):
                return _MISSING
            if isinstance(value, int | float):
                return value
            if isinstance(value, str):
                try:
                    return float(value)
                except ValueError:
                    return _MISSING
            return _MISSING

        return shape_number, lambda: 0
    return (lambda value: value if isinstance(value, bool) else _MISSING), _false


@cache
def _compiler(domain_key: str) -> _Compiler:
    return _Compiler(domain_key)


def shaper(domain_key: str, schema: Mapping[str, Any]) -> Shaper:
    """A function from a stored record to a value valid against `schema` (a `$ref` or an inline schema)."""
    shape, default, _ = _compiler(domain_key).compile(schema)

    def shape_or_default(value: Any) -> Any:
        shaped = shape(value)
        return default() if shaped is _MISSING else shaped

    return shape_or_default


def resolve(domain_key: str, schema: Mapping[str, Any]) -> Mapping[str, Any]:
    return _compiler(domain_key).resolve(schema)


def _binds_as_timestamp(value: object) -> bool:
    if not isinstance(value, str):
        return True  # a format constrains strings only
    try:
        parse_timestamp(value)
    except ValueError:
        return False
    return True


def _binds_as_guid(value: object) -> bool:
    return not isinstance(value, str) or _GUID.fullmatch(value) is not None


def _binds_as_time_span(value: object) -> bool:
    return not isinstance(value, str) or _TIME_SPAN.fullmatch(value) is not None


# The formats ASP.NET's JSON reader enforces when it binds a body: a DateTime (or a date) from any ISO 8601 form,
# a Guid, a TimeSpan in .NET's own form (`[-][d.]hh:mm:ss[.fffffff]`, what the documents call `duration`). Others
# (`email`, `uri`...) are plain strings to it, and so to the sandbox.
_GUID = re.compile(r"[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}")
_TIME_SPAN = re.compile(r"-?([0-9]+\.)?([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,7})?")
BODY_FORMATS = FormatChecker(formats=())
for _name in ("date-time", "date"):
    BODY_FORMATS.checks(_name)(_binds_as_timestamp)
for _name in ("uuid", "guid"):
    BODY_FORMATS.checks(_name)(_binds_as_guid)
for _name in ("duration", "time-span"):
    BODY_FORMATS.checks(_name)(_binds_as_time_span)


def validator(domain_key: str, schema: Mapping[str, Any]) -> Draft202012Validator:
    root = dict(_catalog.schema_registry(domain_key))
    root.update(schema)
    return Draft202012Validator(root, format_checker=BODY_FORMATS)


def field_errors(domain_key: str, schema: Mapping[str, Any], body: Any) -> dict[str, list[str]]:
    """ASP.NET-style field errors of a request body: `{"customerId": ["The customerId field is required."]}`."""
    errors: dict[str, list[str]] = {}

    def add(field: str, message: str) -> None:
        messages = errors.setdefault(field, [])
        if message not in messages:
            messages.append(message)

    for error in _cached_validator(domain_key, schema).iter_errors(body):
        path = _json_path(error.absolute_path)
        prefix = f"{path}." if path else ""
        if error.validator == "required":
            present = error.instance if isinstance(error.instance, dict) else {}
            for key in error.validator_value:
                if key not in present:
                    add(prefix + key, f"The {key} field is required.")
        elif error.validator == "additionalProperties":
            for key in sorted(set(error.instance) - set(error.schema.get("properties") or ())):
                add(prefix + key, f"Could not find member '{key}' on the request object.")
        else:
            add(path or "request", error.message)
    return errors


_validators: dict[tuple[str, str], Draft202012Validator] = {}


def _cached_validator(domain_key: str, schema: Mapping[str, Any]) -> Draft202012Validator:
    key = (domain_key, _catalog.schema_name(schema) or repr(sorted(schema.items())))
    found = _validators.get(key)
    if found is None:
        found = _validators[key] = validator(domain_key, schema)
    return found


def _json_path(parts: Any) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


ODD_ENUM_VALUE = "SandboxUnknownValue"


@cache
def odd_mutations(domain_key: str, item_schema_name: str) -> tuple[tuple[str, str], ...]:
    """(kind, field) pairs that make a record of the schema odd: an unknown enum value, a required field missing,
    a required field null. Only fields that are required or enum-typed qualify, so each mutation breaks the schema."""
    schema = resolve(domain_key, {"$ref": _catalog.SCHEMA_REF + item_schema_name})
    required = [key for key in schema.get("required") or () if key != "id"]
    mutations: list[tuple[str, str]] = []
    for key, sub in (schema.get("properties") or {}).items():
        concrete, _ = _alternatives(sub)
        target = resolve(domain_key, concrete[0] if concrete else sub)
        if target.get("enum"):
            mutations.append(("unknown_enum", key))
            break
    mutations.extend(("missing_required", key) for key in required[:1])
    mutations.extend(("null_required", key) for key in required[1:2])
    return tuple(mutations)


# --- production deviations of record fields (deviations.py) -----------------------------------------------------

FIELD_KINDS = frozenset({"null_field", "missing_field", "null_elements", "date_with_time"})


def has_field(domain_key: str, schema: Mapping[str, Any], path: str) -> bool:
    """Whether the dotted `path` (`[]` steps into an array's elements) names a property of records of `schema`."""
    compiler = _compiler(domain_key)
    current = compiler.resolve(schema)
    for step in path.split("."):
        name = step.removesuffix("[]")
        found = (current.get("properties") or {}).get(name)
        if found is None:
            return False
        current = compiler.resolve(found)
        if step.endswith("[]"):
            items = current.get("items")
            if items is None:
                return False
            current = compiler.resolve(items)
        concrete, _ = _alternatives(current)
        if concrete:
            current = compiler.resolve(concrete[0])
    return True


def deviated(record: Any, kind: str, path: str, value: Any = None) -> Any:
    """`record` with one field deviation applied at `path`: a copy along the path, the rest shared.

    `null_field` sends null there, `missing_field` leaves the key out, `null_elements` puts a null element into the
    array there (after its first element), `date_with_time` sends a date as `YYYY-MM-DDT00:00:00` (or with the
    time `value` names, `HH:MM:SS`)."""
    if not isinstance(record, dict):
        return record
    step, _, rest = path.partition(".")
    name = step.removesuffix("[]")
    copy = dict(record)
    if rest:
        inner = record.get(name)
        if step.endswith("[]") and isinstance(inner, list):
            copy[name] = [deviated(item, kind, rest, value) for item in inner]
        elif isinstance(inner, dict):
            copy[name] = deviated(inner, kind, rest, value)
        return copy
    current = record.get(name)
    if kind == "null_field":
        copy[name] = None
    elif kind == "missing_field":
        copy.pop(name, None)
    elif kind == "null_elements":
        copy[name] = [*current[:1], None, *current[1:]] if isinstance(current, list) else [None]
    elif kind == "date_with_time" and isinstance(current, str) and len(current) == 10:
        copy[name] = f"{current}T{value or '00:00:00'}"
    return copy
