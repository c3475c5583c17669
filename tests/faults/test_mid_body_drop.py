"""Item 8: a connection cut or a stall while the body is read is part of the attempt: a GET is retried (and a
`fetch_all` walk goes on), a write raises the typed, ambiguous `APIConnectionError`, and nothing raw escapes."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from servicetitan import APIConnectionError, APITimeoutError, AsyncServiceTitan, ServiceTitan
from tests.core.conftest import JOB, FakeAPI, client_kwargs

CUTS = [httpx.RemoteProtocolError("peer closed connection mid-body"), httpx.ReadTimeout("stalled mid-body")]


class CutBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """Sends the first bytes of a JSON body, then fails the way a dropped or stalled connection does."""

    def __init__(self, failure: Exception) -> None:
        self.failure = failure

    def __iter__(self) -> Iterator[bytes]:
        yield b'{"id": 1, "jobNum'
        raise self.failure

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b'{"id": 1, "jobNum'
        raise self.failure


def cut_once(failure: Exception, body: object = JOB):
    sent = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal sent
        sent += 1
        if sent == 1:
            return httpx.Response(200, stream=CutBody(failure))
        return httpx.Response(200, json=body)

    return handler


@pytest.mark.parametrize("failure", CUTS, ids=["drop", "stall"])
def test_get_cut_mid_body_is_retried(failure):
    api = FakeAPI(cut_once(failure))
    with ServiceTitan(**client_kwargs(transport=httpx.MockTransport(api), sleep=lambda s: None)) as st:
        assert st.request("GET", "/jobs/1", domain="jpm") == JOB
    assert len(api.api_requests) == 2


@pytest.mark.parametrize("failure", CUTS, ids=["drop", "stall"])
def test_write_cut_mid_body_raises_the_typed_ambiguous_error(failure):
    api = FakeAPI(cut_once(failure))
    with (
        ServiceTitan(**client_kwargs(transport=httpx.MockTransport(api), sleep=lambda s: None)) as st,
        pytest.raises(APIConnectionError) as caught,
    ):
        st.request("POST", "/jobs", domain="jpm", json={"summary": "x"})
    assert isinstance(caught.value, APITimeoutError) == isinstance(failure, httpx.TimeoutException)
    assert len(api.api_requests) == 1


def test_fetch_all_goes_on_after_a_page_cut_mid_body():
    pages = {
        1: {"page": 1, "pageSize": 2, "hasMore": True, "data": [{"id": 1}, {"id": 2}]},
        2: {"page": 2, "pageSize": 2, "hasMore": False, "data": [{"id": 3}]},
    }
    cut = {2: True}

    def handler(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params["page"])
        if cut.pop(number, False):
            return httpx.Response(200, stream=CutBody(httpx.RemoteProtocolError("dropped")))
        return httpx.Response(200, json=pages[number])

    api = FakeAPI(handler)
    with ServiceTitan(**client_kwargs(transport=httpx.MockTransport(api), sleep=lambda s: None)) as st:
        records = list(st.list_technicians(fetch_all=True, as_dicts=True))
    assert [record["id"] for record in records] == [1, 2, 3]


@pytest.mark.parametrize("failure", CUTS, ids=["drop", "stall"])
def test_async_get_cut_mid_body_is_retried_and_write_is_typed(failure):
    async def nothing(seconds: float) -> None:
        return None

    async def scenario() -> None:
        api = FakeAPI(cut_once(failure))
        async with AsyncServiceTitan(**client_kwargs(transport=httpx.MockTransport(api), sleep=nothing)) as st:
            assert await st.request("GET", "/jobs/1", domain="jpm") == JOB
        written = FakeAPI(cut_once(failure))
        async with AsyncServiceTitan(**client_kwargs(transport=httpx.MockTransport(written), sleep=nothing)) as st:
            with pytest.raises(APIConnectionError):
                await st.request("PATCH", "/jobs/1", domain="jpm", json={"summary": "x"})
        assert len(written.api_requests) == 1

    asyncio.run(scenario())
