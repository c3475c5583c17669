"""`ServiceTitan` and `AsyncServiceTitan`: one tenant, one environment, one connection pool each.

Both classes share `_ClientCore`, which holds everything that is not I/O (configuration, URL building, request
building, response decoding); each adds a thin shell that sends with `httpx.Client` or `httpx.AsyncClient`.
Every request, whether from `request()`, `_send()` or `st.raw`, runs through the same httpx layers:

    httpx.Client.send
      └── ClientCredentialsAuth flow      token, ST-App-Key, 401 -> refresh -> replay once, typed errors
            └── PipelineTransport         rate limiter, retries, logging, credential stripping off-host
                  └── httpx.HTTPTransport (or the transport you pass, e.g. httpx.MockTransport)

Internal API for the actions layer: `_send(method, path, ..., operation=...) -> httpx.Response` (raises the
typed errors, path from the host root with `{tenant}` and `path_params` filled) and `_api_path(path, domain)`;
`servicetitan._serialize` renders query values and bodies.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping
from contextlib import contextmanager
from functools import cached_property
from importlib import import_module
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, Self, TypedDict, TypeVar, Unpack

import httpx

from servicetitan import _logging
from servicetitan._flow import OPTIONS_EXTENSION, CallContext, CallOptions, Origin, call_context
from servicetitan._serialize import checked_headers, json_body, path_segment, query_params
from servicetitan._transport import AsyncDriver, AsyncPipelineTransport, Pipeline, PipelineTransport, SyncDriver
from servicetitan.actions import AsyncActions, SyncActions
from servicetitan.auth import ClientCredentialsAuth, TokenManager
from servicetitan.environments import resolve_environment
from servicetitan.errors import ResponseValidationError, ServiceTitanError, parse_body
from servicetitan.ratelimit import DEFAULT_RATE_LIMIT, LimiterStore, RateLimiter, limiter_store, shared_limiter
from servicetitan.retries import DEFAULT_MAX_RETRIES, RetryPolicy

if TYPE_CHECKING:
    from servicetitan._catalog import Operation
    from servicetitan.raw import RawAPI

__all__ = ["AsyncServiceTitan", "ServiceTitan"]

ResponseType = Literal["json", "text", "binary"]
TimeoutTypes = float | httpx.Timeout | None

DEFAULT_TIMEOUT = httpx.Timeout(100.0, connect=5.0)
USER_AGENT = "servicetitan-python"
_RESPONSE_TYPES = ("json", "text", "binary")
_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
# A path names its tenant already when it starts with /tenant/ or, as telecom's do, with /vN/tenant/.
_TENANT_SEGMENT = re.compile(r"^(/v\d+)?/tenant/")
_VERSION_SEGMENT = re.compile(r"^/v\d+(?=/|$)")
_ENV_PREFIX = "SERVICETITAN_"


class SendOptions(TypedDict, total=False):
    """What `_send` takes besides method and path (see `_ClientCore._prepare`)."""

    path_params: Mapping[str, Any] | None
    params: Mapping[str, Any] | None
    json: Any
    data: Mapping[str, Any] | None
    files: Any
    headers: Mapping[str, str] | None
    timeout: TimeoutTypes
    max_retries: int | None
    debug: bool | None
    retry: RetryPolicy | None
    operation: Operation | None


def _timeout(value: TimeoutTypes) -> httpx.Timeout:
    """A number sets the read, write and pool timeouts; connecting keeps its own, shorter limit."""
    if value is None:
        return DEFAULT_TIMEOUT
    if isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"timeout must be a number of seconds or an httpx.Timeout, not {type(value).__name__}")
    if value <= 0:
        raise ValueError("timeout must be positive")
    return httpx.Timeout(float(value), connect=min(float(value), DEFAULT_TIMEOUT.connect or float(value)))


def _secret(name: str, value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{name} must not be empty")
    return value


def _tenant(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"tenant must be an int, not {type(value).__name__}")
    if value <= 0:
        raise ValueError("tenant must be a positive integer")
    return value


def _page_size_limits(value: Mapping[str, int] | None) -> dict[str, int]:
    """Per-operation largest page sizes (by operationId) that override `servicetitan.pagination.MAX_PAGE_SIZE`."""
    limits = dict(value or {})
    for operation_id, limit in limits.items():
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            raise ValueError(f"page_size_limits[{operation_id!r}] must be a positive int")
    return limits


def call_options(
    *, timeout: TimeoutTypes = None, max_retries: object = None, debug: object = None, retry: object = None
) -> CallOptions | None:
    """Per-call overrides, checked; None when the call overrides nothing."""
    if retry is not None and not isinstance(retry, RetryPolicy):
        raise TypeError(f"retry must be a RetryPolicy, not {type(retry).__name__}")
    if timeout is None and max_retries is None and not debug and retry is None:
        return None
    if debug:
        _logging.ensure_debug_output()
    return CallOptions(
        max_retries=None if max_retries is None else _max_retries(max_retries),
        debug=bool(debug),
        retry=retry,
        timeout=None if timeout is None else _timeout(timeout),
    )


def _max_retries(value: object) -> int:
    return RetryPolicy(max_retries=value).max_retries  # type: ignore[arg-type]


def decode(response: httpx.Response, response_type: ResponseType) -> Any:
    """The body of a successful response as JSON (None when empty), text or bytes."""
    if response_type == "binary":
        return response.content
    if response_type == "text":
        return response.text
    if not response.content:
        return None
    try:
        return response.json()
    except ValueError as exc:
        raise ResponseValidationError.of(
            f"response body is not JSON ({response.headers.get('content-type', 'no content type')})",
            response,
            response.text,
        ) from exc


@contextmanager
def generated_call(operation: Operation, options: CallOptions | None) -> Iterator[None]:
    """Around a generated function: per-call options reach the transport, and a crash of the generated parser
    on a received body becomes `ResponseValidationError` (one definition for the sync and async clients)."""
    with call_context(operation, options) as call:
        try:
            yield
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            failure = generated_parse_failure(exc, call)
            if failure is None:
                raise
            raise failure from exc


def generated_parse_failure(exc: Exception, call: CallContext) -> ResponseValidationError | None:
    """A generated parser's crash on a received body, as `ResponseValidationError`; None if nothing was received
    (the exception is then about the arguments and is re-raised as it is)."""
    response = call.response
    if response is None or isinstance(exc, ServiceTitanError):
        return None
    operation = call.operation
    name = operation.operation_id if operation is not None else "the operation"
    return ResponseValidationError.of(
        f"cannot parse the response of {name}: {type(exc).__name__}: {exc}", response, parse_body(response)
    )


TransportT = TypeVar("TransportT")
SleepT = TypeVar("SleepT")


class _ClientCore(Generic[TransportT, SleepT]):
    """Configuration and the I/O-free half of every call; see the module docstring. The constructor is the
    same for both clients; each side's `_connect` builds its own HTTP client over `transport`."""

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        app_key: str,
        tenant: int,
        *,
        environment: str = "production",
        api_url: str | None = None,
        token_url: str | None = None,
        enterprise_hub: bool = False,
        timeout: TimeoutTypes = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_limit: float | None = DEFAULT_RATE_LIMIT,
        rate_limit_store: LimiterStore | str | None = None,
        debug: bool = False,
        page_size_limits: Mapping[str, int] | None = None,
        transport: TransportT | None = None,
        sleep: SleepT | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        self._client_id = _secret("client_id", client_id)
        self._client_secret = _secret("client_secret", client_secret)
        self._app_key = _secret("app_key", app_key)
        self.tenant = _tenant(tenant)
        self.environment = resolve_environment(environment, api_url, token_url)
        self.timeout = _timeout(timeout)
        self.debug = bool(debug)
        self.page_size_limits = _page_size_limits(page_size_limits)
        self._clock = clock or time.monotonic
        _logging.secrets.add(self._client_secret)
        _logging.secrets.add(self._app_key)
        if self.debug:
            _logging.ensure_debug_output()
        self._api_origin = Origin.of(self.environment.api_url)
        self.rate_limiter: RateLimiter | None = (
            None
            if rate_limit is None
            else shared_limiter(self._app_key, self.tenant, rate_limit, self._clock, limiter_store(rate_limit_store))
        )
        self._pipeline = Pipeline(
            api_origin=self._api_origin,
            limiter=self.rate_limiter,
            policy=RetryPolicy(max_retries=max_retries),
            debug=self.debug,
        )
        self._tokens = TokenManager(
            client_id=self._client_id,
            client_secret=self._client_secret,
            token_url=self.environment.token_url,
            clock=self._clock,
            exchange=self._pipeline.exchange,
            tenant=self.tenant if enterprise_hub else None,
            timeout=self.timeout,
        )
        self._closed = False
        self._connect(transport, sleep)

    def _connect(self, transport: TransportT | None, sleep: SleepT | None) -> None:
        raise NotImplementedError

    @classmethod
    def from_env(cls, **overrides: Any) -> Self:
        """A client configured from `SERVICETITAN_CLIENT_ID`, `_CLIENT_SECRET`, `_APP_KEY`, `_TENANT` and the
        optional `_ENVIRONMENT`, `_API_URL`, `_TOKEN_URL`; keyword arguments take precedence."""
        settings: dict[str, Any] = {}
        for name in ("client_id", "client_secret", "app_key", "tenant", "environment", "api_url", "token_url"):
            value = os.environ.get(_ENV_PREFIX + name.upper())
            if value:
                settings[name] = value.strip()
        settings.update(overrides)
        missing = [
            _ENV_PREFIX + name.upper()
            for name in ("client_id", "client_secret", "app_key", "tenant")
            if name not in settings
        ]
        if missing:
            raise ValueError(f"missing environment variables: {', '.join(missing)}")
        if isinstance(settings["tenant"], str):
            if not settings["tenant"].isdigit():
                raise ValueError(f"{_ENV_PREFIX}TENANT must be a number")
            settings["tenant"] = int(settings["tenant"])
        return cls(**settings)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(tenant={self.tenant}, environment={self.environment.name!r}, "
            f"api_url={self.environment.api_url!r})"
        )

    @property
    def api_url(self) -> str:
        return self.environment.api_url

    @property
    def token_url(self) -> str:
        return self.environment.token_url

    @cached_property
    def raw(self) -> RawAPI:
        """Every generated operation, by domain: `st.raw.jpm.jobs_get(id=1)`."""
        from servicetitan.raw import RawAPI

        return RawAPI(self)

    def _call_operation(
        self, operation: Operation, arguments: dict[str, Any], options: CallOptions | None = None
    ) -> Any:
        """Run a generated operation with checked arguments; each client defines it for its side."""
        raise NotImplementedError

    def _api_path(self, path: str, domain: str | None) -> str:
        """`path` relative to `domain`'s server path, with `/tenant/{tenant}` inserted unless already present.

        `("/jobs", "jpm")` -> `/jpm/v2/tenant/{tenant}/jobs`; telecom's `("/v3/calls", "telecom")` ->
        `/telecom/v3/tenant/{tenant}/calls`. Without a domain the path is taken from the host root as it is;
        an absolute URL is returned unchanged.
        """
        if path.startswith(("http://", "https://")):
            return path
        if not path.startswith("/"):
            path = "/" + path
        if domain is None:
            return path
        if not _TENANT_SEGMENT.match(path):
            version = _VERSION_SEGMENT.match(path)
            cut = version.end() if version else 0
            path = f"{path[:cut]}/tenant/{{tenant}}{path[cut:]}".rstrip("/")
        from servicetitan import _catalog

        return _catalog.domain(domain).server_path + path

    def _fill(self, path: str, path_params: Mapping[str, Any] | None) -> str:
        if "{" not in path:
            if path_params:
                raise ValueError(f"path {path!r} has no placeholders for {sorted(path_params)}")
            return path
        values = dict(path_params or {})
        values.setdefault("tenant", self.tenant)
        used: set[str] = set()

        def substitute(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in values:
                raise ValueError(f"no value for path placeholder {{{name}}} in {path!r}")
            used.add(name)
            return path_segment(name, values[name])

        filled = _PLACEHOLDER.sub(substitute, path)
        unused = set(path_params or {}) - used
        if unused:
            raise ValueError(f"path {path!r} has no placeholders for {sorted(unused)}")
        return filled

    @staticmethod
    def _check_query(operation: Operation, params: Mapping[str, Any]) -> None:
        """Unknown query names are silently ignored by the API (unfiltered data); refuse them here."""
        known = {p.name for p in operation.parameters if p.location == "query"}
        unknown = sorted(set(params) - known)
        if unknown:
            raise ValueError(
                f"{operation.operation_id} has no query parameter {', '.join(unknown)}; "
                f"known: {', '.join(sorted(known)) or 'none'}"
            )

    def _prepare(
        self, http: httpx.Client | httpx.AsyncClient, method: str, path: str, **options: Unpack[SendOptions]
    ) -> httpx.Request:
        operation, params = options.get("operation"), options.get("params")
        json, timeout = options.get("json"), options.get("timeout")
        if self._closed:
            raise RuntimeError("this client is closed")
        if not isinstance(method, str) or not method.strip():
            raise TypeError("method must be a non-empty str")
        if operation is not None and params:
            self._check_query(operation, params)
        call = call_options(
            max_retries=options.get("max_retries"), debug=options.get("debug"), retry=options.get("retry")
        )
        headers = checked_headers(options.get("headers"))
        if json is not None:
            headers = {"Content-Type": "application/json", **(headers or {})}
        return http.build_request(
            method.upper(),
            self._fill(path, options.get("path_params")),
            params=query_params(params) or None,
            content=None if json is None else json_body(json),
            data=options.get("data"),
            files=options.get("files"),
            headers=headers,
            timeout=httpx.USE_CLIENT_DEFAULT if timeout is None else _timeout(timeout),
            extensions={OPTIONS_EXTENSION: call} if call is not None else None,
        )

    def _forget_secrets(self) -> None:
        if not self._closed:
            self._closed = True
            self._tokens.forget()
            _logging.secrets.discard(self._client_secret)
            _logging.secrets.discard(self._app_key)


class _HTTPClient(httpx.Client):
    """The client's one connection pool. Generated code passes `params={}` on every call, for which httpx would
    rebuild the URL; an empty mapping is sent as no parameters at all."""

    def build_request(self, method: str, url: httpx.URL | str, *, params: Any = None, **kwargs: Any) -> httpx.Request:
        return super().build_request(method, url, params=params or None, **kwargs)


class _AsyncHTTPClient(httpx.AsyncClient):
    """See `_HTTPClient`."""

    def build_request(self, method: str, url: httpx.URL | str, *, params: Any = None, **kwargs: Any) -> httpx.Request:
        return super().build_request(method, url, params=params or None, **kwargs)


class _GeneratedClient:
    """The duck-typed `client` generated endpoint functions take: it hands them this instance's httpx client."""

    raise_on_unexpected_status = False

    def __init__(self, sync_client: httpx.Client | None = None, async_client: httpx.AsyncClient | None = None) -> None:
        self._sync = sync_client
        self._async = async_client

    def get_httpx_client(self) -> httpx.Client:
        if self._sync is None:
            raise RuntimeError("an AsyncServiceTitan runs generated operations with asyncio_detailed")
        return self._sync

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        if self._async is None:
            raise RuntimeError("a ServiceTitan runs generated operations with sync_detailed")
        return self._async


class ServiceTitan(SyncActions, _ClientCore[httpx.BaseTransport, Callable[[float], None]]):
    """Synchronous client for one tenant.

        with ServiceTitan(client_id=..., client_secret=..., app_key=..., tenant=1234567890) as st:
            job = st.raw.jpm.jobs_get(id=42)
            page = st.request("GET", "/jobs", domain="jpm", params={"pageSize": 50})

    Optional settings: `environment` ("production" or "integration"), `api_url`/`token_url` overrides,
    `enterprise_hub` (send the tenant in the token request), `timeout` (default 5 s connect, 100 s read),
    `page_size_limits` ({operationId: largest page size} where an endpoint accepts less or more than the
    documented 5000), `max_retries` (default 3), `rate_limit` (requests per second shared by every client of
    this app key and tenant, default 50; None disables), `rate_limit_store` (where that budget is kept: the
    process by default, or a `redis://` URL / `servicetitan.ratelimit_redis.RedisStore` shared by every process
    and machine), `debug` (log every request and response), and for
    tests `transport` (an httpx transport, e.g. `httpx.MockTransport`), `sleep` and `clock`.
    """

    http: httpx.Client

    def _connect(self, transport: httpx.BaseTransport | None, sleep: Callable[[float], None] | None) -> None:
        driver = SyncDriver(transport=transport, sleep=sleep or time.sleep, tokens=self._tokens)
        self._driver = driver
        self.http = _HTTPClient(
            base_url=self.environment.api_url,
            auth=ClientCredentialsAuth(app_key=self._app_key, api_origin=self._api_origin, perform=driver.perform),
            transport=PipelineTransport(self._pipeline, driver),
            timeout=self.timeout,
            headers={"Accept": "application/json", "User-Agent": USER_AGENT},
        )
        self._generated_client = _GeneratedClient(sync_client=self.http)

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

    def _send(self, method: str, path: str, **options: Unpack[SendOptions]) -> httpx.Response:
        """Send one request and return the successful response; non-2xx raises the typed error.

        `path` is from the API host root (`/jpm/v2/tenant/{tenant}/jobs/{id}`) or an absolute URL; `{tenant}`
        and `path_params` fill its placeholders. With `operation`, query names are checked against it and a 403
        names its scopes.
        """
        request = self._prepare(self.http, method, path, **options)
        with call_context(options.get("operation")):
            return self.http.send(request)

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
        return decode(response, response_type)

    def _call_operation(
        self, operation: Operation, arguments: dict[str, Any], options: CallOptions | None = None
    ) -> Any:
        """Run a generated operation (used by `st.raw`); returns its parsed model."""
        endpoint = import_module(operation.module)
        with generated_call(operation, options):
            result = endpoint.sync_detailed(tenant=self.tenant, client=self._generated_client, **arguments)
        return result.parsed


class AsyncServiceTitan(AsyncActions, _ClientCore[httpx.AsyncBaseTransport, Callable[[float], Awaitable[None]]]):
    """Asynchronous twin of `ServiceTitan`: same constructor and methods, awaitable.

        async with AsyncServiceTitan(client_id=..., client_secret=..., app_key=..., tenant=...) as st:
            job = await st.raw.jpm.jobs_get(id=42)

    `sleep` is an async callable (default `anyio.sleep`), `transport` an `httpx.AsyncBaseTransport`.
    """

    http: httpx.AsyncClient

    def _connect(
        self, transport: httpx.AsyncBaseTransport | None, sleep: Callable[[float], Awaitable[None]] | None
    ) -> None:
        if sleep is None:
            import anyio

            sleep = anyio.sleep
        driver = AsyncDriver(transport=transport, sleep=sleep, tokens=self._tokens)
        self._driver = driver
        self.http = _AsyncHTTPClient(
            base_url=self.environment.api_url,
            auth=ClientCredentialsAuth(
                app_key=self._app_key, api_origin=self._api_origin, perform_async=driver.perform
            ),
            transport=AsyncPipelineTransport(self._pipeline, driver),
            timeout=self.timeout,
            headers={"Accept": "application/json", "User-Agent": USER_AGENT},
        )
        self._generated_client = _GeneratedClient(async_client=self.http)

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

    async def _send(self, method: str, path: str, **options: Unpack[SendOptions]) -> httpx.Response:
        """See `ServiceTitan._send`."""
        request = self._prepare(self.http, method, path, **options)
        with call_context(options.get("operation")):
            return await self.http.send(request)

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
        return decode(response, response_type)

    async def _call_operation(
        self, operation: Operation, arguments: dict[str, Any], options: CallOptions | None = None
    ) -> Any:
        """See `ServiceTitan._call_operation`."""
        endpoint = import_module(operation.module)
        with generated_call(operation, options):
            result = await endpoint.asyncio_detailed(tenant=self.tenant, client=self._generated_client, **arguments)
        return result.parsed
