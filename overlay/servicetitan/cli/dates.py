"""Dates given on the command line (`--since`, and `key=value` inputs of `format: date` or `date-time`), checked
before anything is sent or created, each error naming the option.

A datetime is accepted as `YYYY-MM-DD` (midnight UTC) or `YYYY-MM-DDTHH:MM[:SS[.F]]` with `F` of 1 to 7 digits
(the API's own precision), a space allowed for the `T`, and an optional zone: `Z` or `+HH:MM`/`-HH:MM`. Without
a zone the time is UTC, as in ServiceTitan's data. It is sent as `YYYY-MM-DDTHH:MM:SS[.F]Z` in UTC, its
fraction digits kept as given. A date (`format: date`) is `YYYY-MM-DD` only. Anything else (`yesterday`,
`2024-13-01`, `20240101`) is refused.
"""

from __future__ import annotations

import datetime as _dt
import re

DATETIME_FORMS = "YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS[.fraction]] with an optional Z or +HH:MM (UTC if none)"
DATE_FORMS = "YYYY-MM-DD"

_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DATETIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?(?:([Zz])|([+-])(\d{2}):(\d{2}))?)?"
)


class DateError(ValueError):
    """A date given on the command line that is not one; the message names where it was given."""


def api_date(text: str, where: str) -> str:
    """`text` if it is a calendar date `YYYY-MM-DD`; a DateError naming `where` otherwise."""
    match = _DATE.fullmatch(text.strip())
    try:
        if match is None:
            raise ValueError(text)
        _dt.date(*map(int, match.groups()))
    except ValueError:
        raise DateError(f"{where}: {text!r} is not a date; give {DATE_FORMS}") from None
    return match.group(0)


def api_datetime(text: str, where: str) -> str:
    """`text` as the API's UTC form `YYYY-MM-DDTHH:MM:SS[.F]Z` (see the module docstring for what is accepted);
    a DateError naming `where` otherwise."""
    match = _DATETIME.fullmatch(text.strip())
    try:
        if match is None:
            raise ValueError(text)
        year, month, day, hour, minute, second, fraction, _zulu, sign, zone_hours, zone_minutes = match.groups()
        offset = _dt.timedelta(0)
        if sign is not None:
            if int(zone_hours) > 23 or int(zone_minutes) > 59:
                raise ValueError(text)
            offset = _dt.timedelta(hours=int(zone_hours), minutes=int(zone_minutes)) * (1 if sign == "+" else -1)
        moment = _dt.datetime(
            int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0), tzinfo=_dt.UTC
        )
        utc = moment - offset
    except (ValueError, OverflowError):
        raise DateError(f"{where}: {text!r} is not a date or datetime; give {DATETIME_FORMS}") from None
    return f"{utc:%Y-%m-%dT%H:%M:%S}" + (f".{fraction}" if fraction else "") + "Z"
