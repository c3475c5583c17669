"""The httpx transport layer every request of a client passes through, `st.raw` and generated code included.

`Pipeline.exchange` is the one definition of what happens to a request on its way to the wire:
- requests to the API host wait for the shared rate limiter, then get the current token and the app key on a
  copy that goes on the wire (the request httpx hands to hooks and exceptions never holds them); requests to
  any other host lose every credential header;
- each attempt includes reading the body, so a cut or stalled body is a failed attempt and the pooled
  connection is free before anyone looks at the answer; the request's read timeout (the `timeout` a caller
  gives) bounds the whole attempt, status line, headers and body, however slowly they trickle in (a timeout like
  any other: `APITimeoutError` unless retried), and a body beyond `MAX_BODY_BYTES` is refused as it arrives;
- each attempt is logged (method, URL, status, elapsed, attempt) with secrets redacted, when logging is on;
- 429, 5xx, 409 maintenance and transport failures are retried as `servicetitan.retries.RetryPolicy` allows,
  sleeping through the driver; a 429 pauses the whole (app key, tenant) through its limiter, and 429 waits are
  bounded by the policy's `rate_limit_wait`;
- a transport failure that is not retried becomes `APIConnectionError` / `APITimeoutError`; a 404 to a DELETE
  replayed after an ambiguous failure is marked so it becomes `DeleteOutcomeUnknownError`.

`SyncDriver` and `AsyncDriver` perform the effects (`servicetitan._flow`) of the pipeline, the token fetch and
the auth flow; `PipelineTransport`/`AsyncPipelineTransport` plug them into httpx.
"""

from __future__ import annotations

import os
import ssl
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from servicetitan import _logging
from servicetitan._flow import (
    CREDENTIALS_EXTENSION,
    GAVE_UP_EXTENSION,
    OPTIONS_EXTENSION,
    REPLAYABLE_EXTENSION,
    REPLAYED_AFTER_EXTENSION,
    TOKEN_EXTENSION,
    Admit,
    CallOptions,
    Credentials,
    Effect,
    Flow,
    Origin,
    Reserve,
    Send,
    Sleep,
    Token,
    attempt_deadline,
    drive,
    drive_async,
    overran,
)
from servicetitan._once import once
from servicetitan.errors import APIConnectionError, APITimeoutError, ResponseValidationError
from servicetitan.retries import REPLAYABLE_METHODS, RetryPolicy, failed_before_sending

if TYPE_CHECKING:
    import anyio

    from servicetitan.auth import TokenManager
    from servicetitan.ratelimit import RateLimiter

T = TypeVar("T")

_CREDENTIAL_HEADERS = ("authorization", "st-app-key")
APP_KEY_HEADER = "ST-App-Key"
_NO_OPTIONS = CallOptions()
# The largest body a client reads into memory, downloads included: beyond it, `ResponseValidationError`.
MAX_BODY_BYTES = 1 << 30


