"""Cassettes scrubbed when they are recorded, and matched without the recording origin or tenant.

What a cassette keeps of a request: method, URL (origin replaced by `ORIGIN`, tenant id by `TENANT_PLACEHOLDER`),
`Content-Type`, `Authorization` and `ST-App-Key` (both `REDACTED`, so a cassette still shows that they were sent)
and the body (token form fields redacted, the multipart boundary fixed). Of a response: status, headers but the
ones that change from run to run, and the body with tokens redacted and the tenant replaced.

vcrpy applies `before_record_request` to every request it looks up too, so a replayed request is scrubbed the
same way before it is compared with the recorded ones.
"""

from __future__ import annotations

import copy
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

REDACTED = "REDACTED"
TENANT_PLACEHOLDER = "{tenant}"
ORIGIN = "http://sandbox"
BOUNDARY = "cassette-boundary"
KEPT_REQUEST_HEADERS = ("content-type", "authorization", "st-app-key")
SECRET_REQUEST_HEADERS = ("authorization", "st-app-key")
SECRET_FORM_FIELDS = ("client_id", "client_secret")
SECRET_JSON_KEYS = ("access_token", "refresh_token", "id_token")
# Different on every run (and the length no longer holds once a body is scrubbed).
DROPPED_RESPONSE_HEADERS = ("date", "server", "content-length")
MATCH_ON = ("method", "tenant_path", "query", "body")

_TENANT_SEGMENT = re.compile(r"/tenant/[^/]+")
_BOUNDARY_PARAMETER = re.compile(r"boundary=([^;\s]+)")
# Each pattern is a sign of a credential that escaped scrubbing, whatever its value.
LEAK_PATTERNS = (
    re.compile(r"Bearer "),
    re.compile(r"""["']?access_token["']?\s*:\s*["']?(?!REDACTED\b)[A-Za-z0-9_\-.~+/]{8,}"""),
    re.compile(r"client_secret=(?!REDACTED\b)"),
    re.compile(r"client_id=(?!REDACTED\b)"),
)


@dataclass(frozen=True, slots=True)
class Secrets:
    """The credentials and tenant a client records with: every one of them is replaced in the cassette."""

    client_id: str = ""
    client_secret: str = ""
    app_key: str = ""
    tenant: int | None = None

    @classmethod
    def from_env(cls) -> Secrets:
        """The `SERVICETITAN_*` variables `ServiceTitan.from_env()` reads (unset ones are simply not looked for)."""
        tenant = os.environ.get("SERVICETITAN_TENANT")
        return cls(
            client_id=os.environ.get("SERVICETITAN_CLIENT_ID", ""),
            client_secret=os.environ.get("SERVICETITAN_CLIENT_SECRET", ""),
            app_key=os.environ.get("SERVICETITAN_APP_KEY", ""),
            tenant=int(tenant) if tenant else None,
        )

    def values(self) -> dict[str, str]:
        named = {
            "client id": self.client_id,
            "client secret": self.client_secret,
            "app key": self.app_key,
            "tenant id": "" if self.tenant is None else str(self.tenant),
        }
        return {name: value for name, value in named.items() if value}

    def __repr__(self) -> str:
        return f"Secrets(client_id={self.client_id!r}, tenant={self.tenant!r}, client_secret=..., app_key=...)"


