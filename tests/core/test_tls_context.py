"""The TLS context of the library's own transports: built once per process and shared, verifying as httpx's
default does. Building one loads the whole CA bundle (about 25 ms of CPU); a whole-tenant sync opens a client per
stream, two transports each, so building it per transport cost the sync more CPU than reading its records."""

from __future__ import annotations

import ssl
import threading

import anyio
import pytest

from servicetitan import AsyncServiceTitan, ServiceTitan, _transport

from .conftest import client_kwargs


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> list[ssl.SSLContext]:
    """Every TLS context made from now on, in a fresh cache."""
    made: list[ssl.SSLContext] = []
    original = ssl.create_default_context

    def counted(*args: object, **kwargs: object) -> ssl.SSLContext:
        context = original(*args, **kwargs)  # type: ignore[arg-type]
        made.append(context)
        return context

    monkeypatch.setattr(ssl, "create_default_context", counted)
    monkeypatch.setattr(_transport, "_tls", None, raising=False)
    return made


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
