"""The everyday sessions keep their venv and install only when the dependency set changed (the inner loop's speed);
a venv made by another Python is made again, never reused."""

from __future__ import annotations

import importlib.util
import os
import warnings
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[2]

PYPROJECT = """\
[build-system]
requires = ["setuptools>=69"]

[project]
name = "x"
dependencies = ["httpx"]

[project.optional-dependencies]
test = ["pytest"]

[tool.ruff]
line-length = 120
"""


@pytest.fixture(scope="module")
def noxfile() -> ModuleType:
    """The noxfile, loaded once (loading registers its sessions with nox)."""
    spec = importlib.util.spec_from_file_location("noxfile_venvs_under_test", ROOT / "noxfile.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    with pytest.MonkeyPatch.context() as patch, warnings.catch_warnings():
        # Another test module may have loaded the noxfile too: nox warns that the sessions are registered again.
        warnings.simplefilter("ignore", FutureWarning)
        patch.delenv("NOX_ENABLE_STALENESS_CHECK", raising=False)
        spec.loader.exec_module(module)
        module.staleness_check = os.environ.get("NOX_ENABLE_STALENESS_CHECK")
    return module


class FakeSession:
    def __init__(self, venv: Path) -> None:
        self.virtualenv = SimpleNamespace(location=str(venv))
        self.installed: list[tuple[str, ...]] = []

    def install(self, *args: str) -> None:
        self.installed.append(args)

    def log(self, *_: object) -> None:
        pass


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text(PYPROJECT)
    (tmp_path / "venv").mkdir()
    return tmp_path


@pytest.mark.parametrize("name", ["generate", "tests", "lint", "typecheck", "bench"])
def test_the_everyday_sessions_keep_their_venv(noxfile: ModuleType, name: str) -> None:
    assert getattr(noxfile, name).reuse_venv is True


@pytest.mark.parametrize(
    ("name", "installs"),
    [
        ("generate", ("openapi-python-client==0.29.1", "ruff==0.17.6", "-e", ".")),
        ("tests", ("-e", ".[test]")),
        ("lint", ("ruff==0.17.6",)),
        ("typecheck", ("mypy==2.4.1", "-e", ".[testing,redis,cli,keyring,mcp]")),
    ],
)
def test_a_second_run_of_a_session_installs_nothing(
    noxfile: ModuleType, project: Path, monkeypatch: pytest.MonkeyPatch, name: str, installs: tuple[str, ...]
) -> None:
    session = FakeSession(project / "venv")
    session.posargs = []  # type: ignore[attr-defined]
    session.run = lambda *args, **kwargs: None  # type: ignore[attr-defined]
    session.error = pytest.fail  # type: ignore[attr-defined]
    for _ in range(2):
        getattr(noxfile, name).func(session)
    assert session.installed == [installs]


def test_a_changed_extra_installs_again_and_a_tool_setting_does_not(noxfile: ModuleType, project: Path) -> None:
    session = FakeSession(project / "venv")
    noxfile._install_once(session, "-e", ".[test]")
    (project / "pyproject.toml").write_text(PYPROJECT.replace("line-length = 120", "line-length = 100"))
    noxfile._install_once(session, "-e", ".[test]")
    assert session.installed == [("-e", ".[test]")]
    (project / "pyproject.toml").write_text(PYPROJECT.replace('test = ["pytest"]', 'test = ["pytest", "anyio"]'))
    noxfile._install_once(session, "-e", ".[test]")
    assert session.installed == [("-e", ".[test]"), ("-e", ".[test]")]


def test_a_dependency_set_changed_and_changed_back_installs_each_time(noxfile: ModuleType, project: Path) -> None:
    """The venv holds what was installed last: going back to an earlier set is a change too."""
    session = FakeSession(project / "venv")
    noxfile._install_once(session, "-e", ".")
    (project / "pyproject.toml").write_text(PYPROJECT.replace('["httpx"]', '["httpx<1"]'))
    noxfile._install_once(session, "-e", ".")
    (project / "pyproject.toml").write_text(PYPROJECT)
    noxfile._install_once(session, "-e", ".")
    assert session.installed == [("-e", ".")] * 3


def test_an_install_skipped_by_no_install_is_not_stamped(noxfile: ModuleType, project: Path) -> None:
    """`nox -R` installs nothing in a kept venv: the next plain run must still install."""
    session = FakeSession(project / "venv")
    session.virtualenv._reused = True
    session._runner = SimpleNamespace(global_config=SimpleNamespace(no_install=True))  # type: ignore[attr-defined]
    noxfile._install_once(session, "-e", ".[test]")
    del session._runner  # type: ignore[attr-defined]
    noxfile._install_once(session, "-e", ".[test]")
    assert session.installed == [("-e", ".[test]"), ("-e", ".[test]")]


def test_a_kept_venv_of_another_python_is_made_again(noxfile: ModuleType) -> None:
    """nox compares a kept venv's interpreter with the one asked for only when this variable is set."""
    assert noxfile.staleness_check == "1"


def test_the_suite_runs_one_worker_more_than_the_cpus_a_file_per_worker_and_the_command_line_decides_last(
    noxfile: ModuleType, project: Path
) -> None:
    """One worker more than the CPUs the process may use: a share of the suite waits (pacing, deadlines, spawned
    processes), and a third worker on a 2-core machine took the suite from 564 s to 488 s."""
    session = FakeSession(project / "venv")
    session.posargs = ["tests/core", "-n", "0"]  # type: ignore[attr-defined]
    ran: list[tuple[str, ...]] = []
    session.run = lambda *args, **kwargs: ran.append(args)  # type: ignore[attr-defined]
    noxfile.tests.func(session)
    [command] = ran
    assert command[0] == "pytest"
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    assert command[1:5] == ("-n", str(cpus + 1), "--dist", "loadgroup")
    assert {"--block-network", "--record-mode=none"} <= set(command)
    # pytest takes the last -n it is given: the user's.
    assert command[-3:] == ("tests/core", "-n", "0")
