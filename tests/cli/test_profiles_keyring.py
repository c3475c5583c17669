"""Profiles that keep their secrets in the system keyring, a profiles file of mode 600, and `check` warning about
a profiles file that others can read. The keyring is an in-memory backend set for each test, never the system's."""

from __future__ import annotations

import fcntl
import io
import os
import pty
import re
import select
import stat
import subprocess
import sys
import termios
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, PasswordDeleteError

from servicetitan.cli import main
from servicetitan.cli.profiles import toml_text
from servicetitan.cli.settings import Options, SettingsError, tenants_file
from tests.cli.conftest import APP_KEY, SECRET, TIMEOUT, Served, servicetitan_command


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in this process only."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}
        self.locked = False

    def get_password(self, service: str, username: str) -> str | None:
        if self.locked:
            raise KeyringError("the keyring is locked")
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    try:
        yield store
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def profiles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The profiles file of these tests, with no SERVICETITAN_* setting in the environment and no terminal."""
    for key in list(os.environ):
        if key.startswith("SERVICETITAN_"):
            monkeypatch.delenv(key)
    monkeypatch.setenv("RUNTIME__LOG_LEVEL", "ERROR")
    path = tmp_path / "config" / "profiles.toml"
    monkeypatch.setenv("SERVICETITAN_PROFILES", str(path))
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    return path


def command(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        status = main(list(args))
    except SystemExit as exc:  # a command that fails ends by sys.exit (`servicetitan.cli.fail`)
        status = int(exc.code or 0)
    out, err = capsys.readouterr()
    assert SECRET not in out + err, "the client secret reached the output"
    assert APP_KEY not in out + err, "the app key reached the output"
    return status, out, err


def save(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], served: Served, *args: str) -> str:
    """`servicetitan profile save east ...` with the sandbox's settings in the environment, which it then leaves."""
    with monkeypatch.context() as env:
        for key, value in served.settings().items():
            env.setenv(f"SERVICETITAN_{key.upper()}", str(value))
        status, out, err = command(capsys, "profile", "save", "east", *args)
    assert status == 0, err
    return out


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_profile_saved_with_keyring_holds_references_and_is_read_back_from_the_keyring(
    served: Served,
    profiles: Path,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = save(monkeypatch, capsys, served, "--keyring")
    assert out == f"saved profile 'east' in {profiles} (mode 600); its secrets are in the system keyring\n"
    text = profiles.read_text()
    assert SECRET not in text
    assert APP_KEY not in text
    assert 'client_secret = { keyring = "east.client_secret" }' in text
    assert 'app_key = { keyring = "east.app_key" }' in text
    assert mode(profiles) == 0o600
    assert memory_keyring.entries == {
        ("servicetitan", "east.client_secret"): SECRET,
        ("servicetitan", "east.app_key"): APP_KEY,
    }
    profiles.chmod(0o644)  # references only: nothing to warn about
    status, out, err = command(capsys, "check", "--domains", "jpm", "--profile", "east")
    assert status == 0, err
    assert "tenant: 1000001 (settings from profile 'east')" in out
    assert "token: obtained" in out
    assert "warning" not in out + err
    connection = Options(profile="east").connection()
    assert connection.settings["client_secret"] == SECRET
    assert SECRET not in repr(connection)
    assert APP_KEY not in repr(connection)
    status, out, _ = command(capsys, "profile", "list")
    assert (status, out) == (0, "east  tenant 1000001  production  secrets in the keyring\n")
    # Saved again with its secrets in the file, the profile's keyring entries go.
    save(monkeypatch, capsys, served)
    assert memory_keyring.entries == {}
    assert tomllib.loads(profiles.read_text())["east"]["client_secret"] == SECRET


def test_a_keyring_entry_that_is_missing_or_unreadable_is_an_error_naming_the_profile(
    served: Served,
    profiles: Path,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    save(monkeypatch, capsys, served, "--keyring")
    del memory_keyring.entries[("servicetitan", "east.client_secret")]
    status, _, err = command(capsys, "check", "--profile", "east")
    assert status == 1
    assert err == (
        f"error: profile 'east' in {profiles} keeps its client_secret in the system keyring, which has no entry "
        "'east.client_secret' of service 'servicetitan': save the profile again with "
        "`servicetitan profile save NAME --keyring`\n"
    )
    memory_keyring.locked = True
    status, _, err = command(capsys, "check", "--profile", "east")
    assert status == 1
    assert err == (
        f"error: profile 'east' in {profiles}: reading its client_secret from the system keyring failed: "
        "the keyring is locked\n"
    )


def test_without_the_keyring_package_a_keyring_profile_says_which_extra_to_install(
    served: Served,
    profiles: Path,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    save(monkeypatch, capsys, served, "--keyring")
    monkeypatch.setitem(sys.modules, "keyring", None)  # `import keyring` raises ImportError
    status, _, err = command(capsys, "check", "--profile", "east")
    assert status == 1
    assert err == (
        f"error: profile 'east' in {profiles} keeps its client_secret in the system keyring, which needs the keyring "
        'extra: pip install "servicetitan[keyring]"\n'
    )
    with monkeypatch.context() as env:
        for key, value in served.settings().items():
            env.setenv(f"SERVICETITAN_{key.upper()}", str(value))
        status, _, err = command(capsys, "profile", "save", "west", "--keyring")
    assert status == 1
    assert err == 'error: --keyring needs the keyring extra: pip install "servicetitan[keyring]"\n'
    assert "west" not in tomllib.loads(profiles.read_text())


def test_check_warns_when_a_profiles_file_holding_a_secret_is_readable_by_others(
    served: Served, profiles: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = save(monkeypatch, capsys, served)
    assert out.endswith("its secrets are in the file (--keyring keeps them in the system keyring)\n")
    assert mode(profiles) == 0o600
    assert tomllib.loads(profiles.read_text())["east"]["client_secret"] == SECRET
    status, out, _ = command(capsys, "check", "--domains", "jpm", "--profile", "east")
    assert status == 0
    assert "warning" not in out
    for loose, readers in ((0o644, "group and others"), (0o640, "group"), (0o604, "others")):
        profiles.chmod(loose)
        status, out, _ = command(capsys, "check", "--domains", "jpm", "--profile", "east")
        assert status == 0
        assert out.splitlines()[0] == (
            f"warning: the profiles file {profiles} holds secrets in plain text (profile(s) east) and is readable by "
            f"{readers} (mode {loose:o}): chmod 600 {profiles}, or keep the secrets in the system keyring with "
            "`servicetitan profile save NAME --keyring`"
        )
        assert out.rstrip().endswith("all checks passed")
    # The warning is about the file, whatever settings the check runs with.
    with monkeypatch.context() as env:
        for key, value in served.settings().items():
            env.setenv(f"SERVICETITAN_{key.upper()}", str(value))
        status, out, _ = command(capsys, "check", "--domains", "jpm")
    assert status == 0
    assert out.startswith(f"warning: the profiles file {profiles} holds secrets in plain text")


def test_saving_a_profile_makes_a_loose_file_private_and_keeps_the_other_profiles(
    served: Served, profiles: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    profiles.parent.mkdir()
    profiles.write_text('[west]\ntenant = 7\nclient_id = "w"\nclient_secret = "west-secret"\napp_key = "w-key"\n')
    profiles.chmod(0o644)
    save(monkeypatch, capsys, served)
    assert mode(profiles) == 0o600
    written = tomllib.loads(profiles.read_text())
    assert written["west"] == {"tenant": 7, "client_id": "w", "client_secret": "west-secret", "app_key": "w-key"}
    assert written["east"]["tenant"] == served.settings()["tenant"]
    assert sorted(path.name for path in profiles.parent.iterdir()) == ["profiles.toml"]
    status, out, _ = command(capsys, "profile", "list")
    assert (status, out) == (
        0,
        "east  tenant 1000001  production  secrets in the file\n"
        "west  tenant 7        production  secrets in the file\n",
    )


def test_a_profile_cannot_be_saved_without_its_secrets_off_a_terminal(
    profiles: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SERVICETITAN_CLIENT_SECRET", SECRET)
    status, _, err = command(capsys, "profile", "save", "east", "--tenant", "42", "--client-id", "abc")
    assert status == 1
    assert err == (
        "error: profile 'east' lacks app_key: give the options, or set SERVICETITAN_APP_KEY (or --env-file FILE)\n"
    )
    assert not profiles.exists()
    monkeypatch.setenv("SERVICETITAN_APP_KEY", APP_KEY)
    status, _, err = command(capsys, "profile", "save", "east", "--tenant", "42", "--client-id", "abc",
                             "--api-url", "api.example.com")  # fmt: skip
    assert status == 1
    assert err == "error: profile 'east': api_url must be an absolute http(s) URL\n"
    assert not profiles.exists()


def test_a_keyring_reference_is_only_for_secrets_and_has_one_shape(
    profiles: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profiles.parent.mkdir()
    for body in ('client_id = { keyring = "east.client_id" }', 'client_secret = { keyring = "x", other = 1 }'):
        profiles.write_text(f'[east]\ntenant = 1\napp_key = "k"\n{body}\n')
        status, _, err = command(capsys, "check", "--profile", "east")
        assert status == 1
        setting = body.split(" ")[0]
        assert err == (
            f"error: profile 'east' in {profiles}: {setting} must be a value, or for client_secret and app_key a "
            'keyring reference { keyring = "ENTRY" }\n'
        )


def test_the_profiles_file_written_reads_back_as_written() -> None:
    profiles = {
        "east": {"tenant": 1234567890, "client_id": 'quote " and \\ backslash', "client_secret": {"keyring": "e.s"}},
        "my west": {"environment": "integration", "app_key": "ünïcödé \x7f\t", "api_url": "http://127.0.0.1:1"},
    }
    assert tomllib.loads(toml_text(profiles)) == profiles


def _read_until(terminal: int, wanted: bytes, deadline: float) -> bytes:
    """What the command writes to its terminal, up to and with `wanted` (or all of it when `wanted` is empty and
    the command ends), failing at `deadline` instead of hanging."""
    written = b""
    while not (wanted and wanted in written):
        assert time.monotonic() < deadline, f"waited in vain for {wanted!r}; got {written!r}"
        ready, _, _ = select.select([terminal], [], [], 1)
        if ready:
            try:
                chunk = os.read(terminal, 4096)
            except OSError:  # the command ended and closed the terminal
                chunk = b""
            if not chunk:
                assert not wanted, f"the command ended before asking {wanted!r}; got {written!r}"
                return written
            written += chunk
    return written


def test_profile_save_asks_a_terminal_for_the_secrets_without_echoing_them(tmp_path: Path) -> None:
    profiles = tmp_path / "profiles.toml"
    env = {key: value for key, value in os.environ.items() if not key.startswith("SERVICETITAN_")}
    env["SERVICETITAN_PROFILES"] = str(profiles)
    main_side, terminal = pty.openpty()
    process = subprocess.Popen(
        [*servicetitan_command(), "profile", "save", "east", "--tenant", "42", "--client-id", "abc"],
        env=env,
        stdin=terminal,
        stdout=terminal,
        stderr=terminal,
        start_new_session=True,
        # The terminal becomes the command's controlling terminal, which getpass reads a hidden answer from.
        preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0),
    )
    os.close(terminal)
    deadline = time.monotonic() + TIMEOUT
    try:
        transcript = _read_until(main_side, b"client secret: ", deadline)
        os.write(main_side, SECRET.encode() + b"\n")
        transcript += _read_until(main_side, b"app key: ", deadline)
        os.write(main_side, APP_KEY.encode() + b"\n")
        transcript += _read_until(main_side, b"", deadline)
        assert process.wait(timeout=TIMEOUT) == 0, transcript
    finally:
        process.kill()
        os.close(main_side)
    assert SECRET.encode() not in transcript
    assert APP_KEY.encode() not in transcript
    assert b"saved profile 'east'" in transcript
    assert tomllib.loads(profiles.read_text())["east"] == {
        "client_id": "abc",
        "client_secret": SECRET,
        "app_key": APP_KEY,
        "tenant": 42,
    }
    assert mode(profiles) == 0o600


def test_a_tenants_file_takes_secrets_from_the_keyring_itself_or_through_its_profiles(
    served: Served,
    profiles: Path,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    save(monkeypatch, capsys, served, "--keyring")
    memory_keyring.set_password("servicetitan", "west.client_secret", "west-secret")
    tenants = profiles.with_name("tenants.toml")
    tenants.write_text(
        '[[tenants]]\nprofile = "east"\n\n[[tenants]]\ntenant = 7\nclient_id = "w"\napp_key = "w-key"\n'
        'client_secret = { keyring = "west.client_secret" }\n'
    )
    east, west = tenants_file(tenants)
    assert (east.settings["client_secret"], east.settings["app_key"]) == (SECRET, APP_KEY)
    assert west.settings["client_secret"] == "west-secret"
    del memory_keyring.entries[("servicetitan", "west.client_secret")]
    with pytest.raises(
        SettingsError, match=re.escape(f"tenant #2 of {tenants} keeps its client_secret in the system keyring")
    ):
        tenants_file(tenants)
