"""When and how long to wait before sending a request again.

The policy is pure: it looks at a method, a response or a transport failure and answers with a delay or with
"do not retry". The transport (`servicetitan._transport`) applies it, so one policy serves sync and async.

Rules (QUIRKS.md, "Limits and errors"):
- 429 is always safe to retry: the request was not applied. The wait is the `Retry-After` header (seconds or an
  HTTP date), else the seconds named in the problem body's `title`, else exponential backoff with jitter.
  429s are not counted against `max_retries`: a call keeps waiting them out until its rate-limit waits would
  exceed `rate_limit_wait` (default 300 s) or it has been answered 429 `max_rate_limit_retries` times
  (default 200), so a busy (app key, tenant) makes calls slower, not failed, and a server that answers 429
  forever still ends the call. A 429 wait is never shorter than `backoff_base`.
- A named wait that is no wait at all (zero, negative, NaN, shorter than `backoff_base`, a date in the past) is
  replaced by the backoff; one longer than `max_wait` (infinite, a date years ahead) is not slept through.
- 409 "service suspended for maintenance" is retried like a 503 (reads only); any other 409 is a conflict.
- 5xx, timeouts and dropped connections are ambiguous: the request may have been applied. Only methods that are
  safe to repeat (GET, HEAD, DELETE, OPTIONS) are retried; POST/PUT/PATCH are never replayed after them.
- A connection that was never established (`ConnectError`, `ConnectTimeout`, `PoolTimeout`) sent nothing, so
  any method may be retried.
- A server-requested wait longer than `max_wait` is not slept through: the error is raised with its
  `retry_after` so the caller decides.

A flow that retries above the pipeline, on the typed errors it raises, asks the same policy
(`RetryPolicy.delay_after_error`): report runs do, since their waits come out of a run's budget and a report's 429
names that report's pace, not the (app key, tenant)'s, so it must not pause the limiter.
"""

from __future__ import annotations

import datetime as _dt
import math
import random
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from servicetitan._serialize import loads
from servicetitan._timeutil import parse_http_date

if TYPE_CHECKING:
    import httpx

REPLAYABLE_METHODS = frozenset({"GET", "HEAD", "DELETE", "OPTIONS"})
RETRYABLE_SERVER_STATUSES = frozenset({500, 502, 503, 504})
DEFAULT_MAX_RETRIES = 3
DEFAULT_RATE_LIMIT_WAIT = 300.0
DEFAULT_MAX_RATE_LIMIT_RETRIES = 200

_SECONDS_IN_TITLE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:seconds?|secs?|s)\b", re.IGNORECASE)


def retry_after_seconds(headers: Mapping[str, str], title: str | None, now: _dt.datetime | None = None) -> float | None:
    """The wait a 429/503 asks for: `Retry-After` seconds or date, else the seconds named in `title`.

    An HTTP date is measured against the response's own `Date` header when there is one (immune to local clock
    skew), else against `now` (default: the current UTC time).
    """
    value = headers.get("retry-after")
    if value is not None:
        value = value.strip()
        try:
            return _seconds(float(value))
        except ValueError:
            until = parse_http_date(value)
            if until is not None:
                server_date = headers.get("date")
                reference = parse_http_date(server_date) if server_date else None
                if reference is None:
                    reference = now or _dt.datetime.now(_dt.UTC)
                return _seconds((until - reference).total_seconds())
    if title:
        match = _SECONDS_IN_TITLE.search(title)
        if match:
            return _seconds(float(match.group(1)))
    return None


def _seconds(value: float) -> float | None:
    """A wait as a server may write it: NaN names none, anything negative is 0, and `inf` (or a number too
    large for a float) stays infinite, which is beyond any `max_wait`."""
    if math.isnan(value):
        return None
    return max(0.0, value)


def problem_title(body: Any) -> str | None:
    """The `title` of an RFC 7807 problem body, if the body is one."""
    if isinstance(body, Mapping):
        title = body.get("title")
        if isinstance(title, str):
            return title
    return None


def response_retry_after(response: httpx.Response) -> float | None:
    """`retry_after_seconds` for a response whose body has been read."""
    try:
        body = loads(response.content) if response.content else None
    except ValueError:
        body = None
    return retry_after_seconds(response.headers, problem_title(body))


def is_maintenance(response: httpx.Response) -> bool:
    """A 409 that announces maintenance (the request was not applied) rather than a conflict; body read."""
    if response.status_code != 409:
        return False
    try:
        body = loads(response.content) if response.content else None
    except ValueError:
        return b"maintenance" in response.content.lower()
    texts = [problem_title(body) or ""]
    if isinstance(body, Mapping):
        texts.append(str(body.get("detail") or ""))
    return any("maintenance" in text.lower() for text in texts)


