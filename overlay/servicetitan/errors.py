"""The exception family: everything the library raises on purpose derives from `ServiceTitanError`.

One class per meaning, so callers can catch exactly what they handle:

    ServiceTitanError
    ├── APIStatusError                 any non-2xx answer (status, title, trace_id, errors, body, response)
    │   ├── ValidationError            400, 422   (field errors in `.errors`)
    │   ├── AuthenticationError        401, and a refused token request
    │   ├── PermissionDeniedError      403        (`.required_scopes` from the operation's spec)
    │   ├── NotFoundError              404
    │   │   └── DeleteOutcomeUnknownError  404 to a DELETE replayed after a 5xx or timeout
    │   ├── ConflictError              409
    │   ├── RateLimitError             429        (`.retry_after` in seconds, or None)
    │   ├── UnexpectedRedirectError    3xx        (`.location`: the API never redirects)
    │   └── ServerError                5xx
    ├── APIConnectionError             the request did not get an answer
    │   └── APITimeoutError
    ├── ResponseValidationError        an answer whose body cannot be parsed
    └── ListChangedError               a list kept changing under a page-number walk (records may be missing)

    ListWalkWarning (a UserWarning)    a list did not walk as asked and is read by page number from then on

Messages are never truncated and never carry a secret: values registered with `servicetitan._logging` are
scrubbed, and token fields of a token endpoint's body are redacted before they are stored.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from servicetitan._flow import GAVE_UP_EXTENSION, REPLAYED_AFTER_EXTENSION
from servicetitan._logging import scrub
from servicetitan._serialize import loads
from servicetitan.retries import problem_title, retry_after_seconds

if TYPE_CHECKING:
    import httpx

    from servicetitan._catalog import Operation

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "ConflictError",
    "DeleteOutcomeUnknownError",
    "ListChangedError",
    "ListWalkWarning",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ReportTimeoutError",
    "ReportWaitError",
    "ResponseValidationError",
    "ServerError",
    "ServiceTitanError",
    "UnexpectedRedirectError",
    "ValidationError",
    "error_for_response",
]


class ServiceTitanError(Exception):
    """Root of the family."""

    def __init__(self, message: str) -> None:
        super().__init__(scrub(message))

    @property
    def message(self) -> str:
        return str(self.args[0])


class APIStatusError(ServiceTitanError):
    """The API answered with a non-2xx status.

    `body` is the parsed problem document (a dict) when the body is JSON, else the text; `errors` maps each field
    to its messages (`{"name": ["The Name field is required."]}`); `trace_id` is what ServiceTitan support asks
    for.
    """

    def __init__(
        self,
        *,
        status: int,
        title: str | None,
        trace_id: str | None,
        body: Any,
        errors: Mapping[str, list[str]],
        method: str,
        url: str,
        response: httpx.Response | None = None,
        operation: Operation | None = None,
    ) -> None:
        self.status = status
        self.title = title
        self.trace_id = trace_id
        self.body = body
        self.errors = dict(errors)
        self.method = method
        self.url = url
        self.response = response
        self.operation_id = operation.operation_id if operation is not None else None
        super().__init__(self._describe())

    @property
    def status_code(self) -> int:
        return self.status

    def _describe(self) -> str:
        parts = [f"{self.status} {self.title or 'error'}: {self.method} {self.url}"]
        if self.operation_id:
            parts.append(f"operation {self.operation_id}")
        if self.trace_id:
            parts.append(f"trace id {self.trace_id}")
        if self.errors:
            fields = "; ".join(f"{name}: {' '.join(messages)}" for name, messages in self.errors.items())
            parts.append(f"field errors: {fields}")
        return ", ".join(parts)


class ValidationError(APIStatusError):
    """400 or 422: the API rejected the request's content; see `.errors`."""


class AuthenticationError(APIStatusError):
    """401 after a token refresh and replay, or the token endpoint refused the credentials."""


