"""A running sandbox and clients bound to it, for the `servicetitan_sandbox` fixture."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from servicetitan import AsyncServiceTitan, ServiceTitan
from servicetitan.sandbox import DEFAULT_TENANT, TOKEN_PATH, Credentials, Sandbox, serve


@dataclass(frozen=True)
class SandboxSession:
    """The sandbox, where it listens, and a ready sync client. `async_client()` makes an async one (use it with
    `async with` inside your event loop); `settings` are the constructor arguments of either."""

    sandbox: Sandbox
    url: str
    tenant: int
    settings: dict[str, Any]
    client: ServiceTitan

    def async_client(self, **overrides: Any) -> AsyncServiceTitan:
        return AsyncServiceTitan(**{**self.settings, **overrides})


@contextmanager
def running_sandbox(tenant: int = DEFAULT_TENANT, **options: Any) -> Iterator[SandboxSession]:
    """Serve a fresh `Sandbox(**options)` on 127.0.0.1 for the block, with a client of `tenant` open on it."""
    sandbox = Sandbox(**options)
    credentials: Credentials = sandbox.credentials
    with serve(sandbox) as url:
        settings: dict[str, Any] = {
            "client_id": credentials.client_id,
            "client_secret": credentials.client_secret,
            "app_key": credentials.app_key,
            "tenant": tenant,
            "api_url": url,
            "token_url": url + TOKEN_PATH,
        }
        with ServiceTitan(**settings) as client:
            yield SandboxSession(sandbox=sandbox, url=url, tenant=tenant, settings=settings, client=client)
