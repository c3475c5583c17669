"""Issue 19: one `AsyncServiceTitan` used in one `asyncio.run()` and again in later ones (a notebook, a script that
runs a loop per job) works in every loop.

Before, the pooled connections of the first loop were reused in the next: a later run failed with a raw
`RuntimeError: Event loop is closed`, and every run after it too. Now the first call in a new loop gives the
client a new connection pool (and token lock) for that loop; the token and what was set on `st.http` are kept.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpx
import pytest

from servicetitan import AsyncServiceTitan
from servicetitan.sandbox import FIRST_IDS
from servicetitan.testing.sandbox import running_sandbox

from ._loopback import Received, Reply, loopback

pytestmark = pytest.mark.sandbox

RUNS = 5
GATHERED = 30
# Tasks per run against the loopback server, which is not paced.
TASKS = 200
JOBS = 60
BOUND = 60.0


async def _gathered(st: AsyncServiceTitan, run: int) -> list[int]:
    job = FIRST_IDS["jobs"]
    wanted = [job + (run * GATHERED + index) % JOBS for index in range(GATHERED)]

    async def one(job_id: int) -> int:
        record = await st.get_job(id=job_id)
        return int(record.id)

    got = await asyncio.wait_for(asyncio.gather(*(one(job_id) for job_id in wanted)), BOUND)
    assert got == wanted
    return got


def test_a_client_made_outside_any_loop_works_in_each_of_five_runs():
    with running_sandbox(jobs=JOBS) as session:
        st = session.async_client()
        for run in range(RUNS):
            asyncio.run(_gathered(st, run))
        asyncio.run(st.close())


def test_a_client_made_in_one_loop_works_in_the_later_ones():
    with running_sandbox(jobs=JOBS) as session:

        async def first() -> AsyncServiceTitan:
            st = session.async_client()
            await _gathered(st, 0)
            return st

        st = asyncio.run(first())
        for run in range(1, RUNS):
            asyncio.run(_gathered(st, run))

        async def last() -> None:
            async with st:
                await _gathered(st, RUNS)

        asyncio.run(last())


class _CountingServer:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.tokens = 0
        self.seen_headers: list[str | None] = []

    def __call__(self, request: Received) -> Reply:
        if request.path == "/connect/token":
            with self._lock:
                self.tokens += 1
            return Reply(200, {"access_token": f"loop-token-{self.tokens}", "expires_in": 900})
        with self._lock:
            self.seen_headers.append(request.headers.get("x-caller"))
        return Reply(200, {"id": int(request.path.rsplit("/", 1)[1])})


def test_each_loop_keeps_the_token_and_what_was_set_on_http():
    server = _CountingServer()
    hooked: list[str] = []
    with loopback(server) as url:
        st = AsyncServiceTitan(
            "loop-client",
            "loop-secret-value",
            "loop-app-key-value",
            12,
            api_url=url,
            token_url=url + "/connect/token",
            rate_limit=None,
        )
        st.http.headers["X-Caller"] = "notebook"

        async def hook(response: httpx.Response) -> None:
            hooked.append(response.request.url.path)

        st.http.event_hooks["response"].append(hook)

        async def run(index: int) -> list[Any]:
            calls = (st.request("GET", f"/jobs/{index * TASKS + n}", domain="jpm") for n in range(TASKS))
            return list(await asyncio.wait_for(asyncio.gather(*calls), BOUND))

        answers = [asyncio.run(run(index)) for index in range(RUNS)]
        asyncio.run(st.close())
    assert answers == [[{"id": index * TASKS + n} for n in range(TASKS)] for index in range(RUNS)]
    assert server.tokens == 1
    assert server.seen_headers == ["notebook"] * RUNS * TASKS
    assert len(hooked) == RUNS * TASKS
