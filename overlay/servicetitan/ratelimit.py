"""Proactive rate limiting, shared by every client that uses one (app key, tenant).

ServiceTitan allows about 60 requests per second per (app key, tenant) over a sliding window, and counts a
request when it *arrives*. Two rules keep a client inside it:

- Sends are paced evenly (GCRA, a leaky bucket without burst): each send is booked `1 / rate` seconds after the
  previous booking, so a burst of thousands of callers is spread out instead of released a second's budget at a
  time.
- Even sends do not arrive evenly: a new connection's first request arrives a handshake late (about 0.2 s to a
  remote host), while later ones on warm connections arrive at once, and requests that queued behind a slow
  connection, a token fetch or a stalled event loop arrive together. So a window also counts each request from
  its admission (just before it is sent) until a second after its answer, and admits one only while fewer than
  `floor(rate)` are counted. A request arrives somewhere between its admission and its answer, so for any second
  of the server's clock, the last request of that second to be admitted saw every other one still counted: no
  second of arrivals ever holds more than `floor(rate)`, whatever the delays on the way. The cost: a request
  occupies its place for its latency plus a second, so a client whose answers take L seconds reaches at most
  `floor(rate) / (1 + L)` per second, and only when enough requests are in flight at once.

The default, 58 per second, was measured against the sandbox's sliding window of 60 (`bench/bench_pacing.py`):
no 429 from one process or three sharing Redis, sync or async, at 89-97 % of the limit.

A 429 pauses the whole (app key, tenant): `pause(seconds)` moves the next free slot past the server's
`Retry-After` (plus up to 10 % jitter, so processes that were refused together do not return together), and the
waiting callers then resume one slot apart.

Where the bookings and the window live is a `LimiterStore`:
- `LocalStore` (the default, no dependency): one per process, on the client's clock;
- `servicetitan.ratelimit_redis.RedisStore`: a GCRA script and a window (a sorted set) in Redis, shared by every
  process and machine that points at the same Redis (`pip install "servicetitan[redis]"`), on the Redis server's
  clock. A custom store without `admit`/`done` (`WindowStore`) gets a window of this process.

Report runs are paced where requests are (`servicetitan.reports`): the same `LocalStore` of the process keeps the
turns of its runs (`LocalStore.turns`, a `MemoryPacingStore`), and a store that can share them beyond the process
(`PacingSource`: the Redis store) books them there.

`reserve()` and `Admission.admit()` only book and return how long the caller must wait; the caller sleeps with its
own sleep (`time.sleep` on threads, an async sleep on the event loop), so one limiter serves sync and async
clients. An async client asks a store that does network I/O from a worker thread, and counts the wait from the
store's answer, not from when the event loop got back to it.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import os
import random
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Protocol, runtime_checkable

__all__ = [
    "DEFAULT_RATE_LIMIT",
    "Admission",
    "LimiterStore",
    "LocalStore",
    "MemoryPacingStore",
    "PacingSource",
    "PacingStore",
    "RateLimiter",
    "SendWindow",
    "WindowStore",
    "shared_limiter",
]

DEFAULT_RATE_LIMIT = 58.0
PAUSE_JITTER = 0.1
# The server counts requests over a sliding window of this many seconds; the window holds an answered request a
# little longer, so that an answer and an admission exactly one second apart never count as two seconds.
WINDOW = 1.0
WINDOW_MARGIN = 0.001
HELD = WINDOW + WINDOW_MARGIN
# A wait that has already passed while the answer travelled back to the event loop (a refusal stays a refusal).
MINIMUM_WAIT = 1e-6

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
class WindowStore(Protocol):
    """A `LimiterStore` that also keeps the window of requests counted against `key` (see `SendWindow`), so that
    every client of the store shares it. A store without these methods gets a window of this process."""

    def admit(self, key: str, ticket: str, size: int) -> float:
        """Count `ticket` and answer 0.0 if fewer than `size` are counted, else the seconds until room may
        appear (at most `WINDOW`), counting nothing."""
        ...

    def done(self, key: str, ticket: str) -> None:
        """`ticket` was answered (or failed): count it `WINDOW` seconds more. Must not block the caller."""
        ...


@runtime_checkable
class PacingStore(Protocol):
    """Where runs of the same report are booked, so that identical runs are spaced `interval` seconds apart.

    `reserve` books the next run of `key` no earlier than `interval` seconds after the last one booked, and
    returns the seconds to wait until it; if that wait would exceed `limit`, it books nothing and returns None.
    It must be atomic: two callers never get the same slot. A store shared between processes (Redis) keeps
    the last slot per key on its own clock: `servicetitan.ratelimit_redis.RedisPacingStore` does so in one
    script; `MemoryPacingStore` is this process's.
    """

    def reserve(self, key: str, interval: float, limit: float) -> float | None: ...


@runtime_checkable
class PacingSource(Protocol):
    """A `LimiterStore` that books report runs too, beyond this process (`ratelimit_redis.RedisStore`): a client
    whose `rate_limit_store` it is paces its report runs there, on `fallback` while the store is unreachable."""

    def pacing_store(self, fallback: PacingStore) -> PacingStore: ...


class MemoryPacingStore:
    """Report runs booked in this process (a `PacingStore`): the last booked turn per key, on `clock`."""

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


class SendWindow:
    """The requests of one key counted against its sliding second: from their admission until `WINDOW` seconds
    after their answer (see the module docstring for why that holds whatever the arrival delays)."""

    __slots__ = ("answered", "in_flight")

    def __init__(self) -> None:
        self.in_flight = 0
        self.answered: deque[float] = deque()

    def admit(self, now: float, size: int) -> float:
        answered = self.answered
        while answered and answered[0] + HELD <= now:
            answered.popleft()
        if self.in_flight + len(answered) < size:
            self.in_flight += 1
            return 0.0
        # Room appears a second after the oldest answer, or, if every counted request is still in flight, a
        # second after an answer still to come: no sooner than a second from now.
        return (answered[0] + HELD - now) if answered else HELD

    def done(self, now: float) -> None:
        if self.in_flight > 0:
            self.in_flight -= 1
            self.answered.append(now)


class LocalStore:
    """Slots, windows and report-run turns kept in this process, on `clock`."""

    blocking = False

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._next: dict[str, float] = {}
        self._windows: dict[str, SendWindow] = {}
        # The turns of report runs: paced by the process store of their client's clock, as its requests are.
        self.turns = MemoryPacingStore(clock)

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

    def admit(self, key: str, ticket: str, size: int) -> float:
        with self._lock:
            window = self._windows.get(key)
            if window is None:
                window = self._windows[key] = SendWindow()
            return window.admit(self._clock(), size)

    def done(self, key: str, ticket: str) -> None:
        with self._lock:
            window = self._windows.get(key)
            if window is not None:
                window.done(self._clock())


def window_size(rate: float) -> int:
    """Requests allowed in any sliding second at `rate` requests per second (at least one)."""
    return max(1, math.floor(rate + 1e-9))


_NEW, _WAITING, _ADMITTED, _DONE = range(4)
_tickets = itertools.count(1)
_TICKET_PREFIX = f"{os.getpid()}-{random.getrandbits(48):012x}"


class Admission:
    """One attempt's place in its limiter's window: ask `admit` until it answers 0.0, then call `done` once,
    whatever happens to the attempt (also when it is abandoned while waiting)."""

    __slots__ = ("_limiter", "_number", "_state")

    def __init__(self, limiter: RateLimiter) -> None:
        self._limiter = limiter
        self._number = next(_tickets)
        self._state = _NEW

    @property
    def ticket(self) -> str:
        """Unique across processes and machines sharing a store."""
        return f"{_TICKET_PREFIX}-{self._number}"

    def _behind(self) -> float | None:
        """While an earlier attempt of this process waits for the window, wait in line behind it without asking
        the store (one interval, then look again): only the head of the line asks, so a long line costs the
        store one question per change of the window, not one per waiting attempt."""
        limiter = self._limiter
        with limiter.line_lock:
            line = limiter.line
            if not line:
                return None
            ahead = 0
            for number in line:
                if number == self._number:
                    break
                ahead += 1
            else:
                line[self._number] = None
            self._state = _WAITING
        # Each attempt ahead leaves at best one interval after the one before it.
        return None if ahead == 0 else ahead * limiter.interval

    def _ask(self) -> float:
        limiter = self._limiter
        wait = limiter.window_store.admit(limiter.window_key, self.ticket, limiter.window_size)
        with limiter.line_lock:
            if wait <= 0:
                limiter.line.pop(self._number, None)
                # Abandoned while the store was answering: give the place back at once.
                abandoned = self._state == _DONE
                self._state = _ADMITTED
            else:
                if self._state != _DONE:
                    limiter.line.setdefault(self._number)
                    self._state = _WAITING
                return wait
        if abandoned:
            self.done()
        return 0.0

    def admit(self) -> float:
        """0.0 when the attempt may leave now (it is then counted until a second after `done`); otherwise the
        seconds to wait before asking again."""
        behind = self._behind()
        return self._ask() if behind is None else behind

    async def admit_async(self) -> float:
        """`admit` for the event loop: a store that does network I/O is asked from a worker thread, and its wait
        is counted from its answer, not from the moment the event loop got around to it."""
        behind = self._behind()
        if behind is not None:
            return behind
        if not self._limiter.window_store_blocks:
            return self._ask()
        return await _off_the_loop(self._ask, self._limiter.clock)

    def done(self) -> None:
        """The attempt was answered, failed or abandoned."""
        limiter = self._limiter
        with limiter.line_lock:
            limiter.line.pop(self._number, None)
            admitted = self._state == _ADMITTED
            self._state = _DONE
        if admitted:
            limiter.window_store.done(limiter.window_key, self.ticket)


async def _off_the_loop(ask: Callable[[], float], clock: Clock) -> float:
    """Run `ask` (which answers a wait in seconds) in a worker thread; the wait left when the loop resumes. A wait
    stays a wait, however short: for an admission, 0.0 means admitted."""
    import anyio.to_thread

    def until() -> float | None:
        wait = ask()
        return clock() + wait if wait > 0 else None

    deadline = await anyio.to_thread.run_sync(until)
    return 0.0 if deadline is None else max(MINIMUM_WAIT, deadline - clock())


class RateLimiter:
    """Pacing for one key of a store: sends at most `rate` per second, evenly spaced (`reserve`), and at most
    `floor(rate)` requests counted in any sliding second of arrivals (`admission`, see `SendWindow`); both
    shared by every client of the store."""

    def __init__(self, rate: float, store: LimiterStore, key: str, clock: Clock = time.monotonic) -> None:
        self.interval = interval_for(rate)
        self.window_size = window_size(rate)
        self.store = store
        self.key = key
        self.clock = clock
        self.window_key = f"{key}:window"
        # A store that cannot keep windows (an older custom store) gets one of this process.
        self.window_store: WindowStore = store if isinstance(store, WindowStore) else LocalStore(clock)
        self.window_store_blocks = bool(getattr(self.window_store, "blocking", False))
        # Attempts of this process waiting for room in the window, oldest first.
        self.line: dict[int, None] = {}
        self.line_lock = threading.Lock()

    def __repr__(self) -> str:
        return f"RateLimiter(rate={self.rate:g}, store={self.store!r})"

    @property
    def rate(self) -> float:
        return 1.0 / self.interval

    @property
    def blocking(self) -> bool:
        return self.store.blocking

    def reserve(self) -> float:
        """Book the next free send slot; returns the seconds to wait until it (0.0 when free now)."""
        return self.store.reserve(self.key, self.interval)

    async def reserve_async(self) -> float:
        """`reserve` for the event loop: a store that does network I/O (Redis) is asked from a worker thread,
        and the wait it answers is counted from the moment the store answered, not from the moment the event
        loop got around to it, so callers whose answers queue behind a busy loop do not all send late together."""
        if not self.store.blocking:
            return self.reserve()
        return await _off_the_loop(self.reserve, self.clock)

    def admission(self) -> Admission:
        """A place in the window for one attempt (see `Admission`)."""
        return Admission(self)

    def pause(self, seconds: float) -> None:
        """A 429 asked every request of this key to wait `seconds`; jittered, so refused peers spread out."""
        self.store.pause(self.key, seconds * (1.0 + PAUSE_JITTER * random.random()))

    def tighten(self, rate: float) -> None:
        """Adopt a lower rate asked for by another client sharing this limiter; a higher one is ignored."""
        self.interval = max(self.interval, interval_for(rate))
        self.window_size = min(self.window_size, window_size(rate))


_registry: dict[tuple[str, object], RateLimiter] = {}
_local_stores: dict[Clock, LocalStore] = {}
_registry_lock = threading.Lock()


def limiter_key(app_key: str, tenant: int) -> str:
    """The key of an (app key, tenant); the app key only as a digest, so no store ever holds it."""
    return f"servicetitan:rate:{hashlib.sha256(app_key.encode()).hexdigest()[:32]}:{tenant}"


def local_store(clock: Clock) -> LocalStore:
    """The process's `LocalStore` of `clock`, created on first use: every client on that clock shares it."""
    with _registry_lock:
        return _local_store(clock)


