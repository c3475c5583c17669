"""servicepytan (PyPI 0.4.2, the most used Python ServiceTitan library) beside this library, on the same sandbox.

    nox -s bench -- --peers              (installs servicepytan in the bench session only)
    python bench/bench_peers.py [--jobs 100000] [--gets 2000] [--rounds 3]

Both read every job of a 100,000-job sandbox tenant in pages of 5,000 (servicepytan's `Endpoint.get_all` with
`pageSize=5000`; its default is 100) and get 2,000 jobs by id, interleaved over rounds on one warm sandbox in its
own process. Printed per reader: wall time, client CPU, token requests made, and peak memory (tracemalloc, a
separate pass). Ours runs with its rate limiter off, as the peer has none; with the default 50 requests/s, 2,000
gets take at least 40 s by design.

servicepytan reads its settings into a plain dict (`servicepytan_connect`), whose `auth_root` and `api_root` are
pointed at the sandbox. It sends `Authorization: <token>` without the `Bearer ` scheme. ServiceTitan documents
OAuth 2.0 bearer tokens (the token answer says `"token_type": "Bearer"`), and the sandbox, like the documented API,
refuses any other scheme; so the benchmark puts the scheme in front of the peer's header and leaves everything else
of it as shipped, including a token request before every API request.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

import httpx
from bench_actions import PAGE_SIZE, client, sandbox_process
from measure import Spread, interleaved

from servicetitan import ServiceTitan
from servicetitan.sandbox import DEFAULT_TENANT, FIRST_IDS, TOKEN_PATH, Credentials


class TokenCounter:
    def __init__(self) -> None:
        self.requests = 0


class CountingTransport(httpx.HTTPTransport):
    """Counts the token requests our client sends."""

    def __init__(self, counter: TokenCounter) -> None:
        super().__init__()
        self.counter = counter

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == TOKEN_PATH:
            self.counter.requests += 1
        return super().handle_request(request)


def ours(base_url: str, counter: TokenCounter) -> ServiceTitan:
    return client(base_url, rate_limit=None, transport=CountingTransport(counter))


class PeerShim:
    """Wraps servicepytan once: its token requests are counted into `counter`, and its `Authorization` header gets
    the documented `Bearer ` scheme in front of the token. Nothing else of it changes."""

    counter = TokenCounter()
    installed = False

    @classmethod
    def install(cls) -> None:
        import servicepytan.auth
        import servicepytan.utils

        if cls.installed:
            return
        shipped_token_request = servicepytan.auth.request_auth_token
        shipped_headers = servicepytan.auth.get_auth_headers

        def counted_token_request(*args: Any, **kwargs: Any) -> Any:
            cls.counter.requests += 1
            return shipped_token_request(*args, **kwargs)

        def with_bearer_scheme(conn: dict[str, Any]) -> dict[str, str]:
            headers: dict[str, str] = shipped_headers(conn)
            return {**headers, "Authorization": f"Bearer {headers['Authorization']}"}

        servicepytan.auth.request_auth_token = counted_token_request
        servicepytan.utils.get_auth_headers = with_bearer_scheme
        cls.installed = True


def peer_connection(base_url: str, counter: TokenCounter) -> dict[str, Any]:
    """servicepytan's settings, pointed at the sandbox; its token requests from now on count into `counter`."""
    import servicepytan.auth

    PeerShim.install()
    PeerShim.counter = counter
    credentials = Credentials()
    conn: dict[str, Any] = servicepytan.auth.servicepytan_connect(
        app_key=credentials.app_key,
        tenant_id=str(DEFAULT_TENANT),
        client_id=credentials.client_id,
        client_secret=credentials.client_secret,
    )
    return {**conn, "auth_root": base_url, "api_root": base_url}


def job_ids(count: int) -> list[int]:
    return [FIRST_IDS["jobs"] + index for index in range(count)]


def readers(base_url: str, gets: int) -> dict[str, Callable[[], tuple[int, int]]]:
    """Each reader returns (records or gets seen, token requests made)."""
    from servicepytan import Endpoint

    def our_list(as_dicts: bool) -> tuple[int, int]:
        counter = TokenCounter()
        with ours(base_url, counter) as st:
            return sum(1 for _ in st.list_jobs(fetch_all=True, as_dicts=as_dicts)), counter.requests

    def our_gets() -> tuple[int, int]:
        counter = TokenCounter()
        with ours(base_url, counter) as st:
            return sum(1 for job_id in job_ids(gets) if st.get_job(id=job_id).id == job_id), counter.requests

    def peer_list() -> tuple[int, int]:
        counter = TokenCounter()
        jobs = Endpoint("jpm", "jobs", conn=peer_connection(base_url, counter))
        return len(jobs.get_all(query={"pageSize": PAGE_SIZE})), counter.requests

    def peer_gets() -> tuple[int, int]:
        counter = TokenCounter()
        jobs = Endpoint("jpm", "jobs", conn=peer_connection(base_url, counter))
        return sum(1 for job_id in job_ids(gets) if jobs.get_one(id=job_id)["id"] == job_id), counter.requests

    return {
        "servicetitan list_jobs (typed)": lambda: our_list(as_dicts=False),
        "servicetitan list_jobs (as_dicts)": lambda: our_list(as_dicts=True),
        "servicepytan get_all": peer_list,
        "servicetitan get_job x gets": our_gets,
        "servicepytan get_one x gets": peer_gets,
    }


def timed(run: Callable[[], tuple[int, int]]) -> tuple[float, float, int, int]:
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    seen, tokens = run()
    return time.perf_counter() - wall, time.process_time() - cpu, seen, tokens


def peak_mib(run: Callable[[], tuple[int, int]]) -> float:
    gc.collect()
    tracemalloc.start()
    run()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=100_000)
    parser.add_argument("--gets", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with sandbox_process(args.jobs) as base_url:
        reads = readers(base_url, args.gets)
        for name in ("servicepytan get_all", "servicetitan get_job x gets"):  # the sandbox caches its answers
            reads[name]()
        times = interleaved({name: lambda read=read: timed(read) for name, read in reads.items()}, args.rounds)
        memory = {name: peak_mib(read) for name, read in reads.items()}
    print(f"beside servicepytan 0.4.2: {args.jobs:,} jobs in pages of {PAGE_SIZE} and {args.gets:,} gets by id,")
    print(f"one warm sandbox, {args.rounds} interleaved rounds (peak memory from one more pass each):")
    for name, rounds in times.items():
        seen = sorted({r[2] for r in rounds})
        tokens = sorted({r[3] for r in rounds})
        label = name.replace("x gets", f"x {args.gets}")
        print(
            f"  {label:<36} {seen} seen  wall {Spread.of([r[0] for r in rounds]).show(' s')}"
            f"  client CPU {Spread.of([r[1] for r in rounds]).show(' s')}  token requests {tokens}"
            f"  peak memory {memory[name]:.1f} MiB"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