class Pipeline:
    """Per-client settings plus the `exchange` flow that applies them to one request."""

    def __init__(self, *, api_origin: Origin, limiter: RateLimiter | None, policy: RetryPolicy, debug: bool) -> None:
        self.api_origin = api_origin
        self.limiter = limiter
        self.policy = policy
        self.debug = debug

    def exchange(self, request: httpx.Request) -> Flow[httpx.Response]:
        options: CallOptions = request.extensions.get(OPTIONS_EXTENSION) or _NO_OPTIONS
        if options.timeout is not None:
            request.extensions["timeout"] = options.timeout.as_dict()
        policy = options.retry or self.policy
        if options.max_retries is not None:
            policy = replace(policy, max_retries=options.max_retries)
        forced = self.debug or options.debug
        logging_on = _logging.wants_debug(forced)
        to_api = self.api_origin.matches(request.url)
        if not to_api:
            for name in _CREDENTIAL_HEADERS:
                request.headers.pop(name, None)
        replayable = request.method in REPLAYABLE_METHODS or bool(request.extensions.get(REPLAYABLE_EXTENSION))
        # A token request is no API call, even on the API's host: paced, it would queue behind the calls waiting for it.
        limiter = self.limiter if to_api and not request.extensions.get(TOKEN_EXTENSION) else None
        credentials: Credentials | None = request.extensions.get(CREDENTIALS_EXTENSION) if to_api else None
        limit = attempt_limit(request.extensions.get("timeout"))
        attempt = 0
        # Seconds this call has waited since its first 429, and its 429s: bounded by `policy.rate_limit_wait` and
        # `policy.max_rate_limit_retries`.
        rate_limited_for: float | None = None
        rate_limited = 0
        # The last failure after which the request may have been applied and was sent again anyway.
        ambiguous: str | None = None
        while True:
            attempt += 1
            if limiter is not None:
                wait = yield Reserve(limiter)
                if wait > 0:
                    yield Sleep(wait)
                    if rate_limited_for is not None:
                        rate_limited_for += wait
            wire = request
            admission = None if limiter is None else limiter.admission()
            try:
                if admission is not None:
                    # Counted from here to a second after the answer: late arrivals never crowd one second.
                    while (wait := (yield Admit(admission))) > 0:
                        yield Sleep(wait)
                if credentials is not None:
                    # Attached after the limiter's wait, so a long queue never sends an expired token.
                    credentials.sent = yield Token()
                    wire = _with_credentials(request, credentials)
            except BaseException:
                if admission is not None:
                    admission.done()
                raise
            if logging_on:
                _log_request(forced, wire, attempt)
            started = time.perf_counter()
            try:
                # Reading the body is part of the attempt (`Send` reads it): a connection cut or a stall mid-body
                # is a failed attempt like any other, and the pooled connection is free before anyone looks at
                # the answer. The attempt as a whole, body included, is bounded by the request's timeout.
                try:
                    response: httpx.Response = yield Send(wire, limit)
                finally:
                    if admission is not None:
                        admission.done()
            except httpx.TransportError as exc:
                if logging_on:
                    _logging.debug(
                        forced,
                        "HTTP %s %s failed after %.1f ms (attempt %d): %s: %s",
                        request.method,
                        request.url,
                        (time.perf_counter() - started) * 1000,
                        attempt,
                        type(exc).__name__,
                        exc,
                    )
                if attempt > policy.max_retries or not policy.retries_failure(exc, replayable):
                    raise _connection_error(exc, request) from exc
                if not failed_before_sending(exc):
                    ambiguous = type(exc).__name__
                delay = policy.backoff(attempt)
            else:
                elapsed = time.perf_counter() - started
                # Transports leave these to the client, but token responses never pass through one.
                response.request = request
                response.elapsed = timedelta(seconds=elapsed)
                if logging_on:
                    _logging.debug(
                        forced,
                        "HTTP %s %s -> %d in %.1f ms (attempt %d)",
                        request.method,
                        request.url,
                        response.status_code,
                        elapsed * 1000,
                        attempt,
                    )
                if response.status_code < 300:
                    return response
                requested = policy.delay_after(response, attempt, replayable, rate_limited_for or 0.0, rate_limited)
                if requested is None:
                    if ambiguous is not None and response.status_code == 404 and request.method == "DELETE":
                        response.extensions[REPLAYED_AFTER_EXTENSION] = ambiguous
                    if rate_limited:
                        response.extensions[GAVE_UP_EXTENSION] = (
                            f"gave up after {rate_limited + 1} answers 429 and {rate_limited_for or 0.0:g} s of "
                            f"waiting (rate_limit_wait={policy.rate_limit_wait:g} s, "
                            f"max_rate_limit_retries={policy.max_rate_limit_retries})"
                        )
                    return response
                if response.status_code >= 500:
                    ambiguous = f"{response.status_code} {response.reason_phrase}".strip()
                delay = requested
                if response.status_code == 429:
                    rate_limited += 1
                    rate_limited_for = (rate_limited_for or 0.0) + (0.0 if limiter is not None else delay)
                    if limiter is not None:
                        # Every request of this (app key, tenant) waits it out, then they resume one slot apart.
                        limiter.pause(delay)
                        delay = 0.0
            if delay > 0:
                yield Sleep(delay)


def attempt_limit(timeouts: Mapping[str, float | None] | None) -> float | None:
    """The seconds one attempt may take in all, body included: the read timeout (the number a caller passes as
    `timeout`), which httpx applies to each read only. None when reads may wait forever."""
    if not timeouts:
        return None
    return timeouts.get("read")


def _within(timeouts: Mapping[str, float | None], seconds: float) -> dict[str, float | None]:
    """`timeouts` with no single wait longer than `seconds`."""
    return {name: seconds if value is None else min(value, seconds) for name, value in timeouts.items()} or {
        "connect": seconds,
        "read": seconds,
        "write": seconds,
        "pool": seconds,
    }


