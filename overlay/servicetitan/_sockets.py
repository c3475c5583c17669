"""Sockets bounded by the deadline of the attempt using them, for the sync client's own transports.

httpx bounds each read and write of a socket, never a request, and a blocking read cannot be cut short from
outside it: a server that trickles its status line, headers or body a byte at a time keeps a sync attempt alive
however short its timeout. Each read and write of these sockets waits only for what is left of the attempt that
this thread is sending (`servicetitan._flow.attempt_deadline`), and fails as a timeout once it has passed.
httpx takes no network backend, so `bound_sockets` sets one on the connection pool a transport made, when that
pool is httpcore's (any other, e.g. a proxy's, keeps per-read timeouts and the checks between pieces of a body).
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import httpcore

from servicetitan._flow import attempt_deadline, overran

if TYPE_CHECKING:
    import ssl

    import httpx

__all__ = ["bound_sockets"]


def _capped(timeout: float | None, failure: type[httpcore.TimeoutException]) -> tuple[float | None, bool]:
    """`timeout` shortened to what is left of this thread's attempt; True when that is what bounds it. Past the
    deadline, `failure` at once."""
    deadline = attempt_deadline.deadline
    if deadline is None:
        return timeout, False
    left = deadline - time.monotonic()
    if left <= 0:
        raise failure(str(overran(attempt_deadline.limit)))
    if timeout is None or left < timeout:
        return left, True
    return timeout, False


class _DeadlineStream(httpcore.NetworkStream):
    """A socket whose every read and write waits no longer than what is left of the attempt using it, so a
    server that trickles its status line, headers or body one byte at a time cannot keep a sync attempt alive
    (a blocking read cannot be cut short from outside it)."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        capped, by_deadline = _capped(timeout, httpcore.ReadTimeout)
        try:
            return self._inner.read(max_bytes, capped)
        except httpcore.ReadTimeout:
            if by_deadline:
                raise httpcore.ReadTimeout(str(overran(attempt_deadline.limit))) from None
            raise

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        capped, by_deadline = _capped(timeout, httpcore.WriteTimeout)
        try:
            self._inner.write(buffer, capped)
        except httpcore.WriteTimeout:
            if by_deadline:
                raise httpcore.WriteTimeout(str(overran(attempt_deadline.limit))) from None
            raise

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        capped, _ = _capped(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, capped))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's sync network backend, its streams wrapped in `_DeadlineStream`."""

    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        capped, _ = _capped(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._inner.connect_tcp(host, port, capped, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        capped, _ = _capped(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._inner.connect_unix_socket(path, capped, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def bound_sockets(transport: httpx.HTTPTransport) -> httpx.HTTPTransport:
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if isinstance(pool, httpcore.ConnectionPool) and isinstance(backend, httpcore.NetworkBackend):
        pool._network_backend = _DeadlineBackend(backend)
    return transport
