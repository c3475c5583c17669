"""RFC 7807 problem details in the shape ServiceTitan sends: `type, title, status, traceId, errors, data`."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from typing import Any

_TYPES = {
    400: "https://tools.ietf.org/html/rfc7231#section-6.5.1",
    401: "https://tools.ietf.org/html/rfc7235#section-3.1",
    403: "https://tools.ietf.org/html/rfc7231#section-6.5.3",
    404: "https://tools.ietf.org/html/rfc7231#section-6.5.4",
    409: "https://tools.ietf.org/html/rfc7231#section-6.5.8",
    429: "https://tools.ietf.org/html/rfc6585#section-4",
    500: "https://tools.ietf.org/html/rfc7231#section-6.6.1",
    501: "https://tools.ietf.org/html/rfc7231#section-6.6.2",
    502: "https://tools.ietf.org/html/rfc7231#section-6.6.3",
    503: "https://tools.ietf.org/html/rfc7231#section-6.6.4",
}
VALIDATION_TITLE = "One or more validation errors occurred."
_trace_ids = itertools.count(1)


def next_trace_id() -> str:
    return f"00-sandbox{next(_trace_ids):022x}-00"


def problem_body(
    status: int,
    title: str,
    errors: Mapping[str, Sequence[str]] | None = None,
    data: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    return {
        "type": _TYPES.get(status, "about:blank"),
        "title": title,
        "status": status,
        "traceId": next_trace_id(),
        "errors": {field: list(messages) for field, messages in (errors or {}).items()},
        "data": dict(data or {}),
    }


class ProblemError(Exception):
    """Raised by a handler to answer with problem details instead of a result."""

    def __init__(
        self,
        status: int,
        title: str,
        errors: Mapping[str, Sequence[str]] | None = None,
        headers: Sequence[tuple[str, str]] = (),
    ) -> None:
        super().__init__(title)
        self.status = status
        self.title = title
        self.errors = errors
        self.headers = tuple(headers)

    def body(self) -> dict[str, Any]:
        return problem_body(self.status, self.title, self.errors)

    def text(self) -> str:
        """The problem as one line, for an operation whose document says its refusal is a JSON string."""
        details = "; ".join(f"{field}: {' '.join(messages)}" for field, messages in (self.errors or {}).items())
        return f"{self.title} {details}" if details else self.title


def not_found(kind: str, record_id: object) -> ProblemError:
    return ProblemError(404, f"{kind} with id {record_id} was not found.", {"id": [f"{kind} not found."]})


def bad_request(field: str, message: str) -> ProblemError:
    return ProblemError(400, VALIDATION_TITLE, {field: [message]})
