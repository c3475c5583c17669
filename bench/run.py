"""`nox -s bench`: every benchmark in a fresh interpreter, each printing ratios against a baseline measured in the
same run on the same machine. Pass names to run some only: `nox -s bench -- core sandbox actions`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHMARKS = {"core": "bench_core.py", "sandbox": "bench_sandbox.py", "actions": "bench_actions.py"}


def main(names: list[str]) -> int:
    unknown = sorted(set(names) - set(BENCHMARKS))
    if unknown:
        print(f"unknown benchmark(s) {unknown}; choose from {sorted(BENCHMARKS)}", file=sys.stderr)
        return 2
    failed = []
    for name in names or list(BENCHMARKS):
        print(f"== {name}", flush=True)
        if subprocess.run([sys.executable, str(HERE / BENCHMARKS[name])], cwd=HERE, check=False).returncode:
            failed.append(name)
    if failed:
        print(f"over their limits: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
