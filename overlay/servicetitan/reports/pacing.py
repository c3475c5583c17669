"""Pacing of report runs (one run of a report with the same parameters per tenant about once a minute), through
the store the client paces its requests with (`servicetitan.ratelimit`), and the opt-in cache of recent results,
one per clock for the process."""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from servicetitan.ratelimit import PacingSource, PacingStore, local_store

if TYPE_CHECKING:
    from servicetitan._core import Core

Clock = Callable[[], float]


def default_store(client: Core) -> PacingStore:
    """Where the client paces its runs: where it paces its requests. The process's `LocalStore` of the client's
    clock keeps their turns, unless the client's `rate_limit_store` books them beyond the process (Redis:
    `PacingSource`), falling back on this process's turns while it is unreachable."""
    local = local_store(client.clock).turns
    shared = client.rate_limit_store
    return shared.pacing_store(local) if isinstance(shared, PacingSource) else local


def pacing_key(api_url: str, tenant: int, category: str, report_id: int, body: Mapping[str, Any]) -> str:
    """(environment, tenant, report, parameters) as a digest: parameter values stay out of any store."""
    text = json.dumps([api_url, tenant, category, report_id, body], sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass(slots=True)
class CachedResult:
    fetched_at: float
    rows: list[dict[str, Any]]


class ResultCache:
    """Results of recent runs by pacing key (opt-in), one per clock for the process like the run turns."""

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
_caches_lock = threading.Lock()


def shared_cache(clock: Clock) -> ResultCache:
    with _caches_lock:
        cache_ = _caches.get(clock)
        if cache_ is None:
            cache_ = _caches[clock] = ResultCache()
        return cache_


def _unlocked_in_child() -> None:
    """A fork can land while a thread of the parent keeps a result (one of these locks held): the child's start
    unlocked. What the caches hold is kept."""
    global _caches_lock
    _caches_lock = threading.Lock()
    for cache_ in _caches.values():
        cache_._lock = threading.Lock()


os.register_at_fork(after_in_child=_unlocked_in_child)
