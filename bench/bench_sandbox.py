"""The sandbox on loopback, in its own process: throughput of GETs by id, the cost of deep pages, cold full reads.

    python bench/bench_sandbox.py [--requests 5000] [--jobs 100000] [--rounds 5]

1. GETs of one job by id over one keep-alive connection, two clients measured in the same run:
   - raw:   a minimal HTTP/1.1 client on a plain socket (what the server can serve; the client costs little);
   - httpx: `httpx.Client` (what a Python client sees; on a small machine httpx's own cost per request dominates).
   The target is 1,500 GET/s from the single server process, so that the sandbox is never the bottleneck of the
   client benchmarks.
2. Deep pages: `pageSize=100&page=999` against `page=1` of the same list, interleaved rounds, each request
   distinct (so no cached answer serves it). A ratio near 1 means a page costs O(page size), not O(offset).
3. Cold reads: every job at page size 500 and 5,000 from a freshly started sandbox, with the server's CPU
   seconds (from /proc) printed beside the client's.
"""

from __future__ import annotations

import argparse
import os
import re
import selectors
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import httpx

from servicetitan.sandbox import DEFAULT_TENANT, FIRST_IDS, Credentials

TARGET = 1500.0
DISTINCT = 200
JOBS_PATH = f"/jpm/v2/tenant/{DEFAULT_TENANT}/jobs"
START_TIMEOUT = 120.0


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


@contextmanager
def sandbox_process(jobs: int) -> Iterator[Server]:
    """A sandbox on a free port (`--port 0`; the banner names the port it bound)."""
    command = [sys.executable, "-m", "servicetitan.sandbox", "--port", "0", "--jobs", str(jobs)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert process.stdout is not None
        with selectors.DefaultSelector() as selector:
            selector.register(process.stdout, selectors.EVENT_READ)
            if not selector.select(START_TIMEOUT):
                raise RuntimeError("the sandbox did not start")
        found = re.search(r"http://127\.0\.0\.1:(\d+)", process.stdout.readline())
        if found is None:
            raise RuntimeError("the sandbox printed no address")
        yield Server(found.group(0), int(found.group(1)), process.pid)
    finally:
        process.terminate()
        process.wait(timeout=30)


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


def deep_pages(server: Server, headers: dict[str, str], rounds: int) -> tuple[list[float], list[float]]:
    """Seconds per request of page 1 and page 999 (page size 100), interleaved, each request distinct."""
    first: list[float] = []
    deep: list[float] = []
    with httpx.Client(base_url=server.base_url, headers=headers, timeout=600, trust_env=False) as client:
        for round_number in range(rounds):
            for page, times in ((1, first), (999, deep)):
                # An ignored extra parameter makes each request distinct, so no cached answer serves it.
                params = {"pageSize": 100, "page": page, "benchRound": round_number}
                started = time.perf_counter()
                client.get(JOBS_PATH, params=params).raise_for_status()
                times.append(time.perf_counter() - started)
    return first, deep


def cold_read(jobs: int, page_size: int) -> tuple[int, float, float, float]:
    """(records, wall seconds, server CPU seconds, client CPU seconds) of reading every job from a fresh sandbox."""
    with sandbox_process(jobs) as server, httpx.Client(base_url=server.base_url, timeout=600, trust_env=False) as http:
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


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=5000)
    parser.add_argument("--jobs", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with sandbox_process(args.jobs) as server:
        headers = token_headers(server.base_url)
        raw_gets(server.port, headers, DISTINCT)  # warm up: the first read of each job builds its cached answer
        raw = raw_gets(server.port, headers, args.requests)
        client = httpx_gets(server.base_url, headers, args.requests)
        first, deep = deep_pages(server, headers, args.rounds)
    print(f"sandbox ({args.jobs:,}-job tenant, one server process, {args.requests} GETs of a job by id):")
    print(f"  raw keep-alive socket client: {raw:8,.0f} GET/s  (x{raw / TARGET:.2f} of the {TARGET:,.0f} target)")
    print(f"  httpx.Client:                 {client:8,.0f} GET/s  (server headroom over httpx: x{raw / client:.2f})")
    print(f"deep pages (pageSize=100, {args.rounds} interleaved rounds, each request distinct):")
    print(f"  page 1:   {_spread(first)}")
    print(f"  page 999: {_spread(deep)}  (x{statistics.median(deep) / statistics.median(first):.2f} of page 1)")
    print(f"cold read of every job from a fresh sandbox ({args.jobs:,} jobs):")
    for page_size in (500, 5000):
        records, wall, server_cpu, client_cpu = cold_read(args.jobs, page_size)
        print(
            f"  page size {page_size:5}: {records:,} records in {wall:6.1f} s, server CPU {server_cpu:6.1f} s, "
            f"client CPU {client_cpu:5.1f} s (server/client x{server_cpu / max(client_cpu, 1e-9):.2f})"
        )
    return 0 if raw >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
