"""The README's commands test or fail, on any supported Python: nox never skips a session and exits 0."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _nox(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "nox", "--noxfile", str(ROOT / "noxfile.py"), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=ROOT,
    )


def test_every_session_runs_on_the_interpreter_that_runs_nox() -> None:
    listed = _nox("--json", "-l")
    assert listed.returncode == 0, listed.stderr
    sessions = json.loads(listed.stdout)
    assert {"lint", "typecheck", "tests"} <= {session["name"] for session in sessions}
    # No version pinned: `python3.13 -m nox -s tests` runs the suite on 3.13 instead of skipping it.
    assert [session["name"] for session in sessions if session["python"] is not None] == []


def test_a_session_whose_interpreter_is_missing_fails_instead_of_skipping() -> None:
    ran = _nox("--force-python", "3.99", "-s", "lint")
    assert ran.returncode != 0
    assert "3.99 not found" in ran.stderr
