"""One tenant's whole catalog read with `fetch_all`, and a cold read of 100,000 jobs, against the sandbox in its own
process.

    python bench/bench_catalog.py [--jobs 2000] [--rounds 3] [--cold-jobs 100000] [--cold-rounds 2] [--baseline REF]

1. The whole catalog: every paged list (reporting aside: its sandbox is a report desk) and every export feed the
   sandbox seeds, read to the end with `fetch_all=True, as_dicts=True` on the sync client, against a bare httpx
   loop that sends the very requests the library sent (same pages, same parameters) and decodes each answer.
   Interleaved rounds; records/s of each, requests per 1,000 records, and library time / bare time per round
   (goal <= 1.2).
2. A cold first read of 100,000 jobs at page size 5,000 (typed records) from a freshly started sandbox: records/s,
   with the server's CPU seconds (from /proc) beside the client's; with `--baseline REF` (a git revision) also
   against the sandbox of that revision, interleaved, with the ratio of their speeds.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from contextlib import nullcontext
from functools import partial
from pathlib import Path
from typing import Any

import httpx
from bench_sandbox import REPOSITORY, Server, exported, sandbox_process, token_headers
from measure import Spread, interleaved, ratios, verdict

from servicetitan import ServiceTitan, _catalog
from servicetitan._operations import Kind, OperationSpec, spec_for
from servicetitan.exports import export_operations
from servicetitan.resources import operation_name
from servicetitan.sandbox import DEFAULT_TENANT, Credentials, Sandbox

sys.path.insert(0, str(REPOSITORY))  # the tests' examples fill every list's required inputs
from tests.overlay.examples import required_arguments

GOAL = 1.2
COLD_PAGE_SIZE = 5000


class CountingTransport(httpx.HTTPTransport):
    """Keeps every API request the client sent (the token request aside), to count them and replay them."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[httpx.URL] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path != "/connect/token":
            self.sent.append(request.url)
        return super().handle_request(request)


def client(server: Server, transport: httpx.BaseTransport | None = None) -> ServiceTitan:
    credentials = Credentials()
    return ServiceTitan(
        client_id=credentials.client_id,
        client_secret=credentials.client_secret,
        app_key=credentials.app_key,
        tenant=DEFAULT_TENANT,
        api_url=server.base_url,
        token_url=f"{server.base_url}/connect/token",
        rate_limit=None,
        transport=transport,
    )


def _answers_pages(spec: OperationSpec) -> bool:
    """Whether the spec answers the page envelope (the library pages nothing else; see the strict xfails of
    tests/overlay/test_whole_api_sandbox.py)."""
    schema = spec.operation.success_schema()
    return schema is None or "hasMore" in (
        _catalog.resolve_schema(spec.operation.domain, schema).get("properties") or {}
    )


def _feed_read(domain: str, name: str) -> Callable[[ServiceTitan], Any]:
    return lambda st: getattr(getattr(st, domain).export, name)(as_dicts=True)


def _list_read(spec: OperationSpec, arguments: dict[str, Any]) -> Callable[[ServiceTitan], Any]:
    resource, verb = operation_name(spec.operation)
    domain = spec.operation.domain
    return lambda st: getattr(getattr(getattr(st, domain), resource), verb)(**arguments, fetch_all=True, as_dicts=True)


def catalog_reads(jobs: int) -> list[Callable[[ServiceTitan], Any]]:
    """A read (returning an iterable of records) of every list and feed of the catalog the sandbox seeds."""
    sandbox = Sandbox(jobs=jobs)
    reads: list[Callable[[ServiceTitan], Any]] = []
    for domain in _catalog.domains():
        if domain == "reporting":
            continue
        feeds = {operation.operation_id: name for name, operation in export_operations(domain).items()}
        for operation_id in _catalog.domain(domain).operations:
            spec = spec_for(domain, operation_id)
            if spec.kind is Kind.FEED:
                reads.append(_feed_read(domain, feeds[operation_id]))
            elif spec.kind is Kind.LIST and _answers_pages(spec):
                names = {i.api_name: i.python_name for i in spec.path_inputs}
                path = sandbox.path_params(domain, operation_id)
                arguments = {**required_arguments(spec), **{names[name]: value for name, value in path.items()}}
                reads.append(_list_read(spec, arguments))
    return reads


