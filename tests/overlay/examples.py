"""Values shaped by the spec: the smallest record, body or argument an operation's schemas accept."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from servicetitan import _catalog, _operations
from servicetitan._operations import Kind, OperationSpec

# Arrays below this depth are left empty (valid, and it keeps nested models small); objects are always filled.
ARRAY_DEPTH = 2
MAX_DEPTH = 30


def example(domain: str, schema: Mapping[str, Any], depth: int = 0) -> Any:
    """A JSON value `schema` accepts: every required property filled, the first enum member, the first variant."""
    schema = _catalog.resolve_schema(domain, schema)
    variants = schema.get("oneOf") or schema.get("anyOf") or schema.get("allOf")
    if variants:
        return example(domain, variants[0], depth)
    if "enum" in schema:
        return schema["enum"][0]
    kinds = schema.get("type")
    kind = next((k for k in kinds if k != "null"), None) if isinstance(kinds, list) else kinds
    if kind == "integer":
        return 1
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    if kind == "string":
        return {"date-time": "2024-01-09T18:32:41Z", "date": "2024-01-09"}.get(schema.get("format", ""), "x")
    if kind == "array":
        return [] if depth >= ARRAY_DEPTH else [example(domain, schema.get("items", {}), depth + 1)]
    if kind == "object" or "properties" in schema:
        if depth >= MAX_DEPTH:
            raise RecursionError(f"{domain}: a schema requires itself")
        properties = schema.get("properties") or {}
        return {name: example(domain, properties[name], depth + 1) for name in schema.get("required", [])}
    return None


def record(spec: OperationSpec, number: int) -> dict[str, Any]:
    """Record `number` of a list or feed: its item schema's example with an id (and a modifiedOn and a createdOn
    where its schema has them)."""
    from servicetitan._parsing import item_schema

    domain = spec.operation.domain
    item = item_schema(domain, spec.operation.success_schema()) or {}
    value = example(domain, item) if item else {}
    value = dict(value) if isinstance(value, Mapping) else {}
    value["id"] = number
    properties = _catalog.resolve_schema(domain, item).get("properties", {}) if item else {}
    if "modifiedOn" in properties:
        value["modifiedOn"] = f"2024-01-09T18:32:{number % 60:02d}Z"
    if "createdOn" in properties:
        # As a required createdOn's example has it: one moment for every record (a list walked by its createdOn
        # reads such records by page number within that moment).
        value.setdefault("createdOn", "2024-01-09T18:00:00Z")
    return value


def required_arguments(spec: OperationSpec) -> dict[str, Any]:
    """Keyword arguments for every required input of the resource method."""
    domain = spec.operation.domain
    inputs = [*spec.inputs, *([spec.whole_body] if spec.whole_body else [])]
    arguments = {i.python_name: python_value(domain, i.schema) for i in inputs if i.required}
    if spec.kind is Kind.UPLOAD:
        arguments.update(file=b"%PDF-1.4 example", file_name="manual.pdf")
    return arguments


def python_value(domain: str, schema: Mapping[str, Any]) -> Any:
    resolved = _catalog.resolve_schema(domain, schema)
    if resolved is _operations.IDS_SCHEMA or resolved.get("oneOf") == _operations.IDS_SCHEMA["oneOf"]:
        return [1]
    return example(domain, schema)


def path_pattern(spec: OperationSpec, tenant: int) -> str:
    """The operation's path with its placeholders as they are filled by `required_arguments`."""
    path = spec.operation.path.replace("{tenant}", str(tenant))
    for i in spec.path_inputs:
        path = path.replace("{" + i.api_name + "}", str(python_value(spec.operation.domain, i.schema)))
    return path
