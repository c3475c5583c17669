"""The `servicetitan` logger, redaction, and the registry of secrets that must never be printed.

Request/response lines are written at DEBUG level when the logger is enabled for DEBUG, or for a client or call
created with `debug=True` (then they reach the handlers even if the logger's level is higher). Formatting only
happens when a line will be written, so a silent logger costs one cached level check per request.

Two layers keep secrets out of output: headers and fields known to carry secrets are redacted where they are
formatted, and every message of the `servicetitan` logger and of `ServiceTitanError` is scrubbed of the
registered secret values (client secrets, app keys, access tokens) as a last line of defence.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterable, Mapping
from typing import Any

logger = logging.getLogger("servicetitan")

REDACTED = "[redacted]"
SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization", "st-app-key", "cookie", "set-cookie"})
SENSITIVE_FIELDS = frozenset({"client_secret", "access_token", "refresh_token", "id_token", "password"})


class _SecretRegistry:
    """Secret values currently held by live clients, counted so that clients sharing one are independent."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: dict[str, int] = {}
        self._ordered: tuple[str, ...] = ()

    def add(self, value: str) -> None:
        # Any length: a short secret is rare, and mangling a word of a message is better than printing it.
        if not value:
            return
        with self._lock:
            self._counts[value] = self._counts.get(value, 0) + 1
            self._reorder()

    def discard(self, value: str) -> None:
        with self._lock:
            count = self._counts.get(value, 0)
            if count <= 1:
                self._counts.pop(value, None)
            else:
                self._counts[value] = count - 1
            self._reorder()

    def _reorder(self) -> None:
        # Longest first, so a secret that contains another is replaced whole.
        self._ordered = tuple(sorted(self._counts, key=len, reverse=True))

    def scrub(self, text: str) -> str:
        for value in self._ordered:
            if value in text:
                text = text.replace(value, REDACTED)
        return text


secrets = _SecretRegistry()
scrub = secrets.scrub


def _unlocked_in_child() -> None:
    """A fork can land while a thread of the parent registers a secret: the child's registry starts unlocked."""
    secrets._lock = threading.Lock()


os.register_at_fork(after_in_child=_unlocked_in_child)


class _ScrubFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = scrub(message)
        if cleaned != message:
            record.msg = cleaned
            record.args = None
        return True


logger.addFilter(_ScrubFilter())


def redact_headers(headers: Iterable[tuple[str, str]]) -> dict[str, str]:
    return {name: REDACTED if name.lower() in SENSITIVE_HEADERS else value for name, value in headers}


def redact_fields(value: Any) -> Any:
    """A copy of a JSON-like value with every secret-bearing field replaced."""
    if isinstance(value, Mapping):
        return {
            key: REDACTED if str(key).lower() in SENSITIVE_FIELDS else redact_fields(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [redact_fields(item) for item in value]
    return value


def wants_debug(forced: bool) -> bool:
    return forced or logger.isEnabledFor(logging.DEBUG)


def debug(forced: bool, message: str, *args: object) -> None:
    """Write a DEBUG line; `forced` (a `debug=True` switch) writes it even when the logger's level is higher."""
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(message, *args)
    elif forced:
        logger.handle(logger.makeRecord(logger.name, logging.DEBUG, __file__, 0, message, args, None))


def ensure_debug_output() -> None:
    """Give `debug=True` somewhere to write when the application configured no logging at all."""
    if not logger.hasHandlers():
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
