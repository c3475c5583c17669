"""Cassettes scrubbed when they are recorded, and matched without the recording origin or tenant.

Recording only: exchanges are scrubbed as the cassette is saved (vcrpy's `before_save_interaction`), so a
cassette replays exactly as it was saved, whatever credentials (or none) the replaying run has. A request is
also looked up (vcrpy's `before_record_request`) with what is replaced by name only, which depends on no
credential, so a request made with other credentials, or none, matches the recorded one.

What a cassette keeps of a request: method, URL (origin replaced by `ORIGIN`, the tenant by `TENANT_PLACEHOLDER`),
`Content-Type`, `Authorization` and `ST-App-Key` (both `REDACTED`, so a cassette still shows that they were sent)
and the body (the multipart boundary fixed). Of a response: status, headers but the ones that change from run to
run, and the body, decoded: a gzip, deflate (or, with their decoders installed, br and zstd) body is stored as
plain bytes without its `Content-Encoding` and `Content-Length`; an encoding that cannot be decoded fails the
recording (ScrubError) rather than keep a body that cannot be searched.

What is replaced in the saved requests and responses (`REDACTED`, the tenant by `TENANT_PLACEHOLDER`):
- by name, whatever the value (and so in lookups too): the `Authorization`, `ST-App-Key` and `Cookie` values,
  every response header whose name says it holds a credential (`X-Access-Token`, `X-Api-Key`), `Bearer <anything>`
  in any header, the value of every cookie a `Set-Cookie` sets; credential fields (`access_token`,
  `refresh_token`, `id_token`, `client_id`, `client_secret`, `app_key`, `password`, `api_key` in any spelling:
  `accessToken`, `ST-App-Key`) at any depth of a JSON body, in form bodies and query strings; the tenant in a
  `/tenant/<id>` path segment and in `tenant` / `tenantId` fields and query parameters;
- by value: the client id, client secret, app key and every token the recording saw (in a token answer or an
  `Authorization` header), wherever they appear (headers of any name, URLs, bodies, nested JSON) when they are at
  least MIN_SECRET characters long; shorter ones only as whole values (a JSON string, a header, a query or form
  value). The tenant id, when it has at least MIN_TENANT_DIGITS digits, wherever it appears as a number of its
  own (not inside a longer run of digits); a shorter one only in the named places above. A JSON number equal to
  the tenant becomes TENANT_NUMBER, so the body keeps its types.
Short values are never replaced inside other text: replacing `7` everywhere would corrupt every body.
"""

from __future__ import annotations

import copy
import inspect
import json
import os
import re
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

REDACTED = "REDACTED"
TENANT_PLACEHOLDER = "{tenant}"
# A tenant id that is a JSON number in a body is replaced by this number, so the body keeps its schema.
TENANT_NUMBER = 0
ORIGIN = "http://sandbox"
BOUNDARY = "cassette-boundary"
KEPT_REQUEST_HEADERS = ("content-type", "authorization", "st-app-key")
SECRET_REQUEST_HEADERS = ("authorization", "st-app-key")
SECRET_HEADERS = ("authorization", "st-app-key", "cookie", "proxy-authorization")
# Credential field names, compared without case, `_` or `-`: `accessToken`, `access_token`, `ST-App-Key`.
SECRET_NAMES = frozenset(
    {"accesstoken", "refreshtoken", "idtoken", "clientid", "clientsecret", "appkey", "stappkey", "password", "apikey"}
)
# A response header whose name holds one of these (`X-Access-Token`, `X-Api-Key`) is replaced whole.
SECRET_HEADER_PARTS = ("token", "secret", "apikey", "appkey", "password", "authorization", "credential")
TENANT_NAMES = frozenset({"tenant", "tenantid"})
# Token fields whose values are learned, to be replaced wherever else they appear.
TOKEN_NAMES = frozenset({"accesstoken", "refreshtoken", "idtoken"})
MIN_SECRET = 4
MIN_TENANT_DIGITS = 6
# Different on every run (and the length no longer holds once a body is scrubbed).
DROPPED_RESPONSE_HEADERS = ("date", "server", "content-length", "content-encoding")
MATCH_ON = ("method", "tenant_path", "query", "body")
# Every node of a JSON body is visited; deeper than this is no JSON a server sends, and is refused.
MAX_DEPTH = 200

