"""Pacing of report runs (one run of a report with the same parameters per tenant about once a minute)
and the opt-in cache of recent results: per clock for the process, or a shared `PacingStore`."""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from servicetitan.ratelimit import PacingStore

if TYPE_CHECKING:
    from servicetitan._core import Core

Clock = Callable[[], float]


def default_store(client: Core, clock: Clock) -> PacingStore:
    """The process-wide store of `clock`, or, when the client's `rate_limit_store` can pace report runs too (a
    Redis one: `pacing_store(fallback)`), that shared store, falling back on this process's while unreachable."""
    local = shared_store(clock)
    shared = getattr(client.rate_limit_store, "pacing_store", None)
    if not callable(shared):
        return local
    store: PacingStore = shared(local)
    return store


class MemoryPacingStore:
    """The in-process store: last booked slot per key, on `clock`."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._slots: dict[str, float] = {}

    def reserve(self, key: str, interval: float, limit: float) -> float | None:
        with self._lock:
            now = self._clock()
            last = self._slots.get(key)
            slot = now if last is None else max(now, last + interval)
            if slot - now > limit:
                return None
            self._slots[key] = slot
            for stale in [k for k, v in self._slots.items() if v + interval < now]:
                del self._slots[stale]
            return slot - now


_stores: dict[Clock, MemoryPacingStore] = {}
_stores_lock = threading.Lock()


def shared_store(clock: Clock) -> MemoryPacingStore:
    """One store per clock for the whole process, so every client of a tenant paces against the same runs."""
    with _stores_lock:
        store = _stores.get(clock)
        if store is None:
            store = _stores[clock] = MemoryPacingStore(clock)
        return store


def pacing_key(api_url: str, tenant: int, category: str, report_id: int, body: Mapping[str, Any]) -> str:
    """(environment, tenant, report, parameters) as a digest: parameter values stay out of any store."""
    text = json.dumps([api_url, tenant, category, report_id, body], sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass(slots=True)
class CachedResult:
    fetched_at: float
    rows: list[dict[str, Any]]


class ResultCache:
    """Results of recent runs by pacing key (opt-in), one per clock for the process like the pacing store."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: dict[str, CachedResult] = {}

    def get(self, key: str, now: float, ttl: float) -> CachedResult | None:
        with self._lock:
            found = self._entries.get(key)
            return found if found is not None and now - found.fetched_at <= ttl else None

    def put(self, key: str, entry: CachedResult, ttl: float) -> None:
        with self._lock:
            for stale in [k for k, v in self._entries.items() if entry.fetched_at - v.fetched_at > ttl]:
                del self._entries[stale]
            self._entries[key] = entry


_caches: dict[Clock, ResultCache] = {}


def shared_cache(clock: Clock) -> ResultCache:
    with _stores_lock:
        cache_ = _caches.get(clock)
        if cache_ is None:
            cache_ = _caches[clock] = ResultCache()
        return cache_


def _unlocked_in_child() -> None:
    """A fork can land while a thread of the parent books a run or keeps a result (one of these locks held): the
    child's start unlocked. What the stores hold is kept: the parent's bookings still pace the child's runs."""
    global _stores_lock
    _stores_lock = threading.Lock()
    for store in _stores.values():
        store._lock = threading.Lock()
    for cache_ in _caches.values():
        cache_._lock = threading.Lock()


os.register_at_fork(after_in_child=_unlocked_in_child)