def _too_large(response: httpx.Response, request: httpx.Request, limit: int) -> ResponseValidationError:
    # The pipeline ties the response to its request later: the wire copy names the same method and URL.
    return ResponseValidationError(
        f"the response body exceeds {limit} bytes",
        status=response.status_code,
        body=None,
        method=request.method,
        url=str(request.url),
        response=response,
    )


def _declared_length(response: httpx.Response) -> int | None:
    try:
        return int(response.headers.get("content-length", ""))
    except ValueError:
        return None


def shared_tls() -> ssl.SSLContext:
    """The TLS context of every transport the library makes: httpx's default (certificates and host names
    verified, the CA bundle of `SSL_CERT_FILE` or `SSL_CERT_DIR` when set, certifi's otherwise), made once per
    process and per such setting. Making one loads the whole CA bundle, about 25 ms of CPU: a client made two
    (its API and token transports, four for a sync and an async client), and a whole-tenant sync, a client per
    stream, spent more CPU on them than on its records. A context is safe to share between threads,
    connections and a forked child; only httpcore's ALPN setting is written per connection, always the same
    value here (HTTP/1.1)."""
    return _tls_for(os.environ.get("SSL_CERT_FILE") or None, os.environ.get("SSL_CERT_DIR") or None)


@once
def _tls_for(cert_file: str | None, cert_dir: str | None) -> ssl.SSLContext:
    """The context of one CA setting (what httpx reads from the environment), built by one thread while the others
    wait, with locks that a forked child makes anew (`servicetitan._once`)."""
    return httpx.create_ssl_context()


def pooled_transport() -> httpx.HTTPTransport:
    """httpx's transport with the shared TLS context (`shared_tls`), its sockets bounded by the deadline of the
    attempt that uses them (`servicetitan._sockets`, loaded here: it needs httpcore, which `import httpx` does
    not load)."""
    from servicetitan._sockets import bound_sockets

    return bound_sockets(httpx.HTTPTransport(verify=shared_tls()))


class _BoundedBody(httpx.SyncByteStream):
    """A sync body that fails once its attempt's deadline passes or once it grows beyond `max_bytes`: checked
    after each piece, so a body that trickles in small pieces cannot keep the attempt alive."""

    def __init__(
        self,
        stream: httpx.SyncByteStream,
        response: httpx.Response,
        request: httpx.Request,
        deadline: float | None,
        limit: float | None,
    ) -> None:
        self._stream = stream
        self._response = response
        self._request = request
        self._deadline = deadline
        self._limit = limit

    def __iter__(self) -> Iterator[bytes]:
        received = 0
        max_bytes = MAX_BODY_BYTES
        for piece in self._stream:
            received += len(piece)
            if received > max_bytes:
                raise _too_large(self._response, self._request, max_bytes)
            if self._deadline is not None and time.monotonic() > self._deadline:
                assert self._limit is not None
                raise overran(self._limit)
            yield piece

    def close(self) -> None:
        self._stream.close()


class _BoundedAsyncBody(httpx.AsyncByteStream):
    """The size bound of `_BoundedBody` for an async body (its deadline is a cancel scope around the attempt)."""

    def __init__(self, stream: httpx.AsyncByteStream, response: httpx.Response, request: httpx.Request) -> None:
        self._stream = stream
        self._response = response
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        received = 0
        max_bytes = MAX_BODY_BYTES
        async for piece in self._stream:
            received += len(piece)
            if received > max_bytes:
                raise _too_large(self._response, self._request, max_bytes)
            yield piece

    async def aclose(self) -> None:
        await self._stream.aclose()


def _with_credentials(request: httpx.Request, credentials: Credentials) -> httpx.Request:
    """The copy that goes on the wire: the request itself, which httpx hands to event hooks and the response
    (and so to exceptions), never holds the app key or the token."""
    assert credentials.sent is not None
    wire = httpx.Request(
        request.method, request.url, headers=request.headers, stream=request.stream, extensions=request.extensions
    )
    wire.headers[APP_KEY_HEADER] = credentials.app_key
    wire.headers["Authorization"] = credentials.sent
    return wire


def _log_request(forced: bool, request: httpx.Request, attempt: int) -> None:
    _logging.debug(
        forced,
        "HTTP %s %s (attempt %d) headers=%s",
        request.method,
        request.url,
        attempt,
        _logging.redact_headers(request.headers.items()),
    )


