"""Where the command's connection comes from: the environment of `ServiceTitan.from_env()`, an `--env-file`,
a named profile, a tenants file for `sync`, or the embedded sandbox (`--sandbox`).

Precedence, lowest first: the env file (it never replaces a variable already set), the process environment,
then the chosen profile. Profiles live in a TOML file (`$SERVICETITAN_PROFILES`, by default
`~/.config/servicetitan/profiles.toml`), one table per profile with the keyword names of `ServiceTitan`:

    [east]
    tenant = 1234567890
    environment = "integration"
    client_id = "..."
    client_secret = "..."
    app_key = "..."

A profile can keep its secrets (`client_secret`, `app_key`) in the system keyring instead (the `keyring` extra),
the file holding a reference to the keyring's entry of service `servicetitan`:

    client_secret = { keyring = "east.client_secret" }
    app_key = { keyring = "east.app_key" }

`servicetitan profile save NAME --keyring` writes both (`servicetitan.cli.profiles`); reading the profile takes the
secrets from the keyring, and a missing entry or a missing `keyring` package is an error naming the profile.

Secrets are read from files, the keyring and the environment only: no option takes one, and nothing prints one.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from servicetitan._client import ServiceTitan

ENV_PREFIX = "SERVICETITAN_"
SETTING_NAMES = ("client_id", "client_secret", "app_key", "tenant", "environment", "api_url", "token_url")
# The settings a profile may keep in the system keyring (the app key is per app, but no less secret).
SECRET_SETTINGS = ("client_secret", "app_key")
KEYRING_SERVICE = "servicetitan"
KEYRING_KEY = "keyring"
PROFILES_VARIABLE = "SERVICETITAN_PROFILES"
DEFAULT_PROFILES = Path("~/.config/servicetitan/profiles.toml")


class SettingsError(ValueError):
    """Settings that cannot make a client; the message says what to fix."""


def read_env_file(path: Path) -> dict[str, str]:
    """`KEY=VALUE` lines (an optional `export ` prefix, `#` comments, quotes around the value)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SettingsError(f"cannot read the env file {path}: {exc.strerror}") from None
    values: dict[str, str] = {}
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, separator, value = line.removeprefix("export ").partition("=")
        if not separator or not key.strip():
            raise SettingsError(f"{path}:{number}: expected KEY=VALUE")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        values[key.strip()] = value
    return values


def profiles_file() -> Path:
    return Path(os.environ.get(PROFILES_VARIABLE) or DEFAULT_PROFILES).expanduser()


