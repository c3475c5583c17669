"""`list_jobs(fetch_all=True)` over 100,000 jobs in the sandbox, against a bare httpx page loop in the same run.

    python bench/bench_actions.py [--jobs 100000]

The sandbox runs in its own process, so the client's CPU time (`time.process_time`) is the client's cost alone;
wall time includes the server. Three readers go through every job:
- typed:    `st.list_jobs(fetch_all=True)`, each record a generated attrs model;
- dicts:    the same with `as_dicts=True` (plain dicts, the fast path);
- bare:     `httpx.Client` + `json()` page loop with the same page size, no model.
Peak memory growth (tracemalloc, a separate pass) of the streaming typed read is compared with holding every
record of the bare read in a list.
"""

from __future__ import annotations

import argparse
import gc
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from servicetitan import ServiceTitan
from servicetitan.sandbox import DEFAULT_TENANT, Credentials

PAGE_SIZE = 5000


@contextmanager
def sandbox_process(jobs: int, port: int = 8791) -> Iterator[str]:
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


def client(base_url: str) -> ServiceTitan:
    credentials = Credentials()
    return ServiceTitan(
        client_id=credentials.client_id,
        client_secret=credentials.client_secret,
        app_key=credentials.app_key,
        tenant=DEFAULT_TENANT,
        api_url=base_url,
        token_url=f"{base_url}/connect/token",
    )


def read_typed(base_url: str, as_dicts: bool = False, keep: bool = False) -> int | list[Any]:
    with client(base_url) as st:
        records = st.list_jobs(fetch_all=True, as_dicts=as_dicts)
        if keep:
            return list(records)
        return sum(1 for _ in records)


def read_bare(base_url: str, keep: bool = False) -> int | list[Any]:
    credentials = Credentials()
    with httpx.Client(base_url=base_url, timeout=120) as http:
        form = {
            "grant_type": "client_credentials",
            "client_id": credentials.client_id,
            "client_secret": credentials.client_secret,
        }
        token = http.post("/connect/token", data=form).json()["access_token"]
        headers = {"Authorization": f"Bearer {token}", "ST-App-Key": credentials.app_key}
        kept: list[Any] = []
        count, page, more = 0, 1, True
        while more:
            body = http.get(
                f"/jpm/v2/tenant/{DEFAULT_TENANT}/jobs", params={"pageSize": PAGE_SIZE, "page": page}, headers=headers
            ).json()
            count += len(body["data"])
            if keep:
                kept.extend(body["data"])
            more, page = body["hasMore"], page + 1
        return kept if keep else count


def timed(run: Callable[[], Any]) -> tuple[float, float, Any]:
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    result = run()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def peak_growth(run: Callable[[], Any]) -> float:
    gc.collect()
    tracemalloc.start()
    run()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=100_000)
    args = parser.parse_args()
    with sandbox_process(args.jobs) as base_url:
        # Warm the sandbox's answer cache (both readers ask with the same query) so it serves pages at socket
        # speed and the figures are the clients'.
        read_bare(base_url)
        results = {
            "bare": timed(lambda: read_bare(base_url)),
            "typed": timed(lambda: read_typed(base_url)),
            "dicts": timed(lambda: read_typed(base_url, as_dicts=True)),
        }
        streaming = peak_growth(lambda: read_typed(base_url))
        holding = peak_growth(lambda: read_bare(base_url, keep=True))
    bare_wall, bare_cpu, count = results["bare"]
    print(f"list_jobs over {count} jobs in the sandbox (page size {PAGE_SIZE}):")
    for name, (wall, cpu, seen) in results.items():
        print(
            f"  {name:<6} {seen:>7} records  {seen / wall:>9,.0f} records/s  wall {wall:6.2f} s "
            f"(x{wall / bare_wall:.2f} of bare)  client CPU {cpu:6.2f} s (x{cpu / bare_cpu:.2f} of bare)"
        )
    print(
        f"  peak memory growth: streaming typed read {streaming:.1f} MiB vs holding every record {holding:.1f} MiB "
        f"(ratio {streaming / holding:.2f})"
    )
    ok = all(seen == count for _, _, seen in results.values()) and streaming < holding / 3
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
