"""The date windows of a backfill, with a look-back, from a checkpoint."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Any

from servicetitan._timeutil import to_utc


def day(value: Any, name: str) -> _dt.date:
    if isinstance(value, _dt.datetime):
        return to_utc(value).date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"{name} must be a date such as '2024-01-31', not {value!r}") from None
    raise TypeError(f"{name} must be a date or a str such as '2024-01-31', not {type(value).__name__}")


@dataclass(frozen=True, slots=True)
class Window:
    start: _dt.date
    end: _dt.date
    revisited: bool


def backfill_windows(start: Any, end: Any, window_days: int, look_back_days: int, checkpoint: Any) -> list[Window]:
    """The date windows of a back-fill, from `start` (or the day after `checkpoint`, minus the look-back) to
    `end`, both inclusive. Windows that re-read days before the checkpoint are marked `revisited`."""
    first, last = day(start, "start"), day(end, "end")
    for name, value in (("window_days", window_days), ("look_back_days", look_back_days)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if window_days < 1 or look_back_days < 0:
        raise ValueError("window_days must be >= 1 and look_back_days >= 0")
    if last < first:
        raise ValueError(f"end ({last}) is before start ({first})")
    done = None if checkpoint is None else day(checkpoint, "checkpoint")
    cursor = first if done is None else max(first, done + _dt.timedelta(days=1 - look_back_days))
    windows = []
    step = _dt.timedelta(days=window_days)
    while cursor <= last:
        window_end = min(last, cursor + step - _dt.timedelta(days=1))
        windows.append(Window(cursor, window_end, done is not None and cursor <= done))
        cursor = window_end + _dt.timedelta(days=1)
    return windows
