"""Datetimes as the API wants them: UTC, written `YYYY-MM-DDTHH:MM:SS[.ffffff]Z`.

Some endpoints reject `+00:00`, and a naive datetime means UTC in ServiceTitan's own data, so every datetime the
library sends goes through `format_datetime`.
"""

from __future__ import annotations

import datetime as _dt
from email.utils import parsedate_to_datetime


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
