"""`nox -s bench`: every benchmark in a fresh interpreter, each printing ratios against a baseline measured in the
same run on the same machine, with the spread of interleaved rounds.

    nox -s bench                      core, sandbox, actions, catalog, cli (the data-team commands; the longest),
                                      pacing (the real 60/s window, one process and three sharing Redis) and
                                      sync (where the sync's CPU goes, row path against Arrow path),
                                      formats (export's CSV and Parquet writers against the Arrow path)
    nox -s bench -- core actions      some of them (run a file directly for its own options: --rounds, ...)
    nox -s bench -- --peers           servicepytan side by side on the same sandbox (installed in this session only)
    nox -s bench -- tap --tap PATH --target PATH
                                      the sync beside the Singer tap piped into target-duckdb, both installed by you
                                      outside this project (bench_tap.py; without them it says so and exits 0)

A figure outside its goal prints FAIL beside it, and the run still exits 0: the machine is shared and noisy, so the
benchmarks report and never gate CI.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHMARKS = {
    "core": "bench_core.py",
    "sandbox": "bench_sandbox.py",
    "actions": "bench_actions.py",
    "catalog": "bench_catalog.py",
    "cli": "bench_cli.py",
    "pacing": "bench_pacing.py",
    "sync": "profile_sync.py",
    "formats": "bench_formats.py",
}
PEERS = {"peers": "bench_peers.py"}
# Opt-in and never in the default run; the arguments after its name are its own options.
TAP = {"tap": "bench_tap.py"}


def run(name: str, file: str, options: list[str]) -> None:
    print(f"== {name}", flush=True)
    code = subprocess.run([sys.executable, str(HERE / file), *options], cwd=HERE, check=False).returncode
    if code:
        print(f"== {name} exited with {code} (reported, not a gate)", flush=True)


def main(argv: list[str]) -> int:
    if argv[:1] == list(TAP):
        run(argv[0], TAP[argv[0]], argv[1:])
        return 0
    names = [arg for arg in argv if arg != "--peers"]
    chosen = PEERS if "--peers" in argv else BENCHMARKS
    unknown = sorted(set(names) - set(chosen))
    if unknown:
        print(f"unknown benchmark(s) {unknown}; choose from {sorted(chosen)}", file=sys.stderr)
        return 2
    for name in names or list(chosen):
        run(name, chosen[name], [])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
