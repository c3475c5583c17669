"""The sandbox on loopback, in its own process: throughput of GETs by id, the cost of deep pages, cold full reads.

    python bench/bench_sandbox.py [--requests 5000] [--jobs 100000] [--rounds 5] [--baseline REF]

1. GETs of one job by id over one keep-alive connection, two clients measured in the same run:
   - raw:   a minimal HTTP/1.1 client on a plain socket (what the server can serve; the client costs little);
   - httpx: `httpx.Client` (what a Python client sees; on a small machine httpx's own cost per request dominates).
   The target is 1,500 GET/s from the single server process, so that the sandbox is never the bottleneck of the
   client benchmarks.
2. Deep pages: `pageSize=100&page=999` against `page=1` of the same list, interleaved rounds, each request
   distinct (so no cached answer serves it). A ratio near 1 means a page costs O(page size), not O(offset).
3. Cold reads: every job at page size 500 and 5,000 from a freshly started sandbox, with the server's CPU
   seconds (from /proc) printed beside the client's.
With `--baseline REF` (a git revision, e.g. the commit before a change), parts 2 and 3 also run against the
sandbox of that revision, interleaved with the current one, and print current/baseline ratios.
"""

from __future__ import annotations

import argparse
import io
import os
import socket
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from servicetitan.sandbox import DEFAULT_TENANT, FIRST_IDS, Credentials

TARGET = 1500.0
DISTINCT = 200
JOBS_PATH = f"/jpm/v2/tenant/{DEFAULT_TENANT}/jobs"
START_TIMEOUT = 120.0
REPOSITORY = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Server:
    base_url: str
    port: int
    pid: int

    def cpu_seconds(self) -> float:
        """User plus system CPU time of the server process so far (Linux /proc)."""
        with open(f"/proc/{self.pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def sandbox_process(jobs: int, source: Path | None = None) -> Iterator[Server]:
    """A sandbox in its own process on a free port; `source` runs the sandbox of an exported revision instead."""
    port = _free_port()
    command = [sys.executable, "-m", "servicetitan.sandbox", "--port", str(port), "--jobs", str(jobs)]
    environment = dict(os.environ)
    if source is not None:
        environment["PYTHONPATH"] = f"{source / 'overlay'}{os.pathsep}{source / 'generated'}"
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=environment)
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                httpx.post(f"{base_url}/connect/token", data={}, timeout=1, trust_env=False)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("the sandbox did not start") from None
                time.sleep(0.2)
        yield Server(base_url, port, process.pid)
    finally:
        process.terminate()
        process.wait(timeout=30)


@contextmanager
def exported(revision: str) -> Iterator[Path]:
    """The overlay and generated trees of a git revision, in a temporary directory."""
    archive = subprocess.run(
        ["git", "-C", str(REPOSITORY), "archive", "--format=tar", revision, "overlay", "generated"],
        capture_output=True,
        check=True,
    ).stdout
    with (
        tempfile.TemporaryDirectory(prefix="bench-baseline-") as directory,
        tarfile.open(fileobj=io.BytesIO(archive)) as tar,
    ):
        tar.extractall(directory, filter="data")
        yield Path(directory)


def token_headers(base_url: str) -> dict[str, str]:
    credentials = Credentials()
    form = {
        "grant_type": "client_credentials",
        "client_id": credentials.client_id,
        "client_secret": credentials.client_secret,
    }
    token = httpx.post(f"{base_url}/connect/token", data=form, trust_env=False).json()["access_token"]
    return {"Authorization": f"Bearer {token}", "ST-App-Key": credentials.app_key}


def paths() -> list[str]:
    return [f"{JOBS_PATH}/{FIRST_IDS['jobs'] + i}" for i in range(DISTINCT)]


def raw_gets(port: int, headers: dict[str, str], count: int) -> float:
    extra = "".join(f"{name}: {value}\r\n" for name, value in headers.items())
    requests = [f"GET {p} HTTP/1.1\r\nHost: 127.0.0.1\r\n{extra}\r\n".encode() for p in paths()]
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        reader = sock.makefile("rb")
        started = time.perf_counter()
        for number in range(count):
            sock.sendall(requests[number % DISTINCT])
            status = reader.readline()
            if b" 200 " not in status:
                raise RuntimeError(f"unexpected answer: {status!r}")
            length = 0
            while (line := reader.readline()) not in (b"\r\n", b""):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            reader.read(length)
        return count / (time.perf_counter() - started)


def httpx_gets(base_url: str, headers: dict[str, str], count: int) -> float:
    targets = paths()
    with httpx.Client(base_url=base_url, headers=headers, trust_env=False) as client:
        started = time.perf_counter()
        for number in range(count):
            client.get(targets[number % DISTINCT]).raise_for_status()
        return count / (time.perf_counter() - started)