class Scrubber:
    """`before_record_request` / `before_record_response` for cassettes recorded with `secrets`."""

    def __init__(self, secrets: Secrets, origin: str = ORIGIN) -> None:
        self.secrets = secrets
        self.origin = urlsplit(origin)

    def _replacements(self) -> list[tuple[str, str]]:
        return [
            (value, TENANT_PLACEHOLDER if name == "tenant id" else REDACTED)
            for name, value in self.secrets.values().items()
        ]

    def _text(self, text: str) -> str:
        for value, replacement in self._replacements():
            text = text.replace(value, replacement)
        return text

    def _bytes(self, body: bytes) -> bytes:
        for value, replacement in self._replacements():
            body = body.replace(value.encode(), replacement.encode())
        return body

    def request(self, request: Any) -> Any:
        scrubbed = copy.deepcopy(request)
        parts = urlsplit(request.uri)
        path = _TENANT_SEGMENT.sub(f"/tenant/{TENANT_PLACEHOLDER}", parts.path)
        scrubbed.uri = self._text(urlunsplit((self.origin.scheme, self.origin.netloc, path, parts.query, "")))
        headers = {name: value for name, value in request.headers.items() if name.lower() in KEPT_REQUEST_HEADERS}
        for name in headers:
            if name.lower() in SECRET_REQUEST_HEADERS:
                headers[name] = REDACTED
        body = request.body
        content_type = next((v for k, v in headers.items() if k.lower() == "content-type"), "")
        if isinstance(body, bytes) and body:
            if content_type.startswith("application/x-www-form-urlencoded"):
                body = redact_form(body)
            boundary = _BOUNDARY_PARAMETER.search(content_type)
            if content_type.startswith("multipart/") and boundary:
                body = body.replace(boundary.group(1).encode(), BOUNDARY.encode())
                headers = {
                    k: v.replace(boundary.group(1), BOUNDARY) if k.lower() == "content-type" else v
                    for k, v in headers.items()
                }
            body = self._bytes(body)
        scrubbed.headers = headers
        scrubbed.body = body
        return scrubbed

    def response(self, response: dict[str, Any]) -> dict[str, Any]:
        scrubbed = copy.deepcopy(response)
        scrubbed["headers"] = {
            name: [self._text(value) for value in values]
            for name, values in response["headers"].items()
            if name.lower() not in DROPPED_RESPONSE_HEADERS
        }
        body = scrubbed["body"]["string"]
        if isinstance(body, bytes) and body:
            scrubbed["body"]["string"] = self._bytes(redact_json(body))
        return scrubbed


def redact_form(body: bytes) -> bytes:
    fields = parse_qsl(body.decode("ascii"), keep_blank_values=True)
    return urlencode([(k, REDACTED if k in SECRET_FORM_FIELDS else v) for k, v in fields]).encode("ascii")


def redact_json(body: bytes) -> bytes:
    """A JSON object with token fields keeps its other fields, unchanged; any other body is returned as it is."""
    if not any(key.encode() in body for key in SECRET_JSON_KEYS):
        return body
    try:
        document = json.loads(body)
    except ValueError:
        return body
    if not isinstance(document, dict):
        return body
    redacted = {k: REDACTED if k in SECRET_JSON_KEYS else v for k, v in document.items()}
    return json.dumps(redacted, separators=(",", ":")).encode()


def tenant_path(made: Any, recorded: Any) -> None:
    """vcrpy matcher: the same path once the tenant segment is set aside (cassettes keep a placeholder)."""
    first, second = (_TENANT_SEGMENT.sub(f"/tenant/{TENANT_PLACEHOLDER}", r.path) for r in (made, recorded))
    if first != second:
        raise AssertionError(f"{first} != {second}")


def vcr_config(secrets: Secrets | None = None, origin: str = ORIGIN) -> dict[str, Any]:
    """What a `vcr_config` fixture returns so that cassettes are scrubbed at record time and replay anywhere.

    `secrets` defaults to `Secrets.from_env()`. There is no `record_mode` key on purpose: one here would override
    `--record-mode`, and CI would silently record. The `tenant_path` matcher is registered by the plugin.
    """
    scrubber = Scrubber(Secrets.from_env() if secrets is None else secrets, origin)
    before_request: Callable[[Any], Any] = scrubber.request
    before_response: Callable[[dict[str, Any]], dict[str, Any]] = scrubber.response
    return {"match_on": MATCH_ON, "before_record_request": before_request, "before_record_response": before_response}


def leaks(text: str, secrets: Secrets) -> list[str]:
    """What in a cassette's text looks like a credential or the recording tenant."""
    found = [f"the {name} {value!r}" for name, value in secrets.values().items() if value in text]
    for pattern in LEAK_PATTERNS:
        found += [f"{match.group(0)!r} (pattern {pattern.pattern!r})" for match in pattern.finditer(text)]
    return found
