"""Throughput of the sandbox: simple GETs over keep-alive httpx connections (`nox -s bench` calls this).

    python -m servicetitan.sandbox.bench 5000

The server runs in this process (a uvicorn thread) and so does the client: both share one interpreter lock, so
the number includes the httpx client's own cost per request, which on a small machine is the larger part.
"""

from __future__ import annotations

import sys
import time

import httpx

from .app import TOKEN_PATH, Sandbox
from .seed import FIRST_IDS
from .server import serve

BENCH_TENANT = 1_000_001
DISTINCT_JOBS = 200


def _job_paths(jobs: int) -> list[str]:
    step = max(jobs // DISTINCT_JOBS, 1)
    return [
        f"/jpm/v2/tenant/{BENCH_TENANT}/jobs/{FIRST_IDS['jobs'] + index * step}"
        for index in range(min(DISTINCT_JOBS, jobs))
    ]


def _hammer(base_url: str, headers: dict[str, str], paths: list[str], count: int) -> None:
    with httpx.Client(base_url=base_url, headers=headers, trust_env=False) as client:
        for request_number in range(count):
            client.get(paths[request_number % len(paths)]).raise_for_status()


def measure_throughput(n: int = 5000, *, jobs: int = 100_000, http: str | None = None) -> float:
    """Start a sandbox of `jobs` jobs in process, send `n` GET job-by-id requests (cycling over a few hundred
    ids) from one keep-alive httpx client, and return requests per second."""
    sandbox = Sandbox(jobs=jobs)
    credentials = sandbox.credentials
    paths = _job_paths(jobs)
    with serve(sandbox, http=http) as base_url, httpx.Client(base_url=base_url, trust_env=False) as client:
        token = client.post(
            TOKEN_PATH,
            data={
                "grant_type": "client_credentials",
                "client_id": credentials.client_id,
                "client_secret": credentials.client_secret,
            },
        ).json()["access_token"]
        headers = {"Authorization": f"Bearer {token}", "ST-App-Key": credentials.app_key}
        _hammer(base_url, headers, paths, len(paths))  # warm up: first reads build and cache the answers
        started = time.perf_counter()
        _hammer(base_url, headers, paths, n)
        return n / (time.perf_counter() - started)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    print(f"sandbox: {measure_throughput(count):.0f} GET/s (one keep-alive httpx client, server in process)")


if __name__ == "__main__":
    main()
