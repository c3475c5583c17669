"""What every benchmark shares: interleaved rounds, the spread of a figure, and the verdict against its goal.

A benchmark never exits non-zero for a missed goal: it prints FAIL beside the figure. The machine is shared and
noisy, so `nox -s bench` reports and never gates.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TypeVar

Result = TypeVar("Result")


@dataclass(frozen=True)
class Spread:
    low: float
    median: float
    high: float

    @classmethod
    def of(cls, values: list[float]) -> Spread:
        return cls(min(values), statistics.median(values), max(values))

    def show(self, unit: str = "", scale: float = 1.0, digits: int = 2) -> str:
        low, median, high = (value * scale for value in (self.low, self.median, self.high))
        return f"{median:.{digits}f}{unit} (min {low:.{digits}f}, max {high:.{digits}f})"


def interleaved(
    readers: Mapping[str, Callable[[], Result]], rounds: int, first_round: int = 0
) -> dict[str, list[Result]]:
    """Each reader once per round, the order rotated every round, so that drift in machine load and any
    first-in-round effect fall on every reader alike (`first_round` numbers the first, for rounds run apart)."""
    names = list(readers)
    results: dict[str, list[Result]] = {name: [] for name in names}
    for number in range(first_round, first_round + rounds):
        shift = number % len(names)
        for name in names[shift:] + names[:shift]:
            results[name].append(readers[name]())
    return results


def ratios(ours: list[float], baseline: list[float]) -> Spread:
    """The spread of per-round ratios: round n of ours against round n of the baseline."""
    return Spread.of([mine / theirs for mine, theirs in zip(ours, baseline, strict=True)])


def verdict(ratio: Spread, goal: float, stretch: float | None = None) -> str:
    """Judged on the median: `ok`, `FAIL` over the goal, and whether the stretch goal is met too."""
    if ratio.median > goal:
        return f"goal <= {goal}: FAIL"
    if stretch is not None:
        return f"goal <= {goal}: ok; stretch <= {stretch}: {'ok' if ratio.median <= stretch else 'not met'}"
    return f"goal <= {goal}: ok"
