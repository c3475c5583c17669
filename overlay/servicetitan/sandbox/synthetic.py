"""Records made from the response schemas of the catalog, for every resource the sandbox does not model by hand.

`record_factory(domain, schemas, ...)` compiles the union of the top-level properties of a resource's item
schemas (its list, get-by-id and export answers) into a pure function of the record's index: every value comes
from a hash of (seed, index, field path), so two sandboxes with the same seed serve the same records. Values
follow the schema (enums, formats, `maxLength`, nested objects and arrays to a small depth) and a few naming
habits of the API (`...Id` fields hold ids, `...On` fields timestamps, `email`, `phone`, `name`). Every record
also carries `id`, `active`, `createdOn` and `modifiedOn`, which paging, filters and export feeds need; the
answer's shaper drops whatever an operation's schema does not declare.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from servicetitan import _catalog
from servicetitan.frames import text_money_of

from .seed import SEED_EPOCH, mix
from .timefmt import format_date, format_timestamp

Value = Callable[[int], Any]
"""A field's value as a function of the record index."""

MAX_DEPTH = 3
INACTIVE_EVERY = 10
"""Every tenth synthetic record is inactive, so `active` filters have something to hide."""
_ABSENT: Any = object()
_DAY = 86_400.0


def amount_text(number: int) -> str:
    """An amount as the API sends money in text: two decimals, from 0.00 to 99,999.99."""
    return f"{number % 10_000_000 / 100:.2f}"