def library_read(server: Server, reads: list[Callable[[ServiceTitan], Any]]) -> tuple[float, int, list[httpx.URL]]:
    """(seconds, records, requests sent) of one whole-catalog read by the library."""
    transport = CountingTransport()
    with client(server, transport) as st:
        st.jpm.job_types.get_list(page_size=1)  # the token, outside the timing
        transport.sent.clear()
        started = time.perf_counter()
        records = sum(sum(1 for _ in read(st)) for read in reads)
        elapsed = time.perf_counter() - started
    return elapsed, records, transport.sent


def bare_read(server: Server, urls: list[httpx.URL]) -> tuple[float, int]:
    """(seconds, records) of the same requests sent by a bare httpx loop, each answer decoded."""
    with httpx.Client(headers=token_headers(server.base_url), trust_env=False) as http:
        started = time.perf_counter()
        records = 0
        for url in urls:
            answer = http.get(url)
            answer.raise_for_status()
            body = answer.json()
            records += len(body["data"] if isinstance(body, dict) else body)
        elapsed = time.perf_counter() - started
    return elapsed, records


def whole_catalog(jobs: int, rounds: int) -> None:
    reads = catalog_reads(jobs)
    with sandbox_process(jobs) as server:
        _, records, urls = library_read(server, reads)  # warm: every list's index built once, as a served tenant has
        print(
            f"whole catalog: {len(reads)} lists and feeds, {records:,} records, {len(urls):,} requests ({jobs:,} jobs)"
        )
        results = interleaved(
            {"library": lambda: library_read(server, reads), "bare": lambda: bare_read(server, urls)}, rounds
        )
    library = [elapsed for elapsed, *_ in results["library"]]
    bare = [elapsed for elapsed, _ in results["bare"]]
    per_thousand = 1000 * len(urls) / records
    print(f"  library fetch_all as_dicts: {Spread.of([records / t for t in library]).show(' records/s', digits=0)}")
    print(f"  bare httpx, same requests:  {Spread.of([records / t for t in bare]).show(' records/s', digits=0)}")
    print(f"  requests per 1,000 records: {per_thousand:.2f}")
    ratio = ratios(library, bare)
    print(f"  library/bare time: {ratio.show('x', digits=3)}  {verdict(ratio, GOAL)}")


def cold_read(jobs: int, source: Path | None) -> tuple[int, float, float, float]:
    """(records, seconds, server CPU seconds, client CPU seconds) of a typed fetch_all of every job from a freshly
    started sandbox (of the exported revision `source`, or the current one)."""
    with sandbox_process(jobs, source) as server, client(server) as st:
        st.jpm.job_types.get_list(page_size=1)  # the token, outside the timing
        server_before, client_before = server.cpu_seconds(), time.process_time()
        started = time.perf_counter()
        count = sum(1 for _ in st.jpm.jobs.get_list(fetch_all=True, page_size=COLD_PAGE_SIZE))
        elapsed = time.perf_counter() - started
        return count, elapsed, server.cpu_seconds() - server_before, time.process_time() - client_before


def cold_jobs(jobs: int, rounds: int, baseline: str | None) -> None:
    print(
        f"cold first read of {jobs:,} jobs at page size {COLD_PAGE_SIZE:,}, typed records, each from a fresh sandbox:"
    )
    with exported(baseline) if baseline else nullcontext() as old:
        sources = {"current ": None, **({"baseline": old} if old is not None else {})}
        results = interleaved({label: partial(cold_read, jobs, source) for label, source in sources.items()}, rounds)
    for label, figures in results.items():
        rates = Spread.of([count / elapsed for count, elapsed, _, _ in figures])
        server = Spread.of([server_cpu for _, _, server_cpu, _ in figures])
        client_cpu = Spread.of([client_cpu for _, _, _, client_cpu in figures])
        print(
            f"  {label}: {rates.show(' records/s', digits=0)}; server CPU {server.show('s')},"
            f" client CPU {client_cpu.show('s')}"
        )
    if "baseline" in results:
        speed = ratios([elapsed for _, elapsed, _, _ in results["baseline"]], [e for _, e, _, _ in results["current "]])
        print(f"  speed current/baseline: {speed.show('x', digits=2)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jobs", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--cold-jobs", type=int, default=100_000)
    parser.add_argument("--cold-rounds", type=int, default=2)
    parser.add_argument("--baseline", help="a git revision whose sandbox the cold read also runs against")
    args = parser.parse_args()
    whole_catalog(args.jobs, args.rounds)
    cold_jobs(args.cold_jobs, args.cold_rounds, args.baseline)
    return 0


if __name__ == "__main__":
    sys.exit(main())
