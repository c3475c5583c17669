"""Cassettes recorded through `servicetitan.testing` hold no secret whatever the server sends, and replay intact
with no credentials, or short dummy ones, in the environment.

The server is a loopback one started by the test: it gzips every answer and echoes the credentials, the token
and the tenant in headers (`Set-Cookie` included), in bodies, at every depth of nested JSON and in URLs."""

from __future__ import annotations

import gzip
import json
import threading
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from vcr.request import Request

from servicetitan.testing import REDACTED, TENANT_PLACEHOLDER, Scrubber, Secrets, leaks, vcr_config
from servicetitan.testing._scrub import ScrubError, decoded_body

pytest_plugins = ["pytester"]

USER = Secrets(
    client_id="acme-client-3f9a", client_secret="acme-secret-77c1d2e0", app_key="ak1.acme-0042", tenant=5551234
)
TOKEN = "tok.eyJhbGciOi.secret-token-8c2f"
# What the replayed test checks: text with short numbers and letters that replay-time scrubbing with TENANT=7 or
# CLIENT_SECRET=y used to corrupt.
SUMMARY = "job 7 for 7 days, y/n: y"


def job(tenant: int) -> dict[str, Any]:
    return {
        "id": 7,
        "summary": SUMMARY,
        "tenantId": tenant,
        "externalData": [
            {"key": "echo", "value": f"app key {USER.app_key} secret {USER.client_secret} tenant {tenant}"},
            {"key": "deep", "value": {"levels": [{"accessToken": TOKEN, "clientId": USER.client_id}]}},
        ],
    }


class EchoingAPI(BaseHTTPRequestHandler):
    """Every answer gzipped; secrets echoed everywhere."""

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _answer(self, document: Any, headers: dict[str, str]) -> None:
        body = gzip.compress(json.dumps(document).encode())
        self.send_response(200)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        form = parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode())
        assert form["client_secret"] == [USER.client_secret]
        self._answer(
            {"access_token": TOKEN, "expires_in": 900, "token_type": "Bearer"},
            {"X-Issued-Token": TOKEN, "Set-Cookie": f"session={TOKEN}; Path=/; HttpOnly"},
        )

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        tenant = int(url.path.split("/")[4])
        self._answer(
            {"page": 1, "pageSize": 50, "hasMore": False, "data": [job(tenant)]},
            {
                "X-Echo-Authorization": self.headers["Authorization"],
                "X-Echo-App-Key": self.headers["ST-App-Key"],
                "X-Echo-Url": f"http://api.example/jpm/v2/tenant/{tenant}/jobs?tenant={tenant}&key={USER.app_key}",
                "Link": f"</jpm/v2/tenant/{tenant}/jobs?page=2>; rel=next",
            },
        )


@pytest.fixture
def echoing_api() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), EchoingAPI)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


CONFTEST = """
import pytest
from servicetitan.testing import vcr_config as scrubbed


@pytest.fixture
def vcr_config():
    return scrubbed()
"""

TESTS = f"""
import pytest


@pytest.mark.vcr
def test_jobs(servicetitan_client):
    page = servicetitan_client.list_jobs(page_size=5, as_dicts=True)
    [job] = page.records
    assert job["id"] == 7
    assert job["summary"] == {SUMMARY!r}
    assert job["externalData"][0]["key"] == "echo"
"""


def without_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CLIENT_ID", "CLIENT_SECRET", "APP_KEY", "TENANT", "API_URL", "TOKEN_URL", "ENVIRONMENT"):
        monkeypatch.delenv(f"SERVICETITAN_{name}", raising=False)


def record(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, url: str) -> str:
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(test_user=TESTS)
    settings = {
        "CLIENT_ID": USER.client_id,
        "CLIENT_SECRET": USER.client_secret,
        "APP_KEY": USER.app_key,
        "TENANT": str(USER.tenant),
        "API_URL": url,
        "TOKEN_URL": url + "/connect/token",
    }
    for name, value in settings.items():
        monkeypatch.setenv(f"SERVICETITAN_{name}", value)
    pytester.runpytest_subprocess("-p", "no:cacheprovider", "--record-mode=once").assert_outcomes(passed=1)
    without_credentials(monkeypatch)
    return (pytester.path / "cassettes" / "test_user" / "test_jobs.yaml").read_text(encoding="utf-8")


def test_a_cassette_of_a_server_that_gzips_and_echoes_every_secret_holds_none(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, echoing_api: str
) -> None:
    text = record(pytester, monkeypatch, echoing_api)
    assert leaks(text, USER) == []
    assert TOKEN not in text
    assert "secret-token" not in text
    assert str(USER.tenant) not in text
    assert "content-encoding" not in text.lower()
    # Stored decoded: the scrubbed bodies are readable JSON in the file.
    token_answer, jobs = [json.loads(i["response"]["body"]["string"]) for i in yaml.safe_load(text)["interactions"]]
    assert token_answer["access_token"] == REDACTED
    assert jobs["data"][0]["summary"] == SUMMARY
    assert jobs["data"][0]["tenantId"] == 0
    assert f"/jpm/v2/tenant/{TENANT_PLACEHOLDER}/jobs" in text
    assert f"session={REDACTED}; Path=/; HttpOnly" in text


@pytest.mark.parametrize(
    "environment",
    [{}, {"TENANT": "7", "CLIENT_ID": "x", "CLIENT_SECRET": "y", "APP_KEY": "k"}],
    ids=["no-credentials", "short-dummy-values"],
)
def test_a_recorded_cassette_replays_intact_with_no_or_short_dummy_credentials(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, echoing_api: str, environment: dict[str, str]
) -> None:
    recorded = record(pytester, monkeypatch, echoing_api)
    for name, value in environment.items():
        monkeypatch.setenv(f"SERVICETITAN_{name}", value)
    replay = pytester.runpytest_subprocess("-p", "no:cacheprovider", "--record-mode=none", "--block-network")
    replay.assert_outcomes(passed=1)
    cassette = pytester.path / "cassettes" / "test_user" / "test_jobs.yaml"
    assert cassette.read_text(encoding="utf-8") == recorded