def _read_toml(path: Path, what: str) -> dict[str, Any]:
    try:
        with path.open("rb") as file:
            return tomllib.load(file)
    except OSError as exc:
        raise SettingsError(f"cannot read the {what} {path}: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"the {what} {path} is not valid TOML: {exc}") from None


def _checked_table(table: Any, where: str) -> dict[str, Any]:
    if not isinstance(table, Mapping):
        raise SettingsError(f"{where} must be a table of settings")
    unknown = sorted(set(table) - set(SETTING_NAMES) - {"profile"})
    if unknown:
        raise SettingsError(f"{where} has unknown setting(s) {', '.join(unknown)}; known: {', '.join(SETTING_NAMES)}")
    return dict(table)


def keyring_entry(profile: str, setting: str) -> str:
    """The name of the keyring entry (of service KEYRING_SERVICE) that keeps `setting` of `profile`."""
    return f"{profile}.{setting}"


def keyring_reference(value: Any, setting: str, where: str) -> str | None:
    """The keyring entry that `value` (a profile's `setting`) refers to, or None for a value given in place."""
    if not isinstance(value, Mapping):
        return None
    entry = value.get(KEYRING_KEY)
    if setting not in SECRET_SETTINGS or set(value) != {KEYRING_KEY} or not isinstance(entry, str) or not entry:
        raise SettingsError(
            f"{where}: {setting} must be a value, or for {' and '.join(SECRET_SETTINGS)} a keyring reference "
            f'{{ {KEYRING_KEY} = "ENTRY" }}'
        )
    return entry


def keyring_module() -> Any:
    try:
        import keyring
    except ImportError:
        return None
    return keyring


def from_keyring(entry: str, setting: str, where: str) -> str:
    """The secret of keyring entry `entry` (service KEYRING_SERVICE), or an error naming `where` it is needed."""
    keyring = keyring_module()
    if keyring is None:
        raise SettingsError(
            f"{where} keeps its {setting} in the system keyring, which needs the keyring extra: "
            'pip install "servicetitan[keyring]"'
        )
    from keyring.errors import KeyringError

    try:
        secret = keyring.get_password(KEYRING_SERVICE, entry)
    except KeyringError as exc:
        raise SettingsError(f"{where}: reading its {setting} from the system keyring failed: {exc}") from None
    if secret is None:
        raise SettingsError(
            f"{where} keeps its {setting} in the system keyring, which has no entry {entry!r} of service "
            f"{KEYRING_SERVICE!r}: save the profile again with `servicetitan profile save NAME --keyring`"
        )
    return str(secret)


def read_profiles() -> tuple[Path, dict[str, Any]]:
    """The profiles file and its tables as written (keyring references not followed); none if it is not there."""
    path = profiles_file()
    return path, _read_toml(path, "profiles file") if path.exists() else {}


def profile(name: str) -> dict[str, Any]:
    """The settings of profile `name`, the secrets it keeps in the system keyring taken from there."""
    path, profiles = read_profiles()
    if not path.exists():
        raise SettingsError(
            f"no profiles file {path} to read profile {name!r} from: `servicetitan profile save` makes one"
        )
    if name not in profiles:
        known = ", ".join(sorted(profiles)) or "none"
        raise SettingsError(f"no profile {name!r} in {path} (profiles: {known})")
    where = f"profile {name!r} in {path}"
    return _followed(_checked_table(profiles[name], where), where)


def _followed(settings: dict[str, Any], where: str) -> dict[str, Any]:
    """`settings` with each keyring reference replaced by the secret it refers to."""
    for setting, value in settings.items():
        entry = keyring_reference(value, setting, where)
        if entry is not None:
            settings[setting] = from_keyring(entry, setting, where)
    return settings


def environment_settings() -> dict[str, Any]:
    settings: dict[str, Any] = {}
    for name in SETTING_NAMES:
        value = os.environ.get(ENV_PREFIX + name.upper())
        if value:
            settings[name] = value.strip()
    return settings


def complete(settings: Mapping[str, Any], source: str) -> dict[str, Any]:
    """`settings` with the tenant as a number, or an error naming what is missing."""
    missing = [name for name in ("client_id", "client_secret", "app_key", "tenant") if not settings.get(name)]
    if missing:
        variables = ", ".join(ENV_PREFIX + name.upper() for name in missing)
        raise SettingsError(
            f"{source} lacks {', '.join(missing)}: set {variables}, or use --env-file FILE, --profile NAME or --sandbox"
        )
    tenant = settings["tenant"]
    if isinstance(tenant, str) and tenant.strip().isdigit():
        tenant = int(tenant)
    if isinstance(tenant, bool) or not isinstance(tenant, int):
        raise SettingsError(f"{source}: tenant must be a number, not {tenant!r}")
    return {**settings, "tenant": tenant}


@dataclass(frozen=True)
class Connection:
    """The keyword arguments of one tenant's client (never shown: they hold secrets), and where they came from."""

    settings: Mapping[str, Any] = field(repr=False)
    source: str

    @property
    def tenant(self) -> int:
        return int(self.settings["tenant"])

    def client(self, **overrides: Any) -> ServiceTitan:
        return ServiceTitan(**{**self.settings, **overrides})


@dataclass(frozen=True)
class Options:
    """The connection options every command shares."""

    env_file: Path | None = None
    profile: str | None = None
    sandbox: bool = False
    sandbox_jobs: int = 200
    sandbox_deviations: str = "documents"
    """The embedded sandbox's profile (`servicetitan.sandbox.deviations.PROFILES`): "documents" or "production"."""

    def load_env_file(self) -> None:
        if self.env_file is not None:
            for key, value in read_env_file(self.env_file).items():
                os.environ.setdefault(key, value)

    def connection(self) -> Connection:
        self.load_env_file()
        settings = environment_settings()
        source = "the environment"
        if self.profile is not None:
            settings.update(profile(self.profile))
            source = f"profile {self.profile!r}"
        elif self.env_file is not None:
            source = f"the environment and {self.env_file}"
        return Connection(complete(settings, source), source)


def tenants_file(path: Path) -> list[Connection]:
    """A TOML file of `[[tenants]]` tables, each naming a `profile` or giving settings (or both: the table's
    own settings take precedence over its profile's); a secret may be a keyring reference, as in a profile."""
    document = _read_toml(path, "tenants file")
    tables = document.get("tenants")
    if not isinstance(tables, list) or not tables:
        raise SettingsError(f"the tenants file {path} needs one [[tenants]] table per tenant")
    connections = []
    for number, table in enumerate(tables, 1):
        where = f"tenant #{number} of {path}"
        own = _checked_table(table, where)
        named = own.pop("profile", None)
        own = _followed(own, where)
        settings = {**(profile(named) if named else {}), **own}
        connections.append(Connection(complete(settings, where), where))
    tenants = [connection.tenant for connection in connections]
    repeated = sorted({tenant for tenant in tenants if tenants.count(tenant) > 1})
    if repeated:
        raise SettingsError(f"the tenants file {path} names tenant {repeated[0]} twice")
    return connections


@contextmanager
def embedded_sandbox(jobs: int, deviations: str = "documents") -> Iterator[Connection]:
    """The sandbox served on a free loopback port for as long as the block runs (the `sandbox` extra), answering
    as the documents say (`deviations="documents"`) or as production was seen to (`"production"`)."""
    try:
        from servicetitan.sandbox import DEFAULT_TENANT, Sandbox, serve
    except ImportError:
        raise SettingsError('--sandbox needs the sandbox extra: pip install "servicetitan[sandbox]"') from None
    sandbox = Sandbox(jobs=jobs, deviations=deviations)
    credentials = sandbox.credentials
    with serve(sandbox) as base_url:
        settings = {
            "client_id": credentials.client_id,
            "client_secret": credentials.client_secret,
            "app_key": credentials.app_key,
            "tenant": DEFAULT_TENANT,
            "api_url": base_url,
            "token_url": f"{base_url}/connect/token",
        }
        yield Connection(settings, f"the embedded sandbox at {base_url}")


@contextmanager
def connected(options: Options) -> Iterator[Connection]:
    """The connection of a command: the embedded sandbox with `--sandbox`, else the configured tenant."""
    if options.sandbox:
        with embedded_sandbox(options.sandbox_jobs, options.sandbox_deviations) as connection:
            yield connection
    else:
        yield options.connection()
