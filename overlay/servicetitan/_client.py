"""`ServiceTitan` and `AsyncServiceTitan`: one tenant, one environment, one connection pool each.

Both classes share `_ClientCore` (`servicetitan._core`), which holds everything that is not I/O; each adds a thin
shell that sends with `httpx.Client` or `httpx.AsyncClient`, and attaches the surface: the 67 actions, every
domain's resources (`st.jpm.jobs.get`), `st.raw`, `st.exports`, each made on first access. Every request runs
through the same httpx layers:

    httpx.Client.send
      └── ClientCredentialsAuth flow      token, ST-App-Key, 401 -> refresh -> replay once, typed errors
            └── PipelineTransport         rate limiter, retries, logging, credential stripping off-host
                  └── httpx.HTTPTransport (or the transport you pass, e.g. httpx.MockTransport)

What the runtime below calls (`servicetitan._core.SyncCore` / `AsyncCore`): `_send(method, path, ...,
operation=...) -> httpx.Response`, which raises the typed errors; the path is from the host root, with `{tenant}`
and `path_params` filled. A new surface is one more `Surface(factory)` attribute on both classes.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, Unpack

import httpx

from servicetitan._core import (
    _RESPONSE_TYPES,
    USER_AGENT,
    ResponseType,
    SendOptions,
    TimeoutTypes,
    _ClientCore,
    decode,
)
from servicetitan._transport import AsyncDriver, AsyncPipelineTransport, PipelineTransport, SyncDriver
from servicetitan.actions import AsyncActions, SyncActions
from servicetitan.auth import ClientCredentialsAuth
from servicetitan.resources import Surface, attach_domains
from servicetitan.retries import RetryPolicy

if TYPE_CHECKING:
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


def _raw(core: Any, asynchronous: bool) -> RawAPI:
    from servicetitan.raw import RawAPI

    return RawAPI(core, asynchronous)


def _reports(core: Any, asynchronous: bool) -> Any:
    from servicetitan.reports import AsyncReports, Reports

    return AsyncReports(core) if asynchronous else Reports(core)


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

    http: httpx.Client
    raw: Surface[ServiceTitan, RawAPI] = Surface(lambda core: _raw(core, asynchronous=False))
    # The Reporting API: `st.reports.describe(category, id)`, `.run(...)` (see `servicetitan.reports`).
    reports: Surface[ServiceTitan, Reports] = Surface(lambda core: _reports(core, asynchronous=False))

    def _connect(self, transport: httpx.BaseTransport | None, sleep: Callable[[float], None] | None) -> None:
        driver = SyncDriver(transport=transport, sleep=sleep or time.sleep, tokens=self._tokens)
        self._driver = driver
        self.http = httpx.Client(
            base_url=self.environment.api_url,
            auth=ClientCredentialsAuth(app_key=self._app_key, api_origin=self._api_origin, perform=driver.perform),
            transport=PipelineTransport(self._pipeline, driver),
            timeout=self.timeout,
            headers={"Accept": "application/json", "User-Agent": USER_AGENT},
        )

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection pool; the client cannot be used afterwards."""
        self.http.close()
        self._forget_secrets()

    def authenticate(self) -> None:
        """Obtain an access token now, or confirm that the cached one is still usable; nothing else is sent and
        the token is not handed out. Refused credentials raise `AuthenticationError`, an unreachable token
        endpoint `APIConnectionError`."""
        self._driver.token()

    def _send(self, method: str, path: str, **options: Unpack[SendOptions]) -> httpx.Response:
        """Send one request and return the successful response; non-2xx raises the typed error.

        `path` is from the API host root (`/jpm/v2/tenant/{tenant}/jobs/{id}`) or an absolute URL; `{tenant}`
        and `path_params` fill its placeholders. With `operation`, query names are checked against it and a 403
        names its scopes.
        """
        return self.http.send(self._prepare(self.http, method, path, options))

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
        response = self._send(
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

    http: httpx.AsyncClient
    raw: Surface[AsyncServiceTitan, RawAPI] = Surface(lambda core: _raw(core, asynchronous=True))
    reports: Surface[AsyncServiceTitan, AsyncReports] = Surface(lambda core: _reports(core, asynchronous=True))

    def _connect(
        self, transport: httpx.AsyncBaseTransport | None, sleep: Callable[[float], Awaitable[None]] | None
    ) -> None:
        if sleep is None:
            import anyio

            sleep = anyio.sleep
        driver = AsyncDriver(transport=transport, sleep=sleep, tokens=self._tokens)
        self._driver = driver
        self.http = httpx.AsyncClient(
            base_url=self.environment.api_url,
            auth=ClientCredentialsAuth(
                app_key=self._app_key, api_origin=self._api_origin, perform_async=driver.perform
            ),
            transport=AsyncPipelineTransport(self._pipeline, driver),
            timeout=self.timeout,
            headers={"Accept": "application/json", "User-Agent": USER_AGENT},
        )

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def close(self) -> None:
        """Close the connection pool; the client cannot be used afterwards."""
        await self.http.aclose()
        self._forget_secrets()

    async def authenticate(self) -> None:
        """See `ServiceTitan.authenticate`."""
        await self._driver.token()

    async def _send(self, method: str, path: str, **options: Unpack[SendOptions]) -> httpx.Response:
        """See `ServiceTitan._send`."""
        return await self.http.send(self._prepare(self.http, method, path, options))

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
        response = await self._send(
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
