"""`servicetitan.testing` as a user's test suite meets it: installed by the extra, loaded through its `pytest11`
entry point, run here with pytester in a separate interpreter."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from servicetitan.testing import Secrets, leaks
from servicetitan.testing.operations import LOCK_NAME

pytest_plugins = ["pytester"]

# A user's credentials: the sandbox is told to accept exactly these, so the cassette would hold them unscrubbed.
USER = Secrets(
    client_id="acme-client-3f9a", client_secret="acme-secret-77c1d2e0", app_key="ak1.acme-0042", tenant=5_551_234
)

CONFTEST = f"""
import pytest
from servicetitan.sandbox import Credentials
from servicetitan.testing import Secrets, vcr_config as scrubbed

USER = Secrets(client_id={USER.client_id!r}, client_secret={USER.client_secret!r}, app_key={USER.app_key!r},
               tenant={USER.tenant})


@pytest.fixture
def servicetitan_sandbox_options():
    return {{"jobs": 5, "tenant": USER.tenant,
             "credentials": Credentials(USER.client_id, USER.client_secret, USER.app_key)}}


@pytest.fixture
def vcr_config():
    return scrubbed(USER)
"""

TESTS = """
import asyncio
import pytest


@pytest.mark.vcr
def test_jobs(servicetitan_sandbox):
    page = servicetitan_sandbox.client.list_jobs(page_size=2)
    assert len(page.records) == 2
    job = servicetitan_sandbox.client.get_job(id=page.records[0].id)
    assert job.id == page.records[0].id


def test_async_client(servicetitan_sandbox):
    async def main():
        async with servicetitan_sandbox.async_client() as st:
            return await st.list_jobs(page_size=3)

    assert len(asyncio.run(main()).records) == 3
"""


@pytest.fixture
def suite(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(test_user=TESTS)
    return pytester


def cassette_file(pytester: pytest.Pytester) -> Path:
    return pytester.path / "cassettes" / "test_user" / "test_jobs.yaml"


def record(suite: pytest.Pytester) -> None:
    result = suite.runpytest_subprocess("-p", "no:cacheprovider", "--record-mode=once")
    result.assert_outcomes(passed=2)


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The user's suite run once with `--record-mode=once`, for the tests that replay what it recorded."""
    folder = tmp_path_factory.mktemp("recorded")
    (folder / "conftest.py").write_text(CONFTEST)
    (folder / "test_user.py").write_text(TESTS)
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "--record-mode=once", "-q"],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return folder / "cassettes"


def replayable(suite: pytest.Pytester, recorded: Path) -> None:
    """The user's suite with the cassettes of `recorded` beside it, as a recording run leaves them."""
    shutil.copytree(recorded, suite.path / "cassettes")


def test_sandbox_fixture_gives_ready_sync_and_async_clients(suite: pytest.Pytester) -> None:
    suite.runpytest_subprocess("-p", "no:cacheprovider", "-k", "async_client").assert_outcomes(passed=1)


def test_recording_scrubs_the_users_secrets_and_locks_the_operations(suite: pytest.Pytester) -> None:
    record(suite)
    text = cassette_file(suite).read_text()
    assert leaks(text, USER) == []
    assert "/jpm/v2/tenant/{tenant}/jobs" in text
    lock = json.loads((cassette_file(suite).parent / LOCK_NAME).read_text())
    assert sorted(lock["cassettes"]["test_jobs.yaml"]) == ["jpm:Jobs_Get", "jpm:Jobs_GetList"]


def test_contract_option_passes_good_cassettes_and_fails_broken_ones(suite: pytest.Pytester, recorded: Path) -> None:
    replayable(suite, recorded)
    replay = suite.runpytest_subprocess(
        "-p", "no:cacheprovider", "--record-mode=none", "--block-network", "--servicetitan-contract", "-k", "jobs"
    )
    replay.assert_outcomes(passed=1)
    replay.stdout.fnmatch_lines(["*1 cassette(s) checked against the specs: every exchange follows the specs*"])

    path = cassette_file(suite)
    token, *api = path.read_text().split("code: 200")  # the token answer comes first; break the list's
    path.write_text(token + "code: 200" + api[0] + "code: 201" + "code: 200".join(api[1:]))
    broken = suite.runpytest_subprocess("-p", "no:cacheprovider", "--record-mode=none", "--servicetitan-contract")
    assert broken.ret == pytest.ExitCode.TESTS_FAILED
    broken.stdout.fnmatch_lines(["*test_jobs.yaml #2: Jobs_GetList response 201: status not documented*"])


