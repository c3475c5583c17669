"""Named ServiceTitan environments and explicit URL overrides.

Credentials of one environment fail (often with a bare 401) in the other, so the environment is named on the
client and the hosts follow from it; `api_url`/`token_url` override either host, e.g. to point at the local
sandbox (`http://127.0.0.1:8765`).
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["ENVIRONMENTS", "Environment", "resolve_environment"]


class Environment(NamedTuple):
    """`api_url` is the API host root (each domain adds its own server path); `token_url` is the full endpoint.

    Immutable and compared by value; a named tuple rather than a dataclass because every client's import builds
    it, and a dataclass costs several times as much to define."""

    name: str
    api_url: str
    token_url: str


ENVIRONMENTS: dict[str, Environment] = {
    "production": Environment(
        "production", "https://api.servicetitan.io", "https://auth.servicetitan.io/connect/token"
    ),
    "integration": Environment(
        "integration",
        "https://api-integration.servicetitan.io",
        "https://auth-integration.servicetitan.io/connect/token",
    ),
}


def resolve_environment(name: str, api_url: str | None = None, token_url: str | None = None) -> Environment:
    """The named environment with any override applied; an override's trailing slash is dropped."""
    if not isinstance(name, str):
        raise TypeError(f"environment must be a str, not {type(name).__name__}")
    try:
        base = ENVIRONMENTS[name.strip().lower()]
    except KeyError:
        raise ValueError(f"unknown environment {name!r}; expected one of: {', '.join(ENVIRONMENTS)}") from None
    for label, url in (("api_url", api_url), ("token_url", token_url)):
        if url is not None and not (isinstance(url, str) and url.startswith(("http://", "https://"))):
            raise ValueError(f"{label} must be an absolute http(s) URL")
    return Environment(
        base.name,
        (api_url or base.api_url).rstrip("/"),
        (token_url or base.token_url).rstrip("/"),
    )
