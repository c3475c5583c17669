"""Issue 18 (QUIRKS, production): capacity refuses a window longer than 14 days. The client refuses it first,
naming the inputs, before anything is sent; a window within the limit is sent as given."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import pytest

from servicetitan import AsyncServiceTitan, ServiceTitan
from tests.overlay.conftest import FakeAPI

pytestmark = pytest.mark.anyio

START = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)


async def _capacity(st: ServiceTitan | AsyncServiceTitan, **kwargs: Any) -> Any:
    result = st.dispatch.capacity.get_list(skill_based_availability=False, **kwargs)  # type: ignore[attr-defined]
    return await result if isinstance(st, AsyncServiceTitan) else result


@pytest.mark.parametrize(
    "end",
    [START + dt.timedelta(days=14, seconds=1), START + dt.timedelta(days=30), "2026-04-01T00:00:00Z"],
)
async def test_a_capacity_window_longer_than_14_days_is_refused_before_sending(
    st: ServiceTitan | AsyncServiceTitan, api: FakeAPI, end: Any
) -> None:
    with pytest.raises(ValueError, match=r"starts_on_or_after.*ends_on_or_before.*14 days") as caught:
        await _capacity(st, starts_on_or_after=START, ends_on_or_before=end)
    assert "Capacity_GetList" in str(caught.value)
    assert api.requests == []


async def test_a_capacity_window_that_ends_before_it_starts_is_refused(
    st: ServiceTitan | AsyncServiceTitan, api: FakeAPI
) -> None:
    with pytest.raises(ValueError, match="ends before it starts"):
        await _capacity(st, starts_on_or_after=START, ends_on_or_before=START - dt.timedelta(hours=1))
    assert api.requests == []


@pytest.mark.parametrize("days", [0, 1, 14])
async def test_a_capacity_window_within_14_days_is_sent(
    st: ServiceTitan | AsyncServiceTitan, api: FakeAPI, days: int
) -> None:
    api.route(
        "POST", "/capacity", lambda request: httpx.Response(200, json={"startsOnOrAfter": None, "availabilities": []})
    )
    await _capacity(st, starts_on_or_after=START, ends_on_or_before=START + dt.timedelta(days=days))
    assert len(api.requests) == 1
    assert api.requests[0].url.params == httpx.QueryParams()
