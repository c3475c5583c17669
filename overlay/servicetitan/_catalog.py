"""The operation catalog: every operation of every domain, read from the index that generation derives from the
patched specs (`servicetitan_raw/<domain>/_operations.json`).

Routes, parameter names, scopes and schemas all come from here, so nothing about the API is maintained by hand.
A domain's index is read on first use only.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import import_module, resources
from typing import Any

from servicetitan._once import once
from servicetitan_raw import DOMAINS as _GENERATED_DOMAINS

RAW_PACKAGE = "servicetitan_raw"
DOMAINS: tuple[str, ...] = _GENERATED_DOMAINS
SCHEMA_REF = "#/components/schemas/"
EXPORT_SEGMENT = "/export/"
_NOT_SNAKE = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True, slots=True)
class Parameter:
    name: str
    python_name: str
    location: str
    required: bool
    schema: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Operation:
    operation_id: str
    domain: str
    method: str
    path: str
    module: str
    parameters: tuple[Parameter, ...]
    request_body: Mapping[str, Any] | None
    responses: Mapping[str, Any]
    scopes: tuple[str, ...]
    # The names of its query parameters, read once: requests check theirs against it.
    query_names: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        names = frozenset(p.name for p in self.parameters if p.location == "query")
        object.__setattr__(self, "query_names", names)

    @property
    def function_name(self) -> str:
        return self.module.rsplit(".", 1)[1]

    @property
    def is_paged(self) -> bool:
        """A paged list: a GET that takes `page` and `pageSize`."""
        return self.method == "GET" and {"page", "pageSize"} <= self.query_names

    @property
    def feed_name(self) -> str | None:
        """An export feed's name (`st.<domain>.export.<name>`): its path after `/export/` in snake_case; None for
        an operation that is no export feed."""
        if self.method != "GET" or EXPORT_SEGMENT not in self.path:
            return None
        return snake_name(self.path.split(EXPORT_SEGMENT, 1)[1])

    @property
    def is_download(self) -> bool:
        """A GET whose answer is a file, not JSON (no JSON success schema)."""
        return self.method == "GET" and self.success_schema() is None

    @property
    def is_upload(self) -> bool:
        """An operation that takes a file (a multipart body)."""
        return self.request_schema("multipart/form-data") is not None

    def query_parameter(self, name: str) -> Parameter | None:
        """The query parameter of API name `name`, if the operation has one."""
        if name not in self.query_names:
            return None
        return next(p for p in self.parameters if p.name == name and p.location == "query")

    @property
    def success_status(self) -> str | None:
        return next((status for status in sorted(self.responses) if status.startswith("2")), None)

    def success_schema(self) -> Mapping[str, Any] | None:
        """The JSON schema of the documented success response, or None (empty or non-JSON bodies)."""
        status = self.success_status
        if status is None:
            return None
        content = self.responses[status].get("content") or {}
        media = content.get("application/json")
        schema: Mapping[str, Any] | None = media.get("schema") if media else None
        return schema

    def request_schema(self, content_type: str = "application/json") -> Mapping[str, Any] | None:
        if not self.request_body:
            return None
        media = (self.request_body.get("content") or {}).get(content_type)
        schema: Mapping[str, Any] | None = media.get("schema") if media else None
        return schema

    def parameter(self, name: str) -> Parameter | None:
        """Look a parameter up by its API name or its Python name."""
        for parameter in self.parameters:
            if name in (parameter.name, parameter.python_name):
                return parameter
        return None


@dataclass(frozen=True, slots=True)
class Domain:
    key: str
    package: str
    title: str
    server_path: str
    spec_file: str
    operations: Mapping[str, Operation]
    schemas: Mapping[str, Any]
    models: Mapping[str, str] = field(repr=False)
    by_function: Mapping[str, Operation] = field(repr=False)


def snake_name(text: str) -> str:
    """A path's text as a name: lower case, each run of other characters one underscore (`customers/contacts`
    is `customers_contacts`)."""
    return _NOT_SNAKE.sub("_", text.lower()).strip("_")


def domain_key(name: str) -> str:
    """Accept `equipment-systems`, `equipment_systems` or `EquipmentSystems`-free spellings of a domain."""
    key = name.strip().lower().replace("-", "_")
    if key not in DOMAINS:
        raise ValueError(f"unknown ServiceTitan domain {name!r}; known domains: {', '.join(DOMAINS)}")
    return key


def domains() -> tuple[str, ...]:
    return DOMAINS


@once
def domain(name: str) -> Domain:
    key = domain_key(name)
    text = resources.files(f"{RAW_PACKAGE}.{key}").joinpath("_operations.json").read_text(encoding="utf-8")
    index = json.loads(text)
    operations = {
        operation_id: Operation(
            operation_id=operation_id,
            domain=key,
            method=raw["method"],
            path=raw["path"],
            module=raw["module"],
            parameters=tuple(
                Parameter(p["name"], p["python_name"], p["in"], p["required"], p["schema"]) for p in raw["parameters"]
            ),
            request_body=raw["request_body"],
            responses=raw["responses"],
            scopes=tuple(raw["scopes"]),
        )
        for operation_id, raw in index["operations"].items()
    }
    return Domain(
        key=key,
        package=f"{RAW_PACKAGE}.{key}",
        title=index["title"],
        server_path=index["server_path"],
        spec_file=index["file"],
        operations=operations,
        schemas=index["schemas"],
        models=index["models"],
        by_function={op.function_name: op for op in operations.values()},
    )


def operation(domain_name: str, operation_id: str) -> Operation:
    ops = domain(domain_name).operations
    try:
        return ops[operation_id]
    except KeyError:
        raise ValueError(f"domain {domain_name!r} has no operation {operation_id!r}") from None


def schema_name(schema: Mapping[str, Any]) -> str | None:
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith(SCHEMA_REF):
        return ref.removeprefix(SCHEMA_REF)
    return None


def model_class(domain_name: str, name: str) -> type[Any]:
    """The generated class (attrs model or enum) of a component schema, imported on first use."""
    module, _, class_name = domain(domain_name).models[name].partition(":")
    cls: type[Any] = getattr(import_module(module), class_name)
    return cls


def schema_registry(domain_name: str) -> dict[str, Any]:
    """A root document against which `#/components/schemas/...` references of the domain resolve."""
    return {"components": {"schemas": domain(domain_name).schemas}}


def resolve_schema(domain_name: str, schema: Mapping[str, Any]) -> Mapping[str, Any]:
    """Follow a top-level `$ref` to the named component schema."""
    name = schema_name(schema)
    if name is None:
        return schema
    resolved: Mapping[str, Any] = domain(domain_name).schemas[name]
    return resolved
