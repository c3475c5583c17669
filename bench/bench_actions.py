"""`list_jobs(fetch_all=True)` over 100,000 jobs in the sandbox, against a bare httpx page loop in the same run.

    python bench/bench_actions.py [--jobs 100000] [--rounds 3] [--no-cold] [--baseline REF]

The sandbox runs in its own process, so the client's CPU time (`time.process_time`) is the client's cost alone;
wall time includes the server. Three readers go through every job, one page of 5,000 at a time:
- bare:   `httpx.Client` + `json()` page loop, no model;
- typed:  `st.list_jobs(fetch_all=True)`, each record a generated attrs model (goal <= 1.5x bare, stretch 1.1x);
- dicts:  the same with `as_dicts=True`, plain dicts (goal <= 1.05x bare).
The library decodes and parses each page with the cyclic collector paused, and decodes pages with msgspec when the
`speedups` extra is installed; the bare loop does neither. So that no figure hides where a gain comes from, two
more readers join the rounds: `bare/paused`, the bare loop with the collector paused around each page's decoding
the same way (its ratio is printed beside the goal's), and, when msgspec is installed, `typed/json` and
`dicts/json`, this library with msgspec hidden, in a worker process.
Warm: one sandbox whose answers a first read has cached, then every reader once per round, interleaved.
Cold: a fresh sandbox process for every read, so the server's first-read cost (it grows with the page offset)
shows in the wall time. Peak memory (tracemalloc) of the streaming typed read against the streaming bare read,
both holding one page at a time (goal <= 1.2x). And one page alone: the generated `from_dict` of each of its
records against `json.loads` of the page, per record.
With `--baseline REF` (a git revision), the typed and dict reads of that revision's library join the warm rounds,
each in a worker process on the same sandbox (its client CPU measured inside the worker, around the read only),
and the current/baseline ratios of client CPU are printed.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import socket
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
from bench_core import baseline_tree, library_path
from measure import Spread, interleaved, ratios, verdict

from servicetitan import ServiceTitan
from servicetitan._parsing import parser_for
from servicetitan.sandbox import DEFAULT_TENANT, Credentials

PAGE_SIZE = 5000
TYPED_GOAL, TYPED_STRETCH = 1.5, 1.1
DICTS_GOAL = 1.05
MEMORY_GOAL = 1.2


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def sandbox_process(jobs: int, port: int | None = None) -> Iterator[str]:
    port = port or free_port()
    command = [sys.executable, "-m", "servicetitan.sandbox", "--port", str(port), "--jobs", str(jobs)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                httpx.post(f"{base_url}/connect/token", data={}, timeout=1)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("the sandbox did not start") from None
                time.sleep(0.2)
        yield base_url
    finally:
        process.terminate()
        process.wait(timeout=30)


def client(base_url: str, **settings: Any) -> ServiceTitan:
    credentials = Credentials()
    return ServiceTitan(
        client_id=credentials.client_id,
        client_secret=credentials.client_secret,
        app_key=credentials.app_key,
        tenant=DEFAULT_TENANT,
        api_url=base_url,
        token_url=f"{base_url}/connect/token",
        **settings,
    )


def read_typed(base_url: str, as_dicts: bool = False) -> int:
    with client(base_url) as st:
        return sum(1 for _ in st.list_jobs(fetch_all=True, as_dicts=as_dicts))


def bare_headers(http: httpx.Client) -> dict[str, str]:
    credentials = Credentials()
    form = {
        "grant_type": "client_credentials",
        "client_id": credentials.client_id,
        "client_secret": credentials.client_secret,
    }
    token = http.post("/connect/token", data=form).json()["access_token"]
    return {"Authorization": f"Bearer {token}", "ST-App-Key": credentials.app_key}


def bare_page(http: httpx.Client, headers: dict[str, str], page: int) -> httpx.Response:
    path = f"/jpm/v2/tenant/{DEFAULT_TENANT}/jobs"
    return http.get(path, params={"pageSize": PAGE_SIZE, "page": page}, headers=headers)


def read_bare(base_url: str) -> int:
    with httpx.Client(base_url=base_url, timeout=120) as http:
        headers = bare_headers(http)
        count, page, more = 0, 1, True
        while more:
            body = bare_page(http, headers, page).json()
            count += sum(1 for _ in body["data"])
            more, page = body["hasMore"], page + 1
        return count


def read_bare_paused(base_url: str) -> int:
    """The bare loop with the collector paused around each page's decoding, as the library pauses it."""
    from servicetitan._parsing import collector_paused  # not in a baseline's library, which workers import

    with httpx.Client(base_url=base_url, timeout=120) as http:
        headers = bare_headers(http)
        count, page, more = 0, 1, True
        while more:
            response = bare_page(http, headers, page)
            with collector_paused():
                body = response.json()
            count += sum(1 for _ in body["data"])
            more, page = body["hasMore"], page + 1
        return count


def bench_one_page(base_url: str, rounds: int) -> dict[str, list[float]]:
    """CPU seconds per record: `json.loads` of a page of jobs, and the generated `from_dict` of its records."""
    with httpx.Client(base_url=base_url, timeout=120) as http:
        content = bare_page(http, bare_headers(http), 1).content
    records = json.loads(content)["data"]
    parse = parser_for("jpm", "Jpm.V2.JobResponse")
    assert parse is not None

    def per_record(run: Callable[[], object]) -> float:
        gc.collect()
        started = time.process_time()
        run()
        return (time.process_time() - started) / len(records)

    return interleaved(
        {
            "json.loads": lambda: per_record(lambda: json.loads(content)),
            "from_dict": lambda: per_record(lambda: [parse(r) for r in records]),
        },
        rounds,
    )


