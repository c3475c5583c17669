"""Proactive rate limiting, shared by every client in the process that uses one (app key, tenant).

ServiceTitan allows about 60 requests per second per (app key, tenant) over a sliding window. The limiter keeps
the start times of the last `max_requests` sends and schedules each new send no earlier than `per_seconds` after
the send `max_requests` places back, so no window of `per_seconds` ever holds more than `max_requests` sends,
whatever the concurrency. The default, 50 per second, leaves room for clock and network jitter.

`reserve()` only does arithmetic under a lock and returns how long the caller must wait; the caller sleeps
with its own sleep (`time.sleep` on threads, an async sleep on the event loop), so one limiter serves sync and
async clients and never blocks an event loop.
"""

from __future__ import annotations

import hashlib
import math
import threading
from collections import deque
from collections.abc import Callable

__all__ = ["DEFAULT_RATE_LIMIT", "RateLimiter", "shared_limiter"]

DEFAULT_RATE_LIMIT = 50.0

Clock = Callable[[], float]


def window_for(rate: float) -> tuple[int, float]:
    """`rate` requests per second as (max_requests, per_seconds) with a whole number of requests."""
    if isinstance(rate, bool) or not isinstance(rate, int | float):
        raise TypeError(f"rate_limit must be a number of requests per second, not {type(rate).__name__}")
    if not math.isfinite(rate) or rate <= 0:
        raise ValueError("rate_limit must be a positive, finite number of requests per second")
    if rate >= 1:
        count = int(rate)
        return count, count / rate
    return 1, 1 / rate


class RateLimiter:
    """At most `max_requests` sends start within any window of `per_seconds` seconds (on `clock`)."""

    def __init__(self, max_requests: int, per_seconds: float, clock: Clock) -> None:
        self._lock = threading.Lock()
        self._clock = clock
        self.max_requests = max_requests
        self.per_seconds = per_seconds
        self._starts: deque[float] = deque(maxlen=max_requests)

    def __repr__(self) -> str:
        return f"RateLimiter(max_requests={self.max_requests}, per_seconds={self.per_seconds:g})"

    @property
    def rate(self) -> float:
        return self.max_requests / self.per_seconds

    def reserve(self) -> float:
        """Book the next free send slot; returns the seconds to wait until it (0.0 when free now)."""
        with self._lock:
            now = self._clock()
            slot = now
            starts = self._starts
            if len(starts) == self.max_requests:
                slot = max(now, starts[0] + self.per_seconds)
            starts.append(slot)
        return slot - now

    def tighten(self, max_requests: int, per_seconds: float) -> None:
        """Adopt a lower rate asked for by another client sharing this limiter; a higher one is ignored."""
        with self._lock:
            if max_requests / per_seconds >= self.rate:
                return
            self.max_requests = max_requests
            self.per_seconds = per_seconds
            self._starts = deque(self._starts, maxlen=max_requests)


_registry: dict[tuple[str, int, Clock], RateLimiter] = {}
_registry_lock = threading.Lock()


def shared_limiter(app_key: str, tenant: int, rate: float, clock: Clock) -> RateLimiter:
    """The process-wide limiter of (app key, tenant), created on first use; the lowest requested rate wins.

    The app key is kept only as a digest. The clock is part of the key because reservations are instants on it.
    """
    max_requests, per_seconds = window_for(rate)
    key = (hashlib.sha256(app_key.encode()).hexdigest(), tenant, clock)
    with _registry_lock:
        limiter = _registry.get(key)
        if limiter is None:
            limiter = _registry[key] = RateLimiter(max_requests, per_seconds, clock)
            return limiter
    limiter.tighten(max_requests, per_seconds)
    return limiter
