"""Requests and responses checked against the (patched) spec of their operation.

Used by the cassette contract test and by anything else that wants to know whether a recorded exchange is
one the real API documents: the operation is found from the method and path, query names must be the
operation's, and JSON bodies must validate against the operation's request and response schemas.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from jsonschema import Draft202012Validator

from servicetitan import _catalog
from servicetitan._catalog import Operation


@dataclass(frozen=True)
class Route:
    method: str
    pattern: re.Pattern[str]
    placeholders: int
    operation: Operation


@cache
def routes() -> tuple[Route, ...]:
    table = []
    for key in _catalog.domains():
        for operation in _catalog.domain(key).operations.values():
            parts = re.split(r"(\{[^}]+\})", operation.path)
            regex = "".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts)
            table.append(Route(operation.method, re.compile(f"^{regex}$"), len(parts) // 2, operation))
    # A literal segment beats a placeholder: /jobs/export wins over /jobs/{id}.
    return tuple(sorted(table, key=lambda r: r.placeholders))


def operation_for(method: str, path: str) -> Operation | None:
    for route in routes():
        if route.method == method.upper() and route.pattern.match(path):
            return route.operation
    return None


@cache
def _validator(domain: str, schema_json: str) -> Draft202012Validator:
    schema = json.loads(schema_json)
    document = {"allOf": [schema], "components": _catalog.schema_registry(domain)["components"]}
    return Draft202012Validator(document)


def schema_problems(domain: str, schema: Mapping[str, Any], value: Any, where: str) -> list[str]:
    validator = _validator(domain, json.dumps(schema, sort_keys=True))
    return [
        f"{where}: {'/'.join(str(p) for p in error.absolute_path) or '(root)'}: {error.message}"
        for error in validator.iter_errors(value)
    ]


def request_problems(method: str, url: str, content_type: str | None, body: bytes | None) -> list[str]:
    parts = urlsplit(url)
    if parts.path == "/connect/token":
        return []
    operation = operation_for(method, parts.path)
    if operation is None:
        return [f"{method} {parts.path}: no operation of any spec has this method and path"]
    problems = []
    known = {p.name for p in operation.parameters if p.location == "query"}
    for name, _ in parse_qsl(parts.query, keep_blank_values=True):
        if name not in known:
            problems.append(f"{operation.operation_id}: unknown query parameter {name!r}")
    schema = operation.request_schema()
    if body and content_type and content_type.startswith("application/json"):
        if schema is None:
            problems.append(f"{operation.operation_id}: sends a JSON body the spec does not document")
        else:
            problems += schema_problems(operation.domain, schema, json.loads(body), f"{operation.operation_id} request")
    return problems


def response_problems(method: str, url: str, status: int, content_type: str | None, body: bytes | None) -> list[str]:
    parts = urlsplit(url)
    if parts.path == "/connect/token":
        return []
    operation = operation_for(method, parts.path)
    if operation is None:
        return [f"{method} {parts.path}: no operation of any spec has this method and path"]
    documented = operation.responses.get(str(status))
    if documented is None:
        if status >= 400:
            return []
        return [f"{operation.operation_id}: status {status} is not documented"]
    media = (documented.get("content") or {}).get("application/json")
    if not media or not body or not (content_type or "").startswith("application/json"):
        return []
    return schema_problems(operation.domain, media["schema"], json.loads(body), f"{operation.operation_id} {status}")
