"""OAuth 2.0 client credentials as an `httpx.Auth` flow.

- The token is cached per client and refreshed `min(60 s, 10 % of its lifetime)` before it expires. The lifetime
  the endpoint names (`expires_in`) is clamped to 1 s .. 24 h; one that is no number is a `ResponseValidationError`.
- One token request at a time per client, whatever the number of threads or tasks (the drivers in
  `servicetitan._transport` hold the lock; `TokenManager.usable` is the lock-free fast path).
- API requests get `Authorization` and `ST-App-Key`; the token request gets neither, and a request to any other
  host gets no credential at all.
- The token request travels on its own connection pool (or the transport a test passes), honours the
  client's timeout (`APITimeoutError` when the endpoint stalls), and is single-flight: callers that wait for it
  share its result, and its failure.
- A 401 means the request was not applied. A 401 for a token that has since been replaced or has expired is
  replayed with the current token; a 401 for the current token refreshes it and replays once, whatever the
  method; a 401 for that refreshed token raises `AuthenticationError`. The pipeline reads every body before the
  flow sees it, so a refused request never holds a pooled connection while it waits for the token.
- Enterprise Hub apps send the tenant as a `tenant` field of the token request (`enterprise_hub=True`).

The flow also turns the final non-2xx response into the typed exception (`servicetitan.errors`): it is the one
layer that knows a 401 is final, and raising here means generated code never parses an error body.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from typing import Any

import httpx

from servicetitan._flow import (
    CREDENTIALS_EXTENSION,
    OPERATION_EXTENSION,
    REPLAYABLE_EXTENSION,
    TOKEN_EXTENSION,
    Credentials,
    Effect,
    Flow,
    IsCurrent,
    Origin,
    Token,
)
from servicetitan._logging import REDACTED, redact_fields, secrets
from servicetitan.errors import (
    AuthenticationError,
    ResponseValidationError,
    ServerError,
    error_for_response,
    parse_body,
)

__all__ = ["ClientCredentialsAuth", "TokenManager", "refresh_margin", "token_lifetime"]

_DOCUMENTED_LIFETIME = 900.0
# The range a token's lifetime is clamped to, whatever the token endpoint answers (QUIRKS.md: 900 s).
MIN_TOKEN_LIFETIME = 1.0
MAX_TOKEN_LIFETIME = 86400.0
# Replays of one request after 401s for tokens that were replaced meanwhile; a bound, so a server that refuses
# every fresh token cannot keep a request alive.
_MAX_REPLAYS = 3


def refresh_margin(lifetime: float) -> float:
    return min(60.0, 0.1 * lifetime)


def token_lifetime(expires_in: object) -> float | None:
    """`expires_in` as seconds within `MIN_TOKEN_LIFETIME` .. `MAX_TOKEN_LIFETIME`: any number (an int of any
    size, a float, infinity, a numeric string) is clamped to that range, absent or null is the documented 900 s;
    None when it is no number of seconds at all (NaN, a word, a boolean, a list)."""
    if expires_in is None:
        return _DOCUMENTED_LIFETIME
    if isinstance(expires_in, str):
        try:
            expires_in = float(expires_in.strip())
        except ValueError:
            return None
    if isinstance(expires_in, bool) or not isinstance(expires_in, int | float) or expires_in != expires_in:
        return None
    # Compared before any conversion: an int beyond a float's range (10**400) is simply large.
    if expires_in >= MAX_TOKEN_LIFETIME:
        return MAX_TOKEN_LIFETIME
    if expires_in <= MIN_TOKEN_LIFETIME:
        return MIN_TOKEN_LIFETIME
    return float(expires_in)


class _CachedToken:
    __slots__ = ("authorization", "refresh_at")

    def __init__(self, authorization: str, refresh_at: float) -> None:
        self.authorization = authorization
        self.refresh_at = refresh_at


class TokenManager:
    """Holds one client's credentials and cached token; `fetch()` is the token request as a sans-IO flow."""

    def __init__(
        self,
        *,
        client_id: str,
        client_secret: str,
        token_url: str,
        clock: Callable[[], float],
        exchange: Callable[[httpx.Request], Flow[httpx.Response]],
        tenant: int | None = None,
        timeout: httpx.Timeout | None = None,
    ) -> None:
        self.token_url = token_url
        self._timeout = timeout
        self._client_id = client_id
        self._client_secret = client_secret
        self._clock = clock
        self._exchange = exchange
        self._tenant = tenant
        self._token: _CachedToken | None = None

    def __repr__(self) -> str:
        return f"TokenManager(token_url={self.token_url!r})"

    def usable(self, stale: str | None = None) -> str | None:
        """The cached `Authorization` value if it is fresh and not `stale`, else None."""
        token = self._token
        if token is None or token.authorization == stale or self._clock() >= token.refresh_at:
            return None
        return token.authorization

    def is_current(self, authorization: str) -> bool:
        return self.usable() == authorization

    def _request(self) -> httpx.Request:
        form = {
            "grant_type": "client_credentials",
            "client_id": self._client_id,
            "client_secret": self._client_secret,
        }
        if self._tenant is not None:
            form["tenant"] = str(self._tenant)
        # A token request changes nothing on the server, so it may be replayed after any failure.
        extensions: dict[str, object] = {REPLAYABLE_EXTENSION: True, TOKEN_EXTENSION: True}
        if self._timeout is not None:
            extensions["timeout"] = self._timeout.as_dict()
        return httpx.Request(
            "POST", self.token_url, data=form, headers={"Accept": "application/json"}, extensions=extensions
        )

    def fetch(self) -> Flow[str]:
        started = self._clock()
        # The pipeline's `Send` has read the body.
        response = yield from self._exchange(self._request())
        # What an exception hands out names the endpoint, never the form that carried the client secret.
        response.request = httpx.Request("POST", self.token_url)
        body = parse_body(response)
        if response.status_code != 200:
            try:
                safe_body = redact_fields(body)
            except RecursionError:
                # Decoded, yet nested too deeply to walk: nothing of it is kept (it may hold the secret anywhere).
                safe_body = REDACTED
            cls = ServerError if response.status_code >= 500 else AuthenticationError
            title = None
            if isinstance(body, dict):
                title = body.get("error_description") or body.get("error")
            raise error_for_response(
                response,
                body=safe_body,
                title=f"token request refused ({title or response.reason_phrase})",
                error_class=cls,
            )
        access_token = body.get("access_token") if isinstance(body, dict) else None
        lifetime = token_lifetime(body.get("expires_in")) if isinstance(body, dict) else None
        if not isinstance(access_token, str) or not access_token or lifetime is None:
            # A malformed answer may still hold the token under another name or shape: keep only its keys.
            raise ResponseValidationError(
                "token response lacks access_token or expires_in",
                status=response.status_code,
                body=dict.fromkeys(body, REDACTED) if isinstance(body, dict) else REDACTED,
                method="POST",
                url=self.token_url,
                response=None,
            )
        secrets.add(access_token)
        previous = self._token
        authorization = f"Bearer {access_token}"
        self._token = _CachedToken(authorization, started + lifetime - refresh_margin(lifetime))
        if previous is not None:
            secrets.discard(previous.authorization.removeprefix("Bearer "))
        return authorization

    def forget(self) -> None:
        """Drop the cached token (on close), and its registration as a secret."""
        if self._token is not None:
            secrets.discard(self._token.authorization.removeprefix("Bearer "))
            self._token = None


