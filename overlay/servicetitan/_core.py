"""The client core: configuration and the I/O-free half of every request, shared by both clients.

`_ClientCore` validates the settings, builds the auth and retry pipeline, turns a path into a URL for a domain
and tenant, and builds each request (`_prepare`). It knows nothing of resources, actions or pages: the layers
above receive a core, typed by the `Core` protocol (`SyncCore` / `AsyncCore` add `send` and `sleep` for each
side), and use its public members only; they never name the client classes.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, Generic, Literal, Self, TypedDict, TypeVar, Unpack

import httpx

from servicetitan import _logging
from servicetitan._flow import OPERATION_EXTENSION, OPTIONS_EXTENSION, CallOptions, Origin
from servicetitan._serialize import checked_headers, json_body, path_segment, query_params
from servicetitan._transport import Pipeline
from servicetitan.auth import TokenManager
from servicetitan.environments import resolve_environment
from servicetitan.ratelimit import DEFAULT_RATE_LIMIT, LimiterStore, RateLimiter, shared_limiter
from servicetitan.retries import DEFAULT_MAX_RETRIES, RetryPolicy

if TYPE_CHECKING:
    from typing import Protocol

    from servicetitan._catalog import Operation

ResponseType = Literal["json", "text", "binary"]
TimeoutTypes = float | httpx.Timeout | None
Active = Literal["True", "False", "Any"]

DEFAULT_TIMEOUT = httpx.Timeout(100.0, connect=5.0)
# A day: the API gives up after 100 s; the bound is for downloads, and so that NaN or infinity is no timeout.
MAX_TIMEOUT = 86_400.0
USER_AGENT = "servicetitan-python"
_RESPONSE_TYPES = ("json", "text", "binary")
_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
# A path names its tenant already when it starts with /tenant/ or, as telecom's do, with /vN/tenant/.
_TENANT_SEGMENT = re.compile(r"^(/v\d+)?/tenant/")
_VERSION_SEGMENT = re.compile(r"^/v\d+(?=/|$)")
_ENV_PREFIX = "SERVICETITAN_"
ACTIVE_VALUES = ("True", "False", "Any")


class SendOptions(TypedDict, total=False):
    """What `send` takes besides method and path (see `_ClientCore._prepare`)."""

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
    # Compared before any conversion: an int beyond a float's range is simply too large.
    if not 0 < value <= MAX_TIMEOUT:
        raise ValueError(f"timeout must be positive and finite, at most {MAX_TIMEOUT:g} s, not {value!r:.40}")
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


def _extensions(options: CallOptions | None, operation: Operation | None) -> dict[str, Any] | None:
    """What a request carries down to the auth flow and the pipeline: its options and its catalog operation."""
    if options is None and operation is None:
        return None
    extensions: dict[str, Any] = {}
    if options is not None:
        extensions[OPTIONS_EXTENSION] = options
    if operation is not None:
        extensions[OPERATION_EXTENSION] = operation
    return extensions


def _max_retries(value: object) -> int:
    return RetryPolicy(max_retries=value).max_retries  # type: ignore[arg-type]


@cache
def _path_template(path: str) -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    """A path split once into its literal parts and the placeholder names between them (and those names as a
    set, with `tenant`, which the client fills itself)."""
    pieces = _PLACEHOLDER.split(path)
    names = tuple(pieces[1::2])
    return tuple(pieces[0::2]), names, frozenset({*names, "tenant"})


@cache
def _server_path(domain: str) -> str:
    """A domain's server path (`/jpm/v2`), read from the catalog once per domain rather than on every call."""
    from servicetitan import _catalog

    return _catalog.domain(domain).server_path


def limiter_store(value: LimiterStore | str | None) -> LimiterStore | None:
    """`rate_limit_store=` as a store: None (this process), a `redis://` / `rediss://` / `unix://` URL, or a store."""
    if value is None:
        return None
    if isinstance(value, str):
        from servicetitan.ratelimit_redis import RedisStore

        return RedisStore.from_url(value)
    if not (callable(getattr(value, "reserve", None)) and callable(getattr(value, "pause", None))):
        raise TypeError(f"rate_limit_store must be a redis:// URL or a LimiterStore, not {type(value).__name__}")
    return value