class PermissionDeniedError(APIStatusError):
    """403: usually a scope the app was not granted. `required_scopes` lists what the operation's spec asks."""

    def __init__(self, *, operation: Operation | None = None, **kwargs: Any) -> None:
        self.required_scopes: tuple[str, ...] = operation.scopes if operation is not None else ()
        super().__init__(operation=operation, **kwargs)

    def _describe(self) -> str:
        text = super()._describe()
        if self.required_scopes:
            text += f", required scope: {' or '.join(self.required_scopes)}"
        return text


class NotFoundError(APIStatusError):
    """404."""


class DeleteOutcomeUnknownError(NotFoundError):
    """A DELETE was sent again after an ambiguous failure (`replayed_after`: a 5xx or a timeout), and the replay
    found nothing. The first attempt may have deleted the record, or it never existed: nothing tells which, so
    the error says so instead of claiming either. Callers that only need the record gone can treat it as done."""

    def __init__(self, *, replayed_after: str, **kwargs: Any) -> None:
        self.replayed_after = replayed_after
        super().__init__(**kwargs)

    def _describe(self) -> str:
        return (
            f"{super()._describe()}; replayed after {self.replayed_after}: the first attempt may have deleted it, "
            "or it never existed"
        )


class ConflictError(APIStatusError):
    """409."""


class RateLimitError(APIStatusError):
    """429 after the retries ran out, or a wait longer than the client will sleep. `retry_after` in seconds."""

    def __init__(self, **kwargs: Any) -> None:
        response: httpx.Response | None = kwargs.get("response")
        retry_after = retry_after_seconds(response.headers, kwargs.get("title")) if response is not None else None
        # Only a number of seconds someone could wait: an infinite "wait" is none.
        self.retry_after: float | None = retry_after if retry_after is not None and math.isfinite(retry_after) else None
        gave_up = response.extensions.get(GAVE_UP_EXTENSION) if response is not None else None
        self.gave_up: str | None = gave_up if isinstance(gave_up, str) else None
        super().__init__(**kwargs)

    def _describe(self) -> str:
        text = super()._describe()
        if self.retry_after is not None:
            text += f", retry after {self.retry_after:g} s"
        if self.gave_up is not None:
            text += f"; {self.gave_up}"
        return text


class UnexpectedRedirectError(APIStatusError):
    """3xx: the API never redirects, so a redirect is a proxy, a wrong `api_url` or an outage page, never the
    answer. Not followed (it could lead the credentials elsewhere); `location` says where it pointed."""

    def __init__(self, **kwargs: Any) -> None:
        response: httpx.Response | None = kwargs.get("response")
        self.location: str | None = response.headers.get("location") if response is not None else None
        super().__init__(**kwargs)

    def _describe(self) -> str:
        return f"{super()._describe()}, redirected to {self.location or 'no Location'}"


class ServerError(APIStatusError):
    """5xx."""


class APIConnectionError(ServiceTitanError):
    """No answer: the connection failed or broke. The cause is the underlying httpx exception."""

    def __init__(self, message: str, *, method: str, url: str) -> None:
        self.method = method
        self.url = url
        super().__init__(f"{message}: {method} {url}")


class APITimeoutError(APIConnectionError):
    """No answer within the timeout."""


class ResponseValidationError(ServiceTitanError):
    """The answer's body could not be parsed into what the operation promises."""

    def __init__(
        self, reason: str, *, status: int, body: Any, method: str, url: str, response: httpx.Response | None
    ) -> None:
        self.status = status
        self.body = body
        self.method = method
        self.url = url
        self.response = response
        super().__init__(f"{reason}: {status} {method} {url}")

    @classmethod
    def of(cls, reason: str, response: httpx.Response, body: Any) -> ResponseValidationError:
        """For an answer that was received: status, method and URL come from the response."""
        return cls(
            reason,
            status=response.status_code,
            body=body,
            method=response.request.method,
            url=str(response.request.url),
            response=response,
        )