class ClientCredentialsAuth(httpx.Auth):
    """The per-request flow. Its token and read effects are performed by the client's driver: `perform` for a
    sync client, `perform_async` for an async one."""

    def __init__(
        self,
        *,
        app_key: str,
        api_origin: Origin,
        perform: Callable[[Effect], Any] | None = None,
        perform_async: Callable[[Effect], Awaitable[Any]] | None = None,
    ) -> None:
        self._app_key = app_key
        self._origin = api_origin
        self._perform = perform
        self._perform_async = perform_async

    def __repr__(self) -> str:
        return f"ClientCredentialsAuth(api_host={self._origin.host!r})"

    def _flow(self, request: httpx.Request) -> Generator[httpx.Request | Effect, Any, None]:
        if self._origin.matches(request.url):
            credentials = Credentials(self._app_key)
            request.extensions[CREDENTIALS_EXTENSION] = credentials
            response = yield request
            refreshed = False
            replays = 0
            while response.status_code == 401 and credentials.sent is not None and replays < _MAX_REPLAYS:
                refused = credentials.sent
                if (yield IsCurrent(refused)):
                    if refreshed:
                        break
                    refreshed = True
                # Refreshes the token unless it was replaced meanwhile; the pipeline attaches the current one.
                yield Token(stale=refused)
                replays += 1
                response = yield request
        else:
            response = yield request
        if response.status_code >= 300:
            # Every response here came through the pipeline, whose `Send` read its body.
            raise error_for_response(response, operation=request.extensions.get(OPERATION_EXTENSION))

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        perform = self._perform
        if perform is None:
            raise RuntimeError("this auth belongs to an async client")
        flow = self._flow(request)
        answer: Any = None
        while True:
            try:
                step = flow.send(answer)
            except StopIteration:
                return
            answer = (yield step) if isinstance(step, httpx.Request) else perform(step)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        perform = self._perform_async
        if perform is None:
            raise RuntimeError("this auth belongs to a sync client")
        flow = self._flow(request)
        answer: Any = None
        while True:
            try:
                step = flow.send(answer)
            except StopIteration:
                return
            answer = (yield step) if isinstance(step, httpx.Request) else await perform(step)
