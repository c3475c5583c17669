"""Export feeds: continuation tokens, resume after changes, dates, recent changes."""

from __future__ import annotations

from typing import Any

import httpx

from servicetitan.sandbox import FIRST_IDS, ExportSettings, Sandbox, serve

from .conftest import JOBS, FakeClock, FakeSleep, api_path, authenticate

EXPORT_JOBS = api_path("/jpm/v2", "/export/jobs")


def _batch(client: httpx.Client, url: str = EXPORT_JOBS, **params: Any) -> dict[str, Any]:
    answer = client.get(url, params=params)
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    assert set(body) == {"hasMore", "continueFrom", "data"}
    assert isinstance(body["continueFrom"], str)
    return body


def _drain(client: httpx.Client, token: str | None, url: str = EXPORT_JOBS) -> tuple[list[dict[str, Any]], str]:
    rows: list[dict[str, Any]] = []
    while True:
        body = _batch(client, url, **({"from": token} if token else {}))
        rows.extend(body["data"])
        token = body["continueFrom"]
        if not body["hasMore"]:
            return rows, token


def _small_batches(clock: FakeClock, fake_sleep: FakeSleep) -> Sandbox:
    return Sandbox(jobs=JOBS, clock=clock, sleep=fake_sleep, export=ExportSettings(batch_size=8))


def test_export_walks_everything_in_batches_then_resumes_with_changes(clock: FakeClock, fake_sleep: FakeSleep) -> None:
    sandbox = _small_batches(clock, fake_sleep)
    with serve(sandbox) as url, httpx.Client(base_url=url, trust_env=False) as client:
        authenticate(client, sandbox)
        first = _batch(client)
        assert (len(first["data"]), first["hasMore"]) == (8, True)
        rows, saved = _drain(client, first["continueFrom"])
        assert [row["id"] for row in first["data"] + rows] == [FIRST_IDS["jobs"] + n for n in range(JOBS)]
        nothing, still = _drain(client, saved)
        assert nothing == []
        changed = FIRST_IDS["jobs"] + 4
        clock.advance(30)
        client.patch(api_path("/jpm/v2", f"/jobs/{changed}"), json={"customerPo": "PO-9"}).raise_for_status()
        resumed, _ = _drain(client, still)
        assert [(row["id"], row["customerPo"]) for row in resumed] == [(changed, "PO-9")]


def test_every_domain_export_serves_records(client: httpx.Client) -> None:
    for path in (
        api_path("/jpm/v2", "/export/appointments"),
        api_path("/crm/v2", "/export/customers"),
        api_path("/crm/v2", "/export/locations"),
        api_path("/accounting/v2", "/export/invoices"),
        api_path("/accounting/v2", "/export/payments"),
    ):
        body = _batch(client, path)
        assert body["data"], path
        assert body["hasMore"] is False


def test_from_a_date_starts_at_records_modified_since(client: httpx.Client) -> None:
    everything = _batch(client)["data"]
    since = everything[20]["modifiedOn"]
    later = _batch(client, **{"from": since})["data"]
    assert [row["id"] for row in later] == [row["id"] for row in everything[20:]]


def test_include_recent_changes_repeats_recent_records(
    client: httpx.Client, clock: FakeClock, sandbox: Sandbox
) -> None:
    _, token = _drain(client, None)
    changed = FIRST_IDS["jobs"] + 1
    client.patch(api_path("/jpm/v2", f"/jobs/{changed}"), json={"customerPo": "R-1"}).raise_for_status()
    first = _batch(client, **{"from": token, "includeRecentChanges": "true"})
    again = _batch(client, **{"from": first["continueFrom"], "includeRecentChanges": "true"})
    assert [row["id"] for row in first["data"]] == [changed]
    assert [row["id"] for row in again["data"]] == [changed]
    plain = _batch(client, **{"from": token})
    assert _batch(client, **{"from": plain["continueFrom"]})["data"] == []
    clock.advance(sandbox.export.recent_changes_seconds + 1)
    authenticate(client, sandbox)
    last_time = _batch(client, **{"from": again["continueFrom"], "includeRecentChanges": "true"})
    assert [row["id"] for row in last_time["data"]] == [changed]
    assert _batch(client, **{"from": last_time["continueFrom"], "includeRecentChanges": "true"})["data"] == []


def test_invalid_from_is_400(client: httpx.Client) -> None:
    answer = client.get(EXPORT_JOBS, params={"from": "not-a-token"})
    assert answer.status_code == 400
    assert "from" in answer.json()["errors"]
