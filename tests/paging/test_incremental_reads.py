"""Incremental reads of lists: `modified_since=<checkpoint>` with `fetch_all=True` walks the inclusive
`modifiedOnOrAfter` bound, drops repeats by (id, modifiedOn), and `Records.checkpoint` is the next run's
`modified_since`: no record is skipped or repeated across runs, even when many share one `modifiedOn`."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from servicetitan import AsyncServiceTitan
from servicetitan.sandbox import DEFAULT_TENANT, FIRST_IDS, Sandbox
from tests.overlay.conftest import FakeAPI, call, collect
from tests.paging.conftest import ListServer, stamp, timed_jobs
from tests.paging.test_list_shifting_while_read import client_settings

pytestmark = pytest.mark.anyio


async def ids_of(st: Any, method: str, **arguments: Any) -> tuple[list[int], Any]:
    records = await call(st, method, fetch_all=True, as_dicts=True, **arguments)
    return [record["id"] for record in await collect(records)], records


async def test_records_changed_between_runs_arrive_once_even_sharing_one_timestamp() -> None:
    sandbox = Sandbox(jobs=120, clock=lambda: 1_767_225_600.0)  # every change gets the same modifiedOn
    st = AsyncServiceTitan(**client_settings(sandbox, "http://sandbox"), transport=httpx.ASGITransport(app=sandbox))
    st.page_size_limits["Jobs_GetList"] = 25
    jobs = sandbox.tenant(DEFAULT_TENANT)["jobs"]
    first, run = await ids_of(st, "list_jobs", modified_since="2000-01-01")
    assert sorted(first) == sorted(jobs.ids())
    changed = [FIRST_IDS["jobs"] + n for n in (3, 50, 77, 101)]
    for job_id in changed:
        jobs.update(job_id, {"summary": "changed between runs"})
    second, run = await ids_of(st, "list_jobs", modified_since=run.checkpoint)
    assert second == changed
    assert run.checkpoint.startswith("2026-01-01T00:00:00.0000000Z~")
    more = [FIRST_IDS["jobs"] + n for n in (9, 10)]
    for job_id in more:
        jobs.update(job_id, {"summary": "changed at the very same moment"})
    third, run = await ids_of(st, "list_jobs", modified_since=run.checkpoint)
    assert third == more
    fourth, _ = await ids_of(st, "list_jobs", modified_since=run.checkpoint)
    assert fourth == []


def tied_jobs() -> list[dict[str, Any]]:
    """12 jobs; the last 7 modified at one moment (more than two pages of 3 share it)."""
    records = timed_jobs(12)
    for record in records[5:]:
        record["modifiedOn"] = stamp(100, "1234567")
    return records


async def test_a_run_stopped_midway_resumes_from_what_was_taken(st: Any, api: FakeAPI) -> None:
    server = ListServer(tied_jobs())
    api.route("GET", "/jobs", server)
    st.page_size_limits["Jobs_GetList"] = 3
    records = await call(st, "list_jobs", fetch_all=True, as_dicts=True, modified_since="2024-01-01")
    taken = []
    async for record in _each(records):
        taken.append(record["id"])
        if len(taken) == 8:
            break  # job 8 is in hand, not taken
    assert records.checkpoint == "2024-03-01T01:40:00.1234567Z~6,7"
    rest, _ = await ids_of(st, "list_jobs", modified_since=records.checkpoint)
    assert taken[:-1] + rest == list(range(1, 13))
    assert all(params["sort"] == "+ModifiedOn" for params in server.asked)


async def test_a_list_without_sort_moves_its_checkpoint_only_at_the_end(st: Any, api: FakeAPI) -> None:
    api.route("GET", "/technicians", ListServer(list(reversed(tied_jobs()))))
    st.page_size_limits["Technicians_GetList"] = 3
    records = await call(st, "list_technicians", fetch_all=True, as_dicts=True, modified_since="2024-01-01")
    async for _ in _each(records):
        break
    assert records.checkpoint == "2024-01-01T00:00:00.0000000Z"
    ids = [record["id"] async for record in _each(records)]
    assert sorted(ids) == list(range(1, 13))
    assert records.checkpoint == "2024-03-01T01:40:00.1234567Z~6,7,8,9,10,11,12"


async def test_bad_incremental_calls_are_refused_before_sending(st: Any, api: FakeAPI) -> None:
    with pytest.raises(ValueError, match="pass fetch_all=True"):
        await call(st, "list_jobs", modified_since="2024-01-01")
    with pytest.raises(ValueError, match="modified_since decides modifiedOnOrAfter"):
        await call(st, "list_jobs", fetch_all=True, modified_since="2024-01-01", modified_on_or_after="2024-01-01")
    with pytest.raises(ValueError, match="modified_since must be a checkpoint"):
        await call(st, "list_jobs", fetch_all=True, modified_since="yesterday")
    with pytest.raises(TypeError):
        await call(st, "list_user_roles", fetch_all=True, modified_since="2024-01-01")  # no modifiedOnOrAfter
    assert api.requests == []


async def _each(iterable: Any) -> Any:
    if hasattr(iterable, "__aiter__"):
        async for item in iterable:
            yield item
    else:
        for item in iterable:
            yield item


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("2024-01-09T18:32:41.6833333Z", "2024-01-09T18:32:41.6833333"),
        ("2024-01-09T18:32:41Z", "2024-01-09T18:32:41.0000000"),
        ("2024-01-09T18:32:41.5", "2024-01-09T18:32:41.5000000"),  # no zone: UTC, as ServiceTitan means it
        ("2024-01-09T20:32:41.68+02:00", "2024-01-09T18:32:41.6800000"),
        ("2024-01-09", None),
        ("soon", None),
    ],
)
def test_timestamps_are_keyed_in_time_order_at_full_precision(text: str, key: str | None) -> None:
    from servicetitan._timeutil import timestamp_key

    assert timestamp_key(text) == key


def test_a_page_of_timestamps_is_keyed_alike_by_the_fast_path_and_one_by_one() -> None:
    from servicetitan._timeutil import timestamp_key, timestamp_keys

    uniform = [stamp(n, f"{n:07d}") for n in range(5)]
    assert timestamp_keys(uniform) == [timestamp_key(value) for value in uniform]
    odd = [uniform[0], "2024-03-01T00:0X:00.0000000Z", uniform[1], "2024-02-01T00:00:00.0000000Z", uniform[2]]
    assert timestamp_keys(odd) == [timestamp_key(value) for value in odd]  # not ascending: keyed one by one
    assert timestamp_keys(odd)[1] is None
