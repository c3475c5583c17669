"""Sans-IO pieces that let the sync and the async client share one definition of every protocol step.

Auth, token refresh and retries are written once as generators that *yield effects* (send this request, read
this body, sleep this long, give me a token) instead of performing I/O. `servicetitan._transport` has a sync
and an async driver that perform the effects; nothing else differs between the two clients.

`CallContext` carries per-call facts (the catalog operation, the final response) from the call site down to the
httpx layer, which generated code gives no other way to reach.
"""

from __future__ import annotations

from collections.abc import Generator
from contextvars import ContextVar
from contextvars import Token as ContextToken
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

if TYPE_CHECKING:
    from servicetitan._catalog import Operation
    from servicetitan.ratelimit import RateLimiter
    from servicetitan.retries import RetryPolicy

T = TypeVar("T")

# Request extension marking a non-idempotent-looking request (the token POST) as safe to replay.
REPLAYABLE_EXTENSION = "servicetitan.replayable"
# Request extension carrying per-call `CallOptions`.
OPTIONS_EXTENSION = "servicetitan.options"
# Response extension naming the ambiguous failure (a 5xx, a timeout) a DELETE was replayed after.
REPLAYED_AFTER_EXTENSION = "servicetitan.replayed_after"
# Request extension carrying the `Credentials` the pipeline attaches to the wire copy of an API request.
CREDENTIALS_EXTENSION = "servicetitan.credentials"
# Request extension marking the token request, which travels on its own connection pool.
TOKEN_EXTENSION = "servicetitan.token_request"  # noqa: S105 - an extension name, not a secret


@dataclass(frozen=True, slots=True)
class CallOptions:
    """Per-call overrides of client settings, attached to the request as an extension."""

    max_retries: int | None = None
    debug: bool = False
    retry: RetryPolicy | None = None
    timeout: httpx.Timeout | None = None


@dataclass(frozen=True, slots=True)
class Send:
    """Hand the request to the underlying transport; the answer is the response, or its exception is thrown."""

    request: httpx.Request


@dataclass(frozen=True, slots=True)
class Read:
    """Read the whole body of a response."""

    response: httpx.Response


@dataclass(frozen=True, slots=True)
class Sleep:
    seconds: float


@dataclass(frozen=True, slots=True)
class Token:
    """Ask for a valid `Authorization` value; `stale` is one the server refused, so it must not be returned."""

    stale: str | None = None


@dataclass(frozen=True, slots=True)
class IsCurrent:
    """Is `authorization` still the client's cached, unexpired token? (A 401 for a token that has since been
    replaced or has expired says nothing about the credentials.)"""

    authorization: str


@dataclass(frozen=True, slots=True)
class Reserve:
    """Book a send slot with a rate limiter; the answer is the seconds to wait for it."""

    limiter: RateLimiter


Effect = Send | Read | Sleep | Token | IsCurrent | Reserve
Flow = Generator[Effect, Any, T]


class Credentials:
    """What the pipeline adds to the copy of an API request it sends, never to the request httpx, event hooks
    and exceptions hand out; `sent` is the `Authorization` value of the last send (to judge a 401)."""

    __slots__ = ("app_key", "sent")

    def __init__(self, app_key: str) -> None:
        self.app_key = app_key
        self.sent: str | None = None

    def __repr__(self) -> str:
        return "Credentials([redacted])"


@dataclass(frozen=True, slots=True)
class Origin:
    """Scheme, host and port: where credentials may be sent."""

    scheme: str
    host: str
    port: int | None

    @classmethod
    def of(cls, url: str | httpx.URL) -> Origin:
        parsed = httpx.URL(url)
        return cls(parsed.scheme, parsed.host, parsed.port)

    def matches(self, url: httpx.URL) -> bool:
        return url.host == self.host and url.scheme == self.scheme and url.port == self.port


@dataclass(slots=True)
class CallContext:
    operation: Operation | None = None
    response: httpx.Response | None = None
    # Per-call options for requests that generated code builds, which cannot carry them as an extension.
    options: CallOptions | None = None


current_call: ContextVar[CallContext | None] = ContextVar("servicetitan_call", default=None)


class call_context:
    """Make a fresh `CallContext` current for the duration of a `with` block (sync or async code alike)."""

    __slots__ = ("_context", "_token")
    _token: ContextToken[CallContext | None]

    def __init__(self, operation: Operation | None, options: CallOptions | None = None) -> None:
        self._context = CallContext(operation, options=options)

    def __enter__(self) -> CallContext:
        self._token = current_call.set(self._context)
        return self._context

    def __exit__(self, *exc: object) -> None:
        current_call.reset(self._token)