_TENANT_SEGMENT = re.compile(r"/tenant/[^/]+")
_BOUNDARY_PARAMETER = re.compile(r"boundary=([^;\s]+)")
_BEARER = re.compile(r"(?i)\b(bearer)\s+(?!REDACTED\b)[^\s,;\"']+")
_FORM_PAIR = re.compile(r"(?i)\b(access_token|refresh_token|id_token|client_secret|client_id)=(?!REDACTED\b)[^&\s\"']+")
# Each pattern is a sign of a credential that escaped scrubbing, whatever its value.
LEAK_PATTERNS = (
    re.compile(r"Bearer (?!REDACTED\b)"),
    re.compile(r"""["']?access_token["']?\s*:\s*["']?(?!REDACTED\b)[A-Za-z0-9_\-.~+/]{8,}"""),
    re.compile(r"client_secret=(?!REDACTED\b)"),
    re.compile(r"client_id=(?!REDACTED\b)"),
)


class ScrubError(ValueError):
    """A recorded exchange that cannot be scrubbed (a body in an encoding with no decoder here)."""


@dataclass(frozen=True, slots=True)
class Secrets:
    """The credentials and tenant a client records with: every one of them is replaced in the cassette."""

    client_id: str = ""
    client_secret: str = ""
    app_key: str = ""
    tenant: int | None = None

    @classmethod
    def from_env(cls) -> Secrets:
        """The `SERVICETITAN_*` variables `ServiceTitan.from_env()` reads (unset ones are simply not looked for;
        a tenant that is not a number is no tenant id)."""
        tenant = os.environ.get("SERVICETITAN_TENANT", "").strip()
        return cls(
            client_id=os.environ.get("SERVICETITAN_CLIENT_ID", "").strip(),
            client_secret=os.environ.get("SERVICETITAN_CLIENT_SECRET", "").strip(),
            app_key=os.environ.get("SERVICETITAN_APP_KEY", "").strip(),
            tenant=int(tenant) if tenant.isdigit() else None,
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


def _name(key: str) -> str:
    return key.lower().replace("_", "").replace("-", "")


def decoded_body(body: bytes, encodings: Iterable[str]) -> bytes:
    """`body` with its content codings undone, the last applied first; ScrubError for one with no decoder."""
    for coding in reversed([c.strip().lower() for c in encodings if c.strip()]):
        try:
            if coding in ("gzip", "x-gzip"):
                body = zlib.decompress(body, wbits=zlib.MAX_WBITS | 32)
            elif coding == "deflate":
                try:
                    body = zlib.decompress(body)
                except zlib.error:
                    body = zlib.decompress(body, wbits=-zlib.MAX_WBITS)
            elif coding == "br":
                body = _brotli()(body)
            elif coding == "zstd":
                body = _zstd()(body)
            elif coding != "identity":
                raise ScrubError(f"no decoder for Content-Encoding {coding!r}")
        except ScrubError as exc:
            raise ScrubError(
                f"cannot scrub a recorded response: {exc}; the cassette would keep it unsearched"
            ) from None
        except Exception as exc:  # a decoder's own error type: zlib.error, brotli.error, ...
            raise ScrubError(f"cannot scrub a recorded response: its {coding} body does not decode ({exc})") from None
    return body


def _brotli() -> Callable[[bytes], bytes]:
    for name in ("brotli", "brotlicffi"):
        try:
            module = __import__(name)
        except ImportError:
            continue
        decompress: Callable[[bytes], bytes] = module.decompress
        return decompress
    raise ScrubError("no decoder for Content-Encoding 'br' (install brotli)")


def _zstd() -> Callable[[bytes], bytes]:
    try:
        module: Any = __import__("zstandard")
    except ImportError:
        raise ScrubError("no decoder for Content-Encoding 'zstd' (install zstandard)") from None

    def decompress(body: bytes) -> bytes:
        return bytes(module.ZstdDecompressor().decompressobj().decompress(body))

    return decompress


class Scrubber:
    """`before_record_request` (`request`) and `before_save_interaction` (`interaction`) for cassettes recorded
    with `secrets`; `response` scrubs one response as `interaction` does."""

    def __init__(self, secrets: Secrets, origin: str = ORIGIN) -> None:
        self.secrets = secrets
        self.origin = urlsplit(origin)
        self._learned: set[str] = set()
        tenant = "" if secrets.tenant is None else str(secrets.tenant)
        self._tenant = tenant
        self._tenant_anywhere = (
            re.compile(rf"(?<!\d){re.escape(tenant)}(?!\d)") if len(tenant) >= MIN_TENANT_DIGITS else None
        )

    # --- values ---

    def _secret_values(self) -> list[str]:
        given = [self.secrets.client_id, self.secrets.client_secret, self.secrets.app_key, *self._learned]
        # Longest first, so that a secret holding another is replaced whole.
        return sorted({value for value in given if value and value != REDACTED}, key=len, reverse=True)

    def learn(self, token: str) -> None:
        """Replace `token` wherever it appears from now on (a token this recording obtained or sent)."""
        if token and token != REDACTED and token != TENANT_PLACEHOLDER:
            self._learned.add(token)

    def text(self, text: str, by_value: bool = True) -> str:
        """`text` with `Bearer` tokens and `name=value` credential pairs replaced, and `by_value`, every secret of
        at least MIN_SECRET characters and the long tenant id; a short secret only when it is the whole text."""
        text = _BEARER.sub(rf"\1 {REDACTED}", text)
        text = _FORM_PAIR.sub(rf"\1={REDACTED}", text)
        if not by_value:
            return text
        if text in self._secret_values():
            return REDACTED
        for value in self._secret_values():
            if len(value) >= MIN_SECRET:
                text = text.replace(value, REDACTED)
                encoded = quote(value, safe="")
                if encoded != value:
                    text = text.replace(encoded, REDACTED)
        if self._tenant_anywhere is not None:
            text = self._tenant_anywhere.sub(TENANT_PLACEHOLDER, text)
        return text

    def _bytes(self, body: bytes) -> bytes:
        for value in self._secret_values():
            if len(value) >= MIN_SECRET:
                body = body.replace(value.encode(), REDACTED.encode())
        if self._tenant_anywhere is not None:
            body = re.sub(self._tenant_anywhere.pattern.encode(), TENANT_PLACEHOLDER.encode(), body)
        return body

    def _json(self, node: Any, by_value: bool, key: str | None = None, depth: int = 0) -> Any:
        if depth > MAX_DEPTH:
            raise ScrubError(f"cannot scrub a recorded body: JSON nested deeper than {MAX_DEPTH}")
        name = None if key is None else _name(key)
        if isinstance(node, dict):
            return {k: self._json(v, by_value, k, depth + 1) for k, v in node.items()}
        if isinstance(node, list):
            return [self._json(v, by_value, key, depth + 1) for v in node]
        if name in SECRET_NAMES and node is not None and not isinstance(node, bool):
            return REDACTED
        if name in TENANT_NAMES and node is not None and not isinstance(node, bool):
            return TENANT_NUMBER if isinstance(node, int | float) else TENANT_PLACEHOLDER
        if isinstance(node, str):
            return self.text(node, by_value)
        if by_value and isinstance(node, int) and not isinstance(node, bool) and self._is_long_tenant(node):
            return TENANT_NUMBER
        return node

    def _is_long_tenant(self, number: int) -> bool:
        return self._tenant_anywhere is not None and str(number) == self._tenant

    def _learn_tokens(self, node: Any, depth: int = 0) -> None:
        if depth > MAX_DEPTH:
            return
        if isinstance(node, dict):
            for key, value in node.items():
                if _name(key) in TOKEN_NAMES and isinstance(value, str):
                    self.learn(value)
                self._learn_tokens(value, depth + 1)
        elif isinstance(node, list):
            for value in node:
                self._learn_tokens(value, depth + 1)

    def _pairs(self, pairs: list[tuple[str, str]], by_value: bool) -> list[tuple[str, str]]:
        scrubbed = []
        for key, value in pairs:
            if _name(key) in SECRET_NAMES:
                value = REDACTED
            elif _name(key) in TENANT_NAMES:
                value = TENANT_PLACEHOLDER
            else:
                value = self.text(value, by_value)
            scrubbed.append((self.text(key, by_value), value))
        return scrubbed

    def query(self, query: str, by_value: bool = True) -> str:
        pairs = parse_qsl(query, keep_blank_values=True)
        scrubbed = self._pairs(pairs, by_value)
        return query if scrubbed == pairs else urlencode(scrubbed, safe="{}")

    def path(self, path: str, by_value: bool = True) -> str:
        path = _TENANT_SEGMENT.sub(f"/tenant/{TENANT_PLACEHOLDER}", path)
        if not by_value:
            return path
        segments = []
        for segment in path.split("/"):
            scrubbed = self.text(unquote(segment))
            segments.append(segment if scrubbed == unquote(segment) else quote(scrubbed, safe="{}"))
        return "/".join(segments)

    def body(self, body: bytes, content_type: str, by_value: bool = True) -> bytes:
        """A request or response body with every secret replaced (JSON re-written only where it changed)."""
        if not body:
            return body
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return self._bytes(body) if by_value else body
        if "json" in content_type or text.lstrip()[:1] in ("{", "["):
            try:
                document = json.loads(text)
            except (ValueError, RecursionError):
                document = None
            else:
                self._learn_tokens(document)
                scrubbed = self._json(document, by_value)
                if scrubbed == document:
                    return body
                return json.dumps(scrubbed, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        if content_type.startswith("application/x-www-form-urlencoded"):
            pairs = parse_qsl(text, keep_blank_values=True)
            for key, value in pairs:
                if _name(key) in TOKEN_NAMES:
                    self.learn(value)
            scrubbed_pairs = self._pairs(pairs, by_value)
            return body if scrubbed_pairs == pairs else urlencode(scrubbed_pairs, safe="{}").encode("utf-8")
        scrubbed_text = self.text(text, by_value)
        return body if scrubbed_text == text else scrubbed_text.encode("utf-8")

    def header(self, name: str, value: str) -> str:
        lowered = name.lower()
        if lowered in SECRET_HEADERS or any(part in _name(name) for part in SECRET_HEADER_PARTS):
            return REDACTED
        if lowered == "set-cookie":
            cookie, separator, attributes = value.partition(";")
            cookie_name = cookie.partition("=")[0]
            return f"{cookie_name}={REDACTED}{separator}{self.text(attributes)}"
        return self.text(value)

    # --- vcrpy hooks ---

    def request(self, request: Any, by_value: bool = False) -> Any:
        """A copy of a vcrpy request as a replayed one is matched (what is named replaced, which depends on no
        credential) or, `by_value`, as the cassette keeps it (every secret replaced)."""
        for name, value in request.headers.items():
            if name.lower() == "authorization":
                scheme, _, token = value.partition(" ")
                if scheme.lower() == "bearer":
                    self.learn(token.strip())
        scrubbed = copy.deepcopy(request)
        parts = urlsplit(request.uri)
        scrubbed.uri = urlunsplit(
            (
                self.origin.scheme,
                self.origin.netloc,
                self.path(parts.path, by_value),
                self.query(parts.query, by_value),
                "",
            )
        )
        headers = {name: value for name, value in request.headers.items() if name.lower() in KEPT_REQUEST_HEADERS}
        for name in headers:
            if name.lower() in SECRET_REQUEST_HEADERS:
                headers[name] = REDACTED
        body = request.body
        content_type = next((v for k, v in headers.items() if k.lower() == "content-type"), "")
        if isinstance(body, str):
            body = body.encode("utf-8")
        if isinstance(body, bytes) and body:
            boundary = _BOUNDARY_PARAMETER.search(content_type)
            if content_type.startswith("multipart/") and boundary:
                body = body.replace(boundary.group(1).encode(), BOUNDARY.encode())
                body = self._bytes(body) if by_value else body
                headers = {
                    k: v.replace(boundary.group(1), BOUNDARY) if k.lower() == "content-type" else v
                    for k, v in headers.items()
                }
            else:
                body = self.body(body, content_type, by_value)
        scrubbed.headers = headers
        scrubbed.body = body
        return scrubbed

    def response(self, response: dict[str, Any]) -> dict[str, Any]:
        """A vcrpy response as the cassette keeps it: decoded, and scrubbed."""
        scrubbed = copy.deepcopy(response)
        headers: dict[str, list[str]] = response["headers"]
        encodings = [
            coding
            for name, values in headers.items()
            if name.lower() == "content-encoding"
            for value in values
            for coding in value.split(",")
        ]
        content_type = next((v[0] for k, v in headers.items() if k.lower() == "content-type" and v), "")
        body = scrubbed["body"]["string"]
        if isinstance(body, str):
            body = body.encode("utf-8")
        if isinstance(body, bytes):
            # Learned first: a token answer's token is replaced in its own headers too.
            scrubbed["body"]["string"] = self.body(decoded_body(body, encodings), content_type)
        scrubbed["headers"] = {
            name: [self.header(name, value) for value in values]
            for name, values in headers.items()
            if name.lower() not in DROPPED_RESPONSE_HEADERS
        }
        return scrubbed

    def interaction(self, request: Any, response: dict[str, Any]) -> tuple[Any, dict[str, Any]]:
        """vcrpy's `before_save_interaction`: an exchange as the cassette file keeps it. Runs only when a
        cassette is saved, never on one being replayed."""
        scrubbed_response = self.response(response)
        return self.request(request, by_value=True), scrubbed_response


def tenant_path(made: Any, recorded: Any) -> None:
    """vcrpy matcher: the same path once the tenant segment is set aside (cassettes keep a placeholder)."""
    first, second = (_TENANT_SEGMENT.sub(f"/tenant/{TENANT_PLACEHOLDER}", r.path) for r in (made, recorded))
    if first != second:
        raise AssertionError(f"{first} != {second}")


def vcr_config(secrets: Secrets | None = None, origin: str = ORIGIN) -> dict[str, Any]:
    """What a `vcr_config` fixture returns so that cassettes are scrubbed at record time and replay anywhere.

    `secrets` defaults to `Secrets.from_env()`: what the recording run has (a replaying run needs none). There is
    no `record_mode` key on purpose: one here would override `--record-mode`, and CI would silently record. The
    `tenant_path` matcher is registered by the plugin.
    """
    import vcr

    if "before_save_interaction" not in inspect.signature(vcr.VCR).parameters:
        raise RuntimeError(
            f"servicetitan.testing scrubs cassettes as they are saved, with vcrpy's before_save_interaction, which "
            f"vcrpy {getattr(vcr, '__version__', '?')} lacks: upgrade vcrpy"
        )
    scrubber = Scrubber(Secrets.from_env() if secrets is None else secrets, origin)
    before_request: Callable[[Any], Any] = scrubber.request
    before_save: Callable[[Any, dict[str, Any]], tuple[Any, dict[str, Any]]] = scrubber.interaction
    return {"match_on": MATCH_ON, "before_record_request": before_request, "before_save_interaction": before_save}


def leaks(text: str, secrets: Secrets) -> list[str]:
    """What in a cassette's text looks like a credential or the recording tenant."""
    found = [f"the {name} {value!r}" for name, value in secrets.values().items() if value in text]
    for pattern in LEAK_PATTERNS:
        found += [f"{match.group(0)!r} (pattern {pattern.pattern!r})" for match in pattern.finditer(text)]
    return found