class _Compiler:
    def __init__(self, domain_key: str, seed: int) -> None:
        self.schemas = _catalog.domain(domain_key).schemas
        self.seed = seed

    def resolve(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        while (name := _catalog.schema_name(schema)) is not None:
            schema = self.schemas[name]
        return schema

    def properties(self, schema: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
        """Declared properties of an object schema, `allOf` parts merged, first declaration winning."""
        schema = self.resolve(schema)
        merged: dict[str, Mapping[str, Any]] = {}
        for part in schema.get("allOf") or ():
            for key, sub in self.properties(part).items():
                merged.setdefault(key, sub)
        for key, sub in (schema.get("properties") or {}).items():
            merged.setdefault(key, sub)
        return merged

    def value(self, schema: Mapping[str, Any], path: str, depth: int, amount: bool = False) -> Value:
        """A field's values; `amount`: a field the API sends as money in text (`frames.text_money_of`, the one
        definition the readers use too)."""
        money = frozenset(text_money_of(schema))
        schema = self.resolve(schema)
        options = [
            option for option in schema.get("oneOf") or schema.get("anyOf") or () if option.get("type") != "null"
        ]
        if options:
            return self.value(options[0], path, depth, amount)
        declared = schema.get("type")
        kinds = [declared] if isinstance(declared, str) else [kind for kind in declared or () if kind != "null"]
        kind = kinds[0] if kinds else ("object" if "properties" in schema or "allOf" in schema else "")
        salt = zlib.crc32(path.encode())
        name = path.rsplit(".", 1)[-1].replace("[]", "")
        enum = schema.get("enum")
        if enum and kind in ("string", "integer", "number"):
            choices = [value for value in enum if value is not None]
            return lambda index: choices[mix(index, salt, self.seed) % len(choices)]
        if kind == "object":
            return self._object(schema, path, depth, money)
        if kind == "array":
            return self._array(schema, path, depth)
        if kind == "string" and amount:
            return lambda index: amount_text(mix(index, salt, self.seed))
        if kind == "string":
            return self._string(schema, name, salt)
        if kind == "integer":
            return self._integer(name, salt)
        if kind == "number":
            return lambda index: round(mix(index, salt, self.seed) % 100_000 / 100, 2)
        if kind == "boolean":
            return lambda index: mix(index, salt, self.seed) % 2 == 0
        return lambda index: None

    def _object(self, schema: Mapping[str, Any], path: str, depth: int, money: frozenset[str]) -> Value:
        if depth >= MAX_DEPTH:
            return lambda index: _ABSENT
        fields = [
            (key, self.value(sub, f"{path}.{key}", depth + 1, key in money))
            for key, sub in self.properties(schema).items()
        ]

        def build(index: int) -> Any:
            out = {}
            for key, make in fields:
                value = make(index)
                if value is not _ABSENT:
                    out[key] = value
            return out

        return build

    def _array(self, schema: Mapping[str, Any], path: str, depth: int) -> Value:
        if depth >= MAX_DEPTH - 1:
            return lambda index: []
        item = self.value(schema.get("items") or {}, f"{path}[]", depth + 1)
        salt = zlib.crc32(path.encode())

        def build(index: int) -> Any:
            length = mix(index, salt, self.seed) % 3
            values = (item(index * 3 + position) for position in range(length))
            return [value for value in values if value is not _ABSENT]

        return build

    def _string(self, schema: Mapping[str, Any], name: str, salt: int) -> Value:
        seed = self.seed
        fmt = schema.get("format")
        if fmt == "date-time":
            return lambda index: format_timestamp(SEED_EPOCH + mix(index, salt, seed) % 365 * _DAY)
        if fmt == "date":
            return lambda index: format_date(SEED_EPOCH + mix(index, salt, seed) % 365 * _DAY)
        if fmt in ("guid", "uuid"):
            return lambda index: f"{mix(index, salt, seed):08x}-0000-4000-8000-{index:012x}"
        if fmt == "duration":
            return lambda index: f"{mix(index, salt, seed) % 8:02d}:{mix(index, salt + 1, seed) % 60:02d}:00"
        lowered = name.lower()
        if fmt == "email" or "email" in lowered:
            text: Value = lambda index: f"{name.lower()}{index + 1}@example.com"  # noqa: E731
        elif fmt == "phone" or "phone" in lowered:
            text = lambda index: f"555{mix(index, salt, seed) % 10_000_000:07d}"  # noqa: E731
        elif "url" in lowered or "uri" in lowered:
            text = lambda index: f"https://example.com/{name}/{index + 1}"  # noqa: E731
        else:
            label = name[:1].upper() + name[1:]
            text = lambda index: f"{label} {index + 1}"  # noqa: E731
        limit = schema.get("maxLength")
        if isinstance(limit, int):
            return lambda index: text(index)[:limit]
        return text

    def _integer(self, name: str, salt: int) -> Value:
        seed = self.seed
        if name.endswith(("Id", "Ids", "ID")) or name == "id":
            return lambda index: 1 + mix(index, salt, seed) % 100_000
        return lambda index: mix(index, salt, seed) % 100


def record_factory(
    domain_key: str,
    schemas: Sequence[Mapping[str, Any]],
    *,
    seed: int,
    first_id: int,
    created_on: Callable[[int], float],
    modified_on: Callable[[int], str],
    extra: Callable[[int], Mapping[str, Any]] | None = None,
) -> Callable[[int], dict[str, Any]]:
    """A function from a record index to a record holding the fields of all `schemas` (item schemas of one
    resource); `extra` adds fields of the sandbox's own (the parents a nested list is scoped by)."""
    compiler = _Compiler(domain_key, seed)
    fields: dict[str, Value] = {}
    for schema in schemas:
        money = text_money_of(schema)
        for key, sub in compiler.properties(schema).items():
            if key not in fields:
                fields[key] = compiler.value(sub, key, 1, key in money)
    for key in ("id", "active", "createdOn", "modifiedOn"):
        fields.pop(key, None)
    compiled = list(fields.items())

    def build(index: int) -> dict[str, Any]:
        record: dict[str, Any] = {
            "id": first_id + index,
            "active": index % INACTIVE_EVERY != INACTIVE_EVERY - 1,
            "createdOn": format_timestamp(created_on(index)),
            "modifiedOn": modified_on(index),
        }
        for key, make in compiled:
            value = make(index)
            if value is not _ABSENT:
                record[key] = value
        if extra is not None:
            record.update(extra(index))
        return record

    return build


# --- whole values of a schema: request bodies and answers of operations that hold no records -------------------

INSTANCE_DEPTH = 6
"""Below this depth an instance keeps only required properties and minimal arrays (schemas may recurse)."""


class _Instances:
    """Values valid against a schema: every required property, `minItems`/`minLength`/`minimum` honoured, one
    item per array, enums and formats followed. Optional properties are filled near the root only."""

    def __init__(self, domain_key: str, seed: int) -> None:
        self.schemas = _catalog.domain(domain_key).schemas
        self.seed = seed

    def resolve(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        while (name := _catalog.schema_name(schema)) is not None:
            schema = self.schemas[name]
        return schema

    def make(self, schema: Mapping[str, Any], path: str, depth: int, amount: bool = False) -> Any:
        """A value of `schema`; `amount`: a field the API sends as money in text (`frames.text_money_of`)."""
        money = frozenset(text_money_of(schema))
        schema = self.resolve(schema)
        options = [
            option for option in schema.get("oneOf") or schema.get("anyOf") or () if option.get("type") != "null"
        ]
        if options:
            return self.make(options[0], path, depth, amount)
        parts = schema.get("allOf")
        if parts and "properties" not in schema and "type" not in schema:
            merged: dict[str, Any] = {}
            for part in parts:
                value = self.make(part, path, depth)
                if isinstance(value, dict):
                    merged.update(value)
                elif not merged:
                    return value
            return merged
        declared = schema.get("type")
        kinds = [declared] if isinstance(declared, str) else [kind for kind in declared or () if kind != "null"]
        kind = kinds[0] if kinds else ("object" if "properties" in schema or "allOf" in schema else "")
        salt = mix(0, zlib.crc32(path.encode()), self.seed)
        enum = [value for value in schema.get("enum") or () if value is not None]
        if enum:
            return enum[salt % len(enum)]
        if kind == "object":
            return self._object(schema, path, depth, money)
        if kind == "array":
            count = max(int(schema.get("minItems") or 0), 1 if depth < INSTANCE_DEPTH else 0)
            return [self.make(schema.get("items") or {}, f"{path}[]", depth + 1) for _ in range(count)]
        if kind == "string" and amount:
            return amount_text(salt)
        if kind == "string":
            return self._string(schema, path, salt)
        if kind in ("integer", "number"):
            low = schema.get("minimum")
            high = schema.get("maximum")
            name = path.rsplit(".", 1)[-1]
            value = 1 + salt % 100 if kind == "integer" or name.endswith("Id") else round(1 + salt % 10_000 / 100, 2)
            if isinstance(low, int | float) and value < low:
                value = low if schema.get("exclusiveMinimum") is not True else low + 1
            if isinstance(high, int | float) and value > high:
                value = high if schema.get("exclusiveMaximum") is not True else high - 1
            return int(value) if kind == "integer" else value
        if kind == "boolean":
            return salt % 2 == 0
        return None

    def _object(self, schema: Mapping[str, Any], path: str, depth: int, money: frozenset[str]) -> dict[str, Any]:
        properties: dict[str, Mapping[str, Any]] = {}
        required: set[str] = set(schema.get("required") or ())
        for part in schema.get("allOf") or ():
            resolved = self.resolve(part)
            required.update(resolved.get("required") or ())
            for key, sub in (resolved.get("properties") or {}).items():
                properties.setdefault(key, sub)
        properties.update(schema.get("properties") or {})
        out: dict[str, Any] = {}
        for key, sub in properties.items():
            if key in required or depth < 2:
                out[key] = self.make(sub, f"{path}.{key}" if path else key, depth + 1, key in money)
        return out

    def _string(self, schema: Mapping[str, Any], path: str, salt: int) -> str:
        fmt = schema.get("format")
        name = path.rsplit(".", 1)[-1].replace("[]", "") or "value"
        if fmt == "date-time":
            text = format_timestamp(SEED_EPOCH + salt % 365 * _DAY)
        elif fmt == "date":
            text = format_date(SEED_EPOCH + salt % 365 * _DAY)
        elif fmt in ("guid", "uuid"):
            text = f"{salt % 0xFFFFFFFF:08x}-0000-4000-8000-{salt % 10**12:012x}"
        elif fmt == "duration" or fmt == "time-span":
            text = f"0{salt % 8}:{salt % 60:02d}:00"
        elif fmt in ("uri", "url") or "url" in name.lower():
            text = f"https://example.com/{name}"
        elif fmt == "email" or "email" in name.lower():
            text = f"{name.lower()}@example.com"
        else:
            text = f"{name[:1].upper()}{name[1:]} {salt % 1000}"
        low, high = schema.get("minLength"), schema.get("maxLength")
        if isinstance(low, int) and len(text) < low:
            text = text.ljust(low, "x")
        if isinstance(high, int):
            text = text[:high]
        pattern = schema.get("pattern")
        if isinstance(pattern, str) and not re.search(pattern, text):
            candidates = (f"#{salt % 0xFFFFFF:06x}", str(salt % 1000), f"A{salt % 1000}", "a", "A")
            text = next((candidate for candidate in candidates if re.search(pattern, candidate)), text)
        return text


def instance(domain_key: str, schema: Mapping[str, Any], *, seed: int = 0) -> Any:
    """A value valid against `schema` (a `$ref` or inline schema of the domain), the same for the same seed: request
    bodies for tests and answers of operations that hold no records."""
    return _Instances(domain_key, seed).make(schema, "", 0)
