"""A sandbox served on loopback for the CLI's subprocesses, and the environment that points them at it.

The credentials are not the sandbox's public defaults, so a test can tell that no secret reaches the output.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from servicetitan import ServiceTitan
from servicetitan.sandbox import DEFAULT_TENANT, Credentials, ExportSettings, Sandbox, serve

SECRET = "cli-test-secret-5f1d"
APP_KEY = "cli-test-app-key-77"
CREDENTIALS = Credentials("cli-test-client", SECRET, APP_KEY)
JOBS = 120
# Export feeds answer in pages of this many records, so an export spans several pages.
FEED_PAGE = 25
# The bound on one command (a hang fails the test instead of stalling the suite): a sync of the whole sandbox
# tenant took up to 7 minutes of wall time on a 2-core machine running the suite on both cores and more beside.
TIMEOUT = 900


@dataclass
class Served:
    sandbox: Sandbox
    url: str

    def settings(self, tenant: int = DEFAULT_TENANT) -> dict[str, object]:
        return {
            "client_id": CREDENTIALS.client_id,
            "client_secret": SECRET,
            "app_key": APP_KEY,
            "tenant": tenant,
            "api_url": self.url,
            "token_url": f"{self.url}/connect/token",
        }

    def env(self, **changes: str) -> dict[str, str]:
        env = {key: value for key, value in os.environ.items() if not key.startswith("SERVICETITAN_")}
        env.update({f"SERVICETITAN_{key.upper()}": str(value) for key, value in self.settings().items()})
        env.update(changes)
        return env

    def client(self, **options: object) -> ServiceTitan:
        return ServiceTitan(**{**self.settings(), **options})  # type: ignore[arg-type]


def make_sandbox(**faults: object) -> Sandbox:
    from servicetitan.sandbox import FaultSettings

    return Sandbox(
        jobs=JOBS,
        credentials=CREDENTIALS,
        export=ExportSettings(batch_size=FEED_PAGE),
        faults=FaultSettings(**faults),  # type: ignore[arg-type]
    )


@pytest.fixture
def served() -> Iterator[Served]:
    sandbox = make_sandbox()
    with serve(sandbox) as url:
        yield Served(sandbox, url)


def servicetitan_command() -> list[str]:
    """The installed `servicetitan` script beside this interpreter."""
    script = Path(sys.executable).with_name("servicetitan")
    assert script.exists(), f"the servicetitan script is not installed beside {sys.executable}"
    return [str(script)]


def run(env: dict[str, str], *args: str, cwd: Path | None = None, stdin: str = "") -> subprocess.CompletedProcess[str]:
    completed = subprocess.run(
        [*servicetitan_command(), *args],
        env=env,
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    for stream in (completed.stdout, completed.stderr):
        assert SECRET not in stream, "the client secret reached the output"
        assert APP_KEY not in stream, "the app key reached the output"
    return completed
