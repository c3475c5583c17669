"""`nox -s specs` keeps its venv and installs only when pyproject.toml changed (the maintainer loop's speed)."""

from __future__ import annotations

import contextlib
import importlib.util
import json
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest
from nox.command import CommandFailed

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def noxfile() -> ModuleType:
    """The noxfile, loaded once (loading registers its sessions with nox)."""
    spec = importlib.util.spec_from_file_location("noxfile_under_test", ROOT / "noxfile.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class FakeSession:
    def __init__(self, venv: Path) -> None:
        self.virtualenv = SimpleNamespace(location=str(venv))
        self.installed: list[tuple[str, ...]] = []

    def install(self, *args: str) -> None:
        self.installed.append(args)

    def log(self, *_: object) -> None:
        pass


def test_the_specs_session_reuses_its_venv(noxfile: ModuleType) -> None:
    assert noxfile.specs.reuse_venv is True


def test_an_install_is_skipped_until_pyproject_changes(
    noxfile: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\ndependencies = ["httpx"]\n')
    session = FakeSession(tmp_path / "venv")
    (tmp_path / "venv").mkdir()
    noxfile._install_once(session, "-e", ".")
    noxfile._install_once(session, "-e", ".")
    assert session.installed == [("-e", ".")]
    noxfile._install_once(session, "-e", ".[test]")
    assert session.installed == [("-e", "."), ("-e", ".[test]")]
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\ndependencies = ["httpx", "anyio"]\n')
    noxfile._install_once(session, "-e", ".")
    assert session.installed == [("-e", "."), ("-e", ".[test]"), ("-e", ".")]


class LoopSession(FakeSession):
    """Runs nothing: records each command; `update` adopts (rewrites the manifest) when told to, `plan` writes the
    plan a real run would, and the command named in `failing` fails as nox would (an exception)."""

    def __init__(self, venv: Path, adopts: bool, plan: dict[str, object], failing: str = "") -> None:
        super().__init__(venv)
        self.adopts, self.plan, self.failing = adopts, plan, failing
        self.commands: list[tuple[str, ...]] = []
        self.errors: list[str] = []

    def run(self, *args: str) -> None:
        self.commands.append(args)
        if self.failing and self.failing in args:
            raise CommandFailed(f"{' '.join(args)} failed")
        if args[:3] == ("python", "specs/codegen.py", "update") and self.adopts:
            Path("specs/manifest.toml").write_text('[[domain]]\nkey = "jpm"\nsha256 = "new"\n')
        if args[:3] == ("python", "specs/codegen.py", "plan"):
            Path(args[args.index("--out") + 1]).write_text(json.dumps(self.plan))

    def error(self, message: str) -> None:
        self.errors.append(message)
        raise RuntimeError(message)


def _loop(noxfile: ModuleType, session: LoopSession) -> list[tuple[str, ...]]:
    with contextlib.suppress(RuntimeError, CommandFailed):
        noxfile._update_loop(session, ["downloads"])
    return [command[:4] if command[0] == "python" else command for command in session.commands]


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "specs").mkdir()
    (tmp_path / "specs" / "manifest.toml").write_text('[[domain]]\nkey = "jpm"\nsha256 = "old"\n')
    return tmp_path


PLAN = {
    "domains": ["jpm"],
    "rerecord": {"tests/actions": ["jpm:Jobs_Get"]},
    "tests": ["tests/generation", "tests/actions", "tests/sandbox/test_crud.py"],
}
NO_NETWORK = ("--block-network", "--allowed-hosts=127.0.0.1,localhost,/")


def test_the_loop_regenerates_remakes_the_baseline_rerecords_then_runs_the_planned_tests(
    noxfile: ModuleType, repo: Path
) -> None:
    session = LoopSession(repo / "venv", adopts=True, plan=PLAN)
    commands = _loop(noxfile, session)
    before = "build/specs-update/manifest.before.toml"
    assert session.commands[0] == ("python", "specs/codegen.py", "update", "downloads", "--known-from", before)
    assert commands == [
        ("python", "specs/codegen.py", "update", "downloads"),
        ("python", "specs/codegen.py", "generate"),
        ("python", "-m", "servicetitan._signatures", "--readme"),
        ("python", "specs/codegen.py", "baseline", "--before"),
        ("python", "specs/codegen.py", "plan", before),
        ("pytest", "-q", *NO_NETWORK, "--record-mode=rewrite", "-m", "not after_recording", "tests/actions"),
        ("pytest", *noxfile.PARALLEL, *NO_NETWORK, "--record-mode=none", *PLAN["tests"]),
    ]
    assert not (repo / before).exists()


def test_nothing_adopted_runs_nothing_more(noxfile: ModuleType, repo: Path) -> None:
    session = LoopSession(repo / "venv", adopts=False, plan=PLAN)
    assert _loop(noxfile, session) == [("python", "specs/codegen.py", "update", "downloads")]
    assert session.errors == []


def test_a_refused_adoption_is_not_told_to_resume(noxfile: ModuleType, repo: Path) -> None:
    session = LoopSession(repo / "venv", adopts=False, plan=PLAN, failing="update")
    assert _loop(noxfile, session) == [("python", "specs/codegen.py", "update", "downloads")]
    assert session.errors == []


def test_after_a_failed_step_the_same_command_resumes_the_loop(noxfile: ModuleType, repo: Path) -> None:
    session = LoopSession(repo / "venv", adopts=True, plan=PLAN, failing="--record-mode=none")
    failed = _loop(noxfile, session)
    assert failed[-1][0] == "pytest"
    # The way out is said: the documents stay adopted, and the same command resumes (or git undoes the adoption).
    [message] = session.errors
    assert "the same command again" in message
    assert "git checkout -- specs generated" in message
    # The documents are adopted now: the update finds nothing new, and the loop still regenerates and tests.
    resumed = _loop(noxfile, LoopSession(repo / "venv", adopts=False, plan=PLAN))
    assert resumed == [
        ("python", "specs/codegen.py", "update", "downloads"),
        ("python", "specs/codegen.py", "generate"),
        ("python", "-m", "servicetitan._signatures", "--readme"),
        ("python", "specs/codegen.py", "baseline", "--before"),
        ("python", "specs/codegen.py", "plan", "build/specs-update/manifest.before.toml"),
        ("pytest", "-q", *NO_NETWORK, "--record-mode=rewrite", "-m", "not after_recording", "tests/actions"),
        ("pytest", *noxfile.PARALLEL, *NO_NETWORK, "--record-mode=none", *PLAN["tests"]),
    ]


class SupplementSession(FakeSession):
    def __init__(self, venv: Path, posargs: list[str]) -> None:
        super().__init__(venv)
        self.posargs = posargs
        self.commands: list[tuple[str, ...]] = []

    def run(self, *args: str) -> None:
        self.commands.append(args)

    def error(self, message: str) -> None:
        raise RuntimeError(message)


def test_the_supplement_option_cuts_a_supplement(noxfile: ModuleType, repo: Path) -> None:
    (repo / "pyproject.toml").write_text('[project]\nname = "x"\n')
    (repo / "venv").mkdir()
    session = SupplementSession(repo / "venv", ["--supplement", "reporting", "ReportDataQueries_Get"])
    noxfile.specs.func(session)
    assert session.commands == [("python", "specs/codegen.py", "supplement", "reporting", "ReportDataQueries_Get")]
    with pytest.raises(RuntimeError, match="usage: nox -s specs -- --supplement DOMAIN OPERATION_ID"):
        noxfile.specs.func(SupplementSession(repo / "venv", ["--supplement", "reporting"]))
