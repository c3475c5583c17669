"""Sans-IO pieces that let the sync and the async client share one definition of every protocol step.

Auth, token refresh and retries are written once as generators that *yield effects* (send this request and read
its body, sleep this long, give me a token) instead of performing I/O. `servicetitan._transport` has a sync
and an async driver that perform the effects; nothing else differs between the two clients.

Per-call facts reach the httpx layers below `httpx.Client.send` as request extensions: the call's options, and the
catalog operation (which a 403 names the scopes of).
"""

from __future__ import annotations

import threading
from collections.abc import Awaitable, Callable, Generator
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

if TYPE_CHECKING:
    from servicetitan.ratelimit import Admission, RateLimiter
    from servicetitan.retries import RetryPolicy

T = TypeVar("T")
E = TypeVar("E")

# Request extension marking a non-idempotent-looking request (the token POST) as safe to replay.
REPLAYABLE_EXTENSION = "servicetitan.replayable"
# Request extension carrying per-call `CallOptions`.
OPTIONS_EXTENSION = "servicetitan.options"
# Request extension carrying the catalog `Operation` a request calls.
OPERATION_EXTENSION = "servicetitan.operation"
# Response extension naming the ambiguous failure (a 5xx, a timeout) a DELETE was replayed after.
REPLAYED_AFTER_EXTENSION = "servicetitan.replayed_after"
# Response extension saying why the retries of a 429 stopped (budget or count), for `RateLimitError`.
GAVE_UP_EXTENSION = "servicetitan.gave_up"
# Request extension carrying the `Credentials` the pipeline attaches to the wire copy of an API request.
CREDENTIALS_EXTENSION = "servicetitan.credentials"
# Request extension marking the token request, which travels on its own connection pool.
TOKEN_EXTENSION = "servicetitan.token_request"  # noqa: S105 - an extension name, not a secret


class CallOptions:
    """Per-call overrides of client settings, attached to the request as an extension."""

    # Plain slotted classes rather than dataclasses here and below: building a dataclass costs about half a
    # millisecond at import, and these are made on every client's import path.
    __slots__ = ("debug", "max_retries", "retry", "timeout")

    def __init__(
        self,
        max_retries: int | None = None,
        debug: bool = False,
        retry: RetryPolicy | None = None,
        timeout: httpx.Timeout | None = None,
    ) -> None:
        self.max_retries = max_retries
        self.debug = debug
        self.retry = retry
        self.timeout = timeout


class Send:
    """Hand the request to the underlying transport and read the whole body; the answer is the response, or the
    exception of either step is thrown (a response whose body failed is closed). `limit` bounds the whole of it,
    body included, in seconds (None: only httpx's own per-read timeouts); beyond it, `httpx.ReadTimeout`."""

    __slots__ = ("limit", "request")

    def __init__(self, request: httpx.Request, limit: float | None = None) -> None:
        self.request = request
        self.limit = limit


class AttemptDeadline(threading.local):
    """The deadline of the `Send` this thread is performing (a sync driver's), for the sockets it reads and writes
    meanwhile (`servicetitan._sockets`)."""

    deadline: float | None = None
    limit: float = 0.0


attempt_deadline = AttemptDeadline()


def overran(limit: float) -> httpx.ReadTimeout:
    """The timeout of an attempt that outlived its `Send.limit`."""
    return httpx.ReadTimeout(f"the attempt took longer than its timeout of {limit:g} s, body included")


class Sleep:
    __slots__ = ("seconds",)

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds


class Token:
    """Ask for a valid `Authorization` value; `stale` is one the server refused, so it must not be returned."""

    __slots__ = ("stale",)

    def __init__(self, stale: str | None = None) -> None:
        self.stale = stale


class IsCurrent:
    """Is `authorization` still the client's cached, unexpired token? (A 401 for a token that has since been
    replaced or has expired says nothing about the credentials.)"""

    __slots__ = ("authorization",)

    def __init__(self, authorization: str) -> None:
        self.authorization = authorization


class Reserve:
    """Book a send slot with a rate limiter; the answer is the seconds to wait for it."""

    __slots__ = ("limiter",)

    def __init__(self, limiter: RateLimiter) -> None:
        self.limiter = limiter


class Admit:
    """Ask for room in the rate limiter's window for one attempt; the answer is 0.0 (admitted) or the seconds to
    wait before asking again."""

    __slots__ = ("admission",)

    def __init__(self, admission: Admission) -> None:
        self.admission = admission


Effect = Send | Sleep | Token | IsCurrent | Reserve | Admit
Flow = Generator[Effect, Any, T]


# --- the one driver pair: the flows of requests, pages, feeds and reports run on these two (the auth flow is ---
# --- driven by httpx's own auth protocol, `auth.ClientCredentialsAuth`) -----------------------------------------


def drive(flow: Generator[E, Any, T], perform: Callable[[E], Any], *, interrupts: bool = False) -> T:
    """Run `flow` to its result with blocking I/O: each effect it yields is handed to `perform`, whose answer is
    sent back, or whose exception is thrown into the flow (which may handle it or let it through). With
    `interrupts`, a KeyboardInterrupt or other BaseException is thrown in too, so the flow can clean up first
    (a report run cancels its query on the server)."""
    catch: type[BaseException] = BaseException if interrupts else Exception
    answer: Any = None
    failure: BaseException | None = None
    while True:
        try:
            effect = flow.send(answer) if failure is None else flow.throw(failure)
        except StopIteration as stop:
            result: T = stop.value
            return result
        answer, failure = None, None
        try:
            answer = perform(effect)
        except catch as exc:
            failure = exc


async def drive_async(
    flow: Generator[E, Any, T], perform: Callable[[E], Awaitable[Any]], *, interrupts: bool = False
) -> T:
    """`drive` on an event loop: `perform` is awaited; with `interrupts`, a cancelled task is thrown in too."""
    catch: type[BaseException] = BaseException if interrupts else Exception
    answer: Any = None
    failure: BaseException | None = None
    while True:
        try:
            effect = flow.send(answer) if failure is None else flow.throw(failure)
        except StopIteration as stop:
            result: T = stop.value
            return result
        answer, failure = None, None
        try:
            answer = await perform(effect)
        except catch as exc:
            failure = exc


class Credentials:
    """What the pipeline adds to the copy of an API request it sends, never to the request httpx, event hooks
    and exceptions hand out; `sent` is the `Authorization` value of the last send (to judge a 401)."""

    __slots__ = ("app_key", "sent")

    def __init__(self, app_key: str) -> None:
        self.app_key = app_key
        self.sent: str | None = None

    def __repr__(self) -> str:
        return "Credentials([redacted])"


class Origin:
    """Scheme, host and port: where credentials may be sent."""

    __slots__ = ("host", "port", "scheme")

    def __init__(self, scheme: str, host: str, port: int | None) -> None:
        self.scheme = scheme
        self.host = host
        self.port = port

    @classmethod
    def of(cls, url: str | httpx.URL) -> Origin:
        parsed = httpx.URL(url)
        return cls(parsed.scheme, parsed.host, parsed.port)

    def matches(self, url: httpx.URL) -> bool:
        return url.host == self.host and url.scheme == self.scheme and url.port == self.port