def _connection_error(exc: httpx.TransportError, request: httpx.Request) -> APIConnectionError:
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    return cls(f"{type(exc).__name__}: {exc}", method=request.method, url=str(request.url))


_Event = TypeVar("_Event", threading.Event, "anyio.Event")


class _SharedAttempt(Generic[_Event]):
    """One token request that every caller arriving while it runs waits for, sharing its result or failure."""

    __slots__ = ("done", "failure", "result")

    def __init__(self, done: _Event) -> None:
        self.done: _Event = done
        self.result: str | None = None
        self.failure: BaseException | None = None

    def outcome(self) -> str:
        if self.failure is not None:
            raise self.failure
        assert self.result is not None
        return self.result


class SyncDriver:
    """Performs effects with blocking I/O. The token request is single-flight and has its own connection pool
    (unless a test passes one `transport` for everything), so it never waits behind API requests."""

    def __init__(
        self, *, transport: httpx.BaseTransport | None, sleep: Callable[[float], None], tokens: TokenManager
    ) -> None:
        self.transport = transport or pooled_transport()
        self.token_transport = transport or pooled_transport()
        self._sleep = sleep
        self._tokens = tokens
        self._token_lock = threading.Lock()
        self._attempt: _SharedAttempt[threading.Event] | None = None

    def perform(self, effect: Effect) -> Any:
        # The effects of every request first, in the order of their frequency.
        if isinstance(effect, Send):
            pooled = self.token_transport if effect.request.extensions.get(TOKEN_EXTENSION) else self.transport
            return self._send(pooled, effect.request, effect.limit)
        if isinstance(effect, Token):
            return self.token(effect.stale)
        if isinstance(effect, Sleep):
            return self._sleep(effect.seconds)
        if isinstance(effect, Reserve):
            return effect.limiter.reserve()
        if isinstance(effect, Admit):
            return effect.admission.admit()
        return self._tokens.is_current(effect.authorization)

    @staticmethod
    def _send(pooled: httpx.BaseTransport, request: httpx.Request, limit: float | None) -> httpx.Response:
        """One attempt within `limit` seconds, body included. httpx bounds each read only, and a blocking read
        cannot be cut short from outside: the sockets of `pooled_transport` give each read and write only what is
        left of the deadline (kept for this thread in `_attempt`). For any other transport (one a test or a user
        passes), each read gets at most what was left when the headers, then the body, began (httpcore takes the
        timeouts from the request's extensions then), and the deadline is checked after each piece of the body."""
        timeouts: Mapping[str, float | None] = request.extensions.get("timeout") or {}
        deadline = None if limit is None else time.monotonic() + limit
        outer = attempt_deadline.deadline, attempt_deadline.limit
        try:
            if limit is not None:
                attempt_deadline.deadline, attempt_deadline.limit = deadline, limit
                request.extensions["timeout"] = _within(timeouts, limit)
            response = pooled.handle_request(request)
            try:
                if deadline is not None:
                    assert limit is not None
                    left = deadline - time.monotonic()
                    if left <= 0:
                        raise overran(limit)
                    request.extensions["timeout"] = _within(timeouts, left)
                declared = _declared_length(response)
                if declared is not None and declared > MAX_BODY_BYTES:
                    raise _too_large(response, request, MAX_BODY_BYTES)
                stream = response.stream
                assert isinstance(stream, httpx.SyncByteStream)
                response.stream = _BoundedBody(stream, response, request, deadline, limit)
                response.read()
            except BaseException:
                response.close()
                raise
        finally:
            attempt_deadline.deadline, attempt_deadline.limit = outer
            if limit is not None:
                request.extensions["timeout"] = timeouts
        return response

    def run(self, flow: Flow[T]) -> T:
        return drive(flow, self.perform)

    def token(self, stale: str | None = None) -> str:
        tokens = self._tokens
        authorization = tokens.usable(stale)
        if authorization is not None:
            return authorization
        while True:
            with self._token_lock:
                authorization = tokens.usable(stale)
                if authorization is not None:
                    return authorization
                attempt = self._attempt
                if attempt is None:
                    attempt = self._attempt = _SharedAttempt(threading.Event())
                    break
            attempt.done.wait()
            if attempt.result is not None or attempt.failure is not None:
                return attempt.outcome()
            # The fetching thread was interrupted: fetch anew, or join whoever does.
        try:
            attempt.result = self.run(tokens.fetch())
        except Exception as exc:
            attempt.failure = exc
        finally:
            with self._token_lock:
                self._attempt = None
            attempt.done.set()
        return attempt.outcome()

    def close(self) -> None:
        self.transport.close()
        if self.token_transport is not self.transport:
            self.token_transport.close()


