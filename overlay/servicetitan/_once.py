"""Values built on first use, once per process, whatever the number of threads asking at the same time.

`functools.cache` lets two threads that miss together both build, and each keeps its own result: two `Domain`
objects for one domain, whose `Operation`s are then not the same objects, made a fresh client's first calls
from sixteen threads fail with "names two operations". `once` keeps `functools.cache` in front (a value once
built is read at its speed, without a lock) and builds each missing key under its own lock, so every caller gets
the one value.

A fork can happen while another thread holds one of those locks, and the child would wait for it forever: the
child starts with new locks (the values already built are kept).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Hashable
from functools import cache, wraps
from typing import Any, ParamSpec, Protocol, TypeVar

__all__ = ["once"]

P = ParamSpec("P")
R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)


class Once(Protocol[P, R_co]):
    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R_co: ...

    def cache_clear(self) -> None: ...


# The lock-making state of every cache, replaced in a forked child.
_resets: list[Callable[[], None]] = []


def once(function: Callable[P, R]) -> Once[P, R]:
    """`function` memoized per (hashable) arguments; one caller builds a value while the others wait for it."""
    built: dict[Hashable, R] = {}
    state: dict[str, Any] = {"guard": threading.Lock(), "building": {}}

    @wraps(function)
    def build(*args: P.args, **kwargs: P.kwargs) -> R:
        # Reached on a miss of the cache in front, by every thread that missed at the same time.
        key: Hashable = (args, tuple(sorted(kwargs.items()))) if kwargs else args
        guard: threading.Lock = state["guard"]
        building: dict[Hashable, threading.RLock] = state["building"]
        with guard:
            lock = building.setdefault(key, threading.RLock())
        with lock:
            try:
                value = built[key]
            except KeyError:
                value = built[key] = function(*args, **kwargs)
        with guard:
            building.pop(key, None)
        return value

    cached = cache(build)
    clear_front = cached.cache_clear

    def cache_clear() -> None:
        clear_front()
        built.clear()

    def reset() -> None:
        state["guard"] = threading.Lock()
        state["building"] = {}

    _resets.append(reset)
    cached.cache_clear = cache_clear  # type: ignore[method-assign]
    return cached


def _reset_locks_in_child() -> None:
    for reset in _resets:
        reset()


os.register_at_fork(after_in_child=_reset_locks_in_child)
