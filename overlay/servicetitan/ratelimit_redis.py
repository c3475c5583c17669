"""A `LimiterStore` in Redis, so every process and machine using one (app key, tenant) shares one budget.

The GCRA runs as one Lua script per booking (redis-py's `register_script`: EVALSHA, loaded on first use), so a
booking is atomic whatever the number of clients, and it reads the Redis server's own clock (`TIME`): clients on
machines whose clocks disagree still share one timeline. Each key holds the next free slot, in microseconds,
and expires once that slot has passed, so an idle key costs nothing.

The window (`servicetitan.ratelimit.SendWindow`) is a sorted set per key: each admitted request is a unique
ticket scored with the instant until which it counts, admitted by one script and marked answered by another
(queued to one worker thread per process, so no caller waits for it). An unanswered ticket counts at most
`LONGEST_FLIGHT` seconds, so a process killed mid-request gives its places back after two minutes. Only the head
of each process's line of waiting requests asks Redis; the others wait their turn in the process.

Needs `pip install "servicetitan[redis]"` (redis-py). If Redis cannot be reached, bookings fall back to this
process's own pacing for `RETRY_AFTER_OUTAGE` seconds before Redis is tried again (logged once per outage):
requests go on, only uncoordinated with other processes.

`RedisPacingStore` paces report runs the same way (`servicetitan.reports.PacingStore`): one run of a key per
interval, booked by one script on the server's clock, refused when the turn is further away than the caller's
limit. A client whose `rate_limit_store` is Redis paces its `st.reports` runs through it.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from typing import TYPE_CHECKING, Any

from servicetitan.ratelimit import HELD, LocalStore

if TYPE_CHECKING:
    import redis

    from servicetitan.ratelimit import PacingStore

__all__ = ["RedisPacingStore", "RedisStore"]

logger = logging.getLogger("servicetitan")

# KEYS[1]: the key; ARGV[1]: interval (µs) to book, or 0 to pause; ARGV[2]: pause length (µs).
# Returns the µs to wait until the booked slot (0 for a pause).
_GCRA = """
local now_parts = redis.call('TIME')
local now = tonumber(now_parts[1]) * 1000000 + tonumber(now_parts[2])
local next_free = tonumber(redis.call('GET', KEYS[1]) or '0')
local interval = tonumber(ARGV[1])
if interval == 0 then
  local pause_until = now + tonumber(ARGV[2])
  if pause_until > next_free then
    redis.call('SET', KEYS[1], string.format('%d', pause_until), 'PX', math.ceil((pause_until - now) / 1000) + 1000)
  end
  return 0
end
local slot = math.max(now, next_free)
local after = slot + interval
redis.call('SET', KEYS[1], string.format('%d', after), 'PX', math.ceil((after - now) / 1000) + 1000)
return slot - now
"""
# KEYS[1]: the key; ARGV[1]: interval (µs) between two runs; ARGV[2]: the longest wait (µs) the caller accepts.
# Returns the µs to wait until the booked run, or -1 (nothing booked) when that is further away than the limit.
_PACE = """
local now_parts = redis.call('TIME')
local now = tonumber(now_parts[1]) * 1000000 + tonumber(now_parts[2])
local last = redis.call('GET', KEYS[1])
local interval = tonumber(ARGV[1])
local slot = now
if last then
  slot = math.max(now, tonumber(last) + interval)
end
if slot - now > tonumber(ARGV[2]) then
  return -1