READERS: dict[str, Callable[[str], int]] = {
    "bare": read_bare,
    "typed": read_typed,
    "dicts": lambda base_url: read_typed(base_url, as_dicts=True),
}


def has_speedups() -> bool:
    try:
        import msgspec  # noqa: F401
    except ImportError:
        return False
    return True


def read_in_worker(
    base_url: str, reader: str, source: Path | None, without_speedups: bool = False
) -> tuple[float, float, int]:
    """`timed` of one reader, run by the library at `source` (None: this worktree) in a worker process on the
    same sandbox; `without_speedups` hides msgspec from it."""
    command = [sys.executable, __file__, "--worker", reader, "--url", base_url]
    if without_speedups:
        command.append("--without-speedups")
    environment = {**os.environ, **library_path(source)}
    output = subprocess.run(command, capture_output=True, text=True, check=True, env=environment).stdout
    wall, cpu, count = json.loads(output)
    return wall, cpu, count


def timed(run: Callable[[], int]) -> tuple[float, float, int]:
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    count = run()
    return time.perf_counter() - wall, time.process_time() - cpu, count


def peak_mib(run: Callable[[], int]) -> float:
    gc.collect()
    tracemalloc.start()
    run()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def cold_read(jobs: int, read: Callable[[str], int]) -> tuple[float, float, int]:
    with sandbox_process(jobs) as base_url:
        return timed(lambda: read(base_url))


def report(title: str, results: dict[str, list[tuple[float, float, int]]]) -> None:
    print(title)
    for name, rounds in results.items():
        walls, cpus = [r[0] for r in rounds], [r[1] for r in rounds]
        counts = sorted({r[2] for r in rounds})
        print(
            f"  {name:<10} {counts} records  wall {Spread.of(walls).show(' s')}  "
            f"client CPU {Spread.of(cpus).show(' s')}"
        )
    bare_cpu = [r[1] for r in results["bare"]]
    for name, goal, stretch in (("typed", TYPED_GOAL, TYPED_STRETCH), ("dicts", DICTS_GOAL, None)):
        ratio = ratios([r[1] for r in results[name]], bare_cpu)
        line = f"  client CPU {name} / bare: x{ratio.show()}  {verdict(ratio, goal, stretch)}"
        if "bare/paused" in results:
            paused = ratios([r[1] for r in results[name]], [r[1] for r in results["bare/paused"]])
            line += f"; / bare/paused: x{paused.show()}"
        print(line)
    for name in ("typed/json", "dicts/json"):
        if name in results:
            ratio = ratios([r[1] for r in results[name]], bare_cpu)
            print(f"  client CPU {name} (without msgspec) / bare: x{ratio.show()}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-cold", action="store_true", help="skip the cold-sandbox reads (a fresh server each)")
    parser.add_argument("--baseline", default=None, help="git revision whose typed and dict reads join the rounds")
    parser.add_argument("--worker", choices=sorted(READERS), default=None, help=argparse.SUPPRESS)
    parser.add_argument("--url", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--without-speedups", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker is not None:
        if args.without_speedups:
            sys.modules["msgspec"] = None  # an import of it now fails, as without the extra
        print(json.dumps(timed(lambda: READERS[args.worker](args.url))))
        return 0
    with sandbox_process(args.jobs) as base_url, baseline_tree(args.baseline) as baseline:
        read_bare(base_url)  # the sandbox caches its answers: every later read is served warm
        readers = {name: lambda read=read: timed(lambda: read(base_url)) for name, read in READERS.items()}
        readers["bare/paused"] = lambda: timed(lambda: read_bare_paused(base_url))
        if has_speedups():
            for name in ("typed", "dicts"):
                readers[f"{name}/json"] = lambda name=name: read_in_worker(base_url, name, None, without_speedups=True)
        if baseline is not None:
            for name in ("typed", "dicts"):
                readers[f"{name}@base"] = lambda name=name: read_in_worker(base_url, name, baseline)
        warm = interleaved(readers, args.rounds)
        page = bench_one_page(base_url, args.rounds)
        memory = interleaved(
            {
                "bare": lambda: peak_mib(lambda: read_bare(base_url)),
                "typed": lambda: peak_mib(lambda: read_typed(base_url)),
            },
            args.rounds,
        )
    report(
        f"list_jobs over {args.jobs:,} jobs, page size {PAGE_SIZE}, warm sandbox, {args.rounds} interleaved rounds:",
        warm,
    )
    if args.baseline is not None:
        for name in ("typed", "dicts"):
            ratio = ratios([r[1] for r in warm[name]], [r[1] for r in warm[f"{name}@base"]])
            print(f"  client CPU {name}, current / baseline {args.baseline}: x{ratio.show()}")
    ratio = ratios(memory["typed"], memory["bare"])
    print(
        f"  peak memory, streaming reads: typed {Spread.of(memory['typed']).show(' MiB', digits=1)}, "
        f"bare {Spread.of(memory['bare']).show(' MiB', digits=1)}: x{ratio.show()}  {verdict(ratio, MEMORY_GOAL)}"
    )
    ratio = ratios(page["from_dict"], page["json.loads"])
    print(
        f"  one page of {PAGE_SIZE}, per record: from_dict {Spread.of(page['from_dict']).show(' us', 1e6)}, "
        f"json.loads {Spread.of(page['json.loads']).show(' us', 1e6)}: x{ratio.show()}"
    )
    if not args.no_cold:
        cold = interleaved(
            {name: lambda read=read: cold_read(args.jobs, read) for name, read in READERS.items()}, args.rounds
        )
        report(f"the same reads, each from a freshly started (cold) sandbox, {args.rounds} interleaved rounds:", cold)
    return 0


if __name__ == "__main__":
    sys.exit(main())
