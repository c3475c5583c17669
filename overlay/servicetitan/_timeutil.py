"""Datetimes as the API wants them: UTC, written `YYYY-MM-DDTHH:MM:SS[.ffffff]Z`.

Some endpoints reject `+00:00`, and a naive datetime means UTC in ServiceTitan's own data, so every datetime the
library sends goes through `format_datetime`.
"""

from __future__ import annotations

import datetime as _dt
import operator
import re
from email.utils import parsedate_to_datetime
from typing import Any, cast


def to_utc(value: _dt.datetime) -> _dt.datetime:
    """The same instant in UTC; a naive value is taken to be UTC already."""
    if value.tzinfo is None:
        return value.replace(tzinfo=_dt.UTC)
    return value.astimezone(_dt.UTC)


def format_datetime(value: _dt.datetime) -> str:
    """`2024-01-09T18:32:41Z`, or `2024-01-09T18:32:41.683333Z` when there are microseconds."""
    utc = to_utc(value)
    text = f"{utc.year:04d}-{utc.month:02d}-{utc.day:02d}T{utc.hour:02d}:{utc.minute:02d}:{utc.second:02d}"
    if utc.microsecond:
        text += f".{utc.microsecond:06d}"
    return text + "Z"


class ZuluDateTime(_dt.datetime):
    """A datetime whose `isoformat()` is the API's UTC `...Z` form.

    Generated endpoint and model code serialises datetimes with `.isoformat()`; handing it this subclass makes
    that code send the form the API accepts without editing generated code.
    """

    def isoformat(self, sep: str = "T", timespec: str = "auto") -> str:
        return format_datetime(self)

    @classmethod
    def from_datetime(cls, value: _dt.datetime) -> ZuluDateTime:
        utc = to_utc(value)
        return cls(utc.year, utc.month, utc.day, utc.hour, utc.minute, utc.second, utc.microsecond, tzinfo=_dt.UTC)


def parse_http_date(value: str) -> _dt.datetime | None:
    """An RFC 9110 HTTP date (`Wed, 21 Oct 2015 07:28:00 GMT`) as an aware datetime, or None."""
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return to_utc(parsed)


_TIMESTAMP = re.compile(r"(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|z|[+-]\d{2}:?\d{2})?")


def timestamp_key(value: Any) -> str | None:
    """A timestamp as the API sends it (`2024-01-09T18:32:41.6833333Z`, fewer digits, no zone, an offset) as a
    UTC text of exactly 7 fractional digits, `2024-01-09T18:32:41.6833333`: keys compare in time order, with the
    API's full precision. None for anything else.

    A datetime is keyed the same way (its 7th digit is 0)."""
    if isinstance(value, _dt.datetime):
        utc = to_utc(value)
        return f"{utc:%Y-%m-%dT%H:%M:%S}.{utc.microsecond:06d}0"
    if not isinstance(value, str):
        return None
    fast = _utc_key(value)
    if fast is not None:
        return fast
    match = _TIMESTAMP.fullmatch(value.strip())
    if match is None:
        return None
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    digits = (fraction or "").ljust(7, "0")[:7]
    try:
        moment = _dt.datetime(
            int(year), int(month), int(day), int(hour), int(minute), int(second), int(digits[:6]), tzinfo=_zone(zone)
        )
    except ValueError:
        return None
    utc = moment.astimezone(_dt.UTC)
    return f"{utc:%Y-%m-%dT%H:%M:%S}.{utc.microsecond:06d}{digits[6]}"


_UTC_SHAPE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,7})?Z?")


def _utc_key(value: str) -> str | None:
    """The key of the common shape, `2024-01-09T18:32:41[.fffffff]Z` (or without a zone), without building a
    datetime: a list walk keys every record it reads."""
    if _UTC_SHAPE.fullmatch(value) is None:
        return None
    fraction = value[20:].rstrip("Z")
    return f"{value[:19]}.{fraction:0<7}"


_FULL_LENGTH = len("2024-01-09T18:32:41.6833333Z")


def timestamp_keys(values: list[Any]) -> list[str | None]:
    """`timestamp_key` of each value. A page in the API's own form throughout (7 digits and `Z`, in ascending
    order, as a sorted walk receives it) is keyed by slicing: its first and last values are checked, and any
    value in between can only sort between them."""
    if (
        values
        and all(type(value) is str and len(value) == _FULL_LENGTH and value[-1] == "Z" for value in values)
        and _utc_key(values[0]) is not None
        and _utc_key(values[-1]) is not None
    ):
        keys = [value[:-1] for value in values]
        if all(map(operator.le, keys, keys[1:])):
            return cast("list[str | None]", keys)
    return [timestamp_key(value) for value in values]


def _zone(text: str | None) -> _dt.tzinfo:
    if text is None or text in ("Z", "z"):
        return _dt.UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return _dt.timezone(sign * _dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def key_as_bound(key: str) -> str:
    """A timestamp key as a query bound the API accepts (`...Z`, 6 digits), rounded down: an inclusive bound
    sent this way may bring back a few records of the same microsecond, never miss one."""
    return key[:26] + "Z"
