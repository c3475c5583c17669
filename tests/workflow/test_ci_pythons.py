""".ci/pythons finds every supported Python the machine has (PATH and pyenv), one per version, so `.ci/run` tests on
each; interpreters that do not run, are another version, or are older than 3.11 are left out."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / ".ci" / "pythons"
TOOLS = ["bash", "ls", "sort", "seq"]


def fake_python(path: Path, version: str | None) -> Path:
    """An interpreter that answers "is this 3.X with venv and pip?" yes only for `version` (None: never runs)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    major, minor = version.split(".") if version else ("0", "0")
    body = f'case "$*" in *"({major}, {minor})"*) exit 0;; esac\nexit 1\n' if version else "exit 127\n"
    path.write_text("#!/bin/sh\n" + body)
    path.chmod(0o755)
    return path


def pythons(tmp_path: Path, *, pyenv_root: Path | None) -> subprocess.CompletedProcess[str]:
    tools = tmp_path / "tools"
    tools.mkdir(exist_ok=True)
    for name in TOOLS:
        found = shutil.which(name)
        assert found is not None, name
        if not (tools / name).exists():
            (tools / name).symlink_to(found)
    env = {"PATH": f"{tmp_path / 'bin'}:{tools}", "HOME": str(tmp_path / "home")}
    if pyenv_root is not None:
        env["PYENV_ROOT"] = str(pyenv_root)
    return subprocess.run(
        [str(tools / "bash"), str(SCRIPT)], env=env, capture_output=True, text=True, timeout=60, check=False
    )


def test_every_supported_version_once_from_path_and_pyenv(tmp_path: Path) -> None:
    on_path = fake_python(tmp_path / "bin" / "python3.12", "3.12")
    fake_python(tmp_path / "bin" / "python3.13", None)  # a pyenv shim for a version that is not selected
    fake_python(tmp_path / "bin" / "python3.10", "3.10")  # too old
    versions = tmp_path / "pyenv" / "versions"
    fake_python(versions / "3.12.1" / "bin" / "python3.12", "3.12")  # PATH already has a 3.12
    fake_python(versions / "3.13.2" / "bin" / "python3.13", "3.13")
    newest = fake_python(versions / "3.13.10" / "bin" / "python3.13", "3.13")
    fake_python(versions / "3.11.9" / "bin" / "python3.11", "3.12")  # named 3.11, runs as another version
    fake_python(versions / "3.9.18" / "bin" / "python3.9", "3.9")

    found = pythons(tmp_path, pyenv_root=tmp_path / "pyenv")

    assert found.returncode == 0, found.stderr
    assert found.stdout.splitlines() == [f"3.12 {on_path}", f"3.13 {newest}"]


def test_no_supported_python_is_an_error(tmp_path: Path) -> None:
    fake_python(tmp_path / "bin" / "python3.10", "3.10")
    found = pythons(tmp_path, pyenv_root=None)
    assert found.returncode == 1
    assert found.stdout == ""
    assert "no supported Python" in found.stderr


def test_this_machine_has_the_python_running_the_suite() -> None:
    """The interpreter running these tests is supported, so the real look-up lists its version."""
    listed = subprocess.run(["bash", str(SCRIPT)], capture_output=True, text=True, timeout=120, check=False)
    assert listed.returncode == 0, listed.stderr
    assert f"3.{sys.version_info.minor}" in [line.split()[0] for line in listed.stdout.splitlines()]
