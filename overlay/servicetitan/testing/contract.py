"""Recorded exchanges checked against the vendored specs by openapi-core.

Every request: the operation is found from method and path; path and query parameters are checked for type,
format and enum, unknown query names are reported (the API ignores them silently and answers unfiltered), the
body against the operation's schema with no undocumented field, the content type, and the security (`ST-App-Key`
and `Authorization` sent). Every response: the status is one the operation documents, and the body matches its
schema, formats such as `date-time` included.

The documents are the patched specs the library was generated from, rebuilt from its operation catalog
(`servicetitan_raw/<domain>/_operations.json`), so the check needs nothing outside the installed package.

Two rules are ServiceTitan's, not the documents': the errors any operation can answer (401, 403, 404, 409 for
maintenance, 429, 5xx; see QUIRKS "Limits and errors") may be undocumented, and must then be RFC 7807 problems;
and a binary form field (OpenAPI 3.0's `format: binary`) is read as OpenAPI 3.1 writes it, `contentMediaType`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlsplit

from servicetitan import _catalog
from servicetitan._catalog import Operation

from ._scrub import TENANT_PLACEHOLDER

if TYPE_CHECKING:
    from openapi_core.validation.request.validators import V31RequestValidator
    from openapi_core.validation.response.validators import V31ResponseValidator

TOKEN_PATH = "/connect/token"  # noqa: S105 (a URL path, not a secret)
# What the API may answer on any operation, documented or not (QUIRKS.md, "Limits and errors").
ERRORS_ON_ANY_OPERATION = frozenset({401, 403, 404, 409, 429, 500, 502, 503, 504})
# Stands in for the tenant a scrubbed cassette replaced, so that the int64 `tenant` parameter can be checked.
TENANT_STAND_IN = "1"
_TENANT_SEGMENT = re.compile(r"/tenant/" + re.escape(TENANT_PLACEHOLDER) + r"(?=/|$)")


@dataclass(frozen=True, slots=True)
class Interaction:
    """One recorded request and its response, as a cassette holds them."""

    method: str
    uri: str
    request_headers: Mapping[str, str]
    request_body: bytes
    status: int
    response_headers: Mapping[str, str]
    response_body: bytes

    @property
    def path(self) -> str:
        return urlsplit(self.uri).path

    def request_header(self, name: str) -> str | None:
        return next((v for k, v in self.request_headers.items() if k.lower() == name), None)

    def response_header(self, name: str) -> str | None:
        return next((v for k, v in self.response_headers.items() if k.lower() == name), None)


def _first(value: Any) -> str:
    return str(value[0]) if isinstance(value, list) and value else str(value)


def _as_bytes(body: Any) -> bytes:
    if body is None:
        return b""
    return body.encode() if isinstance(body, str) else bytes(body)


def interactions(cassette: Path) -> Iterator[Interaction]:
    """The exchanges of a vcrpy cassette (YAML), in the order they were recorded."""
    from vcr.serialize import deserialize
    from vcr.serializers import yamlserializer

    requests, responses = deserialize(cassette.read_text(encoding="utf-8"), yamlserializer)
    for request, response in zip(requests, responses, strict=True):
        yield Interaction(
            method=request.method.upper(),
            uri=request.uri,
            request_headers={k: _first(v) for k, v in request.headers.items()},
            request_body=_as_bytes(request.body),
            status=int(response["status"]["code"]),
            response_headers={k: _first(v) for k, v in response["headers"].items()},
            response_body=_as_bytes(response["body"]["string"]),
        )


# --- which operation -----------------------------------------------------------------------------------


def operation_for(method: str, path: str) -> Operation | None:
    """The operation of any domain with this method and path (a scrubbed `{tenant}` segment is fine), found by
    the sandbox's route table: a literal segment beats a placeholder, as on the API."""
    from servicetitan.sandbox.routing import RouteTable

    match = RouteTable.from_catalog().match(method, path)
    return None if match is None else match.operation


# --- the documents openapi-core reads ------------------------------------------------------------------


def _binary_as_31(node: Any) -> Any:
    """A copy of `node` with OpenAPI 3.0's binary strings written the 3.1 way."""
    if isinstance(node, list):
        return [_binary_as_31(item) for item in node]
    if not isinstance(node, Mapping):
        return node
    if node.get("type") == "string" and node.get("format") == "binary":
        return {"contentMediaType": "application/octet-stream"}
    return {key: _binary_as_31(value) for key, value in node.items()}


@cache
def contract_document(domain: str) -> dict[str, Any]:
    """An OpenAPI 3.1 document of the domain, as patched for generation (paths carry the server path)."""
    catalog = _catalog.domain(domain)
    paths: dict[str, dict[str, Any]] = {}
    scopes: set[str] = set()
    for operation in catalog.operations.values():
        scopes.update(operation.scopes)
        entry: dict[str, Any] = {
            "operationId": operation.operation_id,
            "parameters": [
                {"name": p.name, "in": p.location, "required": p.required, "schema": p.schema}
                for p in operation.parameters
            ],
            "responses": {status: {"description": "", **answer} for status, answer in operation.responses.items()},
            "security": [{"apiKeyHeader": [], "oauth": list(operation.scopes)}],
        }
        if operation.request_body:
            entry["requestBody"] = operation.request_body
        paths.setdefault(operation.path, {})[operation.method.lower()] = entry
    security_schemes = {
        "apiKeyHeader": {"type": "apiKey", "in": "header", "name": "ST-App-Key"},
        "oauth": {
            "type": "oauth2",
            "flows": {"clientCredentials": {"tokenUrl": TOKEN_PATH, "scopes": dict.fromkeys(sorted(scopes), "")}},
        },
    }
    document = {
        "openapi": "3.1.0",
        "info": {"title": catalog.title, "version": "vendored"},
        "servers": [{"url": "/"}],
        "paths": paths,
        "components": {"schemas": catalog.schemas, "securitySchemes": security_schemes},
    }
    converted: dict[str, Any] = _binary_as_31(document)  # a copy: the catalog's schemas stay as they are
    return converted


