"""The `servicetitan` command against a sandbox process: export and sync, each with a baseline of the same run.

    python bench/bench_cli.py [--jobs 100000] [--rounds 3] [--sync-jobs 10000,100000] [--sync-rounds 1]
                              [--paths rows,arrow]

- export: `servicetitan export jpm.jobs --format jsonl --out FILE` of every job, against the library's
  `as_dicts` read with `json.dumps` per line into a file (the baseline), each a fresh interpreter, rounds
  interleaved; records/s of both and the ratio of their wall times (goal: at most 1.2).
- sync: `servicetitan sync --to duckdb:///FILE` of every stream the sandbox serves, on the row path and on the
  Arrow path (`--arrow`; `--paths` picks one), rows/s and the peak
  memory of the command and every process it starts, their proportional set sizes summed (the sandbox runs in a
  process of its own and is not counted), for a tenant of each size of `--sync-jobs` (default 10000,100000),
  rounds interleaved: the peak of the larger tenant over the peak of the smaller one is the growth; at most
  GROWTH_LIMIT while the jobs grow tenfold is O(page), anything more is a FAIL (and the exit status is 1).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_actions import sandbox_process
from measure import ratios

from servicetitan.cli.sync import WORKING_DIR, sandbox_streams
from servicetitan.sandbox import DEFAULT_TENANT, Credentials

BASELINE = """
import json, sys
from servicetitan import ServiceTitan
with ServiceTitan.from_env() as st, open(sys.argv[1], "w", encoding="utf-8") as out:
    for record in st.jpm.jobs.get_list(fetch_all=True, as_dicts=True):
        out.write(json.dumps(record, ensure_ascii=False) + "\\n")
"""
# Peak memory of the larger sync over the smaller one, at most: a flat line with room for noise, far below the
# growth of the tenant (tenfold the jobs by default).
GROWTH_LIMIT = 1.25
# The sync's paths: the row path, and the Arrow path (`sync --arrow`).
PATHS = ("rows", "arrow")
# How often the memory of a command's processes is read.
SAMPLE_EVERY = 0.05


def _proportional_kib(entry: Path) -> int:
    """The proportional set size of the process `entry` (/proc/PID) in KiB: its resident pages, each shared one
    counted as its share (1/n of a page n processes map). Summed over processes forked from one another (a sync's
    steps, forked from a process that imported dlt), the resident sizes would count every shared page once per
    process. Its resident size where the kernel gives no proportional one."""
    try:
        for line in (entry / "smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return int((entry / "statm").read_text().split()[1]) * os.sysconf("SC_PAGESIZE") // 1024


def _tree_memory_kib(root: int) -> int:
    """Memory of `root` and every process below it, in KiB (Linux /proc): their proportional set sizes summed
    (`_proportional_kib`)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:  # the process ended meanwhile
            continue
        parents[int(entry.name)] = int(stat[stat.rindex(")") + 2 :].split()[1])
    tree, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        children = [pid for pid, ppid in parents.items() if ppid == parent and pid not in tree]
        tree.update(children)
        frontier.extend(children)
    total = 0
    for pid in tree:
        try:
            total += _proportional_kib(Path("/proc") / str(pid))
        except OSError:  # the process ended meanwhile
            continue
    return total


def peak_memory(command: list[str], env: dict[str, str], cwd: Path) -> tuple[int, int]:
    """(exit status, peak KiB of the command's whole process tree, read every SAMPLE_EVERY s). A sync runs each
    step in a process of its own: the largest process alone (`ru_maxrss`) would leave out the parent waiting
    for it, so the memory of all of them (proportional set sizes) is summed at each reading."""
    process = subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    while process.poll() is None:
        peak = max(peak, _tree_memory_kib(process.pid))
        time.sleep(SAMPLE_EVERY)
    return process.wait(), peak


def environment(base_url: str) -> dict[str, str]:
    credentials = Credentials()
    return {
        **os.environ,
        "SERVICETITAN_CLIENT_ID": credentials.client_id,
        "SERVICETITAN_CLIENT_SECRET": credentials.client_secret,
        "SERVICETITAN_APP_KEY": credentials.app_key,
        "SERVICETITAN_TENANT": str(DEFAULT_TENANT),
        "SERVICETITAN_API_URL": base_url,
        "SERVICETITAN_TOKEN_URL": f"{base_url}/connect/token",
    }


def servicetitan() -> str:
    return str(Path(sys.executable).with_name("servicetitan"))


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def lines(path: Path) -> int:
    with path.open("rb") as file:
        return sum(1 for _ in file)


def spread(values: list[float]) -> str:
    return f"median {statistics.median(values):.2f} s (min {min(values):.2f}, max {max(values):.2f})"


def bench_export(base_url: str, rounds: int, folder: Path) -> None:
    env = environment(base_url)
    cli_out, baseline_out = folder / "cli.jsonl", folder / "baseline.jsonl"
    cli_command = [servicetitan(), "export", "jpm.jobs", "--format", "jsonl", "--out", str(cli_out)]
    baseline_command = [sys.executable, "-c", BASELINE, str(baseline_out)]
    # One unmeasured pass of each warms the sandbox's answer cache for both.
    timed(cli_command, env)
    timed(baseline_command, env)
    cli_times, baseline_times = [], []
    for _ in range(rounds):
        cli_times.append(timed(cli_command, env))
        baseline_times.append(timed(baseline_command, env))
    records = lines(cli_out)
    if records != lines(baseline_out):
        raise SystemExit(f"the export wrote {records} records, the baseline {lines(baseline_out)}")
    cli, baseline = statistics.median(cli_times), statistics.median(baseline_times)
    ratios = [c / b for c, b in zip(cli_times, baseline_times, strict=True)]
    print(f"export jsonl of {records:,} jobs ({rounds} interleaved rounds, fresh interpreters)")
    print(f"  servicetitan export: {spread(cli_times)}, {records / cli:,.0f} records/s")
    print(f"  as_dicts + json.dumps per line: {spread(baseline_times)}, {records / baseline:,.0f} records/s")
    print(f"  ratio {cli / baseline:.2f} (per round {min(ratios):.2f} to {max(ratios):.2f}; goal <= 1.2)")


