"""`_core.build_request`, which builds a request with one URL parse, makes the request `httpx.Client.build_request`
makes of the same arguments: URL, query, headers (the client's merged in), cookies, body and timeout."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from servicetitan import AsyncServiceTitan, ServiceTitan
from servicetitan._core import BaseText, build_request

from .conftest import API_URL, FakeAPI, client_kwargs

CASES: dict[str, dict[str, Any]] = {
    "plain path": {"path": "/jpm/v2/tenant/1/jobs/1"},
    "encoded segment": {"path": "/jpm/v2/tenant/1/jobs/a%2Fb%20c"},
    "query": {"path": "/jpm/v2/tenant/1/jobs", "params": {"ids": "1,2,3", "name": "Zoë & co [x]", "q": "a b+c"}},
    "query in the path and in params": {"path": "/jpm/v2/jobs?page=2&x=1", "params": {"page": "3"}},
    "query in the path only": {"path": "/jpm/v2/jobs?page=2"},
    "json body": {
        "path": "/jpm/v2/tenant/1/jobs",
        "content": b'{"a":1}',
        "headers": {"Content-Type": "application/json", "X-Trace": "t-1"},
    },
    "form": {"path": "/forms/v2/tenant/1/submit", "data": {"a": "1", "b": "two words"}},
    "header replacing a client header": {"path": "/jpm/v2/jobs", "headers": {"Accept": "text/plain"}},
    "timeout": {"path": "/jpm/v2/jobs", "timeout": httpx.Timeout(3.0, connect=1.0)},
    "extensions": {"path": "/jpm/v2/jobs", "extensions": {"servicetitan.options": "marker"}},
    "fragment": {"path": "/jpm/v2/jobs#section"},
    "absolute URL": {"path": "https://elsewhere.test/x?y=1", "params": {"z": "2"}},
    "network-path reference": {"path": "//elsewhere.test/x"},
}


def built(request: httpx.Request) -> tuple[Any, ...]:
    return (
        request.method,
        str(request.url),
        request.headers.multi_items(),
        request.read(),
        request.extensions,
    )


def both(http: httpx.Client | httpx.AsyncClient, case: dict[str, Any]) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    arguments = {
        "params": case.get("params"),
        "content": case.get("content"),
        "data": case.get("data"),
        "files": None,
        "headers": case.get("headers"),
        "extensions": case.get("extensions"),
    }
    ours = build_request(http, BaseText(), "POST", case["path"], timeout=case.get("timeout"), **arguments)
    timeout = case.get("timeout") or httpx.USE_CLIENT_DEFAULT
    theirs = http.build_request("POST", case["path"], timeout=timeout, **arguments)
    return built(ours), built(theirs)


@pytest.fixture
def st():
    with ServiceTitan(**client_kwargs(transport=httpx.MockTransport(FakeAPI()))) as client:
        yield client


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_same_request_as_httpx_builds(st, case):
    ours, theirs = both(st.http, case)
    assert ours == theirs


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_same_request_with_client_cookies_headers_and_params(st, case):
    st.http.cookies.set("affinity", "node-7", domain="api.test")
    st.http.headers["X-Client"] = "set on st.http"
    ours, theirs = both(st.http, case)
    assert ours == theirs
    assert ("cookie", "affinity=node-7") in ours[2] or "elsewhere" in case["path"]
    st.http.params = {"client": "param"}
    ours, theirs = both(st.http, case)
    assert ours == theirs


def test_base_url_with_a_path_prefix_and_a_changed_base_url():
    with ServiceTitan(**client_kwargs(api_url=f"{API_URL}/prefix", transport=httpx.MockTransport(FakeAPI()))) as st:
        base = BaseText()
        for path in ("/jpm/v2/jobs", "/jpm/v2/jobs?x=1"):
            ours = build_request(
                st.http, base, "GET", path, params=None, content=None, data=None, files=None, headers=None,
                timeout=None, extensions=None,
            )  # fmt: skip
            assert str(ours.url) == str(st.http.build_request("GET", path).url)
        st.http.base_url = "https://moved.test/v9"
        ours = build_request(
            st.http, base, "GET", "/jobs", params=None, content=None, data=None, files=None, headers=None,
            timeout=None, extensions=None,
        )  # fmt: skip
        assert str(ours.url) == "https://moved.test/v9/jobs"


def test_cookies_and_client_headers_reach_the_wire():
    api = FakeAPI()
    with ServiceTitan(**client_kwargs(transport=httpx.MockTransport(api))) as st:
        st.http.cookies.set("affinity", "node-7", domain="api.test")
        st.http.headers["X-Client"] = "set on st.http"
        st.get_job(id=1)
    sent = api.api_requests[0].headers
    assert sent["cookie"] == "affinity=node-7"
    assert sent["x-client"] == "set on st.http"


@pytest.mark.anyio
async def test_same_request_on_the_async_client():
    async with AsyncServiceTitan(**client_kwargs(transport=httpx.MockTransport(FakeAPI()))) as st:
        st.http.cookies.set("affinity", "node-7", domain="api.test")
        for case in CASES.values():
            ours, theirs = both(st.http, case)
            assert ours == theirs
