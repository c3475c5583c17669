"""Typed client for the ServiceTitan REST API.

    from servicetitan import ServiceTitan
    with ServiceTitan.from_env() as st:
        job = st.jpm.jobs.get(id=42)
        for technician in st.settings.technicians.get_list(fetch_all=True):
            ...

Names are imported on first access, so `import servicetitan` loads neither httpx nor any generated module.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from servicetitan._client import AsyncServiceTitan, ServiceTitan
    from servicetitan._parsing import ABSENT, OddFieldWarning, UnparsedRecord, odd_fields
    from servicetitan.environments import Environment
    from servicetitan.errors import (
        APIConnectionError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        ConflictError,
        ListChangedError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        ResponseValidationError,
        ServerError,
        ServiceTitanError,
        UnexpectedRedirectError,
        ValidationError,
    )
    from servicetitan.exports import AsyncExportFeed, ExportFeed
    from servicetitan.pagination import AsyncPage, AsyncRecords, Page, Records
    from servicetitan.retries import RetryPolicy
    from servicetitan_raw import SPECS

_EXPORTS: dict[str, str] = {
    # The identity of the specs the library was generated from: domain -> sha256, original_sha256, adopted.
    "SPECS": "servicetitan_raw",
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
    "ListChangedError": "servicetitan.errors",
    "ValidationError": "servicetitan.errors",
    "RateLimitError": "servicetitan.errors",
    "ServerError": "servicetitan.errors",
    "UnexpectedRedirectError": "servicetitan.errors",
    "APIConnectionError": "servicetitan.errors",
    "APITimeoutError": "servicetitan.errors",
    "ResponseValidationError": "servicetitan.errors",
    "Page": "servicetitan.pagination",
    "AsyncPage": "servicetitan.pagination",
    "Records": "servicetitan.pagination",
    "AsyncRecords": "servicetitan.pagination",
    "ExportFeed": "servicetitan.exports",
    "AsyncExportFeed": "servicetitan.exports",
    "UnparsedRecord": "servicetitan._parsing",
    # A typed record's fields that did not fit its model, as received (ABSENT: a required key left out).
    "odd_fields": "servicetitan._parsing",
    "OddFieldWarning": "servicetitan._parsing",
    "ABSENT": "servicetitan._parsing",
}

__all__ = [
    "ABSENT",
    "SPECS",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncExportFeed",
    "AsyncPage",
    "AsyncRecords",
    "AsyncServiceTitan",
    "AuthenticationError",
    "ConflictError",
    "Environment",
    "ExportFeed",
    "ListChangedError",
    "NotFoundError",
    "OddFieldWarning",
    "Page",
    "PermissionDeniedError",
    "RateLimitError",
    "Records",
    "ResponseValidationError",
    "RetryPolicy",
    "ServerError",
    "ServiceTitan",
    "ServiceTitanError",
    "UnexpectedRedirectError",
    "UnparsedRecord",
    "ValidationError",
    "odd_fields",
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
