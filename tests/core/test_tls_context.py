"""The TLS context of the library's own transports: built once per process and shared, verifying as httpx's
default does. Building one loads the whole CA bundle (about 25 ms of CPU); a whole-tenant sync opens a client per
stream, two transports each, so building it per transport cost the sync more CPU than reading its records."""

from __future__ import annotations

import ssl
import threading
from collections.abc import Iterator

import anyio
import pytest

from servicetitan import AsyncServiceTitan, ServiceTitan, _transport

from .conftest import client_kwargs


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[ssl.SSLContext]]:
    """Every TLS context made from now on, in a fresh cache."""
    made: list[ssl.SSLContext] = []
    original = ssl.create_default_context

    def counted(*args: object, **kwargs: object) -> ssl.SSLContext:
        context = original(*args, **kwargs)  # type: ignore[arg-type]
        made.append(context)
        return context

    monkeypatch.setattr(ssl, "create_default_context", counted)
    _transport._tls_for.cache_clear()
    yield made
    _transport._tls_for.cache_clear()


def transports_of(client: ServiceTitan | AsyncServiceTitan) -> list[object]:
    driver = client._driver
    return [driver.transport, driver.token_transport]


def ssl_context_of(transport: object) -> ssl.SSLContext:
    pool = transport._pool  # type: ignore[attr-defined]
    context = pool._ssl_context
    assert isinstance(context, ssl.SSLContext)
    return context


def test_clients_sync_and_async_share_one_tls_context(built: list[ssl.SSLContext]) -> None:
    clients: list[ServiceTitan | AsyncServiceTitan] = [ServiceTitan(**client_kwargs()) for _ in range(3)]
    clients += [AsyncServiceTitan(**client_kwargs()) for _ in range(3)]
    contexts = {id(ssl_context_of(transport)) for client in clients for transport in transports_of(client)}
    assert len(built) == 1
    assert contexts == {id(built[0])}
    for client in clients:
        if isinstance(client, ServiceTitan):
            client.close()
        else:
            anyio.run(client.close)


def test_the_shared_context_verifies_as_httpx_s_default(built: list[ssl.SSLContext]) -> None:
    with ServiceTitan(**client_kwargs()) as st:
        context = ssl_context_of(transports_of(st)[0])
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname is True
    assert context.cert_store_stats()["x509_ca"] > 0


def test_a_changed_ca_setting_makes_a_new_context(
    built: list[ssl.SSLContext], monkeypatch: pytest.MonkeyPatch, tmp_path: object
) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    with ServiceTitan(**client_kwargs()) as st:
        first = ssl_context_of(transports_of(st)[0])
    import certifi

    monkeypatch.setenv("SSL_CERT_FILE", certifi.where())
    with ServiceTitan(**client_kwargs()) as st:
        second = ssl_context_of(transports_of(st)[0])
    assert first is not second
    assert len(built) == 2


def test_threads_opening_clients_at_once_build_one_context(built: list[ssl.SSLContext]) -> None:
    start = threading.Barrier(32)
    contexts: list[ssl.SSLContext] = []

    def open_one() -> None:
        start.wait(timeout=30)
        with ServiceTitan(**client_kwargs()) as st:
            contexts.append(ssl_context_of(transports_of(st)[0]))

    threads = [threading.Thread(target=open_one) for _ in range(32)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(contexts) == 32
    assert len(built) == 1
    assert {id(context) for context in contexts} == {id(built[0])}


def test_a_fork_while_another_thread_builds_the_context_leaves_the_child_free_to_build_its_own(
    built: list[ssl.SSLContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lock that makes one thread build the context while the others wait must not be held, in a forked
    child, by a thread that does not exist there: the child's first client would wait forever."""
    import os
    import time

    building, release = threading.Event(), threading.Event()
    make = _transport.httpx.create_ssl_context

    def slow(*args: object, **kwargs: object) -> ssl.SSLContext:
        building.set()
        release.wait(timeout=30)
        return make()

    monkeypatch.setattr(_transport.httpx, "create_ssl_context", slow)
    builder = threading.Thread(target=_transport.shared_tls)
    builder.start()
    assert building.wait(timeout=30)
    release_soon = threading.Timer(0.5, release.set)
    pid = os.fork()
    if pid == 0:  # the child: no builder thread here; it is let through at once
        release.set()
        try:
            _transport.shared_tls()
        finally:
            os._exit(0)
    release_soon.start()
    builder.join(timeout=30)
    deadline = time.monotonic() + 20
    ended: int | None = None
    while ended is None and time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        ended = status if done else None
        time.sleep(0.05)
    if ended is None:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
    assert ended == 0, "the forked child waited for a lock its parent's thread held"
