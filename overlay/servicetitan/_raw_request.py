"""The component's raw request (`raw_request`): its inputs mapped onto `request()`.

`url_type` is the domain (`jpm`, `crm`, `equipment-systems`, ...) and `path` is relative to the domain and
tenant, as in the component (`/jobs`). `data` is a JSON body; `form_data` and `file_data` make a multipart form
(`file_data_file_names` names the files). Retries follow the client's write-safe policy: whatever
`retry_on_all_errors` says, a POST, PUT or PATCH is never replayed after a timeout or a 5xx, because it may
have been applied.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from servicetitan.retries import DEFAULT_MAX_RETRIES, RetryPolicy

# A day: a fixed delay between retries is a wait like any other, and every wait has a bound (NaN is none).
_MAX_DELAY_MS = 86_400_000


def _mapping(name: str, value: Any) -> Mapping[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a mapping, not {type(value).__name__}")
    return value


def raw_request_arguments(arguments: Mapping[str, Any]) -> dict[str, Any]:
    for name in ("method", "url_type", "path"):
        if not isinstance(arguments[name], str) or not arguments[name].strip():
            raise TypeError(f"{name} must be a non-empty str")
    form = dict(_mapping("form_data", arguments.get("form_data")))
    file_data = _mapping("file_data", arguments.get("file_data"))
    names = _mapping("file_data_file_names", arguments.get("file_data_file_names"))
    unknown = sorted(set(names) - set(file_data))
    if unknown:
        raise ValueError(f"file_data_file_names names no file of file_data: {unknown}")
    files = {
        key: (names.get(key, key), content.encode() if isinstance(content, str) else content)
        for key, content in file_data.items()
    }
    data = arguments.get("data")
    if data is not None and (form or files):
        raise ValueError("data (a JSON body) cannot be sent together with form_data or file_data")
    return {
        "method": arguments["method"],
        "path": arguments["path"],
        "domain": arguments["url_type"],
        "params": _mapping("query", arguments.get("query")) or None,
        "headers": _mapping("headers", arguments.get("headers")) or None,
        "json": data,
        "data": form or None,
        "files": files or None,
        "response_type": arguments.get("response_type", "json"),
        "timeout": arguments.get("timeout"),
        "retry": _retry_policy(arguments),
        "debug": arguments.get("debug") or None,
    }


def _retry_policy(arguments: Mapping[str, Any]) -> RetryPolicy | None:
    delay_ms = arguments.get("retry_delay_ms")
    exponential = arguments.get("use_exponential_backoff", False)
    retry_all = arguments.get("retry_on_all_errors", False)
    max_retries = arguments.get("max_retries")
    if delay_ms is None and not exponential and not retry_all and max_retries is None:
        return None
    if delay_ms is not None and (
        isinstance(delay_ms, bool) or not isinstance(delay_ms, int | float) or not 0 <= delay_ms <= _MAX_DELAY_MS
    ):
        raise ValueError(
            f"retry_delay_ms must be a number of milliseconds from 0 to {_MAX_DELAY_MS}, not {delay_ms!r:.40}"
        )
    return RetryPolicy(
        max_retries=DEFAULT_MAX_RETRIES if max_retries is None else max_retries,
        # A fixed delay only when one is given and exponential backoff is not asked for; otherwise the client's
        # backoff with jitter (a server-named wait is honoured either way).
        retry_delay=None if exponential or delay_ms is None else delay_ms / 1000,
        retry_on_all_errors=bool(retry_all),
    )
