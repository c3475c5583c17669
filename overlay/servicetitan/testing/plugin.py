"""The pytest plugin of `servicetitan[testing]` (entry point `pytest11`): fixtures and options for users' tests.

It imports nothing heavy until a fixture or an option is used, so it costs nothing in a run that uses neither.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from servicetitan import ServiceTitan

    from .sandbox import SandboxSession

_USED = pytest.StashKey[set[Path]]()
_STARTED = pytest.StashKey[float]()
_PROBLEMS = pytest.StashKey[list[str]]()


# The packages of the `servicetitan` distribution. pytest rewrites the asserts of every module of a distribution
# that registers a plugin; none of these holds an assert meant for a user's test.
LIBRARY_PACKAGES = ("servicetitan", "servicetitan_raw")


@pytest.hookimpl(tryfirst=True)
def pytest_load_initial_conftests(early_config: pytest.Config) -> None:
    """Leave the library's modules to Python's own loader. Installed from a wheel, the distribution lists all of
    servicetitan and its 25 generated clients, and pytest would rewrite each module a test imports: some 700,
    compiled again in every session that cannot keep bytecode. pytest has no public way to say so; where its
    internals differ from these, nothing changes but the time."""
    try:
        from _pytest.assertion.rewrite import assertstate_key
    except ImportError:
        return
    hook = getattr(early_config.stash.get(assertstate_key, None), "hook", None)
    marked = getattr(hook, "_must_rewrite", None)
    if isinstance(marked, set):
        marked.difference_update(LIBRARY_PACKAGES)
        cache = getattr(hook, "_marked_for_rewrite_cache", None)
        if isinstance(cache, dict):
            cache.clear()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("servicetitan")
    group.addoption(
        "--servicetitan-contract",
        action="store_true",
        help="check every cassette the run used against the ServiceTitan specs (openapi-core); fail on a mismatch",
    )
    group.addoption(
        "--servicetitan-operations",
        action="store_true",
        help="list the operations the run's cassettes exercise and whether the specs changed them since recording",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.stash[_USED] = set()
    config.stash[_STARTED] = time.time()
    config.stash[_PROBLEMS] = []


@pytest.hookimpl(optionalhook=True)  # pytest-recording's hook: a run with it disabled must still load the plugin
def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    from ._scrub import tenant_path

    vcr.register_matcher("tenant_path", tenant_path)


# What a replaying client is made with: a replay sends nothing, so it needs no credential (CI sets none). The
# tenant is matched as a placeholder, and requests are matched without their origin.
REPLAY_SETTINGS: dict[str, Any] = {
    "client_id": "replay-client-id",
    "client_secret": "replay-client-secret",
    "app_key": "replay-app-key",
    "tenant": 1,
    "api_url": "http://sandbox",
    "token_url": "http://sandbox/connect/token",
}


@pytest.fixture
def servicetitan_client_settings(request: pytest.FixtureRequest) -> dict[str, Any]:
    """What `servicetitan_client` passes to `ServiceTitan.from_env(**settings)` (`AsyncServiceTitan.from_env`
    takes them too): placeholders for every setting under `--record-mode=none`, where cassettes are only replayed
    and no `SERVICETITAN_*` variable is needed or read; nothing otherwise, so a recording reads the variables."""
    try:
        mode = request.getfixturevalue("record_mode")
    except pytest.FixtureLookupError:  # pytest-recording disabled: nothing records
        mode = "none"
    return dict(REPLAY_SETTINGS) if mode == "none" else {}


@pytest.fixture
def servicetitan_client(servicetitan_client_settings: dict[str, Any]) -> Iterator[ServiceTitan]:
    """A client for tests that replay or record cassettes (`@pytest.mark.vcr`): with no credential when
    replaying (`--record-mode=none`), from the `SERVICETITAN_*` variables when recording."""
    from servicetitan import ServiceTitan

    with ServiceTitan.from_env(**servicetitan_client_settings) as client:
        yield client


@pytest.fixture
def servicetitan_sandbox_options() -> dict[str, Any]:
    """What the `servicetitan_sandbox` fixture is made with: `Sandbox` keyword arguments (`jobs`, `seed`,
    `credentials`, `faults`, ...) and the client's `tenant`. Override it to size or seed the sandbox."""
    return {"jobs": 20}


@pytest.fixture
def servicetitan_sandbox(servicetitan_sandbox_options: dict[str, Any]) -> Iterator[SandboxSession]:
    """A fresh sandbox on 127.0.0.1 and a ready client (`.client`; `.async_client()` for an async one)."""
    from .sandbox import running_sandbox

    with running_sandbox(**servicetitan_sandbox_options) as session:
        yield session


@pytest.fixture(autouse=True)
def _servicetitan_cassette_tracker(request: pytest.FixtureRequest) -> None:
    """Note the cassettes of tests that use pytest-recording's `vcr`, for the checks at the end of the run."""
    if "vcr" not in request.fixturenames:
        return
    path = getattr(request.getfixturevalue("vcr"), "_path", None)
    if path:
        request.config.stash[_USED].add(Path(path))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    config = session.config
    used = sorted(p for p in config.stash.get(_USED, set()) if p.exists())
    if not used:
        return
    from .operations import write_lock

    started = config.stash[_STARTED]
    recorded = [p for p in used if p.stat().st_mtime >= started]
    by_directory: dict[Path, list[Path]] = {}
    for path in recorded:
        by_directory.setdefault(path.parent, []).append(path)
    for directory, cassettes in by_directory.items():
        write_lock(directory, cassettes)
    if config.getoption("--servicetitan-contract"):
        from .contract import cassette_problems

        problems = [problem for path in used for problem in cassette_problems(path)]
        config.stash[_PROBLEMS] = problems
        if problems:
            session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    used = sorted(p for p in config.stash.get(_USED, set()) if p.exists())
    if config.getoption("--servicetitan-contract") and used:
        problems = config.stash[_PROBLEMS]
        terminalreporter.section("ServiceTitan contract")
        verdict = f"{len(problems)} problem(s)" if problems else "every exchange follows the specs"
        terminalreporter.write_line(f"{len(used)} cassette(s) checked against the specs: {verdict}")
        for problem in problems:
            terminalreporter.write_line(problem)
    if config.getoption("--servicetitan-operations") and used:
        from .operations import exercised_operations, report

        terminalreporter.section("ServiceTitan operations")
        for directory in sorted({p.parent for p in used}):
            terminalreporter.write_line(f"{directory}:")
            terminalreporter.write_line(report(exercised_operations(directory)))
