"""Serving the sandbox over a real socket with uvicorn: in a background thread (tests, benchmarks, cassette
recording) or in the foreground (`python -m servicetitan.sandbox`)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn

from .app import Sandbox

LOOPBACK = "127.0.0.1"


def _config(sandbox: Sandbox, host: str, port: int, http: str) -> uvicorn.Config:
    return uvicorn.Config(
        sandbox,
        host=host,
        port=port,
        http=http,
        loop="asyncio",
        lifespan="on",
        log_level="warning",
        access_log=False,
        timeout_keep_alive=30,
    )


def best_http_implementation() -> str:
    """httptools parses faster than h11; uvicorn takes either."""
    try:
        import httptools  # noqa: F401
    except ImportError:
        return "h11"
    return "httptools"


@contextmanager
def serve(sandbox: Sandbox, host: str = LOOPBACK, port: int = 0, http: str | None = None) -> Iterator[str]:
    """Run the sandbox on a real socket in a background thread; yields its base URL (API and token host).

    Port 0 picks a free port. The server stops when the block ends.
    """
    server = uvicorn.Server(_config(sandbox, host, port, http or best_http_implementation()))
    # uvicorn would install signal handlers, which only the main thread may do.
    server.install_signal_handlers = lambda: None
    thread = threading.Thread(target=server.run, name="servicetitan-sandbox", daemon=True)
    thread.start()
    try:
        while not server.started:
            if not thread.is_alive():
                raise RuntimeError(f"the sandbox server could not start on {host}:{port}")
            thread.join(0.005)
        bound_port = server.servers[0].sockets[0].getsockname()[1]
        yield f"http://{host}:{bound_port}"
    finally:
        server.should_exit = True
        thread.join(10)


def bind(host: str = LOOPBACK, port: int = 0) -> socket.socket:
    """A listening socket on (host, port), bound before anything is announced, so a busy port fails at once
    (OSError) and port 0 is resolved to the port the system picked."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP explicitly: asyncio turns Nagle off (TCP_NODELAY) only on sockets that name their protocol,
    # and with Nagle on every answer of two writes waits for the client's delayed ACK (about 40 ms).
    listener = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((host, port))
        listener.listen(2048)
    except OSError:
        listener.close()
        raise
    return listener


def run_forever(sandbox: Sandbox, listener: socket.socket, http: str | None = None) -> None:
    """Serve on an already bound socket until interrupted (uvicorn handles SIGINT and SIGTERM)."""
    host, port = listener.getsockname()[:2]
    uvicorn.Server(_config(sandbox, host, port, http or best_http_implementation())).run(sockets=[listener])
