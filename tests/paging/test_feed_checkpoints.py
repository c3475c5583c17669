"""A feed's checkpoint moves only after the consumer has taken what it covers.

A record is taken once the consumer asks for the next one; a page of `pages()` once the next page is asked for.
Iterating the same feed again re-delivers exactly what was not taken (starting with the record the consumer
stopped on); a run resumed from `continue_from` re-delivers the page it stopped in, and skips nothing.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.overlay.conftest import FakeAPI, collect
from tests.paging.conftest import timed_jobs

pytestmark = pytest.mark.anyio
RECORDS = timed_jobs(15)


def five_a_page(request: httpx.Request) -> httpx.Response:
    """15 records, 5 a page; the token is the index of the next page."""
    token = request.url.params.get("from", "")
    index = int(token.removeprefix("t")) if token.startswith("t") else 0
    data = RECORDS[index * 5 : index * 5 + 5]
    return httpx.Response(200, json={"hasMore": index < 2, "continueFrom": f"t{min(index + 1, 3)}", "data": data})


class ConsumerFailed(Exception):
    pass


async def take_until(feed: Any, failing_id: int) -> list[int]:
    """Consume a feed until processing the record `failing_id` fails; the ids processed before it."""
    taken: list[int] = []
    iterator = feed.__aiter__() if hasattr(feed, "__aiter__") else iter(feed)
    while True:
        record = await iterator.__anext__() if hasattr(iterator, "__anext__") else next(iterator)
        if record["id"] == failing_id:
            # The consumer fails here: the record it holds is not taken, and it asks for nothing more.
            return taken
        taken.append(record["id"])


@pytest.mark.parametrize("include_recent_changes", [True, False])
async def test_iterating_again_after_the_consumer_raised_re_delivers_what_it_did_not_take(
    st: Any, api: FakeAPI, include_recent_changes: bool
) -> None:
    api.route("GET", "/export/jobs", five_a_page)
    feed = st.exports.jpm.jobs(include_recent_changes=include_recent_changes, as_dicts=True)
    taken = await take_until(feed, failing_id=7)
    assert taken == [1, 2, 3, 4, 5, 6]
    assert feed.continue_from == "t1"  # page 2 (records 6..10) is not behind the checkpoint
    rest = [record["id"] for record in await collect(feed)]
    assert rest == list(range(7, 16))
    assert feed.continue_from == "t3"


async def test_a_run_resumed_from_the_checkpoint_re_delivers_the_page_it_stopped_in(st: Any, api: FakeAPI) -> None:
    api.route("GET", "/export/jobs", five_a_page)
    first = st.exports.jpm.jobs(include_recent_changes=True, as_dicts=True)
    taken = await take_until(first, failing_id=10)  # the last record of page 2 is in hand: page 2 is not taken
    assert first.continue_from == "t1"
    resumed = st.exports.jpm.jobs(start=first.continue_from, include_recent_changes=True, as_dicts=True)
    rest = [record["id"] for record in await collect(resumed)]
    assert rest == list(range(6, 16))
    assert set(taken) | set(rest) == set(range(1, 16))


async def test_pages_re_deliver_the_page_whose_processing_failed(st: Any, api: FakeAPI) -> None:
    api.route("GET", "/export/jobs", five_a_page)
    feed = st.exports.jpm.jobs(as_dicts=True)
    processed: list[list[int]] = []

    async def process(fail_on_page: int | None) -> None:
        pages = feed.pages()
        while True:
            try:
                page = await pages.__anext__() if hasattr(pages, "__anext__") else next(pages)
            except (StopIteration, StopAsyncIteration):
                return
            ids = [record["id"] for record in page.records]
            if ids[0] == fail_on_page:
                raise ConsumerFailed
            processed.append(ids)

    with pytest.raises(ConsumerFailed):
        await process(fail_on_page=6)
    assert feed.continue_from == "t1"
    await process(fail_on_page=None)
    assert processed == [[1, 2, 3, 4, 5], [6, 7, 8, 9, 10], [11, 12, 13, 14, 15]]
    assert feed.continue_from == "t3"
