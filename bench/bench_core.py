"""The client core against bare httpx, each figure a ratio to a baseline measured in the same run.

    python bench/bench_core.py [--rounds 5] [--calls 2000] [--profile] [--baseline REF]

1. Import: `from servicetitan import ServiceTitan` (what a user pays; it loads httpx) against `import httpx`, each
   in a fresh interpreter, interleaved over rounds (goal <= 1.1x). `import servicetitan` alone is shown too.
2. Per-call overhead on `httpx.MockTransport` (no network, no server, the client's rate limiter off so that its
   own 50/s cap does not set the figure): `st.get_job(id=...)` (input checks, auth, retry layer, the generated
   call and the typed model) and `st.request("GET", ...)` (JSON back) against a bare `httpx.Client` GET + `.json()`
   on the same transport (goals <= 1.15x and <= 1.05x).
`--profile` prints where `get_job`'s own time goes (cProfile, the library's functions by own time).
`--baseline REF` (a git revision, e.g. the commit before a change) also measures that revision's library in the
same run: its import beside ours in the same interleaved rounds, and its per-call rounds in worker processes that
alternate with ours. Each figure is then shown for both, and the current/baseline ratio of the per-round ratios.

Every figure is CPU time of the measuring process (`time.process_time`), not wall time: the machine is shared,
and time spent waiting for a core says nothing about either library. Imports are measured with bytecode cached,
as an installed package has it (pip compiles on install): the interpreters write and read it under a temporary
`PYTHONPYCACHEPREFIX`, warmed once before the rounds, so a `PYTHONDONTWRITEBYTECODE` environment does not make
every round compile our source while httpx's stays compiled.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
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


REPOSITORY = Path(__file__).resolve().parent.parent


def library_path(source: Path | None) -> dict[str, str]:
    """Environment that imports the library of `source` (an exported revision; None: this worktree) from
    `PYTHONPATH`, so that the current and the baseline library are found the same way, at the same cost."""
    tree = REPOSITORY if source is None else source
    return {"PYTHONPATH": f"{tree / 'overlay'}{os.pathsep}{tree / 'generated'}"}


def import_seconds(statement: str, environment: dict[str, str]) -> float:
    code = f"import time; t = time.process_time(); {statement}; print(time.process_time() - t)"
    # Our own interpreter and a fixed statement: no untrusted input reaches the command line.
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=environment
    ).stdout
    return float(output)


def bench_import(rounds: int, baseline: Path | None, bytecode: str) -> dict[str, list[float]]:
    cached = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    cached["PYTHONPYCACHEPREFIX"] = bytecode
    # httpx is imported the same way as our library, with the same search path before site-packages.
    cached.update(library_path(None))
    statements = {
        "httpx": ("import httpx", cached),
        "client": ("from servicetitan import ServiceTitan", cached),
        "package": ("import servicetitan", cached),
    }
    if baseline is not None:
        statements["baseline"] = ("from servicetitan import ServiceTitan", {**cached, **library_path(baseline)})
    for statement, environment in statements.values():  # writes the bytecode that every round then reads
        import_seconds(statement, environment)
    return interleaved(
        {
            name: lambda statement=statement, environment=environment: import_seconds(statement, environment)
            for name, (statement, environment) in statements.items()
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
    started = time.process_time()
    for _ in range(calls):
        call()
    return time.process_time() - started


CALL_READERS = ("bare", "get_job", "request")


def bench_calls(rounds: int, calls: int, first_round: int = 0) -> dict[str, list[float]]:
    with client() as st, bare_client() as bare:
        readers: dict[str, Callable[[], object]] = {
            "bare": lambda: bare.get(JOB_PATH).json(),
            "get_job": lambda: st.get_job(id=1),
            "request": lambda: st.request("GET", "/jobs/1", domain="jpm"),
        }
        for read in readers.values():  # the token, the first import of the domain and the action's build
            read()
        timed = {name: lambda read=read: seconds_for(read, calls) for name, read in readers.items()}
        return interleaved(timed, rounds, first_round)


def worker_round(calls: int, source: Path | None, round_number: int) -> dict[str, float]:
    """One interleaved round of the per-call readers in a fresh worker process, of the library at `source`."""
    command = [sys.executable, __file__, "--worker", str(round_number), "--calls", str(calls)]
    environment = {**os.environ, **library_path(source)}
    output = subprocess.run(command, capture_output=True, text=True, check=True, env=environment).stdout
    figures: dict[str, float] = json.loads(output)
    return figures


def bench_calls_against(rounds: int, calls: int, baseline: Path) -> dict[str, dict[str, list[float]]]:
    """Per-call rounds of the current library and of the baseline's, alternating worker processes."""
    trees: dict[str, Path | None] = {"current": None, "baseline": baseline}
    results: dict[str, dict[str, list[float]]] = {tree: {name: [] for name in CALL_READERS} for tree in trees}
    for number in range(rounds):
        order = list(trees.items())
        for tree, source in order if number % 2 == 0 else order[::-1]:
            for name, seconds in worker_round(calls, source, number).items():
                results[tree][name].append(seconds)
    return results


