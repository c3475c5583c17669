"""Fake time: a clock that moves only when someone sleeps on it, and virtual time for many concurrent tasks."""

from __future__ import annotations

import asyncio
import heapq
import itertools
from collections.abc import Awaitable, Iterable
from typing import Any

# 2026-01-01T00:00:00Z: after all of the sandbox's seeded history, so that nothing seeded reads as recent.
AFTER_SEEDED_HISTORY = 1_767_225_600.0


class FakeClock:
    """Monotonic time that only moves when someone sleeps on it (from `start`); `sleeps` lists every sleep. One
    clock may be shared by clients of both sides and a sandbox: `sleep` for the sync client, `async_sleep` for the
    async one."""

    def __init__(self, start: float = 0.0) -> None:
        self.now = start
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def advance(self, seconds: float) -> None:
        """Time passes without anyone sleeping (a test moving the sandbox's clock)."""
        self.now += seconds


class VirtualTime:
    """Virtual time for many concurrent tasks: each `sleep` parks its task until time is advanced to its wake-up,
    and time advances only when every task is parked or finished, so sends happen exactly when scheduled."""

    def __init__(self) -> None:
        self.now = 0.0
        self._sleepers: list[tuple[float, int, asyncio.Future[None]]] = []
        self._order = itertools.count()

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._sleepers, (self.now + seconds, next(self._order), future))
        await future

    async def gather(self, coroutines: Iterable[Awaitable[Any]]) -> list[Any]:
        tasks = [asyncio.ensure_future(coroutine) for coroutine in coroutines]
        while True:
            for _ in range(100_000):
                await asyncio.sleep(0)
                if sum(task.done() for task in tasks) + len(self._sleepers) == len(tasks):
                    break
            else:
                raise AssertionError("tasks neither finished nor slept")
            if not self._sleepers:
                return [task.result() for task in tasks]
            wake, _, future = heapq.heappop(self._sleepers)
            self.now = max(self.now, wake)
            future.set_result(None)
