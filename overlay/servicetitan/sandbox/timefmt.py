"""Timestamps as the API writes them: UTC, seven fractional digits, a trailing `Z`.

Records keep their timestamps in this one fixed-width format, so comparing two of them as strings orders them
in time; filters parse their bounds into the same format once and compare strings.
"""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime

_TICKS_PER_SECOND = 10_000_000
_FRACTION = re.compile(r"T[0-9:]+\.(\d+)")


def format_timestamp(epoch_seconds: float) -> str:
    whole = int(epoch_seconds)
    ticks = round((epoch_seconds - whole) * _TICKS_PER_SECOND)
    if ticks >= _TICKS_PER_SECOND:
        whole, ticks = whole + 1, 0
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(whole)) + f".{ticks:07d}Z"


def _to_datetime(text: str) -> datetime:
    parsed = datetime.fromisoformat(text.strip())
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except OverflowError:  # year 1 east of UTC, year 9999 west of it
        raise ValueError(f"{text!r} is not a timestamp between the years 1 and 9999 in UTC") from None


def parse_timestamp(text: str) -> str:
    """Normalise an ISO 8601 date or datetime (any zone; none means UTC) to the record format, keeping all
    seven fractional digits (datetime keeps six). Raises ValueError for anything else."""
    parsed = _to_datetime(text)
    fraction = _FRACTION.search(text)
    digits = (fraction.group(1) + "0000000")[:7] if fraction else "0000000"
    # Four year digits always (`strftime("%Y")` writes the year 910 as `910`).
    return f"{parsed.year:04d}-" + parsed.strftime("%m-%dT%H:%M:%S") + f".{digits}Z"


def format_date(epoch_seconds: float) -> str:
    return time.strftime("%Y-%m-%d", time.gmtime(int(epoch_seconds)))