def bench_sync(jobs: int, port: int, folder: Path, arrow: bool = False) -> tuple[int, float, int]:
    """(rows loaded, seconds, peak KiB) of one first sync of the whole sandbox tenant (`arrow`: `sync --arrow`)."""
    database = folder / f"sync-{jobs}.duckdb"
    # A first sync each time: no database and no pipeline state left by an earlier round.
    database.unlink(missing_ok=True)
    shutil.rmtree(folder / WORKING_DIR, ignore_errors=True)
    with sandbox_process(jobs, port) as base_url:
        command = [servicetitan(), "sync", "--to", f"duckdb:///{database}", "--streams", ",".join(sandbox_streams())]
        command += ["--arrow"] if arrow else []
        started = time.perf_counter()
        status, peak = peak_memory(command, environment(base_url), folder)
        seconds = time.perf_counter() - started
    if status != 0:
        raise SystemExit(f"the sync of {jobs} jobs failed with status {status}")
    import duckdb

    with duckdb.connect(str(database), read_only=True) as db:
        query = "select table_name from duckdb_tables() where schema_name = 'servicetitan'"
        tables = [row[0] for row in db.execute(query).fetchall()]
        rows = sum(
            int(db.execute(f'select count(*) from servicetitan."{table}"').fetchall()[0][0])  # noqa: S608
            for table in tables
            if not table.startswith("_dlt")
        )
    return rows, seconds, peak


def sync_sizes(text: str) -> tuple[int, int]:
    sizes = sorted(int(part) for part in text.split(","))
    if len(sizes) != 2 or sizes[0] < 1 or sizes[0] == sizes[1]:
        raise argparse.ArgumentTypeError(f"--sync-jobs {text!r}: give two different sizes, SMALL,LARGE")
    return sizes[0], sizes[1]


def report_sync(sizes: tuple[int, int], rounds: int, folder: Path, paths: tuple[str, ...] = PATHS) -> bool:
    """Syncs a tenant of each size `rounds` times on each path (`rows`, `arrow`: `sync --arrow`), interleaved;
    prints the figures and returns whether the peak memory stayed flat on every path."""
    print(f"sync of the whole sandbox tenant into DuckDB ({len(sandbox_streams())} streams, child tables included;")
    print("  peak memory of the servicetitan command and its step processes, proportional set sizes summed; the")
    print("  sandbox in a process of its own)")
    runs: dict[tuple[str, int], list[tuple[int, float, int]]] = {(path, jobs): [] for path in paths for jobs in sizes}
    for number in range(rounds):
        order = list(paths[number % len(paths) :] + paths[: number % len(paths)])
        for jobs in sizes:
            for path in order:
                runs[path, jobs].append(bench_sync(jobs, 8793, folder, arrow=path == "arrow"))
    flat = True
    for path in paths:
        print(f"  {path} path{' (sync --arrow)' if path == 'arrow' else ''}:")
        for jobs in sizes:
            rows = runs[path, jobs][0][0]
            seconds = [run[1] for run in runs[path, jobs]]
            peaks = [run[2] / 1024 for run in runs[path, jobs]]
            print(
                f"    {jobs:>7,} jobs: {rows:,} rows, {spread(seconds)}, {rows / statistics.median(seconds):,.0f} "
                f"rows/s, peak {statistics.median(peaks):,.0f} MiB (min {min(peaks):,.0f}, max {max(peaks):,.0f})"
            )
        small, large = sizes
        rows_growth = runs[path, large][0][0] / runs[path, small][0][0]
        peak = {jobs: statistics.median(run[2] for run in runs[path, jobs]) for jobs in sizes}
        growth = peak[large] / peak[small]
        flat = flat and growth <= GROWTH_LIMIT
        verdict = "O(page): ok" if growth <= GROWTH_LIMIT else "not O(page): FAIL"
        print(f"    peak memory at {large:,} jobs / at {small:,} jobs: {growth:.2f} for {rows_growth:.1f}x the rows")
        print(f"    (limit {GROWTH_LIMIT}): {verdict}")
    if set(paths) == set(PATHS):
        for jobs in sizes:
            memory = ratios([r[2] for r in runs["arrow", jobs]], [r[2] for r in runs["rows", jobs]])
            wall = ratios([r[1] for r in runs["arrow", jobs]], [r[1] for r in runs["rows", jobs]])
            print(f"  {jobs:,} jobs, Arrow path / row path: peak memory x{memory.show()}, wall x{wall.show()}")
    return flat


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jobs", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--sync-jobs", type=sync_sizes, default=(10_000, 100_000))
    parser.add_argument("--sync-rounds", type=int, default=1)
    parser.add_argument("--paths", default=",".join(PATHS), help="the sync's paths: rows, arrow or both (the default)")
    args = parser.parse_args()
    paths = tuple(path for path in args.paths.split(",") if path)
    if not paths or set(paths) - set(PATHS):
        parser.error(f"--paths {args.paths!r}: rows, arrow or rows,arrow")
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        with sandbox_process(args.jobs, 8792) as base_url:
            bench_export(base_url, args.rounds, folder)
        flat = report_sync(args.sync_jobs, args.sync_rounds, folder, paths)
    if not flat:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