def _active(value: object) -> Active | None:
    if value is None or value in ACTIVE_VALUES:
        return value  # type: ignore[return-value]
    raise ValueError(f"active must be one of {', '.join(map(repr, ACTIVE_VALUES))} or None, not {value!r}")


if TYPE_CHECKING:
    # The seam between the client core and the layers above it (calls, pages, feeds, reports, raw): what they
    # receive and the only members they use. Only type checkers need the classes (nothing checks them at run time).

    class Core(Protocol):
        """What the runtime needs of a client on either side: its settings, its clock and where it paces."""

        @property
        def tenant(self) -> int: ...
        @property
        def api_url(self) -> str: ...
        @property
        def page_size_limits(self) -> Mapping[str, int]: ...
        @property
        def active(self) -> Active | None: ...
        @property
        def decimals(self) -> bool: ...
        @property
        def clock(self) -> Callable[[], float]: ...
        @property
        def rate_limit_store(self) -> LimiterStore | None: ...
        @property
        def base(self) -> Core:
            """The client itself; a per-call view of it (one call's `timeout`, `max_retries`) names the client
            it views. What the runtime remembers per client (page sizes served, lists that did not walk as
            asked) is kept on this one."""
            ...

    class SyncCore(Core, Protocol):
        """A synchronous client as the runtime sees it: `send` answers the successful response or raises the
        typed error (see `ServiceTitan.send`); `sleep` waits with the client's own sleep."""

        @property
        def sleep(self) -> Callable[[float], None]: ...

        def send(self, method: str, path: str, **options: Unpack[SendOptions]) -> httpx.Response: ...

    class AsyncCore(Core, Protocol):
        """An asynchronous client as the runtime sees it (see `SyncCore`)."""

        @property
        def sleep(self) -> Callable[[float], Awaitable[None]]: ...

        def send(
            self, method: str, path: str, **options: Unpack[SendOptions]
        ) -> Coroutine[Any, Any, httpx.Response]: ...


class BaseText:
    """The text of a client's base URL, kept while the client keeps the same `base_url` object."""

    __slots__ = ("text", "url")

    def __init__(self) -> None:
        self.url: httpx.URL | None = None
        self.text = ""

    def of(self, url: httpx.URL) -> str:
        """The text to append a path to: ends with `/`, as httpx keeps every base URL's path (an empty path is
        shown without it)."""
        if url is not self.url:
            text = str(url)
            self.url, self.text = url, text if text.endswith("/") else text + "/"
        return self.text


