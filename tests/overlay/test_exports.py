"""Export feeds: loop on hasMore, hand out a safe checkpoint, resume without loss, de-duplicate recent changes."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import pytest

from servicetitan import AsyncServiceTitan, ResponseValidationError
from servicetitan.exports import export_operations
from tests.overlay.conftest import FakeAPI, collect
from tests.overlay.conftest import jobs as list_jobs


def jobs(count: int, start: int = 1) -> list[dict[str, Any]]:
    """Export records carry `active` besides what a list record has."""
    return [dict(job, active=True) for job in list_jobs(count, start)]


pytestmark = pytest.mark.anyio


class Feed:
    """An export endpoint over numbered batches; the token is the index of the next batch."""

    def __init__(self, batches: list[list[dict[str, Any]]]) -> None:
        self.batches = batches

    def __call__(self, request: httpx.Request) -> httpx.Response:
        token = request.url.params.get("from", "")
        index = int(token.removeprefix("t")) if token.startswith("t") else 0
        data = self.batches[index] if index < len(self.batches) else []
        next_index = min(index + 1, len(self.batches))
        return httpx.Response(
            200, json={"hasMore": next_index < len(self.batches), "continueFrom": f"t{next_index}", "data": data}
        )


async def pages_of(feed: Any) -> list[Any]:
    return await collect(feed.pages())


def test_every_export_operation_of_every_domain_has_a_feed() -> None:
    from servicetitan import _catalog

    expected = {
        (key, op.operation_id)
        for key in _catalog.domains()
        for op in _catalog.domain(key).operations.values()
        if "/export/" in op.path
    }
    named = {(key, op.operation_id) for key in _catalog.domains() for op in export_operations(key).values()}
    assert named == expected
    assert len(expected) >= 50


async def test_feed_follows_continue_from_while_has_more(st: Any, api: FakeAPI) -> None:
    api.route("GET", "/export/jobs", Feed([jobs(2), jobs(2, start=3), jobs(1, start=5)]))
    feed = st.exports.jpm.jobs(start=dt.date(2024, 1, 1))
    assert [job.id for job in await collect(feed)] == [1, 2, 3, 4, 5]
    assert [r.url.params.get("from") for r in api.requests] == ["2024-01-01", "t1", "t2"]
    assert feed.continue_from == "t3"
    assert feed.has_more is False


async def test_stop_after_two_pages_and_resume_from_the_saved_token(st: Any, api: FakeAPI) -> None:
    api.route("GET", "/export/jobs", Feed([jobs(2), jobs(2, start=3), jobs(2, start=5), jobs(1, start=7)]))
    first = st.export("jpm", "jobs")
    seen = []
    async for record in _aiter(first):
        seen.append(record.id)
        if len(seen) == 4:
            break
    checkpoint = first.continue_from
    assert checkpoint == "t1"  # job 4 was in the consumer's hands: its page is not behind the checkpoint yet
    resumed = st.export("jpm", "Export_Jobs", start=checkpoint)
    seen += [job.id for job in await collect(resumed)]
    assert seen == [1, 2, 3, 4, 3, 4, 5, 6, 7]


async def _aiter(iterable: Any) -> Any:
    if hasattr(iterable, "__aiter__"):
        async for item in iterable:
            yield item
    else:
        for item in iterable:
            yield item


async def test_pages_move_the_checkpoint_once_the_next_page_is_asked_for(st: Any, api: FakeAPI) -> None:
    api.route("GET", "/export/jobs", Feed([jobs(1), jobs(1, start=2)]))
    feed = st.exports.jpm.jobs()
    tokens = []
    async for page in _aiter(feed.pages()):
        tokens.append((page.continue_from, feed.continue_from))
    assert tokens == [("t1", None), ("t2", "t1")]
    assert feed.continue_from == "t2"


async def test_include_recent_changes_yields_each_version_once(st: Any, api: FakeAPI) -> None:
    job = jobs(1)[0]
    newer = dict(job, modifiedOn="2024-02-01T00:00:00Z")
    api.route("GET", "/export/jobs", Feed([[job], [job, newer], [newer]]))
    records = await collect(st.exports.jpm.jobs(include_recent_changes=True, as_dicts=True))
    assert records == [job, newer]
    assert api.requests[0].url.params["includeRecentChanges"] == "true"


async def test_has_more_with_the_same_token_and_no_data_stops_instead_of_looping(st: Any, api: FakeAPI) -> None:
    api.route(
        "GET", "/export/jobs", lambda r: httpx.Response(200, json={"hasMore": True, "continueFrom": "same", "data": []})
    )
    with pytest.raises(ResponseValidationError, match="would loop forever"):
        await collect(st.exports.jpm.jobs(start="same"))
    assert len(api.requests) == 1


async def test_unknown_feed_and_bad_start_are_refused_before_sending(st: Any, api: FakeAPI) -> None:
    with pytest.raises(ValueError, match="has no export feed 'jobz'"):
        st.export("jpm", "jobz")
    with pytest.raises(TypeError, match="start must be a continuation token"):
        st.export("jpm", "jobs", start=20240101)
    with pytest.raises(AttributeError):
        _ = st.exports.jpm.jobz
    assert "customers_contacts" in dir(st.exports.crm)
    assert api.requests == []
    assert isinstance(st, AsyncServiceTitan) == hasattr(st.exports.jpm.jobs(), "__aiter__")


def test_every_route_to_a_feed_is_the_same_bound_feed_resource_made_once(st: Any) -> None:
    assert st.exports is st.exports
    assert st.exports.crm is st.crm.export
    assert st.exports.crm.customers_contacts == st.crm.export.customers_contacts
    assert "customers_contacts" in dir(st.exports.crm)
    assert "crm" in dir(st.exports)


@pytest.mark.parametrize("route", ["exports", "export by name", "export by operationId", "resource"])
async def test_every_route_to_a_feed_takes_the_per_call_options(st: Any, api: FakeAPI, route: str) -> None:
    api.route("GET", "/export/jobs", Feed([jobs(2), jobs(1, start=3)]))
    options = {"start": dt.date(2024, 1, 1), "timeout": 4.5, "max_retries": 1, "as_dicts": True}
    feed = {
        "exports": lambda: st.exports.jpm.jobs(**options),
        "export by name": lambda: st.export("jpm", "jobs", **options),
        "export by operationId": lambda: st.export("jpm", "Export_Jobs", **options),
        "resource": lambda: st.jpm.export.jobs(**options),
    }[route]()
    assert [job["id"] for job in await collect(feed)] == [1, 2, 3]
    assert {request.extensions["timeout"]["read"] for request in api.requests} == {4.5}
    assert [r.url.params.get("from") for r in api.requests] == ["2024-01-01", "t1"]


def test_a_misspelt_domain_or_feed_is_named_with_the_nearest_real_names(st: Any) -> None:
    with pytest.raises(AttributeError, match=r"jobz.*jobs"):
        st.exports.jpm.jobz  # noqa: B018
    with pytest.raises(AttributeError, match=r"jpmm.*did you mean jpm\b"):
        st.exports.jpmm  # noqa: B018
    with pytest.raises(ValueError, match="jobz"):
        st.export("jpm", "jobz")
    # A domain without feeds is refused as the feed's domain, not as a missing attribute of the client.
    with pytest.raises(ValueError, match="domain 'forms' has no export feed 'jobs'"):
        st.export("forms", "jobs")
    with pytest.raises(TypeError, match="colour"):
        st.export("jpm", "jobs", colour="red")