end
redis.call('SET', KEYS[1], string.format('%d', slot), 'PX', math.ceil((slot - now + interval) / 1000) + 1000)
return slot - now
"""
# The window of requests counted against a key: a sorted set of tickets, each scored with the instant (µs) until
# which it counts. KEYS[1]: the window; ARGV[1]: the ticket; ARGV[2]: the window's size; ARGV[3]: the window's
# length (µs); ARGV[4]: how long an unanswered ticket counts at most (µs), so a process that died mid-request
# does not hold its places forever. Returns 0 (admitted, counted) or the µs until room may appear.
_ADMIT = """
local now_parts = redis.call('TIME')
local now = tonumber(now_parts[1]) * 1000000 + tonumber(now_parts[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', string.format('%d', now))
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[2]) then
  local flight = tonumber(ARGV[4])
  redis.call('ZADD', KEYS[1], string.format('%d', now + flight), ARGV[1])
  redis.call('PEXPIRE', KEYS[1], math.ceil(flight / 1000) + 1000)
  return 0
end
local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return math.max(1, math.min(tonumber(first[2]) - now, tonumber(ARGV[3])))
"""
# KEYS[1]: the window; ARGV[1]: a ticket that was answered; ARGV[2]: the window's length (µs). It counts that
# much longer from now (if it still counts at all).
_DONE = """
local now_parts = redis.call('TIME')
local now = tonumber(now_parts[1]) * 1000000 + tonumber(now_parts[2])
redis.call('ZADD', KEYS[1], 'XX', string.format('%d', now + tonumber(ARGV[2])), ARGV[1])
return 0
"""
# Longest an unanswered request counts in the window: the server gives up after 100 s.
LONGEST_FLIGHT = 120.0
_MICROSECONDS = 1_000_000
PACING_PREFIX = "servicetitan:report:"
RETRY_AFTER_OUTAGE = 5.0


class RedisStore:
    """Bookings kept in Redis (see the module docstring); pass a `redis.Redis` or use `from_url`."""

    blocking = True

    def __init__(self, client: redis.Redis) -> None:
        self._client = client
        self._script: Any = client.register_script(_GCRA)
        self._admit_script: Any = client.register_script(_ADMIT)
        self._done_script: Any = client.register_script(_DONE)
        self._fallback = LocalStore(time.monotonic)
        self._outages = _Outages("rate limit store")
        # Tickets admitted by the fallback while Redis was unreachable: their `done` goes there too.
        self._local_tickets: set[str] = set()
        self._lock = threading.Lock()

    @classmethod
    def from_url(cls, url: str) -> RedisStore:
        try:
            import redis
        except ImportError:
            raise ImportError('a redis:// rate_limit_store needs redis-py: pip install "servicetitan[redis]"') from None
        return cls(redis.Redis.from_url(url, socket_timeout=2.0, socket_connect_timeout=2.0))

    def pacing_store(self, fallback: PacingStore) -> RedisPacingStore:
        """Report-run pacing on the same Redis (and connection pool), on `fallback` while Redis is unreachable."""
        return RedisPacingStore(self._client, fallback)

    def __repr__(self) -> str:
        return f"RedisStore({_where(self._client)})"

    def reserve(self, key: str, interval: float) -> float:
        booked = self._run(key, max(1, round(interval * _MICROSECONDS)), 0)
        return self._fallback.reserve(key, interval) if booked is None else booked / _MICROSECONDS

    def pause(self, key: str, seconds: float) -> None:
        if self._run(key, 0, max(0, round(seconds * _MICROSECONDS))) is None:
            self._fallback.pause(key, seconds)

    def _run(self, key: str, interval: int, pause: int) -> int | None:
        return self._outages.run(self._script, key, interval, pause)

    def admit(self, key: str, ticket: str, size: int) -> float:
        window = round(HELD * _MICROSECONDS)
        answer = self._outages.run(self._admit_script, key, ticket, size, window, round(LONGEST_FLIGHT * _MICROSECONDS))
        if answer is not None:
            return answer / _MICROSECONDS
        wait = self._fallback.admit(key, ticket, size)
        if wait <= 0:
            with self._lock:
                self._local_tickets.add(ticket)
        return wait

    def done(self, key: str, ticket: str) -> None:
        """Handed to a worker thread, so the caller (an event loop, too) never waits for Redis."""
        with self._lock:
            local = ticket in self._local_tickets
            self._local_tickets.discard(ticket)
        if local:
            self._fallback.done(key, ticket)
        else:
            _report_done(self._outages, self._done_script, key, ticket)


_done_lock = threading.Lock()
_done_queue: queue.SimpleQueue[tuple[_Outages, Any, str, str]] | None = None


def _report_done(outages: _Outages, script: Any, key: str, ticket: str) -> None:
    """Queue an answered ticket for the one worker thread of this process that reports them to Redis."""
    global _done_queue
    with _done_lock:
        if _done_queue is None:
            _done_queue = queue.SimpleQueue()
            threading.Thread(target=_done_worker, args=(_done_queue,), name="servicetitan-window", daemon=True).start()
        _done_queue.put((outages, script, key, ticket))


def _done_worker(pending: queue.SimpleQueue[tuple[_Outages, Any, str, str]]) -> None:
    window = round(HELD * _MICROSECONDS)
    while True:
        outages, script, key, ticket = pending.get()
        # If Redis is unreachable, the ticket stops counting on its own after `LONGEST_FLIGHT`.
        outages.run(script, key, ticket, window)


class _Outages:
    """Runs a script, and while Redis is unreachable answers None without trying it for `RETRY_AFTER_OUTAGE`
    seconds (logged once per outage), so the caller falls back to pacing this process alone."""

    def __init__(self, what: str) -> None:
        self._what = what
        self._lock = threading.Lock()
        self._down_until: float | None = None

    def run(self, script: Any, key: str, *args: int | str) -> int | None:
        import redis

        down_until = self._down_until
        if down_until is not None and time.monotonic() < down_until:
            return None
        try:
            result = int(script(keys=[key], args=list(args)))
        except redis.RedisError as exc:
            with self._lock:
                if self._down_until is None:
                    logger.warning("%s unreachable, pacing this process alone: %s", self._what, exc)
                self._down_until = time.monotonic() + RETRY_AFTER_OUTAGE
            return None
        if down_until is not None:
            with self._lock:
                self._down_until = None
        return result


class RedisPacingStore:
    """Report runs booked in Redis (a `servicetitan.reports.PacingStore`), shared by every process and machine
    using that Redis; see the module docstring. While Redis is unreachable, runs are booked on `fallback` (this
    process's store, e.g. `servicetitan.reports.MemoryPacingStore`)."""

    # Each booking is a network round trip: an async client books off the event loop.
    blocking = True

    def __init__(self, client: redis.Redis, fallback: PacingStore) -> None:
        self._client = client
        self._script: Any = client.register_script(_PACE)
        self._fallback = fallback
        self._outages = _Outages("report pacing store")

    def __repr__(self) -> str:
        return f"RedisPacingStore({_where(self._client)})"

    def reserve(self, key: str, interval: float, limit: float) -> float | None:
        booked = self._outages.run(
            self._script,
            PACING_PREFIX + key,
            max(1, round(interval * _MICROSECONDS)),
            max(0, round(limit * _MICROSECONDS)),
        )
        if booked is None:
            return self._fallback.reserve(key, interval, limit)
        return None if booked < 0 else booked / _MICROSECONDS


def _where(client: redis.Redis) -> str:
    kwargs = getattr(getattr(client, "connection_pool", None), "connection_kwargs", {})
    return str(kwargs.get("path") or f"{kwargs.get('host', '?')}:{kwargs.get('port', '?')}")
