"""Writing the profiles file (`servicetitan profile save`), and whether it keeps secrets where others can read them.

The file is written whole (comments in it are not kept), to a new file of mode 600 that then replaces the old
one, so a secret is never readable by others even for a moment, and a file once readable by others no longer is.
With `keyring=True`, the profile's secrets go to the system keyring (the `keyring` extra) and the file holds
references to them (`servicetitan.cli.settings`); a profile saved again without it has its entries deleted.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .settings import (
    KEYRING_KEY,
    KEYRING_SERVICE,
    SECRET_SETTINGS,
    SETTING_NAMES,
    SettingsError,
    keyring_entry,
    keyring_module,
    read_profiles,
)

PRIVATE = 0o600
# Read permission for the file's group and for others.
READABLE_BY_OTHERS = stat.S_IRGRP | stat.S_IROTH
BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def _key(name: str) -> str:
    return name if BARE_KEY.fullmatch(name) else _string(name)


def _string(text: str) -> str:
    # A JSON string is a TOML basic string, but for DEL, which TOML wants escaped.
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, Mapping):
        return "{ " + ", ".join(f"{_key(key)} = {_value(item)}" for key, item in value.items()) + " }"
    raise SettingsError(f"a profile setting cannot be {type(value).__name__}")


def toml_text(profiles: Mapping[str, Mapping[str, Any]]) -> str:
    """`profiles` as a TOML document of one table per profile."""
    tables = []
    for name, settings in profiles.items():
        lines = [f"[{_key(name)}]", *(f"{_key(key)} = {_value(value)}" for key, value in settings.items())]
        tables.append("\n".join(lines) + "\n")
    return "\n".join(tables)


def write_private(path: Path, text: str) -> None:
    """`text` into `path`, which ends up of mode 600 (its directory made if need be, of mode 700)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fresh = path.with_name(f".{path.name}.new")
    descriptor = os.open(fresh, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE)
    try:
        os.fchmod(descriptor, PRIVATE)  # a file left over from an interrupted save keeps its own mode otherwise
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            descriptor = -1
            file.write(text)
        os.replace(fresh, path)
    finally:
        if descriptor != -1:
            os.close(descriptor)
        fresh.unlink(missing_ok=True)


def save_profile(name: str, settings: Mapping[str, Any], *, keyring: bool) -> Path:
    """Write profile `name` (other profiles kept); with `keyring`, its secrets go to the system keyring and the
    file refers to them. Returns the profiles file."""
    if not name or name != name.strip():
        raise SettingsError(f"profile name {name!r}: give a name without surrounding spaces")
    path, profiles = read_profiles()
    table = {key: settings[key] for key in SETTING_NAMES if settings.get(key) not in (None, "")}
    if keyring:
        store = keyring_module()
        if store is None:
            raise SettingsError('--keyring needs the keyring extra: pip install "servicetitan[keyring]"')
        from keyring.errors import KeyringError

        for setting in SECRET_SETTINGS:
            if setting in table:
                entry = keyring_entry(name, setting)
                try:
                    store.set_password(KEYRING_SERVICE, entry, str(table[setting]))
                except KeyringError as exc:
                    raise SettingsError(
                        f"profile {name!r}: storing its {setting} in the system keyring failed: {exc}"
                    ) from None
                table[setting] = {KEYRING_KEY: entry}
    previous = profiles.get(name)
    profiles[name] = table
    write_private(path, toml_text(profiles))
    if isinstance(previous, Mapping):
        _forget_entries(previous, table)
    return path


def _forget_entries(previous: Mapping[str, Any], table: Mapping[str, Any]) -> None:
    """Delete the keyring entries the profile referred to and no longer does (saved again without --keyring)."""
    store = keyring_module()
    if store is None:
        return
    from keyring.errors import KeyringError

    for setting in SECRET_SETTINGS:
        value = previous.get(setting)
        if isinstance(value, Mapping) and isinstance(value.get(KEYRING_KEY), str) and table.get(setting) != value:
            with contextlib.suppress(KeyringError):
                store.delete_password(KEYRING_SERVICE, value[KEYRING_KEY])


def plain_secrets(profiles: Mapping[str, Any]) -> list[str]:
    """The profiles that hold a secret in the file itself."""
    return sorted(
        name
        for name, table in profiles.items()
        if isinstance(table, Mapping) and any(isinstance(table.get(setting), str) for setting in SECRET_SETTINGS)
    )


def exposed_secrets_warning(path: Path, profiles: Mapping[str, Any]) -> str | None:
    """What to fix when the profiles file at `path` holds a secret in plain text and its group or others can read
    it; None otherwise (and on systems without POSIX modes)."""
    if os.name != "posix" or not path.exists():
        return None
    mode = stat.S_IMODE(path.stat().st_mode)
    holding = plain_secrets(profiles)
    if not holding or not mode & READABLE_BY_OTHERS:
        return None
    readers = " and ".join(who for bit, who in ((stat.S_IRGRP, "group"), (stat.S_IROTH, "others")) if mode & bit)
    return (
        f"the profiles file {path} holds secrets in plain text (profile(s) {', '.join(holding)}) and is readable by "
        f"{readers}"
        f" (mode {mode:o}): chmod 600 {path}, or keep the secrets in the system keyring with "
        f"`servicetitan profile save NAME --keyring`"
    )
