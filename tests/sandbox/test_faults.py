"""Every fault knob, set at construction or changed while the sandbox runs."""

from __future__ import annotations

import httpx
import pytest
from jsonschema import Draft202012Validator

from servicetitan import _catalog
from servicetitan.sandbox import FIRST_IDS, TOKEN_PATH, FaultSettings, Sandbox

from .conftest import TENANT, FakeClock, FakeSleep, api_path, token_form

JOB_URL = api_path("/jpm/v2", f"/jobs/{FIRST_IDS['jobs']}")
JOBS_URL = api_path("/jpm/v2", "/jobs")


def test_rate_limit_answers_429_with_retry_after(client: httpx.Client, sandbox: Sandbox, clock: FakeClock) -> None:
    sandbox.faults.configure(rate_limit=3)
    assert [client.get(JOB_URL).status_code for _ in range(3)] == [200, 200, 200]
    limited = client.get(JOB_URL)
    assert limited.status_code == 429
    assert limited.headers["retry-after"] == "1"
    assert limited.json()["title"] == "Rate limit is exceeded. Try again in 1 seconds."
    other_tenant = client.get(api_path("/jpm/v2", f"/jobs/{FIRST_IDS['jobs']}", tenant=TENANT + 1))
    assert other_tenant.status_code == 200
    clock.advance(1)
    assert client.get(JOB_URL).status_code == 200


def _statuses(client: httpx.Client, count: int) -> list[int]:
    return [client.get(JOB_URL).status_code for _ in range(count)]


def test_error_rate_is_deterministic_per_seed(client: httpx.Client, sandbox: Sandbox) -> None:
    sandbox.faults.configure(error_rate=0.5, seed=7)
    first = _statuses(client, 40)
    sandbox.faults.configure(seed=7)
    assert _statuses(client, 40) == first
    assert {status for status in first if status != 200} <= {500, 502, 503}
    assert 5 < first.count(200) < 35
    sandbox.faults.configure(error_rate=0.0)
    assert set(_statuses(client, 10)) == {200}


def test_latency_is_added_before_answers(client: httpx.Client, sandbox: Sandbox, fake_sleep: FakeSleep) -> None:
    sandbox.faults.configure(latency=0.25)
    client.get(JOB_URL)
    assert fake_sleep.calls == [0.25]


def test_short_token_lifetime(client: httpx.Client, sandbox: Sandbox, clock: FakeClock) -> None:
    sandbox.faults.configure(token_lifetime=5)
    token = client.post(TOKEN_PATH, data=token_form(sandbox)).json()
    assert token["expires_in"] == 5
    headers = {"Authorization": f"Bearer {token['access_token']}"}
    clock.advance(5)
    assert client.get(JOB_URL, headers=headers).status_code == 401


def test_dropped_connection_over_a_socket(client: httpx.Client, sandbox: Sandbox) -> None:
    sandbox.faults.configure(drop_rate=1.0)
    with pytest.raises(httpx.RemoteProtocolError):
        client.get(JOB_URL)
    sandbox.faults.configure(drop_rate=0.0)
    assert client.get(JOB_URL).status_code == 200


@pytest.mark.anyio
async def test_dropped_connection_in_process(sandbox: Sandbox) -> None:
    sandbox.faults.configure(drop_rate=1.0)
    transport = httpx.ASGITransport(app=sandbox)
    async with httpx.AsyncClient(transport=transport, base_url="http://sandbox") as client:
        token = (await client.post(TOKEN_PATH, data=token_form(sandbox))).json()["access_token"]
        headers = {"Authorization": f"Bearer {token}", "ST-App-Key": sandbox.credentials.app_key}
        with pytest.raises(httpx.RemoteProtocolError):
            await client.get(JOB_URL, headers=headers)


def test_odd_records_break_the_schema_in_some_list_items(client: httpx.Client, sandbox: Sandbox) -> None:
    url = api_path("/jpm/v2", "/appointments")
    clean = client.get(url).json()["data"]
    sandbox.faults.configure(odd_record_rate=0.5, seed=3)
    odd = client.get(url).json()["data"]
    assert client.get(url).json()["data"] == odd
    item_schema = {**_catalog.schema_registry("jpm"), "$ref": "#/components/schemas/Jpm.V2.AppointmentResponse"}
    validator = Draft202012Validator(item_schema)
    invalid = [row for row in odd if not validator.is_valid(row)]
    assert 0 < len(invalid) < len(odd)
    assert {row["id"] for row in odd} == {row["id"] for row in clean}
    clean_by_id = {row["id"]: row for row in clean}
    kinds = {_oddity(clean_by_id[row["id"]], row) for row in invalid}
    assert kinds == {"unknown enum", "missing", "null"}


def _oddity(clean: dict[str, object], odd: dict[str, object]) -> str:
    if set(odd) != set(clean):
        return "missing"
    changed = [key for key in clean if clean[key] != odd[key]]
    return "unknown enum" if odd[changed[0]] == "SandboxUnknownValue" else "null" if odd[changed[0]] is None else "?"


def test_settings_at_construction(clock: FakeClock, fake_sleep: FakeSleep) -> None:
    sandbox = Sandbox(jobs=5, clock=clock, sleep=fake_sleep, faults=FaultSettings(error_rate=1.0, seed=1))
    assert sandbox.faults.settings.error_rate == 1.0
    with pytest.raises(ValueError, match="error_rate"):
        FaultSettings(error_rate=1.5)
    sandbox.faults.reset()
    assert sandbox.faults.settings == FaultSettings()