class ListChangedError(ServiceTitanError):
    """A list read by page number changed while it was read, and kept changing when read again: some records
    may have been skipped. `export_feed` names the export feed that reads the same records without that risk
    (`st.exports.<domain>.<feed>`), or is None when the domain has none."""

    def __init__(self, message: str, *, operation_id: str, export_feed: str | None) -> None:
        self.operation_id = operation_id
        self.export_feed = export_feed
        super().__init__(message)


class ListWalkWarning(UserWarning):
    """A list did not walk as asked (its sort or bound was not honoured, or its records lack the walk's key), so
    the client reads it by page number with its count from then on: said once per list and client. Nothing is lost
    or repeated; the warning says that such a list costs more requests and checkpoints that move less far."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: ValidationError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: ValidationError,
    429: RateLimitError,
}

_TRACE_HEADERS = ("x-trace-id", "traceparent", "x-request-id")


def parse_body(response: httpx.Response) -> Any:
    """The body as JSON when it is JSON, else as text (None when empty)."""
    if not response.content:
        return None
    try:
        return loads(response.content)
    except ValueError:
        return response.text


def field_errors(body: Any) -> dict[str, list[str]]:
    """`errors` of a problem document as `{field: [message, ...]}` whatever shape the server used."""
    raw = body.get("errors") if isinstance(body, Mapping) else None
    if not isinstance(raw, Mapping):
        return {}
    result: dict[str, list[str]] = {}
    for name, messages in raw.items():
        items = messages if isinstance(messages, list | tuple) else [messages]
        try:
            result[str(name)] = [str(message) for message in items]
        except RecursionError:
            # A message nested almost as deep as the decoder allows: too deep to print, never a raw exception.
            result[str(name)] = ["(a value nested too deeply to show)"]
    return result


def _by_range(status: int) -> type[APIStatusError]:
    if status >= 500:
        return ServerError
    if 300 <= status < 400:
        return UnexpectedRedirectError
    return APIStatusError


def error_for_response(
    response: httpx.Response,
    *,
    operation: Operation | None = None,
    body: Any = None,
    title: str | None = None,
    error_class: type[APIStatusError] | None = None,
) -> APIStatusError:
    """The exception for a non-2xx response whose body has been read.

    `body`, `title` and `error_class` override what the response says (the token request uses them to keep
    OAuth fields out and to report every refusal as `AuthenticationError`).
    """
    status = response.status_code
    if body is None:
        body = parse_body(response)
    title = title or problem_title(body) or response.reason_phrase or None
    trace_id = body.get("traceId") if isinstance(body, Mapping) else None
    if not isinstance(trace_id, str):
        trace_id = next((response.headers[h] for h in _TRACE_HEADERS if h in response.headers), None)
    cls = error_class or _BY_STATUS.get(status) or _by_range(status)
    request = response.request
    extra: dict[str, Any] = {}
    replayed_after = response.extensions.get(REPLAYED_AFTER_EXTENSION)
    if status == 404 and error_class is None and isinstance(replayed_after, str):
        cls, extra = DeleteOutcomeUnknownError, {"replayed_after": replayed_after}
    return cls(
        **extra,
        status=status,
        title=title,
        trace_id=trace_id,
        body=body,
        errors=field_errors(body),
        method=request.method,
        url=str(request.url),
        response=response,
        operation=operation,
    )


class ReportTimeoutError(ServiceTitanError):
    """A long-running report query was not ready within its timeout; it has been cancelled on the server."""

    def __init__(self, message: str, *, token: str, waited: float) -> None:
        super().__init__(message)
        self.token = token
        self.waited = waited


class ReportWaitError(ServiceTitanError):
    """Running the report now would take more waiting (pacing, 429 or 409 answers) than the wait budget allows."""

    def __init__(self, message: str, *, wait: float) -> None:
        super().__init__(message)
        self.wait = wait
