"""Debug logging shows each exchange and never a secret, and nothing else prints one either."""

from __future__ import annotations

import logging

import httpx
import pytest

from servicetitan import AuthenticationError, ValidationError

from .conftest import APP_KEY, CLIENT_ID, CLIENT_SECRET, FakeAPI


def secrets_of(api: FakeAPI) -> list[str]:
    return [CLIENT_SECRET, APP_KEY, *(api.token(n) for n in range(1, len(api.token_requests) + 1))]


def all_text(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join([caplog.text, *(record.getMessage() for record in caplog.records)])


def test_debug_log_lines_describe_each_attempt_without_secrets(make_client, caplog):
    def handler(request: httpx.Request) -> httpx.Response:
        if len(api.api_requests) == 1:
            return httpx.Response(401)
        if len(api.api_requests) == 2:
            return httpx.Response(503)
        # A server echoing secrets back must not get them into our output either.
        return httpx.Response(400, json={"title": f"bad key {APP_KEY}", "errors": {"token": [api.token(2)]}})

    api = FakeAPI(handler)
    caplog.set_level(logging.DEBUG, logger="servicetitan")
    st = make_client(api)
    with pytest.raises(ValidationError) as caught:
        st.request("GET", "/jobs/1", domain="jpm", params={"client_secret": CLIENT_SECRET})
    text = all_text(caplog)
    assert "GET https://api.test/jpm/v2/tenant/1234567890/jobs/1" in text
    assert "-> 401" in text
    assert "-> 503" in text
    assert "(attempt 2)" in text
    assert " ms " in text
    assert "POST https://auth.test/connect/token" in text
    assert "'st-app-key': '[redacted]'" in text
    assert "'authorization': '[redacted]'" in text
    for secret in secrets_of(api):
        assert secret not in text
        assert secret not in str(caught.value)
        assert secret not in repr(caught.value)
    assert CLIENT_ID in form_of(api)


def form_of(api: FakeAPI) -> str:
    return api.token_requests[0].content.decode()


@pytest.fixture
def quiet_logger():
    """The `servicetitan` logger set above DEBUG while caplog's own handler still takes everything."""
    logger = logging.getLogger("servicetitan")
    previous = logger.level
    logger.setLevel(logging.WARNING)
    yield
    logger.setLevel(previous)


def test_debug_switch_logs_even_when_logger_is_quiet(make_client, caplog, quiet_logger):
    make_client(FakeAPI(), debug=True).request("GET", "/jobs/1", domain="jpm")
    lines = [record.getMessage() for record in caplog.records if record.name == "servicetitan"]
    assert any("-> 200" in line for line in lines)
    assert all(record.levelno == logging.DEBUG for record in caplog.records)


def test_debug_per_call(make_client, caplog, quiet_logger):
    st = make_client(FakeAPI())
    st.request("GET", "/jobs/1", domain="jpm")
    assert caplog.records == []
    st.request("GET", "/jobs/2", domain="jpm", debug=True)
    assert any("/jobs/2 -> 200" in record.getMessage() for record in caplog.records)
    assert not any("/jobs/1" in record.getMessage() for record in caplog.records)


def test_reprs_hold_no_secret(make_client):
    api = FakeAPI()
    st = make_client(api)
    st.request("GET", "/jobs/1", domain="jpm")
    texts = [repr(st), repr(st.http.auth), repr(st._tokens), repr(st.rate_limiter), str(st.__dict__.keys())]
    for text in texts:
        for secret in secrets_of(api):
            assert secret not in text


def test_token_error_body_is_redacted(make_client):
    api = FakeAPI()
    api.token_response = lambda number: httpx.Response(
        200, json={"access_token": "tok-without-lifetime-xyz", "expires_in": "soon"}
    )
    from servicetitan import ResponseValidationError

    with pytest.raises(ResponseValidationError) as caught:
        make_client(api).request("GET", "/jobs/1", domain="jpm")
    # A malformed token answer keeps only its keys: a token may sit under any of them.
    assert caught.value.body == {"access_token": "[redacted]", "expires_in": "[redacted]"}
    assert "tok-without-lifetime-xyz" not in str(caught.value)


def test_authentication_error_message_has_no_secret(make_client):
    api = FakeAPI()
    api.token_response = lambda number: httpx.Response(
        401, json={"error": "invalid_client", "error_description": f"unknown secret {CLIENT_SECRET}"}
    )
    with pytest.raises(AuthenticationError) as caught:
        make_client(api).request("GET", "/jobs/1", domain="jpm")
    assert CLIENT_SECRET not in str(caught.value)
    assert "[redacted]" in str(caught.value)