def deep_pages(server: Server, headers: dict[str, str], round_number: int) -> tuple[float, float]:
    """Seconds of one request for page 1 and one for page 999 (page size 100), neither served from a cached
    answer: an ignored extra parameter, different each round, makes each request distinct."""
    seconds = []
    with httpx.Client(base_url=server.base_url, headers=headers, timeout=600, trust_env=False) as client:
        for page in (1, 999):
            params = {"pageSize": 100, "page": page, "benchRound": round_number}
            started = time.perf_counter()
            client.get(JOBS_PATH, params=params).raise_for_status()
            seconds.append(time.perf_counter() - started)
    return seconds[0], seconds[1]


def cold_read(jobs: int, page_size: int, source: Path | None = None) -> tuple[int, float, float, float]:
    """(records, wall seconds, server CPU seconds, client CPU seconds) of reading every job from a fresh sandbox."""
    with (
        sandbox_process(jobs, source) as server,
        httpx.Client(base_url=server.base_url, timeout=600, trust_env=False) as http,
    ):
        http.headers.update(token_headers(server.base_url))
        server_before, client_before, started = server.cpu_seconds(), time.process_time(), time.perf_counter()
        records, page, more = 0, 1, True
        while more:
            body = http.get(JOBS_PATH, params={"pageSize": page_size, "page": page}).raise_for_status().json()
            records += len(body["data"])
            more, page = body["hasMore"], page + 1
        return (
            records,
            time.perf_counter() - started,
            server.cpu_seconds() - server_before,
            time.process_time() - client_before,
        )


def _spread(values: list[float]) -> str:
    low, middle, high = (1000 * value for value in (min(values), statistics.median(values), max(values)))
    return f"median {middle:8.1f} ms (min {low:.1f}, max {high:.1f})"


def _deep_report(label: str, first: list[float], deep: list[float]) -> float:
    ratio = statistics.median(deep) / statistics.median(first)
    print(f"  {label} page 1:   {_spread(first)}")
    print(f"  {label} page 999: {_spread(deep)}  (x{ratio:.2f} of page 1)")
    return statistics.median(deep)


def _cold_report(label: str, page_size: int, figures: tuple[int, float, float, float]) -> float:
    records, wall, server_cpu, client_cpu = figures
    print(
        f"  {label} page size {page_size:5}: {records:,} records in {wall:6.1f} s, server CPU {server_cpu:6.1f} s, "
        f"client CPU {client_cpu:5.1f} s (server/client x{server_cpu / max(client_cpu, 1e-9):.2f})"
    )
    return server_cpu


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=5000)
    parser.add_argument("--jobs", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--baseline", default=None, help="git revision whose sandbox parts 2 and 3 compare against")
    args = parser.parse_args()
    with sandbox_process(args.jobs) as server:
        headers = token_headers(server.base_url)
        raw_gets(server.port, headers, DISTINCT)  # warm up: the first read of each job builds its cached answer
        raw = raw_gets(server.port, headers, args.requests)
        client = httpx_gets(server.base_url, headers, args.requests)
    print(f"sandbox ({args.jobs:,}-job tenant, one server process, {args.requests} GETs of a job by id):")
    print(f"  raw keep-alive socket client: {raw:8,.0f} GET/s  (x{raw / TARGET:.2f} of the {TARGET:,.0f} target)")
    print(f"  httpx.Client:                 {client:8,.0f} GET/s  (server headroom over httpx: x{raw / client:.2f})")
    with exported(args.baseline) if args.baseline else _nothing() as baseline:
        sources: list[tuple[str, Path | None]] = [("current ", None)]
        if baseline is not None:
            sources.append(("baseline", baseline))
        print(f"deep pages (pageSize=100, {args.rounds} interleaved rounds, each request distinct):")
        deep_medians: dict[str, float] = {}
        with sandbox_process(args.jobs) as current, _maybe_process(args.jobs, baseline) as old:
            servers = [(label, found) for label, found in (("current ", current), ("baseline", old)) if found]
            timings: dict[str, tuple[list[float], list[float]]] = {label: ([], []) for label, _ in servers}
            for round_number in range(args.rounds):
                for label, found in servers:
                    first, deep = deep_pages(found, token_headers(found.base_url), round_number)
                    timings[label][0].append(first)
                    timings[label][1].append(deep)
            for label, (first, deep) in timings.items():
                deep_medians[label] = _deep_report(label, first, deep)
        if baseline is not None:
            print(f"  page 999, current/baseline: x{deep_medians['current '] / deep_medians['baseline']:.3f}")
        print(f"cold read of every job from a fresh sandbox ({args.jobs:,} jobs):")
        for page_size in (500, 5000):
            cpu = {
                label: _cold_report(label, page_size, cold_read(args.jobs, page_size, path)) for label, path in sources
            }
            if baseline is not None:
                print(
                    f"  page size {page_size:5}, server CPU current/baseline: x{cpu['current '] / cpu['baseline']:.3f}"
                )
    return 0 if raw >= TARGET else 1


@contextmanager
def _nothing() -> Iterator[None]:
    yield None


@contextmanager
def _maybe_process(jobs: int, source: Path | None) -> Iterator[Server | None]:
    if source is None:
        yield None
        return
    with sandbox_process(jobs, source) as server:
        yield server


if __name__ == "__main__":
    sys.exit(main())