def _local_store(clock: Clock) -> LocalStore:
    store = _local_stores.get(clock)
    if store is None:
        store = _local_stores[clock] = LocalStore(clock)
    return store


def shared_limiter(
    app_key: str, tenant: int, rate: float, clock: Clock, store: LimiterStore | None = None
) -> RateLimiter:
    """The process-wide limiter of (app key, tenant) on `store`, created on first use; the lowest requested rate
    wins. Without a store, the process's `LocalStore` of `clock` (reservations are instants on it)."""
    interval_for(rate)
    key = limiter_key(app_key, tenant)
    with _registry_lock:
        if store is None:
            store = _local_store(clock)
        registry_key = (key, store)
        limiter = _registry.get(registry_key)
        if limiter is None:
            limiter = _registry[registry_key] = RateLimiter(rate, store, key, clock)
            return limiter
    limiter.tighten(rate)
    return limiter


def _unlocked_in_child() -> None:
    """A fork can land while a thread of the parent holds one of these locks: the child's start unlocked."""
    global _registry_lock
    _registry_lock = threading.Lock()
    for store in _local_stores.values():
        store._lock = threading.Lock()
        # What the turns hold is kept: the parent's bookings still pace the child's runs.
        store.turns._lock = threading.Lock()


os.register_at_fork(after_in_child=_unlocked_in_child)
