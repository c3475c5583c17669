"""The `servicetitan` command (the `cli` extra: click, rich, dlt, pyarrow).

    servicetitan check                                   token, environment, scopes per domain
    servicetitan list [FILTER] [--streams] [--json]      domains, resources, operations, export feeds
    servicetitan get jpm.jobs.get id=42                  any read
    servicetitan call crm.customers.update id=7 --json '{"name": "..."}' [--yes] [--dry-run]
    servicetitan export jpm.jobs --since 2024-01-01 --state state.json --format jsonl|csv|parquet --out FILE|-
    servicetitan sync --to duckdb:///st.duckdb [--streams jpm_jobs,...] [--tenants FILE] [--quiet]
    servicetitan profile save NAME [--keyring]           save the settings as a profile (secrets in the keyring)
    servicetitan profile list                            the profiles, and where each keeps its secrets
    servicetitan mcp [--tools PROFILE] [--allow-writes] [--http PORT]   an MCP server for AI agents (the mcp extra)
    servicetitan sandbox [--port 8765 ...]               the sandbox server (`python -m servicetitan.sandbox`)
    servicetitan demo                                    the demo flow on the embedded sandbox

Every command that talks to a tenant reads the settings of `ServiceTitan.from_env()`, and takes `--env-file`,
`--profile NAME` and `--sandbox` (the embedded sandbox, no credentials; `--sandbox-deviations production` makes
it answer as production was seen to): see `servicetitan.cli.settings`.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click

from servicetitan._client import ServiceTitan
from servicetitan.environments import ENVIRONMENTS
from servicetitan.errors import ServiceTitanError

from .settings import Options, SettingsError, connected

F = TypeVar("F", bound=Callable[..., Any])
DUCKDB_SCHEME = "duckdb:///"
# The profiles of `servicetitan.sandbox.deviations.PROFILES`, the default first (kept here: the sandbox is an extra).
SANDBOX_DEVIATIONS = ("documents", "production")


def fail(message: str) -> None:
    """Stop with exit status 1 and one line on standard error."""
    click.echo(f"error: {message}", err=True)
    sys.exit(1)


def connection_options(command: F) -> F:
    for option in reversed(
        (
            click.option("--env-file", type=click.Path(path_type=Path, dir_okay=False), help="KEY=VALUE settings"),
            click.option("--profile", help="a profile of the profiles file ($SERVICETITAN_PROFILES)"),
            click.option("--sandbox", is_flag=True, help="run against an embedded sandbox (no credentials)"),
            click.option("--sandbox-jobs", type=click.IntRange(1), default=200, show_default=True),
            click.option(
                "--sandbox-deviations",
                type=click.Choice(SANDBOX_DEVIATIONS),
                help="with --sandbox: answer as the documents say, or as production was seen to answer "
                "(sorts ignored, pages from 0, nulls in required fields; see servicetitan.sandbox.deviations)  "
                "[default: documents]",
            ),
        )
    ):
        command = option(command)
    return command


def options_of(arguments: dict[str, Any]) -> Options:
    sandbox = arguments.pop("sandbox")
    deviations = arguments.pop("sandbox_deviations")
    if deviations is not None and not sandbox:
        raise click.UsageError(
            "--sandbox-deviations applies to the embedded sandbox only: give --sandbox with it",
            click.get_current_context(silent=True),
        )
    return Options(
        env_file=arguments.pop("env_file"),
        profile=arguments.pop("profile"),
        sandbox=sandbox,
        sandbox_jobs=arguments.pop("sandbox_jobs"),
        sandbox_deviations=deviations or SANDBOX_DEVIATIONS[0],
    )


@click.group(
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog="`servicetitan demo` walks a realistic flow through the actions on the embedded sandbox.",
)
def app() -> None:
    """ServiceTitan from the command line: check access, call any operation, export and sync records."""


@app.command()
@connection_options
@click.option("--domains", help="comma-separated domains to probe (default: every domain)")
def check(domains: str | None, **arguments: Any) -> None:
    """Diagnose the settings: token, environment, and per domain whether the app's scopes allow a read.

    Warns first when the profiles file holds a secret in plain text and its group or others can read it."""
    from .check import run_check
    from .profiles import exposed_secrets_warning
    from .settings import read_profiles

    with contextlib.suppress(SettingsError):  # an unreadable profiles file is an error where a profile is read
        warning = exposed_secrets_warning(*read_profiles())
        if warning is not None:
            click.echo(f"warning: {warning}")
    with connected(options_of(arguments)) as connection:
        report = run_check(connection, domains.split(",") if domains else None, click.echo)
    if not report.ok:
        fail(report.what_to_fix())
    click.echo("all checks passed")


@app.command("list")
@click.argument("filter", required=False, default="")
@click.option("--streams", "show_streams", is_flag=True, help="the streams `sync` loads, by table name")
@click.option("--json", "as_json", is_flag=True, help="one JSON array of objects (name, kind, method, path, ...)")
def list_command(filter: str, show_streams: bool, as_json: bool) -> None:
    """Domains, resources, operations and export feeds (or sync streams), whose names contain FILTER.

    Aligned columns on a terminal, tab-separated fields otherwise, a JSON array with --json."""
    from . import listing

    rows = listing.stream_rows(filter) if show_streams else listing.operation_rows(filter)
    if as_json:
        click.echo(listing.as_json(rows, show_streams))
        return
    if not rows:
        fail(
            f"nothing matches {filter!r}; {listing.hint(filter)}"
            if filter and not show_streams
            else f"nothing matches {filter!r}"
        )
    lines = listing.aligned(rows, show_streams) if _on_terminal() else listing.plain(rows, show_streams)
    for line in lines:
        click.echo(line)


def _on_terminal() -> bool:
    return sys.stdout.isatty()


def _run_call(path: str, pairs: Sequence[str], body: str | None, yes: bool, dry_run: bool, arguments: Any) -> None:
    from .calls import arguments as call_arguments
    from .calls import call, describe_request, method, planned_request, result_json

    chosen = method(path)
    given = call_arguments(chosen, pairs, body)
    with connected(options_of(arguments)) as connection, connection.client() as st:
        request = planned_request(st, chosen, given)
        if dry_run:
            click.echo(describe_request(st, request))
            return
        if chosen.writes and not yes:
            if not sys.stdin.isatty():
                fail(f"{path} writes ({request.method}): pass --yes to send it without asking")
            click.echo(describe_request(st, request), err=True)
            if not click.confirm("send this request?", err=True):
                fail("not sent")
        result = call(st, chosen, given)
    if isinstance(result, bytes):
        sys.stdout.buffer.write(result)
    elif result is not None:
        click.echo(json.dumps(result_json(result), indent=2, ensure_ascii=False, default=str))


def call_options(command: F) -> F:
    for option in reversed(
        (
            click.argument("method_path", metavar="DOMAIN.RESOURCE.VERB"),
            click.argument("pairs", nargs=-1, metavar="[KEY=VALUE]..."),
            click.option("--json", "body", help="the request body as a JSON object, or @FILE"),
            click.option("--yes", is_flag=True, help="send a write without asking"),
            click.option("--dry-run", is_flag=True, help="print the request instead of sending it"),
        )
    ):
        command = option(command)
    return connection_options(command)


@app.command()
@call_options
def get(method_path: str, pairs: tuple[str, ...], body: str | None, yes: bool, dry_run: bool, **arguments: Any) -> None:
    """Read with any GET operation: `servicetitan get jpm.jobs.get id=42`."""
    from .calls import method

    if method(method_path).writes:
        fail(f"{method_path} is not a read; use `servicetitan call`")
    _run_call(method_path, pairs, body, yes, dry_run, arguments)


@app.command("call")
@call_options
def call_command(
    method_path: str, pairs: tuple[str, ...], body: str | None, yes: bool, dry_run: bool, **arguments: Any
) -> None:
    """Call any operation: `servicetitan call jpm.jobs.update id=42 --json '{"summary": "..."}'`."""
    _run_call(method_path, pairs, body, yes, dry_run, arguments)


@app.command()
@connection_options
@click.argument("target", metavar="DOMAIN.RESOURCE | DOMAIN.export.FEED")
@click.option("--since", help="records modified on or after this date or UTC datetime (a feed: where to start)")
@click.option("--state", type=click.Path(path_type=Path, dir_okay=False), help="checkpoint file: a rerun resumes")
@click.option("--format", "format_", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl", show_default=True)
@click.option("--out", default="-", show_default=True, help="output file, or - for standard output")
@click.option("--quiet", is_flag=True, help="no progress bar, even on a terminal")
def export(
    target: str, since: str | None, state: Path | None, format_: str, out: str, quiet: bool, **arguments: Any
) -> None:
    """Every record of a list or an export feed, checkpointed after each page (see `servicetitan.cli.export`)."""
    from .export import Progress, plan_export, rich_progress, run_export
    from .export import target as export_target

    chosen = export_target(target)
    plan = plan_export(chosen, format_, out, state, since)
    progress = rich_progress(chosen.path) if sys.stderr.isatty() and not quiet else Progress()
    with connected(options_of(arguments)) as connection, connection.client() as st:
        try:
            checkpoint = run_export(st, chosen, format_, out, state, since, progress, plan=plan)
        except OSError as exc:
            resume = f"; rerun with --state {state} to resume from the last checkpoint" if state else ""
            fail(f"writing the export failed: {exc}{resume}")
    if out != "-":
        click.echo(f"{checkpoint.records} records in {checkpoint.pages} pages written to {out}", err=True)


@app.group()
def profile() -> None:
    """Named profiles of settings, in the profiles file ($SERVICETITAN_PROFILES, by default
    ~/.config/servicetitan/profiles.toml); a command takes one with --profile NAME."""


@profile.command("save")
@click.argument("name")
@click.option("--env-file", type=click.Path(path_type=Path, dir_okay=False), help="KEY=VALUE settings")
@click.option("--tenant", type=int, help="the tenant id")
@click.option("--client-id", help="the client id")
@click.option("--environment", type=click.Choice(sorted(ENVIRONMENTS)), help="the environment the tenant is in")
@click.option("--api-url", help="the API's base URL, overriding the environment's")
@click.option("--token-url", help="the token endpoint, overriding the environment's")
@click.option("--keyring", "use_keyring", is_flag=True, help="keep the client secret and app key in the system keyring")
def profile_save(name: str, env_file: Path | None, use_keyring: bool, **given: Any) -> None:
    """Save settings as profile NAME: the options given, else the environment's SERVICETITAN_* (and --env-file).

    The client secret and app key come from the environment, or are asked for on a terminal (no option takes a
    secret). The profiles file is written with mode 600; with --keyring the secrets go to the system keyring (the
    keyring extra) and the file refers to them."""
    from .profiles import save_profile
    from .settings import SECRET_SETTINGS, complete, environment_settings

    Options(env_file=env_file).load_env_file()
    settings = {**environment_settings(), **{key: value for key, value in given.items() if value is not None}}
    for setting in SECRET_SETTINGS:
        if not settings.get(setting) and sys.stdin.isatty():
            settings[setting] = click.prompt(setting.replace("_", " "), hide_input=True, err=True)
    missing = [key for key in ("tenant", "client_id", *SECRET_SETTINGS) if not settings.get(key)]
    if missing:
        variables = ", ".join(f"SERVICETITAN_{key.upper()}" for key in missing)
        fail(f"profile {name!r} lacks {', '.join(missing)}: give the options, or set {variables} (or --env-file FILE)")
    settings = complete(settings, f"profile {name!r}")
    try:  # what a client would refuse is refused now, before anything is written
        ServiceTitan(**settings).close()
    except ValueError as exc:
        fail(f"profile {name!r}: {exc}")
    path = save_profile(name, settings, keyring=use_keyring)
    where = "in the system keyring" if use_keyring else "in the file (--keyring keeps them in the system keyring)"
    click.echo(f"saved profile {name!r} in {path} (mode 600); its secrets are {where}")


@profile.command("list")
def profile_list() -> None:
    """The profiles: tenant, environment, and where each keeps its secrets."""
    from .settings import SECRET_SETTINGS, read_profiles

    path, profiles = read_profiles()
    if not profiles:
        fail(f"no profiles in {path}: `servicetitan profile save NAME` saves one")
    rows = []
    for name, table in sorted(profiles.items()):
        table = table if isinstance(table, dict) else {}
        kept = {"keyring" if isinstance(table.get(key), dict) else "file" for key in SECRET_SETTINGS if key in table}
        secrets = {"keyring": "secrets in the keyring", "file": "secrets in the file"}.get(
            "".join(kept), "secrets in the file and the keyring" if kept else "no secrets"
        )
        rows.append((name, f"tenant {table.get('tenant', '?')}", str(table.get("environment", "production")), secrets))
    widths = [max(len(row[column]) for row in rows) for column in range(3)]
    for row in rows:
        click.echo("  ".join([*(cell.ljust(width) for cell, width in zip(row, widths, strict=False)), row[3]]))


def duckdb_path(url: str) -> Path:
    if not url.startswith(DUCKDB_SCHEME) or len(url) == len(DUCKDB_SCHEME):
        raise SettingsError(
            f"--to {url!r}: give duckdb:///PATH (other destinations: use servicetitan.dlt.source with dlt)"
        )
    return Path(url.removeprefix(DUCKDB_SCHEME)).expanduser()


@app.command()
@connection_options
@click.option("--to", "destination", default="duckdb:///servicetitan.duckdb", show_default=True)
@click.option("--streams", help="comma-separated stream names (`servicetitan list --streams`); default: all")
@click.option("--tenants", type=click.Path(path_type=Path, dir_okay=False), help="TOML file of [[tenants]]")
@click.option("--since", help="on the first run, records modified on or after this date or UTC datetime")
@click.option("--dataset", default="servicetitan", show_default=True, help="the schema the tables go in")
@click.option("--quiet", is_flag=True, help="no progress, even on a terminal: the summary only")
@click.option(
    "--arrow",
    is_flag=True,
    default=None,
    help="hand dlt Arrow tables typed from the spec: nested lists as JSON columns, no child tables",
)
def sync(
    destination: str,
    streams: str | None,
    tenants: Path | None,
    since: str | None,
    dataset: str,
    quiet: bool,
    arrow: bool | None,
    **arguments: Any,
) -> None:
    """Load streams incrementally into DuckDB with the dlt source; several tenants run concurrently.

    On a terminal, each step's progress is shown as it goes (on standard error): streams done of total, rows,
    rows per second, the stream being read. Elsewhere, and with --quiet, only the summary is printed."""
    from .progress import Silent, TerminalProgress
    from .sync import run_sync

    path = duckdb_path(destination)
    options = options_of(arguments)
    names = [name.strip() for name in streams.split(",") if name.strip()] if streams else None
    shown = sys.stderr.isatty() and not quiet
    progress = TerminalProgress if shown else (lambda tenants: Silent())
    for line in run_sync(options, path, names, tenants, since, dataset, progress, arrow=arrow):
        click.echo(line)


@app.command("mcp")
@connection_options
@click.option("--tools", default="default", show_default=True, help="default, dispatch, crm, accounting or all-reads")
@click.option("--allow-writes", is_flag=True, help="offer writes, each a preview and an execution with its token")
@click.option("--http", "http_port", type=click.IntRange(0, 65535), help="streamable HTTP on this port, not stdio")
@click.option("--host", default="127.0.0.1", show_default=True, help="with --http: a loopback address only")
@click.option("--rate-limit-store", envvar="SERVICETITAN_RATE_LIMIT_STORE", help="redis://... to share the limiter")
def mcp_command(
    tools: str, allow_writes: bool, http_port: int | None, host: str, rate_limit_store: str | None, **arguments: Any
) -> None:
    """An MCP server for AI agents over stdio, read-only unless --allow-writes (see `servicetitan.mcp`)."""
    from servicetitan.mcp import MCPUnavailableError, checked_host, require_sdk, serve

    try:
        require_sdk()
    except MCPUnavailableError as exc:
        fail(str(exc))
    from servicetitan.mcp.tools import PROFILES

    if tools not in PROFILES:
        raise click.BadParameter(f"{tools!r}: give one of {', '.join(PROFILES)}", param_hint="--tools")
    try:
        checked_host(host)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--host") from None
    with connected(options_of(arguments)) as connection:
        serve(
            connection.settings,
            tools=tools,
            allow_writes=allow_writes,
            http_port=http_port,
            host=host,
            rate_limit_store=rate_limit_store,
        )


@app.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True}, add_help_option=False)
@click.pass_context
def sandbox(context: click.Context) -> None:
    """The sandbox server on loopback, as `python -m servicetitan.sandbox` (`servicetitan sandbox --help`)."""
    try:
        from servicetitan.sandbox.__main__ import main as sandbox_main
    except ImportError:
        fail('the sandbox needs its extra: pip install "servicetitan[sandbox]"')
    context.exit(sandbox_main(context.args, prog="servicetitan sandbox"))


def main(argv: Sequence[str] | None = None) -> int:
    os.environ.setdefault("RUNTIME__LOG_LEVEL", "ERROR")
    try:
        status = app.main(
            args=list(argv) if argv is not None else None, prog_name="servicetitan", standalone_mode=False
        )
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        return 1
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except (SettingsError, ServiceTitanError, ValueError, TypeError) as exc:
        click.echo(f"error: {exc}", err=True)
        return 1
    # A command that ends by `context.exit(status)` (the sandbox) returns its status here.
    return status if isinstance(status, int) else 0