@dataclass(frozen=True)
class _Validators:
    request: V31RequestValidator
    response: V31ResponseValidator


@cache
def _validators(domain: str) -> _Validators:
    from jsonschema_path import SchemaPath
    from openapi_core.datatypes import RequestParameters
    from openapi_core.security.exceptions import SecurityProviderError
    from openapi_core.security.factories import SecurityProviderFactory
    from openapi_core.security.providers import BaseProvider
    from openapi_core.validation.request.validators import V31RequestValidator
    from openapi_core.validation.response.validators import V31ResponseValidator

    class BearerTokenProvider(BaseProvider):
        """OAuth2 client credentials end in a bearer token in `Authorization` (a cassette keeps it REDACTED)."""

        def __call__(self, parameters: RequestParameters) -> Any:
            if not parameters.header.get("Authorization"):
                raise SecurityProviderError("Missing authorization header.")
            return parameters.header["Authorization"]

    class Providers(SecurityProviderFactory):
        PROVIDERS = {**SecurityProviderFactory.PROVIDERS, "oauth2": BearerTokenProvider}

    spec = SchemaPath.from_dict(contract_document(domain))
    return _Validators(
        request=V31RequestValidator(
            spec, forbid_unspecified_additional_properties=True, security_provider_factory=Providers()
        ),
        response=V31ResponseValidator(spec),
    )


@dataclass
class _Request:
    """The request as openapi-core reads it (its `Request` protocol)."""

    method: str
    path: str
    body: bytes | None
    content_type: str
    parameters: Any
    host_url: str = "http://servicetitan.invalid"


@dataclass
class _Response:
    data: bytes | None
    status_code: int
    content_type: str
    headers: Any


def _request(interaction: Interaction) -> _Request:
    from openapi_core.datatypes import RequestParameters
    from werkzeug.datastructures import Headers, ImmutableMultiDict

    parts = urlsplit(interaction.uri)
    return _Request(
        method=interaction.method.lower(),
        path=_TENANT_SEGMENT.sub("/tenant/" + TENANT_STAND_IN, parts.path),
        body=interaction.request_body or None,
        content_type=interaction.request_header("content-type") or "",
        parameters=RequestParameters(
            query=ImmutableMultiDict(parse_qsl(parts.query, keep_blank_values=True)),
            header=Headers(dict(interaction.request_headers)),
            cookie=ImmutableMultiDict(),
            path={},
        ),
    )


def _describe(error: Exception) -> list[str]:
    """openapi-core's error, with each schema error under it (where in the value, and what)."""
    cause = error.__cause__
    schema_errors = getattr(cause, "schema_errors", None) or ()
    if not schema_errors:
        return [f"{error}: {cause}" if cause is not None and str(cause) not in str(error) else str(error)]
    name, location = getattr(error, "name", None), getattr(error, "location", None)
    head = f"{location} parameter {name}" if name and location else str(error).split(":", 1)[0]
    return [f"{head}: {'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}" for e in schema_errors]


def _is_problem(body: bytes, status: int) -> bool:
    try:
        problem = json.loads(body)
    except ValueError:
        return False
    return isinstance(problem, dict) and problem.get("status") == status and isinstance(problem.get("title"), str)


def problems(interaction: Interaction) -> list[str]:
    """Everything in one exchange that the specs do not document; empty when it follows them."""
    if interaction.path == TOKEN_PATH:
        return []
    operation = operation_for(interaction.method, interaction.path)
    if operation is None:
        return [f"{interaction.method} {interaction.path}: no operation of any spec has this method and path"]
    name = operation.operation_id
    validators = _validators(operation.domain)
    request = _request(interaction)
    found = [f"{name} request: {line}" for e in validators.request.iter_errors(request) for line in _describe(e)]
    known = operation.query_names
    found += [
        f"{name} request: unknown query parameter {key!r} (the API would ignore it)"
        for key in dict(parse_qsl(urlsplit(interaction.uri).query, keep_blank_values=True))
        if key not in known
    ]
    status = interaction.status
    if str(status) not in operation.responses:
        if status in ERRORS_ON_ANY_OPERATION:
            if not _is_problem(interaction.response_body, status):
                found.append(f"{name} response {status}: not an RFC 7807 problem with this status and a title")
            return found
        documented = ", ".join(sorted(operation.responses))
        return [*found, f"{name} response {status}: status not documented (documented: {documented})"]
    response = _Response(
        data=interaction.response_body or None,
        status_code=status,
        content_type=interaction.response_header("content-type") or "",
        headers={},
    )
    found += [
        f"{name} response {status}: {line}"
        for e in validators.response.iter_errors(request, response)
        for line in _describe(e)
    ]
    return found


def cassette_problems(cassette: str | Path) -> list[str]:
    """Every exchange of a cassette checked; each problem names the exchange (1-based) and the operation."""
    path = Path(cassette)
    return [
        f"{path.name} #{index}: {problem}"
        for index, interaction in enumerate(interactions(path), start=1)
        for problem in problems(interaction)
    ]


def assert_cassette_matches_spec(cassette: str | Path) -> None:
    """Fail (AssertionError listing every problem) unless every exchange of the cassette follows the specs."""
    found = cassette_problems(cassette)
    if found:
        raise AssertionError(f"{Path(cassette)} does not follow the ServiceTitan specs:\n" + "\n".join(found))