def failed_before_sending(exc: Exception) -> bool:
    """True when the failure happened before any byte of the request left, so a replay cannot duplicate it."""
    import httpx

    return isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How many times and how long to retry.

    `max_retries` counts retries, not attempts: 3 means at most 4 sends. `backoff_base` doubles per attempt up to
    `backoff_cap`, minus up to 25 % jitter so that clients that failed together do not return together.
    `retry_delay` replaces that backoff with a fixed delay. `retry_on_all_errors` also resends after a 3xx or
    4xx answer (never a write after a 5xx or a timeout: it may have been applied). `rate_limit_wait` bounds the
    seconds one call spends waiting out 429s (and the limiter's queue after them), `max_rate_limit_retries` the
    number of 429s it waits out; `max_retries=0` sends once.
    """

    max_retries: int = DEFAULT_MAX_RETRIES
    backoff_base: float = 0.5
    backoff_cap: float = 8.0
    max_wait: float = 60.0
    retry_delay: float | None = None
    retry_on_all_errors: bool = False
    rate_limit_wait: float = DEFAULT_RATE_LIMIT_WAIT
    max_rate_limit_retries: int = DEFAULT_MAX_RATE_LIMIT_RETRIES

    def __post_init__(self) -> None:
        for name in ("max_retries", "max_rate_limit_retries"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError(f"{name} must be an int, not {type(value).__name__}")
            if value < 0:
                raise ValueError(f"{name} must be >= 0")
        for name in ("backoff_base", "backoff_cap", "max_wait"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value < math.inf:
                raise ValueError(f"{name} must be a finite number of seconds >= 0")
        if self.retry_delay is not None and not 0 <= self.retry_delay < math.inf:
            raise ValueError("retry_delay must be a finite number of seconds >= 0")
        if not 0 <= self.rate_limit_wait < math.inf:
            raise ValueError("rate_limit_wait must be a finite number of seconds >= 0")

    def backoff(self, attempt: int) -> float:
        """Delay after the `attempt`-th failed send (1-based) when the server named no wait."""
        if self.retry_delay is not None:
            return self.retry_delay
        delay = min(self.backoff_cap, self.backoff_base * 2.0 ** (attempt - 1))
        return delay * (1.0 - 0.25 * random.random())

    def retries_status(self, status: int, replayable: bool) -> bool:
        """Whether an answer with `status` may be resent (429 and 409 have their own rules, see `delay_after`)."""
        if status == 429 or (replayable and status in RETRYABLE_SERVER_STATUSES):
            return True
        if not self.retry_on_all_errors or status < 300 or status == 401:
            return False
        # A 3xx or 4xx answer means the request was not applied, so even a write may be resent. A 5xx may have
        # been applied: a write is never resent after one, whatever `retry_on_all_errors` says.
        return replayable or status < 500

    @staticmethod
    def retries_failure(exc: Exception, replayable: bool) -> bool:
        return replayable or failed_before_sending(exc)

    def delay_after(
        self, response: httpx.Response, attempt: int, replayable: bool, rate_limited_for: float, rate_limited: int = 0
    ) -> float | None:
        """Seconds to wait before resending after `response` (body already read), the `attempt`-th send, when
        this call was answered 429 `rate_limited` times before and waited `rate_limited_for` seconds on them;
        None means give up now."""
        status = response.status_code
        if self.max_retries == 0:
            return None
        if status == 429:
            if rate_limited >= self.max_rate_limit_retries:
                return None
            delay = self._server_wait(response, attempt)
            if delay is None:
                return None
            # Never a burst of resends, whatever the server or a fixed `retry_delay` says.
            delay = max(delay, self.backoff_base)
            if rate_limited_for + delay > self.rate_limit_wait:
                return None
            return delay
        if attempt > self.max_retries:
            return None
        if self.retries_status(status, replayable) or (replayable and is_maintenance(response)):
            return self._server_wait(response, attempt)
        return None

    def delay_after_error(
        self, status: int | None, attempt: int, replayable: bool, named: float | None = None
    ) -> float | None:
        """Seconds to wait before resending after the typed error of the `attempt`-th send (1-based), for a flow
        that retries above the pipeline; None means give up. `status` is the answer's (None when no answer came),
        `named` the wait a 429 named. A 429 or a 409 was not applied, so any method is resent; after a 5xx or no
        answer, only a `replayable` one. Every retry counts against `max_retries`; the wait is the named one, else
        the backoff (as for an answer, `_server_wait`)."""
        if attempt > self.max_retries:
            return None
        if status is None or status >= 500:
            if not replayable:
                return None
        elif status not in (409, 429):
            return None
        return self._wait(named, attempt)

    def _server_wait(self, response: httpx.Response, attempt: int) -> float | None:
        return self._wait(response_retry_after(response), attempt)

    def _wait(self, requested: float | None, attempt: int) -> float | None:
        """The wait a server asked for, or the backoff where it names none (or one shorter than `backoff_base`);
        None when it asked for longer than `max_wait`."""
        if requested is not None and requested > self.max_wait:
            return None
        if requested is None or requested < self.backoff_base:
            return self.backoff(attempt)
        return requested
