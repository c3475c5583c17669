"""Proactive rate limiting, shared by every client that uses one (app key, tenant).

ServiceTitan allows about 60 requests per second per (app key, tenant) over a sliding window. The limiter paces
sends evenly (GCRA, a leaky bucket without burst): each send is booked `1 / rate` seconds after the previous
booking, so no window of any length ever holds more than its share, whatever the concurrency, and a burst of
thousands of callers is spread out instead of released a second's budget at a time. The default, 50 per
second, leaves room for clock and network jitter.

A 429 pauses the whole (app key, tenant): `pause(seconds)` moves the next free slot past the server's
`Retry-After` (plus up to 10 % jitter, so processes that were refused together do not return together), and the
waiting callers then resume one slot apart.

Where the bookings live is a `LimiterStore`:
- `LocalStore` (the default, no dependency): one per process, on the client's clock;
- `servicetitan.ratelimit_redis.RedisStore`: a GCRA script in Redis, shared by every process and machine that
  points at the same Redis (`pip install "servicetitan[redis]"`), on the Redis server's clock.

`reserve()` only books and returns how long the caller must wait; the caller sleeps with its own sleep
(`time.sleep` on threads, an async sleep on the event loop), so one limiter serves sync and async clients.
"""

from __future__ import annotations

import hashlib
import math
import os
import random
import threading
from collections.abc import Callable
from typing import Protocol, runtime_checkable

__all__ = ["DEFAULT_RATE_LIMIT", "LimiterStore", "LocalStore", "PacingStore", "RateLimiter", "shared_limiter"]

DEFAULT_RATE_LIMIT = 50.0
PAUSE_JITTER = 0.1

Clock = Callable[[], float]


def interval_for(rate: float) -> float:
    """Seconds between two sends at `rate` requests per second."""
    if isinstance(rate, bool) or not isinstance(rate, int | float):
        raise TypeError(f"rate_limit must be a number of requests per second, not {type(rate).__name__}")
    if not math.isfinite(rate) or rate <= 0:
        raise ValueError("rate_limit must be a positive, finite number of requests per second")
    return 1.0 / rate


class LimiterStore(Protocol):
    """Where the next free send slot (the GCRA's theoretical arrival time) of each key is kept."""

    # True when a call does network I/O, so an async client runs it off the event loop.
    blocking: bool

    def reserve(self, key: str, interval: float) -> float:
        """Book the next slot of `key` and move it `interval` on; the seconds until the booked slot."""
        ...

    def pause(self, key: str, seconds: float) -> None:
        """No slot of `key` before `seconds` from now."""
        ...


@runtime_checkable
class PacingStore(Protocol):
    """Where runs of the same report are booked, so that identical runs are spaced `interval` seconds apart.

    `reserve` books the next run of `key` no earlier than `interval` seconds after the last one booked, and
    returns the seconds to wait until it; if that wait would exceed `limit`, it books nothing and returns None.
    It must be atomic: two callers never get the same slot. A store shared between processes (Redis) keeps
    the last slot per key on its own clock: `servicetitan.ratelimit_redis.RedisPacingStore` does so in one
    script; `servicetitan.reports.MemoryPacingStore` is this process's.
    """

    def reserve(self, key: str, interval: float, limit: float) -> float | None: ...


class LocalStore:
    """Slots kept in this process, on `clock`."""

    blocking = False

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._next: dict[str, float] = {}

    def __repr__(self) -> str:
        return "LocalStore()"

    def reserve(self, key: str, interval: float) -> float:
        with self._lock:
            now = self._clock()
            slot = max(now, self._next.get(key, now))
            self._next[key] = slot + interval
        return slot - now

    def pause(self, key: str, seconds: float) -> None:
        with self._lock:
            until = self._clock() + seconds
            if until > self._next.get(key, -math.inf):
                self._next[key] = until


class RateLimiter:
    """At most `rate` sends per second for one key of a store, evenly spaced."""

    def __init__(self, rate: float, store: LimiterStore, key: str) -> None:
        self._interval = interval_for(rate)
        self.store = store
        self.key = key

    def __repr__(self) -> str:
        return f"RateLimiter(rate={self.rate:g}, store={self.store!r})"

    @property
    def rate(self) -> float:
        return 1.0 / self._interval

    @property
    def blocking(self) -> bool:
        return self.store.blocking

    def reserve(self) -> float:
        """Book the next free send slot; returns the seconds to wait until it (0.0 when free now)."""
        return self.store.reserve(self.key, self._interval)

    def pause(self, seconds: float) -> None:
        """A 429 asked every request of this key to wait `seconds`; jittered, so refused peers spread out."""
        self.store.pause(self.key, seconds * (1.0 + PAUSE_JITTER * random.random()))

    def tighten(self, rate: float) -> None:
        """Adopt a lower rate asked for by another client sharing this limiter; a higher one is ignored."""
        self._interval = max(self._interval, interval_for(rate))


_registry: dict[tuple[str, object], RateLimiter] = {}
_local_stores: dict[Clock, LocalStore] = {}
_registry_lock = threading.Lock()


def limiter_key(app_key: str, tenant: int) -> str:
    """The key of an (app key, tenant); the app key only as a digest, so no store ever holds it."""
    return f"servicetitan:rate:{hashlib.sha256(app_key.encode()).hexdigest()[:32]}:{tenant}"


def shared_limiter(
    app_key: str, tenant: int, rate: float, clock: Clock, store: LimiterStore | None = None
) -> RateLimiter:
    """The process-wide limiter of (app key, tenant) on `store`, created on first use; the lowest requested rate
    wins. Without a store, the process's `LocalStore` of `clock` (reservations are instants on it)."""
    interval_for(rate)
    key = limiter_key(app_key, tenant)
    with _registry_lock:
        if store is None:
            store = _local_stores.get(clock)
            if store is None:
                store = _local_stores[clock] = LocalStore(clock)
        registry_key = (key, store)
        limiter = _registry.get(registry_key)
        if limiter is None:
            limiter = _registry[registry_key] = RateLimiter(rate, store, key)
            return limiter
    limiter.tighten(rate)
    return limiter


def _unlocked_in_child() -> None:
    """A fork can land while a thread of the parent holds one of these locks: the child's start unlocked."""
    global _registry_lock
    _registry_lock = threading.Lock()
    for store in _local_stores.values():
        store._lock = threading.Lock()


os.register_at_fork(after_in_child=_unlocked_in_child)
