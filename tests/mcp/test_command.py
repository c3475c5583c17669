"""The `servicetitan mcp` command: over stdio in a subprocess, its refusals before anything starts, and the SDK
imported only when a server is made."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from mcp import Client, StdioServerParameters

from servicetitan.cli import main
from servicetitan.mcp.tools import tools_for


def servicetitan_script() -> str:
    script = Path(sys.executable).with_name("servicetitan")
    assert script.exists(), f"the servicetitan script is not installed beside {sys.executable}"
    return str(script)


@pytest.mark.anyio
async def test_servicetitan_mcp_sandbox_answers_over_stdio() -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith("SERVICETITAN_")}
    parameters = StdioServerParameters(
        command=servicetitan_script(), args=["mcp", "--sandbox", "--sandbox-jobs", "10"], env=env
    )
    async with Client(parameters, read_timeout_seconds=60) as client:
        tools = (await client.list_tools()).tools
        answer = await client.call_tool("list_jobs", {"limit": 3})
    assert {tool.name for tool in tools} == {tool.name for tool in tools_for("default")}
    assert not answer.is_error
    assert answer.structured_content is not None
    assert answer.structured_content["count"] == 3


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def test_a_host_beyond_loopback_is_refused_before_anything_starts(capsys: pytest.CaptureFixture[str]) -> None:
    for host in ("0.0.0.0", "192.168.1.20", "example.com"):
        assert main(["mcp", "--sandbox", "--http", "8765", "--host", host]) == 2
        error = capsys.readouterr().err
        assert "--host" in error
        assert "loopback" in error


def test_an_unknown_tool_profile_is_refused_naming_the_profiles(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["mcp", "--sandbox", "--tools", "everything"]) == 2
    error = capsys.readouterr().err
    assert "--tools" in error
    assert "all-reads" in error


def test_without_the_extra_the_command_names_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import importlib.util

    real = importlib.util.find_spec

    def without_mcp(name: str, package: str | None = None) -> object:
        return None if name == "mcp" or name.startswith("mcp.") else real(name, package)

    monkeypatch.setattr(importlib.util, "find_spec", without_mcp)
    with pytest.raises(SystemExit) as stopped:
        main(["mcp", "--sandbox"])
    assert stopped.value.code == 1
    assert 'pip install "servicetitan[mcp]"' in capsys.readouterr().err


def test_the_library_and_the_command_line_load_without_the_sdk() -> None:
    code = (
        "import sys, servicetitan, servicetitan.cli, servicetitan.mcp, servicetitan.mcp.runtime\n"
        "from servicetitan.mcp.tools import tools_for\n"
        "assert len(tools_for('default')) > 0\n"
        "loaded = sorted(name for name in sys.modules if name == 'mcp' or name.startswith(('mcp.', 'mcp_types')))\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


def test_the_command_needs_click_only_of_the_cli_extra_and_names_the_mcp_extra() -> None:
    code = "import sys; sys.modules['click'] = None; from servicetitan.__main__ import main; sys.exit(main(['mcp']))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 1
    assert 'needs the mcp extra (click is missing): pip install "servicetitan[mcp]"' in done.stderr
