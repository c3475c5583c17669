"""`python -m servicetitan.sandbox` and `servicetitan sandbox` as a new user meets them: run as a subprocess, the
exit code and output checked."""

from __future__ import annotations

import re
import selectors
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from servicetitan.sandbox import DEFAULT_TENANT, TOKEN_PATH, Credentials

MODULE = [sys.executable, "-m", "servicetitan.sandbox"]
# The `servicetitan` script installed beside this interpreter (the cli extra).
SCRIPT = [str(Path(sys.executable).with_name("servicetitan")), "sandbox"]
START_TIMEOUT = 60.0
CREDENTIALS = Credentials()


@pytest.fixture(params=[MODULE, SCRIPT], ids=["python -m servicetitan.sandbox", "servicetitan sandbox"])
def command(request: pytest.FixtureRequest) -> list[str]:
    found: list[str] = request.param
    return found


def _run(command: list[str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*command, *args], capture_output=True, text=True, timeout=START_TIMEOUT, check=False)


def _banner(process: subprocess.Popen[str]) -> str:
    """The two lines the sandbox prints once it listens (written at once, so only the first read waits)."""
    assert process.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        if not selector.select(START_TIMEOUT):
            raise AssertionError("the sandbox printed nothing in time")
    return process.stdout.readline() + process.stdout.readline()


@contextmanager
def _running(command: list[str], *args: str) -> Iterator[tuple[subprocess.Popen[str], str]]:
    process = subprocess.Popen([*command, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        yield process, _banner(process)
    finally:
        process.terminate()
        process.communicate(timeout=START_TIMEOUT)


def _token_status(base_url: str) -> int:
    form = {
        "grant_type": "client_credentials",
        "client_id": CREDENTIALS.client_id,
        "client_secret": CREDENTIALS.client_secret,
    }
    return httpx.post(base_url + TOKEN_PATH, data=form, timeout=10, trust_env=False).status_code


def test_port_zero_prints_the_bound_port_with_credentials_and_tenant(command: list[str]) -> None:
    with _running(command, "--port", "0", "--jobs", "5") as (_, banner):
        found = re.search(r"http://127\.0\.0\.1:(\d+)", banner)
        assert found is not None, banner
        assert int(found.group(1)) != 0
        for value in (CREDENTIALS.client_id, CREDENTIALS.client_secret, CREDENTIALS.app_key, str(DEFAULT_TENANT)):
            assert value in banner
        assert _token_status(found.group(0)) == 200


def test_busy_port_fails_with_one_line_and_no_banner(command: list[str]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = _run(command, "--port", str(port), "--jobs", "5")
    assert result.returncode != 0
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(port) in lines[0]
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("flag", "value"),
    [
        ("--error-rate", "2"),
        ("--drop-rate", "-0.1"),
        ("--odd-record-rate", "1.5"),
        ("--latency", "-1"),
        ("--rate-limit", "0"),
        ("--token-lifetime", "0"),
        ("--jobs", "0"),
        ("--port", "70000"),
        ("--export-batch-size", "0"),
    ],
)
def test_out_of_range_values_are_usage_errors_naming_the_flag(command: list[str], flag: str, value: str) -> None:
    result = _run(command, flag, value)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "usage:" in result.stderr
    assert flag in result.stderr.splitlines()[-1]


def test_help_shows_defaults_credentials_and_tenant(command: list[str]) -> None:
    result = _run(command, "--help")
    assert result.returncode == 0
    invoked = "servicetitan sandbox" if command == SCRIPT else "python -m servicetitan.sandbox"
    assert result.stdout.startswith(f"usage: {invoked} ")
    text = " ".join(result.stdout.split())
    assert "(default: 8765)" in text
    assert "(default: 0.0)" in text
    for value in (CREDENTIALS.client_id, CREDENTIALS.client_secret, CREDENTIALS.app_key, str(DEFAULT_TENANT)):
        assert value in text
