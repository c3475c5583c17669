"""Tolerant enums for every generated domain (copied here by specs/codegen.py; edit it there).

ServiceTitan adds enum values without notice and sometimes sends an integer where the spec declares a string
enum. A value the spec does not list becomes a pseudo-member that keeps the value exactly as received, and is
reported once per enum and value through `warnings` and the `servicetitan` logger instead of failing the parse,
even where warning filters turn warnings into errors.
"""

import contextlib
import logging
import warnings
from enum import Enum
from typing import TypeVar

_Member = TypeVar("_Member", bound=Enum)
_log = logging.getLogger("servicetitan")


class UnknownEnumValueWarning(UserWarning):
    """A response carried an enum value that the spec does not list."""


def unknown_member(enum: type[_Member], value: object) -> _Member | None:
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    if issubclass(enum, str):
        member = str.__new__(enum, str(value))
    elif issubclass(enum, int) and isinstance(value, int):
        member = int.__new__(enum, value)
    else:
        return None
    member._name_ = f"UNKNOWN_{value}"
    member._value_ = value
    # Later lookups of the same value find the pseudo-member directly, so each value is reported once.
    enum._value2member_map_[value] = member
    message = f"{enum.__name__}: value {value!r} is not listed in the spec; kept as received"
    _log.warning(message)
    # Warning filters set to "error" (`python -W error`) turn the report into an exception; a report must never
    # fail the parse, and the logger above has already carried it.
    with contextlib.suppress(UnknownEnumValueWarning):
        warnings.warn(message, UnknownEnumValueWarning, stacklevel=3)
    return member
