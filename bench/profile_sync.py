"""Where the time of `servicetitan sync` goes, on today's row path and on the Arrow path, side by side: the CPU of
the sync's own processes, step by step, per record; whole-tenant rows/s; and peak memory.

    python bench/profile_sync.py [--jobs 10000] [--rounds 3] [--paths rows,arrow]

The sandbox runs in a process of its own and is not counted. Each round loads the whole sandbox tenant into a
new DuckDB file once per path (the order of the paths rotated every round, so that drift in the machine's load
falls on both alike), through the sync's three steps (extract, normalize, load), each in a fresh process as
`servicetitan sync` runs them; the path is dlt's setting `sources.servicetitan.arrow`. Measured per step: the
CPU time (user + system) of its process and its peak resident memory (`ru_maxrss`), and `start`: what the
process the steps are forked from spent importing, once a sync (`servicetitan.cli.sync.step_context`). Beside
them, once a round,
`read`: a fresh process that reads every stream of the sync with the client (`as_dicts`, all pages) and does
nothing with the records: what extract costs before dlt sees a row.

The paths load different numbers of rows (the row path loads nested lists as child tables, the Arrow path as
nested columns), so CPU is given per record (the rows of the streams' own tables, the same on both paths).
Printed per path: CPU seconds and microseconds per record of each step (median of the rounds, with the spread)
and each step's share; records/s and rows/s of the whole sync (wall time of its three steps); the largest peak
of its step processes (and each step's). Then the ratio of the Arrow path's CPU per record to the row path's,
per round (goal: at most 1/5).
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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench_actions import sandbox_process
from bench_cli import environment
from measure import Spread, interleaved, ratios, verdict

from servicetitan.cli.settings import complete, environment_settings
from servicetitan.cli.sync import (
    STEPS,
    WORKING_DIR,
    Plan,
    in_own_process,
    new_database,
    run_step,
    sandbox_streams,
    step_processes,
)

PATHS = ("rows", "arrow")
# dlt's setting that picks the path, read by `servicetitan.dlt.source` in each step's process.
ARROW_SETTING = "SOURCES__SERVICETITAN__ARROW"
GOAL = 0.2


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def with_peak(function: Callable[..., Any], *arguments: Any) -> tuple[Any, float, int]:
    """In a step's process: `function(*arguments)`, the CPU seconds of the process (and of any it waited for),
    and its peak resident memory in KiB."""
    result = function(*arguments)
    own = resource.getrusage(resource.RUSAGE_SELF)
    return result, own.ru_utime + own.ru_stime + _children_cpu(), own.ru_maxrss


def measured(function: Callable[..., Any], *arguments: Any) -> tuple[Any, float, int]:
    """`function(*arguments)` in a fresh process (as the sync runs a step): its result, the CPU seconds and the
    peak KiB its process used. A step forked from the sync's step server counts from the fork: what the server
    imported for every step is counted once a sync, as `start`."""
    return in_own_process(with_peak, function, *arguments)


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


@dataclass
class Run:
    """One sync of the whole tenant on one path."""

    records: int = 0
    rows: int = 0
    wall: float = 0.0
    cpu: dict[str, float] = field(default_factory=dict)
    peaks_kib: dict[str, int] = field(default_factory=dict)

    @property
    def peak_kib(self) -> int:
        return max(self.peaks_kib.values())

    @property
    def sync_cpu(self) -> float:
        return sum(self.cpu[step] for step in (*STEPS, "start"))


def one_sync(folder: Path, base_url: str, streams: tuple[str, ...], path: str) -> Run:
    database = folder / f"profile-{path}.duckdb"
    database.unlink(missing_ok=True)
    shutil.rmtree(folder / WORKING_DIR, ignore_errors=True)
    new_database(database)
    run = Run()
    with environ({**environment(base_url), ARROW_SETTING: str(path == "arrow").lower()}):
        settings = complete(environment_settings(), "the environment")
        plan = Plan(tenants=(settings,), database=database, streams=streams, since=None, dataset="servicetitan")
        started = time.perf_counter()
        before = _children_cpu()
        with step_processes():
            for step in STEPS:
                counts, run.cpu[step], run.peaks_kib[step] = measured(run_step, step, plan)
                if step == "normalize":
                    tables = {table: count for table, count in counts.items() if not table.startswith("_dlt")}
                    run.rows = sum(tables.values())
                    run.records = sum(count for table, count in tables.items() if "__" not in table)
        run.wall = time.perf_counter() - started
        # The step server's own imports (a fresh interpreter per step, where there is no server: then about 0).
        run.cpu["start"] = max(0.0, _children_cpu() - before - sum(run.cpu[step] for step in STEPS))
    return run


def read_round(base_url: str, streams: tuple[str, ...]) -> float:
    with environ(environment(base_url)):
        settings = complete(environment_settings(), "the environment")
        with step_processes():
            _, cpu, _ = measured(read_only, settings, streams)
    return cpu


def report(path: str, runs: list[Run], reads: list[float]) -> None:
    records = runs[0].records
    print(f"\n{path} path: {records:,} records, {runs[0].rows:,} rows; CPU of the sync's own processes")
    print(f"{'step':<10} {'CPU s':>8} {'spread':>12} {'µs/record':>10} {'share':>6}")
    total = statistics.median(run.sync_cpu for run in runs)
    steps = [*STEPS, "start"]
    for step, values in [("read", reads), *((step, [run.cpu[step] for run in runs]) for step in steps)]:
        median = statistics.median(values)
        share = "" if step == "read" else f"{median / total:6.0%}"
        low_high = f"{min(values):5.1f}-{max(values):<6.1f}"
        print(f"{step:<10} {median:8.1f} {low_high} {median / records * 1e6:10.1f} {share:>6}")
    print(f"{'sync':<10} {total:8.1f} {'':>12} {total / records * 1e6:10.1f}")
    walls = Spread.of([run.wall for run in runs])
    print(
        f"  whole-tenant sync: {records / walls.median:,.0f} records/s, {runs[0].rows / walls.median:,.0f} rows/s "
        f"(wall {walls.show(' s', digits=1)})"
    )
    peaks = Spread.of([run.peak_kib / 1024 for run in runs])
    steps = ", ".join(f"{step} {statistics.median(run.peaks_kib[step] for run in runs) / 1024:.0f}" for step in STEPS)
    print(f"  peak memory of a step's process: {peaks.show(' MiB', digits=0)} ({steps} MiB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jobs", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--port", type=int, default=8797)
    parser.add_argument("--paths", default=",".join(PATHS), help="rows, arrow or both (the default)")
    args = parser.parse_args()
    paths = [path for path in args.paths.split(",") if path]
    unknown = sorted(set(paths) - set(PATHS))
    if unknown:
        raise SystemExit(f"unknown path(s) {unknown}; choose from {list(PATHS)}")
    streams = tuple(sandbox_streams())
    folder = Path(tempfile.mkdtemp(prefix="st-profile-sync-"))
    reads: list[float] = []
    try:
        with sandbox_process(args.jobs, args.port) as base_url:
            # One unmeasured pass warms the sandbox's answers for every path alike.
            read_round(base_url, streams)

            def sync_on(path: str) -> Callable[[], Run]:
                def sync() -> Run:
                    run = one_sync(folder, base_url, streams, path)
                    print(f"  {path}: {run.records:,} records in {run.wall:.1f} s", flush=True)
                    return run

                return sync

            readers: dict[str, Callable[[], Any]] = {path: sync_on(path) for path in paths}
            readers["read"] = lambda: reads.append(read_round(base_url, streams))
            results = interleaved(readers, args.rounds)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"\nsync of {len(streams)} streams, {args.jobs:,} jobs, {args.rounds} interleaved rounds")
    for path in paths:
        report(path, results[path], reads)
    if set(PATHS) <= set(paths):
        rows, arrow = results["rows"], results["arrow"]
        cpu = ratios([run.sync_cpu / run.records for run in arrow], [run.sync_cpu / run.records for run in rows])
        print(f"\nArrow path / row path, the sync's CPU per record: {cpu.show(digits=3)}; {verdict(cpu, GOAL)}")
        wall = ratios([run.wall for run in arrow], [run.wall for run in rows])
        print(f"Arrow path / row path, wall time of the sync: {wall.show(digits=3)}")
        peak = ratios([float(run.peak_kib) for run in arrow], [float(run.peak_kib) for run in rows])
        print(f"Arrow path / row path, peak memory: {peak.show(digits=3)}; {verdict(peak, 1.0)}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
