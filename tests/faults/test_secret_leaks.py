"""Item 20: no object the library hands out shows a secret: not `exc.response.request` (headers or the token
request's form), not what event hooks see, not a malformed token answer kept in `exc.body`, and secrets
shorter than 6 characters are scrubbed too."""

from __future__ import annotations

import httpx
import pytest

from servicetitan import APIStatusError, ResponseValidationError, ServiceTitan, ServiceTitanError
from tests.core.conftest import APP_KEY, CLIENT_SECRET, FakeAPI, client_kwargs

TOKEN = "tok-0001-secret-access-token"


def shown(value: object) -> str:
    """Everything a caller would see printing or logging `value` and its request."""
    parts = [repr(value), str(value)]
    response = getattr(value, "response", None)
    if response is not None:
        request = response.request
        parts += [repr(dict(request.headers)), request.read().decode(errors="replace"), repr(request.extensions)]
    return "\n".join(parts)


def test_exception_response_request_carries_no_credential():
    api = FakeAPI(lambda request: httpx.Response(404, json={"title": "Job not found"}))
    with ServiceTitan(**client_kwargs(transport=httpx.MockTransport(api))) as st:
        with pytest.raises(APIStatusError) as caught:
            st.request("GET", "/jobs/1", domain="jpm")
        text = shown(caught.value)
    # The wire request did carry both.
    assert api.api_requests[0].headers["st-app-key"] == APP_KEY
    assert APP_KEY not in text
    assert TOKEN not in text


def test_event_hooks_see_no_credential():
    seen: list[str] = []
    api = FakeAPI()
    with ServiceTitan(**client_kwargs(transport=httpx.MockTransport(api))) as st:
        st.http.event_hooks["request"].append(lambda request: seen.append(repr(dict(request.headers))))
        st.http.event_hooks["response"].append(lambda response: seen.append(repr(dict(response.request.headers))))
        st.request("GET", "/jobs/1", domain="jpm")
    assert len(seen) == 2
    assert not any(APP_KEY in text or TOKEN in text for text in seen)


def test_refused_token_request_keeps_no_client_secret_on_the_exception():
    api = FakeAPI()
    api.token_response = lambda number: httpx.Response(400, json={"error": "invalid_client"})
    with ServiceTitan(**client_kwargs(transport=httpx.MockTransport(api))) as st:
        with pytest.raises(ServiceTitanError) as caught:
            st.request("GET", "/jobs/1", domain="jpm")
        assert CLIENT_SECRET not in shown(caught.value)


@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(200, text=f"access_token={TOKEN}&expires_in=900"),
        httpx.Response(200, json={"accessToken": TOKEN}),
        httpx.Response(200, json={"access_token": TOKEN, "expires_in": "soon"}),
        httpx.Response(200, json=[TOKEN]),
    ],
    ids=["form-encoded", "wrong-name", "bad-lifetime", "list"],
)
def test_malformed_token_answer_keeps_no_token(answer):
    api = FakeAPI()
    api.token_response = lambda number: answer
    with ServiceTitan(**client_kwargs(transport=httpx.MockTransport(api))) as st:
        with pytest.raises(ResponseValidationError) as caught:
            st.request("GET", "/jobs/1", domain="jpm")
        assert TOKEN not in shown(caught.value)
        assert TOKEN not in repr(caught.value.body)


def test_short_secrets_are_scrubbed_too():
    api = FakeAPI(lambda request: httpx.Response(400, json={"title": "echo", "errors": {"secret": ["s3cr"]}}))
    with ServiceTitan(**client_kwargs(transport=httpx.MockTransport(api), client_secret="s3cr")) as st:
        with pytest.raises(APIStatusError) as caught:
            st.request("GET", "/jobs/1", domain="jpm")
        assert "s3cr" not in str(caught.value)
