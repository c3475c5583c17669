"""Reading a `format: date` value for every generated domain (copied here by specs/codegen.py; edit it there).

ServiceTitan sends some declared dates as a date and a time (`2025-08-01T00:00:00`: service-agreement `startDate`
and `endDate`, QUIRKS.md). A time of midnight says nothing the date does not, so it reads as the date; any other time
of day does not fit a date and raises, so the record's reader can keep the value as received and report it.
"""

import datetime

_MIDNIGHT = datetime.time(0)


def date_of(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        moment = datetime.datetime.fromisoformat(value)
        if moment.time() != _MIDNIGHT:
            raise ValueError(f"{value!r} carries a time of day where a date is declared") from None
        return moment.date()
