"""Typed client for the ServiceTitan REST API.

    from servicetitan import ServiceTitan
    with ServiceTitan.from_env() as st:
        job = st.raw.jpm.jobs_get(id=42)

Names are imported on first access, so `import servicetitan` loads neither httpx nor any generated module.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from servicetitan._client import AsyncServiceTitan, ServiceTitan
    from servicetitan.environments import Environment
    from servicetitan.errors import (
        APIConnectionError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        ConflictError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        ResponseValidationError,
        ServerError,
        ServiceTitanError,
        UnexpectedRedirectError,
        ValidationError,
    )
    from servicetitan.retries import RetryPolicy

_EXPORTS: dict[str, str] = {
    "ServiceTitan": "servicetitan._client",
    "AsyncServiceTitan": "servicetitan._client",
    "Environment": "servicetitan.environments",
    "RetryPolicy": "servicetitan.retries",
    "ServiceTitanError": "servicetitan.errors",
    "APIStatusError": "servicetitan.errors",
    "AuthenticationError": "servicetitan.errors",
    "PermissionDeniedError": "servicetitan.errors",
    "NotFoundError": "servicetitan.errors",
    "ConflictError": "servicetitan.errors",
    "ValidationError": "servicetitan.errors",
    "RateLimitError": "servicetitan.errors",
    "ServerError": "servicetitan.errors",
    "UnexpectedRedirectError": "servicetitan.errors",
    "APIConnectionError": "servicetitan.errors",
    "APITimeoutError": "servicetitan.errors",
    "ResponseValidationError": "servicetitan.errors",
}

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncServiceTitan",
    "AuthenticationError",
    "ConflictError",
    "Environment",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "RetryPolicy",
    "ServerError",
    "ServiceTitan",
    "ServiceTitanError",
    "UnexpectedRedirectError",
    "ValidationError",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'servicetitan' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})