def build_request(
    http: httpx.Client | httpx.AsyncClient,
    base: BaseText,
    method: str,
    path: str,
    *,
    params: Mapping[str, str] | None,
    content: bytes | None,
    data: Mapping[str, Any] | None,
    files: Any,
    headers: Mapping[str, str] | None,
    timeout: httpx.Timeout | None,
    extensions: dict[str, Any] | None,
) -> httpx.Request:
    """The request `http.build_request` makes of the same arguments (client headers, cookies and timeout
    merged), built with one URL parse instead of three. httpx parses the relative path, joins its parsed path
    to the base URL and parses the result again; a path from the host root (`/jpm/...`) is joined to the base
    URL's text here instead, which is the same URL. Anything else (an absolute URL, a path with a fragment or
    starting with `//`, a client with its own query parameters) goes through `http.build_request` itself."""
    if not path.startswith("/") or path.startswith("//") or "#" in path or http.params:
        return http.build_request(
            method,
            path,
            params=params,
            content=content,
            data=data,
            files=files,
            headers=headers,
            timeout=httpx.USE_CLIENT_DEFAULT if timeout is None else timeout,
            extensions=extensions,
        )
    joined = base.of(http.base_url) + path[1:]
    merged: httpx.Headers | Mapping[str, str] = http.headers
    if headers:
        merged = http.headers.copy()
        merged.update(headers)
    return httpx.Request(
        method,
        joined,
        params=params,
        content=content,
        data=data,
        files=files,
        headers=merged,
        cookies=http.cookies or None,
        extensions={"timeout": (http.timeout if timeout is None else timeout).as_dict(), **(extensions or {})},
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
        active: Active | None = None,
        decimals: bool = False,
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
        # Sent as `active` by every operation that declares it, unless the call gives its own (None: the API's
        # default, which is active records only).
        self.active = _active(active)
        if not isinstance(decimals, bool):
            raise TypeError(f"decimals must be a bool, not {type(decimals).__name__}")
        # Dict results (as_dicts=True lists and feeds, `request`) carry money as Decimal; models are unchanged.
        self.decimals = decimals
        # The clock the limiter, the token cache and report pacing read (given for tests).
        self.clock: Callable[[], float] = clock or time.monotonic
        _logging.secrets.add(self._client_secret)
        _logging.secrets.add(self._app_key)
        if self.debug:
            _logging.ensure_debug_output()
        self._api_origin = Origin.of(self.environment.api_url)
        # Kept for the surfaces that pace beyond requests (report runs) through the same shared store.
        self.rate_limit_store = limiter_store(rate_limit_store)
        self.rate_limiter: RateLimiter | None = (
            None
            if rate_limit is None
            else shared_limiter(self._app_key, self.tenant, rate_limit, self.clock, self.rate_limit_store)
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
            clock=self.clock,
            exchange=self._pipeline.exchange,
            tenant=self.tenant if enterprise_hub else None,
            timeout=self.timeout,
        )
        self._closed = False
        self._base_text = BaseText()
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

    @property
    def base(self) -> Self:
        """The client itself (see `servicetitan._core.Core.base`)."""
        return self

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
        return _server_path(domain) + path

    def _fill(self, path: str, path_params: Mapping[str, Any] | None) -> str:
        if "{" not in path:
            if path_params:
                raise ValueError(f"path {path!r} has no placeholders for {sorted(path_params)}")
            return path
        literals, names, placeholders = _path_template(path)
        values = path_params or {}
        if not placeholders.issuperset(values):
            raise ValueError(f"path {path!r} has no placeholders for {sorted(set(values) - placeholders)}")
        parts = [literals[0]]
        for name, literal in zip(names, literals[1:], strict=True):
            if name not in values and name != "tenant":
                raise ValueError(f"no value for path placeholder {{{name}}} in {path!r}")
            value = values.get(name, self.tenant)
            # An int64 needs no quoting; anything else is checked and quoted whole, slashes included.
            plain = type(value) is int and -(2**63) <= value < 2**63
            parts += (str(value) if plain else path_segment(name, value), literal)
        return "".join(parts)

    @staticmethod
    def _check_query(operation: Operation, params: Mapping[str, Any]) -> None:
        """Unknown query names are silently ignored by the API (unfiltered data); refuse them here."""
        known = operation.query_names
        if known.issuperset(params):
            return
        unknown = sorted(set(params) - known)
        if unknown:
            raise ValueError(
                f"{operation.operation_id} has no query parameter {', '.join(unknown)}; "
                f"known: {', '.join(sorted(known)) or 'none'}"
            )

    def _prepare(
        self, http: httpx.Client | httpx.AsyncClient, method: str, path: str, options: SendOptions
    ) -> httpx.Request:
        """The request `send` sends; `options` is `send`'s keyword arguments, passed on as they came."""
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
        return build_request(
            http,
            self._base_text,
            method.upper(),
            self._fill(path, options.get("path_params")),
            params=query_params(params) or None,
            content=None if json is None else json_body(json),
            data=options.get("data"),
            files=options.get("files"),
            headers=headers,
            timeout=None if timeout is None else _timeout(timeout),
            extensions=_extensions(call, operation),
        )

    def _forget_secrets(self) -> None:
        if not self._closed:
            self._closed = True
            self._tokens.forget()
            _logging.secrets.discard(self._client_secret)
            _logging.secrets.discard(self._app_key)
