"""Throughput of the sandbox on loopback: simple GETs of one job by id, server in its own single process.

    python bench/bench_sandbox.py [--requests 5000]

Two clients in this process, each over one keep-alive connection, measured in the same run:
- raw:   a minimal HTTP/1.1 client on a plain socket (what the server can serve; the client costs little);
- httpx: `httpx.Client` (what a Python client sees; on a small machine httpx's own cost per request dominates).
The target is 1,500 GET/s from the single server process, so that the sandbox is never the bottleneck of the
client benchmarks; the raw figure is the server's, and its ratio to the httpx figure shows the headroom.
"""

from __future__ import annotations

import argparse
import socket
import sys
import time

import httpx
from bench_actions import sandbox_process

from servicetitan.sandbox import DEFAULT_TENANT, FIRST_IDS, Credentials

TARGET = 1500.0
DISTINCT = 200


def token_headers(base_url: str) -> dict[str, str]:
    credentials = Credentials()
    form = {
        "grant_type": "client_credentials",
        "client_id": credentials.client_id,
        "client_secret": credentials.client_secret,
    }
    token = httpx.post(f"{base_url}/connect/token", data=form).json()["access_token"]
    return {"Authorization": f"Bearer {token}", "ST-App-Key": credentials.app_key}


def paths() -> list[str]:
    return [f"/jpm/v2/tenant/{DEFAULT_TENANT}/jobs/{FIRST_IDS['jobs'] + i}" for i in range(DISTINCT)]


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
    with httpx.Client(base_url=base_url, headers=headers) as client:
        started = time.perf_counter()
        for number in range(count):
            client.get(targets[number % DISTINCT]).raise_for_status()
        return count / (time.perf_counter() - started)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=5000)
    args = parser.parse_args()
    port = 8792
    with sandbox_process(100_000, port=port) as base_url:
        headers = token_headers(base_url)
        raw_gets(port, headers, DISTINCT)  # warm up: the first read of each job builds its cached answer
        raw = raw_gets(port, headers, args.requests)
        client = httpx_gets(base_url, headers, args.requests)
    print(f"sandbox (100,000-job tenant, one server process, {args.requests} GETs of a job by id):")
    print(f"  raw keep-alive socket client: {raw:8,.0f} GET/s  (x{raw / TARGET:.2f} of the {TARGET:,.0f} target)")
    print(f"  httpx.Client:                 {client:8,.0f} GET/s  (server headroom over httpx: x{raw / client:.2f})")
    return 0 if raw >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
