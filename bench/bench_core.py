"""Benchmarks of the client core, each printed as a ratio against a baseline measured in the same run.

    python bench/bench_core.py

1. `import servicetitan` against `import httpx`, median of fresh interpreters (limit 1.3).
2. 2,000 sequential GETs of one job through `st.raw.jpm.jobs_get` (auth, limiter, retry layer, logging check,
   argument checks and the generated model parse included) against the same GETs with a bare `httpx.Client`
   and `.json()`, both over keep-alive to a stdlib HTTP server on 127.0.0.1 in another process (limit 1.25);
   median of interleaved rounds.

Each function returns its numbers so `nox -s bench` (or anyone) can call it directly.
"""

from __future__ import annotations

import json
import multiprocessing
import multiprocessing.queues
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

IMPORT_LIMIT = 1.3
REQUEST_LIMIT = 1.25

JOB = {
    "id": 1,
    "jobNumber": "J-1",
    "jobStatus": "Scheduled",
    "priority": "Normal",
    "tagTypeIds": [1, 2],
    "customerPo": "",
    "estimateIds": [],
    "customerId": 10,
    "locationId": 20,
    "businessUnitId": 30,
    "jobTypeId": 40,
    "campaignId": 50,
    "appointmentCount": 1,
    "firstAppointmentId": 60,
    "lastAppointmentId": 60,
    "noCharge": False,
    "notificationsEnabled": True,
    "createdOn": "2024-01-09T18:32:41.6833333Z",
    "createdById": 70,
    "modifiedOn": "2024-01-09T18:32:41Z",
    "invoiceId": 80,
    "equipmentIds": [],
    "customFields": [{"typeId": 1, "name": "Gate code", "value": "1234"}],
    "externalData": [],
    "total": 125.5,
    "summary": "Replace the condenser fan motor and check refrigerant levels.",
}


def _import_seconds(statement: str) -> float:
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    # Our own interpreter and a fixed statement: no untrusted input reaches the command line.
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return float(output)


def bench_import(runs: int = 15) -> dict[str, float]:
    """Median import time of servicetitan and of httpx over `runs` fresh interpreters each, interleaved."""
    ours: list[float] = []
    baseline: list[float] = []
    first_use: list[float] = []
    for _ in range(runs):
        ours.append(_import_seconds("import servicetitan"))
        baseline.append(_import_seconds("import httpx"))
        first_use.append(_import_seconds("from servicetitan import ServiceTitan"))
    servicetitan_s = statistics.median(ours)
    httpx_s = statistics.median(baseline)
    return {
        "servicetitan_s": servicetitan_s,
        "httpx_s": httpx_s,
        "ratio": servicetitan_s / httpx_s,
        "client_class_s": statistics.median(first_use),
    }


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body leave in one segment with Nagle off; otherwise delayed ACKs add ~40 ms to every request.
    wbufsize = 1 << 16
    disable_nagle_algorithm = True
    job = json.dumps(JOB).encode()
    token = json.dumps({"access_token": "bench-access-token", "expires_in": 900, "token_type": "Bearer"}).encode()

    def _answer(self, body: bytes) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        self._answer(self.job)

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self._answer(self.token)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the benchmark measures requests, not stderr."""


def _serve(ports: multiprocessing.queues.Queue[int]) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    ports.put(server.server_address[1])
    server.serve_forever()


@contextmanager
def local_server() -> Iterator[str]:
    """A stdlib HTTP server on loopback in its own process, so its work does not share the client's GIL."""
    context = multiprocessing.get_context("spawn")
    ports: multiprocessing.queues.Queue[int] = context.Queue()
    process = context.Process(target=_serve, args=(ports,), daemon=True)
    process.start()
    try:
        yield f"http://127.0.0.1:{ports.get(timeout=60)}"
    finally:
        process.terminate()
        process.join()


def _timed(run: Callable[[], object], requests: int) -> float:
    started = time.perf_counter()
    for _ in range(requests):
        run()
    return time.perf_counter() - started


def bench_raw_get(requests: int = 2000, rounds: int = 5) -> dict[str, float]:
    """Seconds for `requests` sequential GETs via st.raw and via bare httpx (median of interleaved rounds)."""
    import httpx

    from servicetitan import ServiceTitan

    with local_server() as url:
        # The limiter stays on, at a rate this loop never reaches, so its bookkeeping is measured too.
        st = ServiceTitan(
            "bench-client",
            "bench-secret-value",
            "bench-app-key",
            1234567890,
            api_url=url,
            token_url=f"{url}/connect/token",
            rate_limit=1_000_000,
        )
        bare = httpx.Client(base_url=url)
        path = "/jpm/v2/tenant/1234567890/jobs/1"
        with st, bare:
            get_job = st.raw.jpm.jobs_get
            get_job(id=1)
            bare.get(path).json()
            ours: list[float] = []
            baseline: list[float] = []
            for _ in range(rounds):
                baseline.append(_timed(lambda: bare.get(path).json(), requests))
                ours.append(_timed(lambda: get_job(id=1), requests))
    # Rounds are paired so that drift in machine load hits both sides of each ratio alike.
    ratio = statistics.median(mine / theirs for mine, theirs in zip(ours, baseline, strict=True))
    return {
        "raw_s": statistics.median(ours),
        "httpx_s": statistics.median(baseline),
        "ratio": ratio,
        "requests": float(requests),
    }


def main() -> int:
    imports = bench_import()
    print(
        f"import servicetitan {imports['servicetitan_s'] * 1000:.1f} ms vs import httpx "
        f"{imports['httpx_s'] * 1000:.1f} ms: ratio {imports['ratio']:.2f} (limit {IMPORT_LIMIT})"
    )
    print(f"  (from servicetitan import ServiceTitan, which loads httpx: {imports['client_class_s'] * 1000:.1f} ms)")
    gets = bench_raw_get()
    count = int(gets["requests"])
    print(
        f"{count} GETs via st.raw.jpm.jobs_get {gets['raw_s']:.3f} s vs bare httpx.Client + json() "
        f"{gets['httpx_s']:.3f} s: ratio {gets['ratio']:.2f} (limit {REQUEST_LIMIT})"
    )
    ok = imports["ratio"] <= IMPORT_LIMIT and gets["ratio"] <= REQUEST_LIMIT
    print("bench_core: OK" if ok else "bench_core: LIMIT EXCEEDED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
