"""`nox -s specs` keeps its venv and installs only when pyproject.toml changed (the maintainer loop's speed)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest

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
