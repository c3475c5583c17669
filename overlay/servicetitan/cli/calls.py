"""`servicetitan get` and `servicetitan call`: any operation, its inputs given as `key=value`.

A key is an input's snake_case name or its API name (`job_status=Scheduled`, `jobStatus=Scheduled`). A value
is read by the input's schema: integers, numbers (as Decimal), booleans (`true`/`false`), arrays as JSON text
or comma-separated, objects as JSON text, dates and datetimes as `servicetitan.cli.dates` reads them (checked
before anything is sent: `modifiedOnOrAfter=2024-01-01`), anything else as text. `--json` gives the body as
one JSON object (or `@FILE`); its fields are the body's fields by API name. Lists also take `page`,
`page_size`, `include_total`, `sort` and `fetch_all`.

`--dry-run` prints the request the call would send (method, URL, query, body), checked like a real call, and
sends nothing; no header is printed, so no credential is either.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from servicetitan import _catalog
from servicetitan._client import ServiceTitan
from servicetitan._inputs import Input
from servicetitan._operations import Kind, OperationSpec, SendRequest, flow_for, spec_for
from servicetitan.resources import resolve

from .dates import api_date, api_datetime

READS = frozenset({"GET", "HEAD"})
LIST_OPTIONS: Mapping[str, Mapping[str, Any]] = {
    "page": {"type": "integer"},
    "page_size": {"type": "integer"},
    "include_total": {"type": "boolean"},
    "fetch_all": {"type": "boolean"},
    "sort": {"type": "string"},
}


class CallError(ValueError):
    """A call that cannot be made as given; the message names the input."""


@dataclass(frozen=True, slots=True)
class Method:
    path: str
    spec: OperationSpec

    @property
    def writes(self) -> bool:
        return self.spec.operation.method not in READS


def method(path: str) -> Method:
    try:
        operation = resolve(path)
    except ValueError:
        from .listing import hint

        raise CallError(f"no operation {path!r}; {hint(path)}") from None
    spec = spec_for(operation.domain, operation.operation_id)
    if spec.kind is Kind.FEED:
        raise CallError(f"{path} is an export feed: read it with `servicetitan export {path}`")
    if spec.kind is Kind.UPLOAD:
        raise CallError(f"{path} uploads a file, which the command line does not do")
    return Method(path, spec)


def _parse(domain: str, schema: Mapping[str, Any], text: str, where: str) -> Any:
    resolved = _catalog.resolve_schema(domain, schema)
    variants = resolved.get("oneOf") or resolved.get("anyOf")
    if variants:
        # `ids`: a comma-separated string or an array; the text form passes as it is.
        return text
    kind = resolved.get("type")
    checked = _checked_date(resolved, text, where)
    if checked is not None:
        return checked
    try:
        if kind == "integer":
            return int(text)
        if kind == "number":
            return Decimal(text)
        if kind == "boolean":
            lowered = text.lower()
            if lowered not in ("true", "false"):
                raise ValueError(text)
            return lowered == "true"
        if kind == "array":
            if text.lstrip().startswith("["):
                return json.loads(text)
            item = resolved.get("items") or {}
            return [_parse(domain, item, part.strip(), where) for part in text.split(",") if part.strip()]
        if kind == "object" or "properties" in resolved:
            return json.loads(text)
    except (ValueError, InvalidOperation):
        expected = {"integer": "a whole number", "number": "a number", "boolean": "true or false"}.get(
            str(kind), "JSON text"
        )
        raise CallError(f"{where}: expected {expected}, not {text!r}") from None
    return text


def _checked_date(resolved: Mapping[str, Any], text: str, where: str) -> str | None:
    """`text` checked and written as the API wants it when `resolved` is a date or datetime; None otherwise."""
    if resolved.get("type") == "string" and resolved.get("format") == "date-time":
        return api_datetime(text, where)
    if resolved.get("type") == "string" and resolved.get("format") == "date":
        return api_date(text, where)
    return None


def _json_body(text: str) -> Any:
    if text.startswith("@"):
        try:
            text = Path(text[1:]).read_text(encoding="utf-8")
        except OSError as exc:
            raise CallError(f"--json {text}: {exc.strerror}") from None
    try:
        return json.loads(text)
    except ValueError as exc:
        raise CallError(f"--json is not valid JSON: {exc}") from None


def arguments(chosen: Method, pairs: Sequence[str], body: str | None) -> dict[str, Any]:
    """The keyword arguments of the call, from `key=value` pairs and the `--json` body."""
    spec = chosen.spec
    domain = spec.operation.domain
    inputs: dict[str, Input] = {}
    for i in (*spec.inputs, *((spec.whole_body,) if spec.whole_body else ())):
        inputs[i.python_name] = i
        inputs.setdefault(i.api_name, i)
    options = LIST_OPTIONS if spec.kind is Kind.LIST else {}
    given: dict[str, Any] = {}
    for pair in pairs:
        key, separator, text = pair.partition("=")
        if not separator or not key:
            raise CallError(f"{pair!r}: give inputs as key=value")
        if key in options:
            given[key] = _parse(domain, options[key], text, f"{chosen.path}({key})")
            continue
        found = inputs.get(key)
        if found is None:
            close = difflib.get_close_matches(key, [*inputs, *options], n=3)
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            raise CallError(f"{chosen.path} has no input {key!r}{hint}")
        given[found.python_name] = _parse(domain, found.schema, text, f"{chosen.path}({found.python_name})")
    if body is not None:
        parsed = _json_body(body)
        if spec.whole_body is not None:
            given[spec.whole_body.python_name] = parsed
        elif not isinstance(parsed, Mapping):
            raise CallError(f"--json: {chosen.path} takes a JSON object")
        else:
            fields = {i.api_name: i for i in spec.body_inputs}
            fields.update({i.python_name: i for i in spec.body_inputs})
            for key, value in parsed.items():
                if key not in fields:
                    raise CallError(f"--json: {chosen.path}'s body has no field {key!r}")
                field = fields[key]
                if isinstance(value, str):
                    resolved = _catalog.resolve_schema(domain, field.schema)
                    value = _checked_date(resolved, value, f"--json {key}") or value
                given[field.python_name] = value
    if spec.kind is Kind.LIST:
        given["as_dicts"] = True
    return given


def planned_request(st: ServiceTitan, chosen: Method, given: Mapping[str, Any]) -> SendRequest:
    """The first request the call would send, checked as the call itself checks it; nothing is sent."""
    operation = chosen.spec.operation
    flow = flow_for(chosen.spec, chosen.path, st, given)
    try:
        request = next(flow)
    finally:
        flow.close()
    if not isinstance(request, SendRequest):
        raise CallError(f"{operation.operation_id} sends nothing")
    return request


def describe_request(st: ServiceTitan, request: SendRequest) -> str:
    """Method, URL with the query, and the JSON body: what `--dry-run` prints."""
    values = {"tenant": st.tenant, **(request.path_params or {})}
    path = request.path
    for name, value in values.items():
        path = path.replace("{" + name + "}", quote(str(value), safe=""))
    params = {key: _query_value(value) for key, value in (request.params or {}).items() if value is not None}
    url = st.api_url.rstrip("/") + path + (f"?{urlencode(params)}" if params else "")
    lines = [f"{request.method} {url}"]
    if request.json is not None:
        lines.append(json.dumps(request.json, indent=2, default=str))
    return "\n".join(lines)


def _query_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return ",".join(map(str, value))
    return str(value)


def result_json(result: Any) -> Any:
    """A call's result as JSON-ready data: models through `to_dict()`, a page as its envelope."""
    from servicetitan.frames import as_dict
    from servicetitan.pagination import Page, Records

    if isinstance(result, Records):
        return [as_dict(record) for record in result]
    if isinstance(result, Page):
        return {
            "page": result.page,
            "pageSize": result.page_size,
            "hasMore": result.has_more,
            "totalCount": result.total_count,
            "data": [as_dict(record) for record in result.records],
        }
    if result is None or isinstance(result, str | int | float | bool | list | Mapping):
        return result
    return as_dict(result)


def call(st: ServiceTitan, chosen: Method, given: Mapping[str, Any]) -> Any:
    from servicetitan.frames import client_method

    return client_method(st, chosen.path)(**given)