def test_every_content_coding_is_undone_and_an_unknown_one_refused() -> None:
    body = b'{"access_token": "abc"}'
    deflated = zlib.compress(body)
    raw_deflate = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    assert decoded_body(gzip.compress(body), ["gzip"]) == body
    assert decoded_body(deflated, ["deflate"]) == body
    assert decoded_body(raw_deflate.compress(body) + raw_deflate.flush(), ["deflate"]) == body
    assert decoded_body(gzip.compress(deflated), ["deflate", " gzip"]) == body
    with pytest.raises(ScrubError, match="no decoder for Content-Encoding 'x-custom'"):
        decoded_body(body, ["x-custom"])
    with pytest.raises(ScrubError, match="gzip body does not decode"):
        decoded_body(b"not gzip", ["gzip"])


def response(body: bytes, **headers: str) -> dict[str, Any]:
    return {
        "status": {"code": 200, "message": "OK"},
        "headers": {name.replace("_", "-"): [value] for name, value in headers.items()},
        "body": {"string": body},
    }


def test_short_values_are_replaced_only_where_they_are_named_or_whole() -> None:
    short = Scrubber(Secrets(client_id="id", client_secret="y", app_key="k", tenant=7))
    document = {"tenant": 7, "summary": "7 days, y or n", "secret": "y", "nested": [{"clientSecret": "zz"}], "n": 7}
    scrubbed = short.response(response(json.dumps(document).encode(), content_type="application/json"))
    assert json.loads(scrubbed["body"]["string"]) == {
        "tenant": 0,
        "summary": "7 days, y or n",
        "secret": REDACTED,
        "nested": [{"clientSecret": REDACTED}],
        "n": 7,
    }
    request = Request("GET", "http://127.0.0.1:1/jpm/v2/tenant/7/jobs/7?page=7&tenant=7", b"", {})
    assert (
        short.request(request, by_value=True).uri
        == "http://sandbox/jpm/v2/tenant/{tenant}/jobs/7?page=7&tenant={tenant}"
    )


def test_long_values_are_replaced_wherever_they_appear() -> None:
    scrubber = Scrubber(USER)
    body = f"<html>{USER.app_key} at {USER.tenant}; id {USER.tenant}0 stays</html>".encode()
    scrubbed = scrubber.response(response(body, content_type="text/html", x_key=f"k={USER.client_secret}"))
    assert (
        scrubbed["body"]["string"]
        == f"<html>{REDACTED} at {TENANT_PLACEHOLDER}; id {USER.tenant}0 stays</html>".encode()
    )
    assert scrubbed["headers"]["x-key"] == [f"k={REDACTED}"]
    named = scrubber.response(response(b"", x_access_token="t0", x_api_key="k1", x_request_id="r-7"))
    assert named["headers"] == {"x-access-token": [REDACTED], "x-api-key": [REDACTED], "x-request-id": ["r-7"]}
    form = f"access_token={TOKEN}&expires_in=900".encode()
    scrubbed = scrubber.response(response(form, content_type="application/x-www-form-urlencoded"))
    assert scrubbed["body"]["string"] == f"access_token={REDACTED}&expires_in=900".encode()
    # The token learned from that answer is replaced wherever else it appears.
    later = scrubber.response(response(f"echo {TOKEN}".encode(), content_type="text/plain"))
    assert later["body"]["string"] == f"echo {REDACTED}".encode()


def test_the_config_scrubs_at_save_time_only() -> None:
    config = vcr_config(USER)
    assert "before_record_response" not in config
    assert "record_mode" not in config
    request = Request("GET", f"http://127.0.0.1:1/jpm/v2/tenant/{USER.tenant}/jobs", b"", {"Authorization": "Bearer t"})
    saved_request, saved_response = config["before_save_interaction"](
        request, response(gzip.compress(b'{"a": 1}'), content_encoding="gzip", content_type="application/json")
    )
    assert saved_response["body"]["string"] == b'{"a": 1}'
    assert saved_response["headers"] == {"content-type": ["application/json"]}
    assert saved_request.headers == {"Authorization": REDACTED}


def test_the_replay_client_needs_no_credentials(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    without_credentials(monkeypatch)
    pytester.makepyfile(
        test_client="""
def test_client(servicetitan_client, servicetitan_client_settings):
    assert servicetitan_client.tenant == 1
    assert servicetitan_client_settings["client_secret"] == "replay-client-secret"
"""
    )
    pytester.runpytest_subprocess("-p", "no:cacheprovider", "--record-mode=none").assert_outcomes(passed=1)
    recording = pytester.runpytest_subprocess("-p", "no:cacheprovider", "--record-mode=once")
    recording.assert_outcomes(errors=1)
    recording.stdout.fnmatch_lines(["*missing environment variables: SERVICETITAN_CLIENT_ID*"])


def test_secrets_from_an_environment_with_a_tenant_that_is_not_a_number(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SERVICETITAN_TENANT", "acme")
    assert Secrets.from_env().tenant is None


def test_json_deeper_than_any_server_sends_is_refused_not_kept(tmp_path: Path) -> None:
    deep = b"[" * 600 + b"]" * 600
    with pytest.raises(ScrubError, match="nested deeper"):
        Scrubber(USER).response(response(deep, content_type="application/json"))