@contextmanager
def baseline_tree(revision: str | None) -> Iterator[Path | None]:
    if revision is None:
        yield None
        return
    from bench_sandbox import exported  # only here: it needs the sandbox extra

    with exported(revision) as tree:
        yield tree


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


def show_calls(calls: dict[str, list[float]], count: int, label: str = "") -> dict[str, Spread]:
    for name, reader in (
        ("bare", "bare httpx GET + json()"),
        ("get_job", "st.get_job(id=1)"),
        ("request", "st.request"),
    ):
        print(f"  {label}{reader:<24} {Spread.of(calls[name]).show(' us', 1e6 / count, 1)} per call")
    found = {}
    for name, goal in (("get_job", GET_JOB_GOAL), ("request", REQUEST_GOAL)):
        found[name] = ratio = ratios(calls[name], calls["bare"])
        print(f"  {label}ratio {name} / bare: x{ratio.show()}  {verdict(ratio, goal)}")
    return found


def over_bare(calls: dict[str, list[float]], name: str) -> list[float]:
    return [mine / bare for mine, bare in zip(calls[name], calls["bare"], strict=True)]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--import-rounds", type=int, default=15)
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--baseline", default=None, help="git revision to measure beside the current library")
    parser.add_argument("--worker", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.profile:
        profile_get_job(args.calls)
        return 0
    if args.worker is not None:
        # One round (its number rotates the order of the readers, as in `interleaved`), as JSON for the parent.
        figures = bench_calls(1, args.calls, first_round=args.worker)
        print(json.dumps({name: seconds[0] for name, seconds in figures.items()}))
        return 0

    with baseline_tree(args.baseline) as baseline, tempfile.TemporaryDirectory(prefix="bench-pyc-") as bytecode:
        imports = bench_import(args.import_rounds, baseline, bytecode)
        print(f"import, {args.import_rounds} interleaved rounds of fresh interpreters (bytecode cached):")
        print(f"  import httpx                          {Spread.of(imports['httpx']).show(' ms', 1000, 1)}")
        print(f"  from servicetitan import ServiceTitan {Spread.of(imports['client']).show(' ms', 1000, 1)}")
        print(f"  import servicetitan                   {Spread.of(imports['package']).show(' ms', 1000, 1)}")
        ratio = ratios(imports["client"], imports["httpx"])
        print(f"  ratio ServiceTitan / httpx: x{ratio.show()}  {verdict(ratio, IMPORT_GOAL)}")
        if baseline is not None:
            print(f"  baseline {args.baseline}: {Spread.of(imports['baseline']).show(' ms', 1000, 1)}")
            ratio = ratios(imports["baseline"], imports["httpx"])
            print(f"  baseline ratio ServiceTitan / httpx: x{ratio.show()}")
            ratio = ratios(imports["client"], imports["baseline"])
            print(f"  current / baseline: x{ratio.show()}")

        print(f"per call on MockTransport, rate limiter off, {args.rounds} interleaved rounds of {args.calls} calls:")
        if baseline is None:
            show_calls(bench_calls(args.rounds, args.calls), args.calls)
            return 0
        print("  (each round in a fresh worker process, current and baseline alternating)")
        measured = bench_calls_against(args.rounds, args.calls, baseline)
        current = show_calls(measured["current"], args.calls, "current  ")
        show_calls(measured["baseline"], args.calls, "baseline ")
        for name in current:
            ours, theirs = (over_bare(measured[tree], name) for tree in ("current", "baseline"))
            print(f"  {name} ratio, current / baseline: x{ratios(ours, theirs).show()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
