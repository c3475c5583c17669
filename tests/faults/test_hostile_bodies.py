"""Issue 19, "hostile bodies": whatever a body holds, every reader answers with a typed error, never a raw one.

Before, JSON nested 100,000 deep raised a raw `RecursionError` from every reader: pages (json and the msgspec
speedups alike), single records, `st.request`, error bodies, the token endpoint, reports. Now:
- a 2xx body that cannot be decoded (too deep, not UTF-8/16/32, an integer of thousands of digits, cut short,
  not JSON) is a `ResponseValidationError` with the status, method and URL, sync and async;
- an error answer whose body cannot be decoded is still the typed error of its status (`ServerError`,
  `NotFoundError`, `RateLimitError`, `ConflictError`, ...), its body kept as text;
- the token endpoint's answers likewise (`ResponseValidationError` for a 200, `AuthenticationError` for a refusal),
  with no secret in them;
- a body larger than the client reads (`servicetitan._transport.MAX_BODY_BYTES`, 1 GiB) is refused as it arrives,
  whether its length is declared or not.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from servicetitan import (
    APIStatusError,
    AsyncServiceTitan,
    AuthenticationError,
    ConflictError,
    NotFoundError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
    ServiceTitan,
    ServiceTitanError,
    ValidationError,
    _bodies,
    _transport,
)
from tests.core.conftest import JOB, FakeAPI, FakeClock, client_kwargs

from ._hostile import Answer, Hostile, serving, settings

DEEP = 100_000
HOSTILE = {
    "deep-array": b"[" * DEEP + b"]" * DEEP,
    "deep-object": b'{"a":' * DEEP + b"1" + b"}" * DEEP,
    "deep-in-envelope": b'{"page": 1, "pageSize": 1, "hasMore": false, "data": [' + b"[" * DEEP + b"]" * DEEP + b"]}",
    "not-utf8": b'{"id": 1, "summary": "caf\xe9 \xff\xfe"}',
    "latin1-with-bom-lie": b"\xef\xbb\xbf" + b'{"id": "\xff"}',
    "huge-int": b'{"id": ' + b"9" * 50_000 + b"}",
    "cut-short": b'{"page": 1, "data": [{"id": 1',
    "html": b"<html><body>502 Bad Gateway</body></html>",
    "nul-bytes": b"\x00" * 64,
}
NEAR_LIMIT = 900
NEAR = {
    "near-limit-array": b"[" * NEAR_LIMIT + b"]" * NEAR_LIMIT,
    "near-limit-errors": b'{"title": "x", "errors": {"name": ' + b"[" * NEAR_LIMIT + b"]" * NEAR_LIMIT + b"}}",
}


def answering(status: int, body: bytes, **headers: str) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers={"Content-Type": "application/json", **headers})

    return handler


def sync_client(api: FakeAPI, **overrides: Any) -> ServiceTitan:
    clock = FakeClock()
    return ServiceTitan(
        **client_kwargs(transport=httpx.MockTransport(api), sleep=clock.sleep, clock=clock, **overrides)
    )


def async_client(api: FakeAPI, **overrides: Any) -> AsyncServiceTitan:
    clock = FakeClock()
    return AsyncServiceTitan(
        **client_kwargs(transport=httpx.MockTransport(api), sleep=clock.async_sleep, clock=clock, **overrides)
    )


def typed(call: Callable[[], Any]) -> ServiceTitanError:
    """The typed error `call` raises; anything else (a raw RecursionError, a result) fails the test."""
    try:
        result = call()
    except ServiceTitanError as exc:
        return exc
    pytest.fail(f"expected a typed error, got {result!r}"[:300])


READERS: dict[str, Callable[[ServiceTitan], Any]] = {
    "request": lambda st: st.request("GET", "/jobs/1", domain="jpm"),
    "request-decimals": lambda st: st.request("GET", "/jobs/1", domain="jpm"),
    "single-record": lambda st: st.jpm.jobs.get(id=1),
    "page": lambda st: st.jpm.jobs.get_list(),
    "page-as-dicts": lambda st: st.jpm.jobs.get_list(as_dicts=True),
    "fetch-all": lambda st: list(st.jpm.jobs.get_list(fetch_all=True)),
    "export-feed": lambda st: list(st.exports.jpm.jobs(start="2024-01-01")),
}


@pytest.mark.parametrize("speedups", [True, False], ids=["msgspec", "json"])
@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("body", HOSTILE)
def test_a_hostile_2xx_body_is_a_response_validation_error(body, reader, speedups, monkeypatch):
    if not speedups:
        monkeypatch.setattr(_bodies, "_fast_decoder", lambda decimals=False: None)
    api = FakeAPI(answering(200, HOSTILE[body]))
    with sync_client(api, decimals=reader == "request-decimals") as st:
        error = typed(lambda: READERS[reader](st))
    assert isinstance(error, ResponseValidationError), error
    assert error.status == 200
    assert error.method == "GET"


@pytest.mark.parametrize("body", HOSTILE)
def test_async_readers_in_many_tasks(body):
    api = FakeAPI(answering(200, HOSTILE[body]))

    async def scenario() -> list[Any]:
        async with async_client(api) as st:
            calls = [st.request("GET", "/jobs/1", domain="jpm") for _ in range(100)]
            calls += [st.jpm.jobs.get(id=n) for n in range(100)]
            calls += [st.jpm.jobs.get_list() for _ in range(100)]
            return await asyncio.wait_for(asyncio.gather(*calls, return_exceptions=True), 60)

    outcomes = asyncio.run(scenario())
    assert all(isinstance(outcome, ResponseValidationError) for outcome in outcomes), {
        type(outcome).__name__ for outcome in outcomes
    }


ERRORS: list[tuple[int, type[APIStatusError]]] = [
    (400, ValidationError),
    (404, NotFoundError),
    (409, ConflictError),
    (429, RateLimitError),
    (500, ServerError),
    (503, ServerError),
]


@pytest.mark.parametrize("body", [*HOSTILE, *NEAR])
@pytest.mark.parametrize(("status", "error_class"), ERRORS, ids=[str(status) for status, _ in ERRORS])
def test_a_hostile_error_body_is_still_the_typed_error_of_its_status(status, error_class, body):
    content = {**HOSTILE, **NEAR}[body]
    api = FakeAPI(answering(status, content))
    with sync_client(api, max_retries=0) as st:
        error = typed(lambda: st.request("GET", "/jobs/1", domain="jpm"))
    assert type(error) is error_class, error
    assert isinstance(error, APIStatusError)
    assert error.status == status


@pytest.mark.parametrize("body", [*HOSTILE, *NEAR])
def test_a_hostile_token_answer_is_typed_and_keeps_no_secret(body):
    api = FakeAPI()
    api.token_response = lambda number: httpx.Response(200, content={**HOSTILE, **NEAR}[body])
    with sync_client(api) as st:
        error = typed(lambda: st.request("GET", "/jobs/1", domain="jpm"))
    assert isinstance(error, ResponseValidationError), error
    assert error.status == 200
    assert "client-secret" not in str(error)


@pytest.mark.parametrize("status", [400, 401, 500])
@pytest.mark.parametrize("body", [*HOSTILE, *NEAR])
def test_a_hostile_token_refusal_is_typed(body, status):
    api = FakeAPI()
    api.token_response = lambda number: httpx.Response(status, content={**HOSTILE, **NEAR}[body])
    with sync_client(api, max_retries=0) as st:
        error = typed(lambda: st.request("GET", "/jobs/1", domain="jpm"))
    assert isinstance(error, ServerError if status >= 500 else AuthenticationError), error
    assert error.status == status


def test_a_near_limit_token_answer_is_typed():
    body = b'{"access_token": "tok-near-limit-value", "expires_in": 900, "x": ' + NEAR["near-limit-array"] + b"}"
    api = FakeAPI()
    api.token_response = lambda number: httpx.Response(200, content=body)
    with sync_client(api) as st:
        assert st.request("GET", "/jobs/1", domain="jpm") == JOB


@pytest.mark.parametrize("body", HOSTILE)
def test_a_hostile_report_answer_is_typed(body):
    api = FakeAPI(answering(200, HOSTILE[body]))
    with sync_client(api) as st:
        error = typed(lambda: st.reports.categories())
    assert isinstance(error, ResponseValidationError), error
    assert error.status == 200


def test_a_body_beyond_the_limit_is_refused_declared_or_not(monkeypatch):
    monkeypatch.setattr(_transport, "MAX_BODY_BYTES", 10_000)
    big = json.dumps({"data": ["x" * 100] * 200}).encode()
    declared = Hostile(lambda path: Answer(200, big))
    # Sent in pieces without a declared length (the connection closes at the end): counted as it arrives.
    undeclared = Hostile(lambda path: Answer(200, big, {"Content-Length": None, "Connection": "close"}, 0.001, 4096))
    for hostile in (declared, undeclared):
        with serving(hostile) as url, ServiceTitan(**settings(url, max_retries=0)) as st:
            error = typed(lambda: st.request("GET", "/jobs/1", domain="jpm"))
            assert isinstance(error, ResponseValidationError), error
            assert "10000 bytes" in str(error)

        async def scenario(url: str) -> Any:
            async with AsyncServiceTitan(**settings(url, max_retries=0)) as st:
                try:
                    return await asyncio.wait_for(st.request("GET", "/jobs/1", domain="jpm"), 30)
                except ServiceTitanError as exc:
                    return exc

        with serving(hostile) as url:
            error = asyncio.run(scenario(url))
        assert isinstance(error, ResponseValidationError), error


def test_a_body_within_the_limit_is_read(monkeypatch):
    monkeypatch.setattr(_transport, "MAX_BODY_BYTES", 10_000)
    api = FakeAPI(answering(200, json.dumps(JOB).encode()))
    with sync_client(api) as st:
        assert st.request("GET", "/jobs/1", domain="jpm") == JOB


def test_field_errors_too_deep_to_print_are_named_not_raised():
    from servicetitan.errors import field_errors

    deep: list[Any] = []
    for _ in range(100_000):
        deep = [deep]
    assert field_errors({"errors": {"name": deep, "other": ["fine"]}}) == {
        "name": ["(a value nested too deeply to show)"],
        "other": ["fine"],
    }
