"""Each action against a cassette named after it (`cassettes/<method>.yaml`), on both clients.

`nox -s record` (`pytest tests/actions --record-mode=rewrite`) records each cassette on the sync side against a
fresh in-process sandbox served on 127.0.0.1, then the async side replays what was just recorded. The default run
(`--record-mode=none --block-network`) starts no sandbox: both sides replay, with credentials and a tenant other
than the recording ones, which the cassettes do not hold (scrubbed by `servicetitan.testing`, as users' are).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from vcr.cassette import Cassette

from servicetitan import AsyncServiceTitan, ServiceTitan
from servicetitan.sandbox import TOKEN_PATH, Credentials, Sandbox, serve
from servicetitan.sandbox.seed import SeedSize
from servicetitan.testing import Secrets
from servicetitan.testing import vcr_config as scrubbing_vcr_config

CASSETTES = Path(__file__).parent / "cassettes"
RECORDING_SIDE = "sync"
# Distinctive values, so that the secret scan cannot miss one that escaped scrubbing.
RECORDING = Secrets(
    client_id="recorder-client-id-5e1f07",
    client_secret="recorder-client-secret-9c4d2a61",
    app_key="recorder-app-key-77b03e",
    tenant=4_242_424_242,
)
REPLAY = Secrets(client_id="replay-client", client_secret="replay-secret", app_key="replay-app-key", tenant=1_000_001)
REPLAY_URL = "http://replay.invalid"

JOBS = 20
SEED = 11
SIZE = SeedSize(JOBS)
# The sandbox stamps what it creates with its clock; a fixed one makes re-recorded cassettes equivalent.
NOW = 1_767_225_600.0  # 2026-01-01T00:00:00Z, after all seeded history

Client = ServiceTitan | AsyncServiceTitan


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The cassette checks read what the action tests recorded in this run, so they run after them."""
    items.sort(key=lambda item: item.get_closest_marker("after_recording") is not None)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "after_recording: reads the cassettes, so runs after the action tests")


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    return str(CASSETTES)


@pytest.fixture
def vcr_config() -> dict[str, Any]:
    return scrubbing_vcr_config(RECORDING)


@pytest.fixture(params=["sync", "async"])
def side(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def requested_record_mode(config: pytest.Config) -> str:
    return str(config.getoption("--record-mode") or "none")


@pytest.fixture
def record_mode(request: pytest.FixtureRequest) -> str:
    """pytest-recording's mode, per test: only the recording side records; the other replays its cassette."""
    if "side" in request.fixturenames and request.getfixturevalue("side") != RECORDING_SIDE:
        return "none"
    return requested_record_mode(request.config)


@pytest.fixture
def recording(request: pytest.FixtureRequest, side: str) -> bool:
    return side == RECORDING_SIDE and requested_record_mode(request.config) != "none"


@pytest.fixture
def server(recording: bool) -> Iterator[tuple[str, Secrets]]:
    """Where the client talks to and with what: a fresh sandbox when recording, nothing reachable otherwise."""
    if not recording:
        yield REPLAY_URL, REPLAY
        return
    credentials = Credentials(RECORDING.client_id, RECORDING.client_secret, RECORDING.app_key)
    sandbox = Sandbox(jobs=JOBS, seed=SEED, credentials=credentials, clock=lambda: NOW)
    with serve(sandbox) as url:
        yield url, RECORDING


def _no_sleep(seconds: float) -> None:
    raise AssertionError(f"the client slept {seconds} s: nothing here is rate limited or retried")


async def _no_async_sleep(seconds: float) -> None:
    _no_sleep(seconds)


@pytest.fixture
async def st(side: str, server: tuple[str, Secrets], recording: bool, vcr: Cassette) -> AsyncIterator[Client]:
    url, secrets = server
    settings: dict[str, Any] = {
        "client_id": secrets.client_id,
        "client_secret": secrets.client_secret,
        "app_key": secrets.app_key,
        "tenant": secrets.tenant,
        "api_url": url,
        "token_url": url + TOKEN_PATH,
        "rate_limit": None,
        "max_retries": 0,
    }
    if side == "sync":
        with ServiceTitan(**settings, sleep=_no_sleep) as client:
            yield client
    else:
        async with AsyncServiceTitan(**settings, sleep=_no_async_sleep) as client:
            yield client
    if not recording:
        unplayed = len(vcr) - vcr.play_count
        assert unplayed == 0, f"{unplayed} recorded interaction(s) of the cassette were not replayed"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
