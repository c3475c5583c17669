"""The client core against bare httpx, each figure a ratio to a baseline measured in the same run.

    python bench/bench_core.py [--rounds 5] [--calls 2000] [--profile]

1. Import: `from servicetitan import ServiceTitan` (what a user pays; it loads httpx) against `import httpx`, each
   in a fresh interpreter, interleaved over rounds (goal <= 1.1x). `import servicetitan` alone is shown too.
2. Per-call overhead on `httpx.MockTransport` (no network, no server, the client's rate limiter off so that its
   own 50/s cap does not set the figure): `st.get_job(id=...)` (input checks, auth, retry layer, the generated
   call and the typed model) and `st.request("GET", ...)` (JSON back) against a bare `httpx.Client` GET + `.json()`
   on the same transport (goals <= 1.15x and <= 1.05x).
`--profile` prints where `get_job`'s own time goes (cProfile, the library's functions by own time).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from measure import Spread, interleaved, ratios, verdict

IMPORT_GOAL = 1.1
GET_JOB_GOAL = 1.15
REQUEST_GOAL = 1.05
TENANT = 1234567890
JOB_PATH = f"/jpm/v2/tenant/{TENANT}/jobs/1"

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
JOB_BODY = json.dumps(JOB).encode()
TOKEN_BODY = json.dumps({"access_token": "bench-access-token", "expires_in": 900, "token_type": "Bearer"}).encode()
JSON_HEADERS = {"Content-Type": "application/json"}


# --- import ------------------------------------------------------------------------------------------------------


def import_seconds(statement: str) -> float:
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    # Our own interpreter and a fixed statement: no untrusted input reaches the command line.
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return float(output)


def bench_import(rounds: int) -> dict[str, list[float]]:
    return interleaved(
        {
            "httpx": lambda: import_seconds("import httpx"),
            "client": lambda: import_seconds("from servicetitan import ServiceTitan"),
            "package": lambda: import_seconds("import servicetitan"),
        },
        rounds,
    )


# --- per call ----------------------------------------------------------------------------------------------------


def answer(request: httpx.Request) -> httpx.Response:
    if request.method == "POST":
        return httpx.Response(200, content=TOKEN_BODY, headers=JSON_HEADERS)
    return httpx.Response(200, content=JOB_BODY, headers=JSON_HEADERS)


def client() -> Any:
    from servicetitan import ServiceTitan

    return ServiceTitan(
        "bench-client",
        "bench-secret-value",
        "bench-app-key",
        TENANT,
        api_url="https://api.example.test",
        token_url="https://auth.example.test/connect/token",  # noqa: S106 - a URL, not a secret
        rate_limit=None,
        transport=httpx.MockTransport(answer),
    )


def bare_client() -> httpx.Client:
    headers = {"Authorization": "Bearer bench-access-token", "ST-App-Key": "bench-app-key"}
    return httpx.Client(base_url="https://api.example.test", transport=httpx.MockTransport(answer), headers=headers)


def seconds_for(call: Callable[[], object], calls: int) -> float:
    started = time.perf_counter()
    for _ in range(calls):
        call()
    return time.perf_counter() - started


def bench_calls(rounds: int, calls: int) -> dict[str, list[float]]:
    with client() as st, bare_client() as bare:
        readers: dict[str, Callable[[], object]] = {
            "bare": lambda: bare.get(JOB_PATH).json(),
            "get_job": lambda: st.get_job(id=1),
            "request": lambda: st.request("GET", "/jobs/1", domain="jpm"),
        }
        for read in readers.values():  # the token, the first import of the domain and the action's build
            read()
        return interleaved({name: lambda read=read: seconds_for(read, calls) for name, read in readers.items()}, rounds)


def profile_get_job(calls: int) -> None:
    with client() as st:
        st.get_job(id=1)
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(calls):
            st.get_job(id=1)
        profiler.disable()
    root = Path(__file__).resolve().parents[1]
    library = (str(root / "overlay"), str(root / "generated"))
    stats = pstats.Stats(profiler)
    own = [
        (timing[2], f"{Path(file).name}:{line}({name})")
        for (file, line, name), timing in stats.stats.items()
        if file.startswith(library)
    ]
    print(f"get_job, own time of the library's functions over {calls} calls (cProfile inflates every figure):")
    for seconds, where in sorted(own, reverse=True)[:15]:
        print(f"  {seconds / calls * 1e6:7.1f} us  {where}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--import-rounds", type=int, default=15)
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    if args.profile:
        profile_get_job(args.calls)
        return 0

    imports = bench_import(args.import_rounds)
    ratio = ratios(imports["client"], imports["httpx"])
    print(f"import, {args.import_rounds} interleaved rounds of fresh interpreters:")
    print(f"  import httpx                          {Spread.of(imports['httpx']).show(' ms', 1000, 1)}")
    print(f"  from servicetitan import ServiceTitan {Spread.of(imports['client']).show(' ms', 1000, 1)}")
    print(f"  import servicetitan                   {Spread.of(imports['package']).show(' ms', 1000, 1)}")
    print(f"  ratio ServiceTitan / httpx: x{ratio.show()}  {verdict(ratio, IMPORT_GOAL)}")

    calls = bench_calls(args.rounds, args.calls)
    print(f"per call on MockTransport, rate limiter off, {args.rounds} interleaved rounds of {args.calls} calls:")
    for name, label in (
        ("bare", "bare httpx GET + json()"),
        ("get_job", "st.get_job(id=1)"),
        ("request", "st.request"),
    ):
        print(f"  {label:<24} {Spread.of(calls[name]).show(' us', 1e6 / args.calls, 1)} per call")
    for name, goal in (("get_job", GET_JOB_GOAL), ("request", REQUEST_GOAL)):
        ratio = ratios(calls[name], calls["bare"])
        print(f"  ratio {name} / bare: x{ratio.show()}  {verdict(ratio, goal)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
