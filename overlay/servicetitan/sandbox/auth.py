"""OAuth client credentials and the `ST-App-Key` check, as the real auth server and API gateway do them."""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from .problems import ProblemError

DEFAULT_TOKEN_LIFETIME = 900


@dataclass(frozen=True, slots=True)
class Credentials:
    """What the sandbox accepts. The defaults are public on purpose: they only ever open the sandbox."""

    client_id: str = "sandbox-client"
    client_secret: str = field(default="sandbox-secret", repr=False)
    app_key: str = field(default="sandbox-app-key", repr=False)


class TokenError(Exception):
    """A token request the auth server refuses: `error` is the OAuth error code."""

    def __init__(self, status: int, error: str, description: str) -> None:
        super().__init__(description)
        self.status = status
        self.error = error
        self.description = description


class TokenIssuer:
    def __init__(self, credentials: Credentials, clock: Callable[[], float], lifetime: Callable[[], int]) -> None:
        self.credentials = credentials
        self._clock = clock
        self._lifetime = lifetime
        self._expiry: dict[str, float] = {}

    def issue(self, form: Mapping[str, str]) -> dict[str, object]:
        if form.get("grant_type") != "client_credentials":
            raise TokenError(400, "unsupported_grant_type", "Only grant_type=client_credentials is supported.")
        client_id = form.get("client_id", "")
        secret = form.get("client_secret", "")
        if not (_same(client_id, self.credentials.client_id) and _same(secret, self.credentials.client_secret)):
            raise TokenError(400, "invalid_client", "Unknown client or wrong client secret.")
        tenant = form.get("tenant")
        if tenant is not None and not tenant.isdigit():
            raise TokenError(400, "invalid_request", "The tenant field must be a tenant id.")
        now = self._clock()
        self._expiry = {token: expiry for token, expiry in self._expiry.items() if expiry > now}
        lifetime = self._lifetime()
        token = secrets.token_urlsafe(32)
        self._expiry[token] = now + lifetime
        return {"access_token": token, "expires_in": lifetime, "token_type": "Bearer", "scope": "api"}

    def check(self, authorization: str | None, app_key: str | None) -> None:
        """Raise a 401 problem unless the request carries the app key and a live bearer token."""
        if not app_key or not _same(app_key, self.credentials.app_key):
            raise ProblemError(401, "The ST-App-Key header is missing or not valid for this application.")
        scheme, _, token = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not token:
            raise _unauthorized("The request has no bearer access token.")
        expiry = self._expiry.get(token.strip())
        if expiry is None:
            raise _unauthorized("The access token is not valid.")
        if expiry <= self._clock():
            raise _unauthorized("The access token has expired.")

    def expire_all(self) -> None:
        """Make every issued token expired (for tests of refresh-and-replay)."""
        self._expiry = dict.fromkeys(self._expiry, 0.0)


def _same(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode(), expected.encode())


def _unauthorized(title: str) -> ProblemError:
    return ProblemError(401, title, headers=[("www-authenticate", 'Bearer error="invalid_token"')])
