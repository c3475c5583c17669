"""`python -m servicetitan.testing`: check cassettes against the specs, list what they exercise, lock them."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .contract import cassette_problems
from .operations import cassettes_in, exercised_operations, report, write_lock


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m servicetitan.testing")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="check every exchange of the cassettes against the specs")
    check.add_argument("paths", nargs="+", type=Path, help="cassette files or directories of them")
    listing = commands.add_parser("operations", help="operations exercised, and whether the specs changed them")
    listing.add_argument("directory", type=Path)
    lock = commands.add_parser("lock", help="record the current fingerprints of what the cassettes exercise")
    lock.add_argument("directory", type=Path)
    args = parser.parse_args(argv)
    if args.command == "check":
        files = [f for p in args.paths for f in (cassettes_in(p) if p.is_dir() else [p])]
        problems = [problem for f in files for problem in cassette_problems(f)]
        print("\n".join(problems) or f"{len(files)} cassette(s): every exchange follows the specs")
        return 1 if problems else 0
    if args.command == "operations":
        print(report(exercised_operations(args.directory)))
        return 0
    print(f"wrote {write_lock(args.directory)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
