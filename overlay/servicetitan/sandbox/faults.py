"""Fault injection: every knob a setting, changeable while the sandbox runs (`sandbox.faults.configure(...)`).

Random decisions come from one `random.Random(seed)`, so a sequence of requests meets the same faults on every
run; whether a record of a list is odd depends only on (seed, record id), so it stays odd on every page.
"""

from __future__ import annotations

import math
import random
import threading
from collections import deque
from dataclasses import dataclass, replace
from typing import Any

from .auth import DEFAULT_TOKEN_LIFETIME


@dataclass(frozen=True, slots=True)
class FaultSettings:
    rate_limit: float | None = None
    """Requests allowed per second per (app key, tenant); None = unlimited. The real API allows about 60."""
    error_rate: float = 0.0
    """Fraction of API requests answered with a 5xx."""
    latency: float = 0.0
    """Seconds added before every API answer."""
    token_lifetime: int = DEFAULT_TOKEN_LIFETIME
    """`expires_in` of new tokens, in seconds."""
    drop_rate: float = 0.0
    """Fraction of API requests whose connection is closed without an answer."""
    odd_record_rate: float = 0.0
    """Fraction of list and export records made odd: an unknown enum value, a required field missing or null."""
    seed: int = 0
    denied_scopes: frozenset[str] = frozenset()
    """Scopes the app is not granted: an operation that needs only these answers 403."""

    def __post_init__(self) -> None:
        for name in ("error_rate", "drop_rate", "odd_record_rate"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1, not {value}")
        if self.latency < 0 or self.token_lifetime < 1:
            raise ValueError("latency must be >= 0 and token_lifetime >= 1")
        if self.rate_limit is not None and self.rate_limit <= 0:
            raise ValueError("rate_limit must be positive (or None for unlimited)")


SERVER_ERROR_STATUSES = (500, 502, 503)


class Faults:
    """The live fault settings of one sandbox and the state they need (random stream, rate windows)."""

    def __init__(self, settings: FaultSettings | None = None) -> None:
        self._lock = threading.Lock()
        self.settings = settings or FaultSettings()
        self._random = random.Random(self.settings.seed)
        self._windows: dict[tuple[str, int], deque[float]] = {}
        self.rate_limited = 0
        """How many requests were answered 429 for breaking the rate limit (since the start or `reset`)."""
        self.busiest_second = 0
        """The most requests of one (app key, tenant) accepted within one sliding second (since the start or
        `reset`): what a client's pacing achieved at its peak."""

    def configure(self, **changes: Any) -> FaultSettings:
        """Change some settings (by FaultSettings field name); returns the new settings."""
        with self._lock:
            self.settings = replace(self.settings, **changes)
            if "seed" in changes:
                self._random = random.Random(self.settings.seed)
            if "rate_limit" in changes:
                self._windows.clear()
            return self.settings

    def reset(self) -> None:
        with self._lock:
            self.settings = FaultSettings()
            self._random = random.Random(0)
            self._windows.clear()
            self.rate_limited = 0
            self.busiest_second = 0

    def retry_after(self, app_key: str, tenant: int, now: float) -> int | None:
        """Seconds to wait if this request breaks the rate limit (and it is not counted), else None."""
        limit = self.settings.rate_limit
        if limit is None:
            return None
        with self._lock:
            window = self._windows.setdefault((app_key, tenant), deque())
            while window and window[0] <= now - 1.0:
                window.popleft()
            if len(window) >= limit:
                self.rate_limited += 1
                return max(1, math.ceil(window[0] + 1.0 - now))
            window.append(now)
            self.busiest_second = max(self.busiest_second, len(window))
            return None

    def _roll(self, rate: float) -> bool:
        if rate <= 0.0:
            return False
        with self._lock:
            return self._random.random() < rate

    def should_drop(self) -> bool:
        return self._roll(self.settings.drop_rate)

    def server_error(self) -> int | None:
        if not self._roll(self.settings.error_rate):
            return None
        with self._lock:
            return self._random.choice(SERVER_ERROR_STATUSES)

    def odd_choice(self, record_id: int, choices: int) -> int | None:
        """Which of `choices` mutations makes this record odd, or None when it stays normal."""
        rate = self.settings.odd_record_rate
        if rate <= 0.0 or choices == 0:
            return None
        per_record = random.Random(f"{self.settings.seed}:{record_id}")
        return per_record.randrange(choices) if per_record.random() < rate else None
