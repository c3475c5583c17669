"""A `LimiterStore` in Redis, so every process and machine using one (app key, tenant) shares one budget.

The GCRA runs as one Lua script per booking (redis-py's `register_script`: EVALSHA, loaded on first use), so a
booking is atomic whatever the number of clients, and it reads the Redis server's own clock (`TIME`): clients on
machines whose clocks disagree still share one timeline. Each key holds the next free slot, in microseconds,
and expires once that slot has passed, so an idle key costs nothing.

Needs `pip install "servicetitan[redis]"` (redis-py). If Redis cannot be reached, bookings fall back to this
process's own pacing for `RETRY_AFTER_OUTAGE` seconds before Redis is tried again (logged once per outage):
requests go on, only uncoordinated with other processes.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import TYPE_CHECKING, Any

from servicetitan.ratelimit import LocalStore

if TYPE_CHECKING:
    import redis

__all__ = ["RedisStore"]

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
_MICROSECONDS = 1_000_000
RETRY_AFTER_OUTAGE = 5.0


class RedisStore:
    """Bookings kept in Redis (see the module docstring); pass a `redis.Redis` or use `from_url`."""

    blocking = True

    def __init__(self, client: redis.Redis) -> None:
        self._client = client
        self._script: Any = client.register_script(_GCRA)
        self._fallback = LocalStore(time.monotonic)
        self._lock = threading.Lock()
        self._down_until: float | None = None

    @classmethod
    def from_url(cls, url: str) -> RedisStore:
        try:
            import redis
        except ImportError:
            raise ImportError('a redis:// rate_limit_store needs redis-py: pip install "servicetitan[redis]"') from None
        return cls(redis.Redis.from_url(url, socket_timeout=2.0, socket_connect_timeout=2.0))

    def __repr__(self) -> str:
        pool = getattr(self._client, "connection_pool", None)
        kwargs = getattr(pool, "connection_kwargs", {})
        where = kwargs.get("path") or f"{kwargs.get('host', '?')}:{kwargs.get('port', '?')}"
        return f"RedisStore({where})"

    def reserve(self, key: str, interval: float) -> float:
        booked = self._run(key, max(1, round(interval * _MICROSECONDS)), 0)
        return self._fallback.reserve(key, interval) if booked is None else booked / _MICROSECONDS

    def pause(self, key: str, seconds: float) -> None:
        if self._run(key, 0, max(0, round(seconds * _MICROSECONDS))) is None:
            self._fallback.pause(key, seconds)

    def _run(self, key: str, interval: int, pause: int) -> int | None:
        import redis

        down_until = self._down_until
        if down_until is not None and time.monotonic() < down_until:
            return None
        try:
            result = int(self._script(keys=[key], args=[interval, pause]))
        except redis.RedisError as exc:
            with self._lock:
                if self._down_until is None:
                    logger.warning("rate limit store unreachable, pacing this process alone: %s", exc)
                self._down_until = time.monotonic() + RETRY_AFTER_OUTAGE
            return None
        if down_until is not None:
            with self._lock:
                self._down_until = None
        return result