class AsyncDriver:
    """Performs effects with async I/O; see `SyncDriver`. Waiting for the token never blocks the event loop, and
    a limiter whose store does network I/O (Redis) is consulted off the loop."""

    def __init__(
        self,
        *,
        transport: httpx.AsyncBaseTransport | None,
        sleep: Callable[[float], Awaitable[None]],
        tokens: TokenManager,
    ) -> None:
        self.transport = transport or httpx.AsyncHTTPTransport(verify=shared_tls())
        self.token_transport = transport or httpx.AsyncHTTPTransport(verify=shared_tls())
        self._sleep = sleep
        self._tokens = tokens
        self._attempt: _SharedAttempt[anyio.Event] | None = None

    async def perform(self, effect: Effect) -> Any:
        if isinstance(effect, Send):
            pooled = self.token_transport if effect.request.extensions.get(TOKEN_EXTENSION) else self.transport
            if effect.limit is None:
                return await self._send(pooled, effect.request)
            import anyio

            try:
                with anyio.fail_after(effect.limit):
                    return await self._send(pooled, effect.request)
            except TimeoutError:
                raise overran(effect.limit) from None
        if isinstance(effect, Token):
            return await self.token(effect.stale)
        if isinstance(effect, Sleep):
            return await self._sleep(effect.seconds)
        if isinstance(effect, Reserve):
            return await effect.limiter.reserve_async()
        if isinstance(effect, Admit):
            return await effect.admission.admit_async()
        return self._tokens.is_current(effect.authorization)

    @staticmethod
    async def _send(pooled: httpx.AsyncBaseTransport, request: httpx.Request) -> httpx.Response:
        response = await pooled.handle_async_request(request)
        try:
            declared = _declared_length(response)
            if declared is not None and declared > MAX_BODY_BYTES:
                raise _too_large(response, request, MAX_BODY_BYTES)
            stream = response.stream
            assert isinstance(stream, httpx.AsyncByteStream)
            response.stream = _BoundedAsyncBody(stream, response, request)
            await response.aread()
        except BaseException:
            import anyio

            # Also when the attempt's deadline cancelled the read: the connection is closed, not left half-read.
            with anyio.CancelScope(shield=True):
                await response.aclose()
            raise
        return response

    async def run(self, flow: Flow[T]) -> T:
        return await drive_async(flow, self.perform)

    async def token(self, stale: str | None = None) -> str:
        tokens = self._tokens
        authorization = tokens.usable(stale)
        if authorization is not None:
            return authorization
        # No await between the check and the claim: on one event loop, that is atomic.
        attempt = self._attempt
        while attempt is not None:
            await attempt.done.wait()
            if attempt.result is not None or attempt.failure is not None:
                return attempt.outcome()
            # The task that fetched was cancelled (a timeout of its own call): fetch anew, or join who does.
            authorization = tokens.usable(stale)
            if authorization is not None:
                return authorization
            attempt = self._attempt
        import anyio

        attempt = self._attempt = _SharedAttempt(anyio.Event())
        try:
            attempt.result = await self.run(tokens.fetch())
        except Exception as exc:
            attempt.failure = exc
        finally:
            self._attempt = None
            attempt.done.set()
        return attempt.outcome()

    async def aclose(self) -> None:
        await self.transport.aclose()
        if self.token_transport is not self.transport:
            await self.token_transport.aclose()


class PipelineTransport(httpx.BaseTransport):
    def __init__(self, pipeline: Pipeline, driver: SyncDriver) -> None:
        self._pipeline = pipeline
        self._driver = driver

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._driver.run(self._pipeline.exchange(request))

    def close(self) -> None:
        self._driver.close()


class AsyncPipelineTransport(httpx.AsyncBaseTransport):
    def __init__(self, pipeline: Pipeline, driver: AsyncDriver) -> None:
        self._pipeline = pipeline
        self._driver = driver

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._driver.run(self._pipeline.exchange(request))

    async def aclose(self) -> None:
        await self._driver.aclose()
