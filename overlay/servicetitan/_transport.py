"""The httpx transport layer every request of a client passes through, `st.raw` and generated code included.

`Pipeline.exchange` is the one definition of what happens to a request on its way to the wire:
- requests to the API host wait for the shared rate limiter; requests to any other host lose every credential
  header (this also covers redirects);
- each attempt is logged (method, URL, status, elapsed, attempt) with secrets redacted, when logging is on;
- 429, 5xx and transport failures are retried as `servicetitan.retries.RetryPolicy` allows, sleeping through
  the driver; before a resend the `Authorization` value is re-checked so a long wait cannot send an expired
  token;
- a transport failure that is not retried becomes `APIConnectionError` / `APITimeoutError`.

`SyncDriver` and `AsyncDriver` perform the effects (`servicetitan._flow`) of the pipeline, the token fetch and
the auth flow; `PipelineTransport`/`AsyncPipelineTransport` plug them into httpx.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from servicetitan import _logging
from servicetitan._flow import (
    OPTIONS_EXTENSION,
    REPLAYABLE_EXTENSION,
    CallOptions,
    Effect,
    Flow,
    Origin,
    Read,
    Send,
    Sleep,
    Token,
    current_call,
)
from servicetitan.errors import APIConnectionError, APITimeoutError
from servicetitan.retries import REPLAYABLE_METHODS, RetryPolicy

if TYPE_CHECKING:
    import anyio

    from servicetitan.auth import TokenManager
    from servicetitan.ratelimit import RateLimiter

T = TypeVar("T")

_CREDENTIAL_HEADERS = ("authorization", "st-app-key")
_NO_OPTIONS = CallOptions()


def _options(request: httpx.Request) -> CallOptions:
    """The request's own options, else those of the `st.raw` call it belongs to (never for the token request)."""
    options: CallOptions | None = request.extensions.get(OPTIONS_EXTENSION)
    if options is not None:
        return options
    call = current_call.get()
    if call is None or call.options is None or request.extensions.get(REPLAYABLE_EXTENSION):
        return _NO_OPTIONS
    return call.options


class Pipeline:
    """Per-client settings plus the `exchange` flow that applies them to one request."""

    def __init__(self, *, api_origin: Origin, limiter: RateLimiter | None, policy: RetryPolicy, debug: bool) -> None:
        self.api_origin = api_origin
        self.limiter = limiter
        self.policy = policy
        self.debug = debug

    def exchange(self, request: httpx.Request) -> Flow[httpx.Response]:
        options = _options(request)
        if options.timeout is not None:
            request.extensions["timeout"] = options.timeout.as_dict()
        policy = options.retry or self.policy
        max_retries = policy.max_retries if options.max_retries is None else options.max_retries
        forced = self.debug or options.debug
        logging_on = _logging.wants_debug(forced)
        to_api = self.api_origin.matches(request.url)
        if not to_api:
            for name in _CREDENTIAL_HEADERS:
                request.headers.pop(name, None)
        replayable = request.method in REPLAYABLE_METHODS or bool(request.extensions.get(REPLAYABLE_EXTENSION))
        limiter = self.limiter if to_api else None
        attempt = 0
        while True:
            attempt += 1
            if limiter is not None:
                wait = limiter.reserve()
                if wait > 0:
                    yield Sleep(wait)
            if logging_on:
                _log_request(forced, request, attempt)
            started = time.perf_counter()
            try:
                response: httpx.Response = yield Send(request)
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
                if attempt > max_retries or not policy.retries_failure(exc, replayable):
                    raise _connection_error(exc, request) from exc
                delay = policy.backoff(attempt)
            else:
                # Transports leave this to the client, but token responses never pass through one.
                response.request = request
                if logging_on:
                    _logging.debug(
                        forced,
                        "HTTP %s %s -> %d in %.1f ms (attempt %d)",
                        request.method,
                        request.url,
                        response.status_code,
                        (time.perf_counter() - started) * 1000,
                        attempt,
                    )
                if attempt > max_retries or not policy.retries_status(response.status_code, replayable):
                    return response
                yield Read(response)
                requested = policy.delay_for_response(response, attempt)
                if requested is None:
                    return response
                # Reading the body closed the response, through the sync or the async stream alike.
                delay = requested
            if delay > 0:
                yield Sleep(delay)
            if to_api and "authorization" in request.headers:
                request.headers["Authorization"] = yield Token()


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


