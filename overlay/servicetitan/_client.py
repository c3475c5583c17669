"""`ServiceTitan` and `AsyncServiceTitan`: one tenant, one environment, one connection pool each.

Both classes share `_ClientCore` (`servicetitan._core`), which holds everything that is not I/O; each adds a thin
shell that sends with `httpx.Client` or `httpx.AsyncClient`, and attaches the surface: the 67 actions, every
domain's resources (`st.jpm.jobs.get`), `st.raw`, `st.exports`, each made on first access. Every request runs
through the same httpx layers:

    httpx.Client.send
      └── ClientCredentialsAuth flow      token, ST-App-Key, 401 -> refresh -> replay once, typed errors
            └── PipelineTransport         rate limiter, retries, logging, credential stripping off-host
                  └── httpx.HTTPTransport (or the transport you pass, e.g. httpx.MockTransport)

Processes and event loops: the HTTP client, its connection pool and the token request in flight belong to one
process and, for `AsyncServiceTitan`, to one event loop. A forked child (gunicorn, celery prefork,
multiprocessing's fork) and the first call in a new event loop (a later `asyncio.run`, a notebook) make new ones
on first use; the token, the settings and what was set on `st.http` carry over, and the child never touches a
connection it inherited (they are the parent's sockets). A `transport=` you pass is yours and is kept as is.

What the runtime below uses of a client is typed by `servicetitan._core.Core` (`SyncCore` / `AsyncCore`): its
settings, `clock`, `sleep`, and `send(method, path, ..., operation=...) -> httpx.Response`, which raises the typed
errors; the path is from the host root, with `{tenant}` and `path_params` filled. A new surface is one more
`Surface(factory)` attribute on both classes.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar, Unpack

import httpx

from servicetitan._bodies import decode
from servicetitan._core import (
    _RESPONSE_TYPES,
    USER_AGENT,
    ResponseType,
    SendOptions,
    TimeoutTypes,
    _ClientCore,
)
from servicetitan._transport import AsyncDriver, AsyncPipelineTransport, PipelineTransport, SyncDriver
from servicetitan.actions import AsyncActions, SyncActions
from servicetitan.auth import ClientCredentialsAuth
from servicetitan.resources import Surface, attach_domains
from servicetitan.retries import RetryPolicy

if TYPE_CHECKING:
    from servicetitan._core import AsyncCore, Core, SyncCore
    from servicetitan._resource_signatures import AsyncDomains, SyncDomains
    from servicetitan.raw import RawAPI
    from servicetitan.reports import AsyncReports, Reports
else:
    # One attribute per domain is attached below; type checkers read them from `_resource_signatures.pyi`.
    class SyncDomains:
        pass

    class AsyncDomains:
        pass


__all__ = ["AsyncServiceTitan", "ServiceTitan"]


# Held while a client replaces its HTTP client after a fork or for a new event loop; a forked child starts with a
# new one, since a thread of the parent may have held it at the fork.
_rebuilding = threading.Lock()


def _new_lock_in_child() -> None:
    global _rebuilding
    _rebuilding = threading.Lock()


os.register_at_fork(after_in_child=_new_lock_in_child)

_Http = TypeVar("_Http", httpx.Client, httpx.AsyncClient)


def _carry_over(old: _Http, new: _Http) -> _Http:
    """What a user may have set on `st.http` survives its replacement (after a fork, in a new event loop)."""
    new.headers = old.headers
    new.cookies = old.cookies
    new.params = old.params
    new.event_hooks = old.event_hooks
    new.timeout = old.timeout
    new.follow_redirects = old.follow_redirects
    new.max_redirects = old.max_redirects
    return new


def _running_loop() -> object | None:
    """The event loop (asyncio's, or trio's run) this code runs in, or None outside any."""
    asyncio = sys.modules.get("asyncio")  # no loop of asyncio runs unless asyncio was imported
    if asyncio is not None:
        try:
            loop: object = asyncio.get_running_loop()
        except RuntimeError:
            pass
        else:
            return loop
    trio = sys.modules.get("trio")
    if trio is not None:
        try:
            token: object = trio.lowlevel.current_trio_token()
        except RuntimeError:
            return None
        return token
    return None


def _raw(core: Core, asynchronous: bool) -> RawAPI:
    from servicetitan.raw import RawAPI

    return RawAPI(core, asynchronous)


def _reports(core: SyncCore) -> Reports:
    from servicetitan.reports import Reports

    return Reports(core)


def _async_reports(core: AsyncCore) -> AsyncReports:
    from servicetitan.reports import AsyncReports

    return AsyncReports(core)


class ServiceTitan(SyncActions, SyncDomains, _ClientCore[httpx.BaseTransport, Callable[[float], None]]):
    """Synchronous client for one tenant.

        with ServiceTitan(client_id=..., client_secret=..., app_key=..., tenant=1234567890) as st:
            job = st.jpm.jobs.get(id=42)
            for job in st.jpm.jobs.get_list(fetch_all=True, job_status="Scheduled"):
                ...
            page = st.request("GET", "/jobs", domain="jpm", params={"pageSize": 50})

    Optional settings: `environment` ("production" or "integration"), `api_url`/`token_url` overrides,
    `enterprise_hub` (send the tenant in the token request), `timeout` (default 5 s connect, 100 s read),
    `page_size_limits` ({operationId: largest page size} where an endpoint accepts less or more than the
    documented 5000), `max_retries` (default 3), `rate_limit` (requests per second shared by every client of
    this app key and tenant, default 58; None disables), `rate_limit_store` (where that budget is kept: the
    process by default, or a `redis://` URL / `servicetitan.ratelimit_redis.RedisStore` shared by every process
    and machine), `debug` (log every request and response), `active`
    ("True", "False" or "Any": the `active` filter sent by every operation that has one unless the call gives
    its own; None, the default, leaves the API's default of active records only), `decimals` (True: dict results,
    that is `as_dicts=True` lists and feeds and `request`, carry every fractional number and the money sent as
    text as `Decimal`; models keep their declared types), and for
    tests `transport` (an httpx transport, e.g. `httpx.MockTransport`), `sleep` and `clock`.
    """

    raw: Surface[ServiceTitan, RawAPI] = Surface(lambda core: _raw(core, asynchronous=False))
    # The Reporting API: `st.reports.describe(category, id)`, `.run(...)` (see `servicetitan.reports`).
    reports: Surface[ServiceTitan, Reports] = Surface(_reports)

    def _connect(self, transport: httpx.BaseTransport | None, sleep: Callable[[float], None] | None) -> None:
        self._transport = transport
        # How every wait of this client is slept (retries, the limiter, report pacing and polling).
        self.sleep: Callable[[float], None] = sleep or time.sleep
        self._driver, self._http = self._open()
        self._pid = os.getpid()

    def _open(self) -> tuple[SyncDriver, httpx.Client]:
        driver = SyncDriver(transport=self._transport, sleep=self.sleep, tokens=self._tokens)
        http = httpx.Client(
            base_url=self.environment.api_url,
            auth=ClientCredentialsAuth(app_key=self._app_key, api_origin=self._api_origin, perform=driver.perform),
            transport=PipelineTransport(self._pipeline, driver),
            timeout=self.timeout,
            headers={"Accept": "application/json", "User-Agent": USER_AGENT},
        )
        return driver, http

    @property
    def http(self) -> httpx.Client:
        """The `httpx.Client` every request goes through, this process's: a forked child makes its own (own
        connection pool, token lock and token request) on first use, with what was set on the parent's, and
        never touches the connections it inherited (the parent's sockets)."""
        if self._pid != os.getpid():
            with _rebuilding:
                if self._pid != os.getpid():
                    driver, http = self._open()
                    # Published before the pid, so no thread that sees this process's pid gets the old pool.
                    self._driver, self._http = driver, _carry_over(self._http, http)
                    self._pid = os.getpid()
        return self._http

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection pool; the client cannot be used afterwards. A forked child closes only its own:
        the connections it inherited are the parent's."""
        if self._pid == os.getpid():
            self._http.close()
        self._forget_secrets()

    def authenticate(self) -> None:
        """Obtain an access token now, or confirm that the cached one is still usable; nothing else is sent and
        the token is not handed out. Refused credentials raise `AuthenticationError`, an unreachable token
        endpoint `APIConnectionError`."""
        _ = self.http
        self._driver.token()

    def send(self, method: str, path: str, **options: Unpack[SendOptions]) -> httpx.Response:
        """Send one request through the client's auth, limiter and retries, and return the successful response
        (its body read); non-2xx raises the typed error. The runtime's one way out (`servicetitan._core.Core`);
        `request` is the same with a domain-relative path and a decoded answer.

        `path` is from the API host root (`/jpm/v2/tenant/{tenant}/jobs/{id}`) or an absolute URL; `{tenant}`
        and `path_params` fill its placeholders. With `operation`, query names are checked against it and a 403
        names its scopes.
        """
        http = self.http
        return http.send(self._prepare(http, method, path, options))

    def request(
        self,
        method: str,
        path: str,
        *,
        domain: str | None = None,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        data: Mapping[str, Any] | None = None,
        files: Any = None,
        headers: Mapping[str, str] | None = None,
        response_type: ResponseType = "json",
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        debug: bool | None = None,
        retry: RetryPolicy | None = None,
    ) -> Any:
        """Call any endpoint: `st.request("GET", "/jobs", domain="jpm", params={"pageSize": 10})`.

        With `domain`, `path` is relative to the domain's server path and `/tenant/{tenant}` is inserted unless
        the path already starts with it (or with `/vN/tenant/`). Without, it is from the API host root. An
        absolute URL to another host is sent without any credential. Returns parsed JSON, text or bytes.
        `max_retries` and `retry` (a `RetryPolicy`) override the client's retry settings for this call.
        """
        if response_type not in _RESPONSE_TYPES:
            raise ValueError(f"response_type must be one of {_RESPONSE_TYPES}, not {response_type!r}")
        response = self.send(
            method,
            self._api_path(path, domain),
            params=params,
            json=json,
            data=data,
            files=files,
            headers=headers,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            retry=retry,
        )
        return decode(response, response_type, self.decimals)


class AsyncServiceTitan(
    AsyncActions, AsyncDomains, _ClientCore[httpx.AsyncBaseTransport, Callable[[float], Awaitable[None]]]
):
    """Asynchronous twin of `ServiceTitan`: same constructor and methods, awaitable.

        async with AsyncServiceTitan(client_id=..., client_secret=..., app_key=..., tenant=...) as st:
            job = await st.jpm.jobs.get(id=42)

    `sleep` is an async callable (default `anyio.sleep`), `transport` an `httpx.AsyncBaseTransport`.
    """

    raw: Surface[AsyncServiceTitan, RawAPI] = Surface(lambda core: _raw(core, asynchronous=True))
    reports: Surface[AsyncServiceTitan, AsyncReports] = Surface(_async_reports)

    def _connect(
        self, transport: httpx.AsyncBaseTransport | None, sleep: Callable[[float], Awaitable[None]] | None
    ) -> None:
        self._transport = transport
        if sleep is None:
            import anyio

            sleep = anyio.sleep
        # How every wait of this client is awaited (retries, the limiter, report pacing and polling).
        self.sleep: Callable[[float], Awaitable[None]] = sleep
        # The event loop whose connections and token request the client holds; None until its first call.
        self._loop: object | None = None
        self._driver, self._http = self._open()
        self._pid = os.getpid()

    def _open(self) -> tuple[AsyncDriver, httpx.AsyncClient]:
        driver = AsyncDriver(transport=self._transport, sleep=self.sleep, tokens=self._tokens)
        http = httpx.AsyncClient(
            base_url=self.environment.api_url,
            auth=ClientCredentialsAuth(
                app_key=self._app_key, api_origin=self._api_origin, perform_async=driver.perform
            ),
            transport=AsyncPipelineTransport(self._pipeline, driver),
            timeout=self.timeout,
            headers={"Accept": "application/json", "User-Agent": USER_AGENT},
        )
        return driver, http

    @property
    def http(self) -> httpx.AsyncClient:
        """The `httpx.AsyncClient` every request goes through, for the running event loop: the first call in
        another loop (a later `asyncio.run`, a notebook's new loop) or in a forked child makes a new one (own
        connection pool and token request, what was set on the previous one carried over), and the token is
        kept. The pool left behind was bound to a loop that no longer runs: it is never used again."""
        loop = _running_loop()
        if loop is not self._loop or self._pid != os.getpid():
            self._rebind(loop)
        return self._http

    def _rebind(self, loop: object | None) -> None:
        with _rebuilding:
            if self._pid == os.getpid():
                if loop is None or loop is self._loop:
                    return
                if self._loop is None:
                    # The first loop the client runs in, wherever it was made.
                    self._loop = loop
                    return
            driver, http = self._open()
            self._driver, self._http = driver, _carry_over(self._http, http)
            self._loop = loop
            self._pid = os.getpid()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def close(self) -> None:
        """Close the connection pool of the running loop; the client cannot be used afterwards. Nothing inherited
        by a forked child is closed (it is the parent's), nor a pool of a loop that no longer runs."""
        running = _running_loop()
        if self._pid == os.getpid() and (self._loop is None or running is None or running is self._loop):
            await self._http.aclose()
        self._forget_secrets()

    async def authenticate(self) -> None:
        """See `ServiceTitan.authenticate`."""
        _ = self.http
        await self._driver.token()

    async def send(self, method: str, path: str, **options: Unpack[SendOptions]) -> httpx.Response:
        """See `ServiceTitan.send`."""
        http = self.http
        return await http.send(self._prepare(http, method, path, options))

    async def request(
        self,
        method: str,
        path: str,
        *,
        domain: str | None = None,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        data: Mapping[str, Any] | None = None,
        files: Any = None,
        headers: Mapping[str, str] | None = None,
        response_type: ResponseType = "json",
        timeout: TimeoutTypes = None,  # noqa: ASYNC109 - an httpx timeout per request, same surface as the sync client
        max_retries: int | None = None,
        debug: bool | None = None,
        retry: RetryPolicy | None = None,
    ) -> Any:
        """See `ServiceTitan.request`."""
        if response_type not in _RESPONSE_TYPES:
            raise ValueError(f"response_type must be one of {_RESPONSE_TYPES}, not {response_type!r}")
        response = await self.send(
            method,
            self._api_path(path, domain),
            params=params,
            json=json,
            data=data,
            files=files,
            headers=headers,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            retry=retry,
        )
        return decode(response, response_type, self.decimals)


attach_domains(ServiceTitan, asynchronous=False)
attach_domains(AsyncServiceTitan, asynchronous=True)
