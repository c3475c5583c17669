"""JSON bodies as a server may send them, hostile ones included: every reader decodes through `loads`.

`json` (and msgspec) decode nesting by recursion and give up with a `RecursionError` around a thousand levels
deep, which is no `ValueError` and escaped every reader as a raw exception. `loads` turns it into
`UndecodableBody`, a `ValueError` like every other way a body fails to decode (not UTF-8/16/32, cut short, an
integer of more than 4,300 digits, not JSON at all), so a reader that handles one handles them all. Size is
bounded where the body is read (`servicetitan._transport.MAX_BODY_BYTES`), before anything decodes it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

__all__ = ["UndecodableBody", "loads", "nested_too_deeply"]


class UndecodableBody(ValueError):
    """A body that is JSON in form but cannot be decoded here (nested too deeply)."""


def nested_too_deeply() -> UndecodableBody:
    return UndecodableBody("the JSON body is nested too deeply to decode")


def loads(content: bytes | str, parse_float: Callable[[str], Any] | None = None) -> Any:
    """`json.loads`, raising only `ValueError` (`UndecodableBody` for nesting beyond the recursion limit)."""
    try:
        return json.loads(content, parse_float=parse_float)
    except RecursionError:
        raise nested_too_deeply() from None
