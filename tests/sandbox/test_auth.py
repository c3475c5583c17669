"""Token endpoint and API authentication."""

from __future__ import annotations

import httpx
import pytest

from servicetitan.sandbox import FIRST_IDS, TOKEN_PATH, Sandbox

from .conftest import FakeClock, api_path, authenticate, token_form

JOB_URL = api_path("/jpm/v2", f"/jobs/{FIRST_IDS['jobs']}")


def test_token_answer(anonymous: httpx.Client, sandbox: Sandbox) -> None:
    answer = anonymous.post(TOKEN_PATH, data={**token_form(sandbox), "tenant": "1000001"})
    assert answer.status_code == 200
    body = answer.json()
    assert (body["token_type"], body["expires_in"]) == ("Bearer", 900)
    assert body["access_token"]


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"client_secret": "wrong"}, "invalid_client"),
        ({"client_id": "someone-else"}, "invalid_client"),
        ({"grant_type": "password"}, "unsupported_grant_type"),
    ],
)
def test_token_refused(anonymous: httpx.Client, sandbox: Sandbox, change: dict[str, str], error: str) -> None:
    answer = anonymous.post(TOKEN_PATH, data={**token_form(sandbox), **change})
    assert answer.status_code == 400
    assert answer.json()["error"] == error
    assert sandbox.credentials.client_secret not in answer.text


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer not-a-token"},
        {"Authorization": "Basic abc"},
    ],
)
def test_missing_or_wrong_token_is_401(anonymous: httpx.Client, sandbox: Sandbox, headers: dict[str, str]) -> None:
    answer = anonymous.get(JOB_URL, headers={"ST-App-Key": sandbox.credentials.app_key, **headers})
    assert answer.status_code == 401
    assert answer.json()["status"] == 401


@pytest.mark.parametrize("app_key", [None, "wrong-key"])
def test_missing_or_wrong_app_key_is_401(client: httpx.Client, app_key: str | None) -> None:
    del client.headers["ST-App-Key"]
    answer = client.get(JOB_URL, headers={"ST-App-Key": app_key} if app_key else {})
    assert answer.status_code == 401
    assert "ST-App-Key" in answer.json()["title"]


def test_token_expires(client: httpx.Client, clock: FakeClock, sandbox: Sandbox) -> None:
    assert client.get(JOB_URL).status_code == 200
    clock.advance(899)
    assert client.get(JOB_URL).status_code == 200
    clock.advance(1)
    expired = client.get(JOB_URL)
    assert expired.status_code == 401
    assert expired.json()["title"] == "The access token has expired."
    authenticate(client, sandbox)
    assert client.get(JOB_URL).status_code == 200


def test_expire_all_forces_a_refresh(client: httpx.Client, sandbox: Sandbox) -> None:
    sandbox.auth.expire_all()
    assert client.get(JOB_URL).status_code == 401
