"""Where the time of `servicetitan sync` goes: the CPU of the sync's own processes, step by step, per row.

    python bench/profile_sync.py [--jobs 10000] [--rounds 2]

The sandbox runs in a process of its own and is not counted. Each round loads the whole sandbox tenant into a
new DuckDB file through the sync's three steps (extract, normalize, load), each in a fresh process as
`servicetitan sync` runs them, and reads the CPU time (user + system) each step's process used. Beside them, in
the same rounds, `read`: a fresh process that reads every stream of the sync with the client (`as_dicts`, all
pages) and does nothing with the records: what extract costs before dlt sees a row.

Printed: CPU seconds and microseconds per loaded row of each step (median of the rounds, with the spread), and the
share of the sync's CPU each step takes.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bench_actions import sandbox_process
from bench_cli import environment

from servicetitan.cli.settings import complete, environment_settings
from servicetitan.cli.sync import STEPS, WORKING_DIR, Plan, in_own_process, new_database, run_step, sandbox_streams


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measured(function: Callable[..., Any], *arguments: Any) -> tuple[Any, float]:
    """`function(*arguments)` in a fresh process (as the sync runs a step), and the CPU seconds it used."""
    before = _children_cpu()
    result = in_own_process(function, *arguments)
    return result, _children_cpu() - before


def read_only(settings: dict[str, Any], streams: tuple[str, ...]) -> int:
    """Every record of `streams`, read and dropped: the client's share of extract."""
    from servicetitan.dlt import connector, select_streams
    from servicetitan.frames import client_method

    count = 0
    connect = connector(settings)
    for stream in select_streams(list(streams)):
        with connect() as st:
            if stream.kind.name == "FEED":
                for page in client_method(st, stream.path)(as_dicts=True).pages():
                    count += len(page.records)
            else:
                count += sum(1 for _ in client_method(st, stream.path)(fetch_all=True, as_dicts=True))
    return count


@contextmanager
def environ(values: dict[str, str]) -> Iterator[None]:
    saved = dict(os.environ)
    os.environ.update(values)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


def one_round(folder: Path, base_url: str, streams: tuple[str, ...]) -> tuple[int, dict[str, float]]:
    database = folder / "profile.duckdb"
    database.unlink(missing_ok=True)
    shutil.rmtree(folder / WORKING_DIR, ignore_errors=True)
    new_database(database)
    cpu: dict[str, float] = {}
    rows = 0
    with environ(environment(base_url)):
        settings = complete(environment_settings(), "the environment")
        plan = Plan(tenants=(settings,), database=database, streams=streams, since=None, dataset="servicetitan")
        _, cpu["read"] = measured(read_only, settings, streams)
        for step in STEPS:
            counts, cpu[step] = measured(run_step, step, plan)
            if step == "normalize":
                rows = sum(count for table, count in counts.items() if not table.startswith("_dlt"))
    return rows, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jobs", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--port", type=int, default=8797)
    args = parser.parse_args()
    streams = tuple(sandbox_streams())
    runs: list[dict[str, float]] = []
    rows = 0
    folder = Path(tempfile.mkdtemp(prefix="st-profile-sync-"))
    try:
        with sandbox_process(args.jobs, args.port) as base_url:
            for number in range(args.rounds):
                started = time.perf_counter()
                rows, cpu = one_round(folder, base_url, streams)
                runs.append(cpu)
                print(f"round {number + 1}: {rows:,} rows, {time.perf_counter() - started:.1f} s wall", flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    steps = ["read", *STEPS]
    total = statistics.median(sum(run[step] for step in STEPS) for run in runs)
    print(f"\nsync of {len(streams)} streams, {args.jobs:,} jobs, {rows:,} rows; CPU of the sync's own processes")
    print(f"{'step':<10} {'CPU s':>8} {'spread':>14} {'µs/row':>8} {'share':>6}")
    for step in steps:
        values = [run[step] for run in runs]
        median = statistics.median(values)
        share = "" if step == "read" else f"{median / total:6.0%}"
        spread = f"{min(values):.1f}-{max(values):.1f}"
        print(f"{step:<10} {median:8.1f} {spread:>14} {median / rows * 1e6:8.1f} {share:>6}")
    print(f"{'sync':<10} {total:8.1f} {'':>14} {total / rows * 1e6:8.1f}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