def test_operations_option_tells_which_operations_the_specs_changed(suite: pytest.Pytester, recorded: Path) -> None:
    replayable(suite, recorded)
    lock_path = cassette_file(suite).parent / LOCK_NAME
    lock = json.loads(lock_path.read_text())
    # As if the specs had described Jobs_Get differently when the cassette was recorded.
    lock["cassettes"]["test_jobs.yaml"]["jpm:Jobs_Get"] = "0" * 64
    lock_path.write_text(json.dumps(lock))
    result = suite.runpytest_subprocess(
        "-p", "no:cacheprovider", "--record-mode=none", "--servicetitan-operations", "-k", "jobs"
    )
    result.assert_outcomes(passed=1)
    output = result.stdout.str()
    assert "2 ServiceTitan operations exercised; 1 changed by the specs since recording" in output
    assert re.search(r"jpm:Jobs_Get  GET /jpm/v2/tenant/\{tenant\}/jobs/\{id\}: CHANGED by the specs", output)
    assert re.search(r"jpm:Jobs_GetList  GET /jpm/v2/tenant/\{tenant\}/jobs: unchanged since recording", output)


def test_the_readme_users_test_file_records_then_replays_under_the_contract(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    code = re.search(r"A user's test file that uses all of it:\n\n```python\n(.*?)```", readme, re.DOTALL)
    assert code is not None
    pytester.makepyfile(test_servicetitan_sync=code.group(1))
    from servicetitan.sandbox import Credentials
    from servicetitan.testing.sandbox import running_sandbox

    credentials = Credentials(USER.client_id, USER.client_secret, USER.app_key)
    with running_sandbox(tenant=USER.tenant or 0, credentials=credentials) as real_api:
        for name, value in {
            "CLIENT_ID": USER.client_id,
            "CLIENT_SECRET": USER.client_secret,
            "APP_KEY": USER.app_key,
            "TENANT": str(USER.tenant),
            "API_URL": real_api.url,
            "TOKEN_URL": real_api.settings["token_url"],
        }.items():
            monkeypatch.setenv(f"SERVICETITAN_{name}", value)
        pytester.runpytest_subprocess("-p", "no:cacheprovider", "--record-mode=once").assert_outcomes(passed=4)
    cassette = pytester.path / "cassettes" / "test_servicetitan_sync" / "test_my_sync_replayed.yaml"
    assert leaks(cassette.read_text(), USER) == []
    # CI as the README runs it: no SERVICETITAN_* variable at all.
    for name in ("CLIENT_ID", "CLIENT_SECRET", "APP_KEY", "TENANT", "API_URL", "TOKEN_URL"):
        monkeypatch.delenv(f"SERVICETITAN_{name}")
    replay = pytester.runpytest_subprocess(
        "-p",
        "no:cacheprovider",
        "--record-mode=none",
        "--block-network",
        "--allowed-hosts=127.0.0.1",
        "--servicetitan-contract",
    )
    replay.assert_outcomes(passed=4)
    replay.stdout.fnmatch_lines(["*1 cassette(s) checked against the specs: every exchange follows the specs*"])


LIGHT = """
import sys

from _pytest.assertion.rewrite import AssertionRewritingHook


def test_what_the_library_brings():
    loaded_by_the_plugin = sorted(name for name in sys.modules if name.startswith("servicetitan"))
    import servicetitan.sandbox
    import servicetitan_raw.jpm.models

    rewritten = sorted(
        name
        for name, module in sys.modules.items()
        if name.partition(".")[0] in ("servicetitan", "servicetitan_raw")
        and isinstance(getattr(module, "__loader__", None), AssertionRewritingHook)
    )
    print("LOADED", " ".join(loaded_by_the_plugin))
    print("REWRITTEN", " ".join(rewritten))
"""


def installed_as_a_wheel(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    """What pytest sees of `servicetitan` installed from a wheel: a distribution whose files are the library's
    modules and which registers the plugin (an editable install lists no module, so pytest marks none)."""
    info = pytester.path / "site" / "servicetitan-0.1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: servicetitan\nVersion: 0.1.0\n")
    (info / "RECORD").write_text("servicetitan/__init__.py,,\nservicetitan_raw/__init__.py,,\n")
    (info / "entry_points.txt").write_text("[pytest11]\nservicetitan = servicetitan.testing.plugin\n")
    monkeypatch.setenv("PYTHONPATH", str(info.parent))


def test_the_plugin_loads_nothing_heavy_and_leaves_the_library_s_modules_unrewritten(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    """pytest rewrites the asserts of every module of a distribution that registers a plugin: for a wheel, all of
    servicetitan and the 25 generated clients, some 700 modules compiled again in every session that cannot keep
    bytecode (a CI image with PYTHONDONTWRITEBYTECODE). The library's modules hold no assert meant for a user's
    test, so the plugin has pytest leave them as they are; and it imports the sandbox only when a fixture asks."""
    installed_as_a_wheel(pytester, monkeypatch)
    pytester.makepyfile(test_light=LIGHT)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-s")
    result.assert_outcomes(passed=1)
    output = result.stdout.str()
    lines = {key: re.findall(rf"{key}( .*|$)", output, re.MULTILINE)[0].split() for key in ("LOADED", "REWRITTEN")}
    assert not [name for name in lines["LOADED"] if name.startswith(("servicetitan.sandbox", "servicetitan_raw."))]
    assert not [name for name in lines["REWRITTEN"] if name.startswith(("servicetitan.sandbox", "servicetitan_raw"))]