class SyncDriver:
    """Performs effects with blocking I/O; holds the client's token lock (one token request at a time)."""

    def __init__(self, *, transport: httpx.BaseTransport, sleep: Callable[[float], None], tokens: TokenManager) -> None:
        self.transport = transport
        self._sleep = sleep
        self._tokens = tokens
        self._token_lock = threading.Lock()

    def perform(self, effect: Effect) -> Any:
        if isinstance(effect, Send):
            return self.transport.handle_request(effect.request)
        if isinstance(effect, Read):
            return effect.response.read()
        if isinstance(effect, Sleep):
            return self._sleep(effect.seconds)
        return self.token(effect.stale)

    def run(self, flow: Flow[T]) -> T:
        answer: Any = None
        failure: Exception | None = None
        while True:
            try:
                effect = flow.send(answer) if failure is None else flow.throw(failure)
            except StopIteration as stop:
                result: T = stop.value
                return result
            failure = None
            try:
                answer = self.perform(effect)
            except Exception as exc:
                answer, failure = None, exc

    def token(self, stale: str | None = None) -> str:
        tokens = self._tokens
        authorization = tokens.usable(stale)
        if authorization is not None:
            return authorization
        with self._token_lock:
            authorization = tokens.usable(stale)
            return self.run(tokens.fetch()) if authorization is None else authorization


class AsyncDriver:
    """Performs effects with async I/O; the token lock is an anyio lock, so waiting never blocks the loop."""

    def __init__(
        self,
        *,
        transport: httpx.AsyncBaseTransport,
        sleep: Callable[[float], Awaitable[None]],
        tokens: TokenManager,
    ) -> None:
        self.transport = transport
        self._sleep = sleep
        self._tokens = tokens
        self._token_lock: anyio.Lock | None = None

    async def perform(self, effect: Effect) -> Any:
        if isinstance(effect, Send):
            return await self.transport.handle_async_request(effect.request)
        if isinstance(effect, Read):
            return await effect.response.aread()
        if isinstance(effect, Sleep):
            return await self._sleep(effect.seconds)
        return await self.token(effect.stale)

    async def run(self, flow: Flow[T]) -> T:
        answer: Any = None
        failure: Exception | None = None
        while True:
            try:
                effect = flow.send(answer) if failure is None else flow.throw(failure)
            except StopIteration as stop:
                result: T = stop.value
                return result
            failure = None
            try:
                answer = await self.perform(effect)
            except Exception as exc:
                answer, failure = None, exc

    async def token(self, stale: str | None = None) -> str:
        tokens = self._tokens
        authorization = tokens.usable(stale)
        if authorization is not None:
            return authorization
        if self._token_lock is None:
            import anyio

            self._token_lock = anyio.Lock()
        async with self._token_lock:
            authorization = tokens.usable(stale)
            return await self.run(tokens.fetch()) if authorization is None else authorization


class PipelineTransport(httpx.BaseTransport):
    def __init__(self, pipeline: Pipeline, driver: SyncDriver) -> None:
        self._pipeline = pipeline
        self._driver = driver

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._driver.run(self._pipeline.exchange(request))

    def close(self) -> None:
        self._driver.transport.close()


class AsyncPipelineTransport(httpx.AsyncBaseTransport):
    def __init__(self, pipeline: Pipeline, driver: AsyncDriver) -> None:
        self._pipeline = pipeline
        self._driver = driver

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._driver.run(self._pipeline.exchange(request))

    async def aclose(self) -> None:
        await self._driver.transport.aclose()
