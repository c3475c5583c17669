"""The dlt source where data teams run it: settings from dlt's config and secrets providers (environment,
`secrets.toml`, an orchestrator's secret backend) with `SERVICETITAN_*` as the fallback, windows of a backfill
([since, until), no state), resource names that are valid asset keys, and an opt-in schema contract."""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
import httpx
import pytest
from dlt.common.configuration.container import Container
from dlt.common.configuration.providers import ConfigProvider, CustomLoaderDocProvider, SecretsTomlProvider
from dlt.common.configuration.specs.pluggable_run_context import PluggableRunContext
from dlt.pipeline.exceptions import PipelineStepFailed

from servicetitan import ServiceTitan
from servicetitan.dlt import (
    MissingSettings,
    Window,
    catalog_streams,
    configured_tenants,
    rename_tenant_state,
    settings_of,
    source,
    tenant_resource_name,
)
from servicetitan.sandbox import DEFAULT_TENANT, Sandbox
from servicetitan.testing.sandbox import running_sandbox
from tests.dlt.test_source import ServiceTitanStub, mocked_tenant, plain_pipeline
from tests.support.time import FakeClock

# Dagster's asset keys, and Python identifiers without a leading digit.
ASSET_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
JOBS = 30
START = 1_767_225_600.0  # 2026-01-01T00:00:00Z, after every seeded record
CREDENTIALS = ("client_id", "client_secret", "app_key", "tenant")


@pytest.fixture(autouse=True)
def no_settings_from_outside(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the machine running the tests may have set must not decide what a test sees."""
    import os

    for name in list(os.environ):
        if name.startswith(("SERVICETITAN_", "SOURCES__")):
            monkeypatch.delenv(name)


@pytest.fixture(scope="module")
def sandbox() -> Iterator[tuple[Sandbox, dict[str, Any]]]:
    with running_sandbox(jobs=JOBS) as session:
        yield session.sandbox, dict(session.settings)


@contextmanager
def provider(added: ConfigProvider) -> Iterator[None]:
    """`added` among dlt's config providers for the block (in place of one of its name)."""
    providers = Container()[PluggableRunContext].providers
    before = list(providers.providers)
    providers[added.name] = added
    try:
        yield
    finally:
        providers.providers[:] = before


def jobs_loaded(tmp_path: Path, name: str, built: Any) -> int:
    pipeline = plain_pipeline(tmp_path, name)
    pipeline.run(built)
    with duckdb.connect(str(tmp_path / f"{name}.duckdb"), read_only=True) as db:
        return int(db.execute("select count(*) from st.jpm_jobs").fetchall()[0][0])


def set_dlt_environment(monkeypatch: pytest.MonkeyPatch, settings: dict[str, Any], **overrides: str) -> None:
    for name, value in {**settings, **overrides}.items():
        monkeypatch.setenv(f"SOURCES__SERVICETITAN__{name.upper()}", str(value))


def set_servicetitan_environment(monkeypatch: pytest.MonkeyPatch, settings: dict[str, Any], **overrides: str) -> None:
    for name, value in {**settings, **overrides}.items():
        monkeypatch.setenv(f"SERVICETITAN_{name.upper()}", str(value))


# --- settings ----------------------------------------------------------------------------------------------


def test_credentials_come_from_dlt_environment_variables(
    sandbox: tuple[Sandbox, dict[str, Any]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_dlt_environment(monkeypatch, sandbox[1])
    assert jobs_loaded(tmp_path, "from_dlt_env", source(streams=["jpm_jobs"])) == JOBS


def test_credentials_come_from_secrets_toml(
    sandbox: tuple[Sandbox, dict[str, Any]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = sandbox[1]
    folder = tmp_path / ".dlt"
    folder.mkdir()
    names = ("client_id", "client_secret", "app_key", "api_url", "token_url")
    lines = ["[sources.servicetitan]", *(f"{name} = '{settings[name]}'" for name in names)]
    lines.append(f"tenant = {DEFAULT_TENANT}")
    (folder / "secrets.toml").write_text("\n".join(lines) + "\n")
    with provider(SecretsTomlProvider(settings_dir=str(folder))):
        assert jobs_loaded(tmp_path, "from_toml", source(streams=["jpm_jobs"])) == JOBS


def test_a_tenants_list_comes_from_secrets_toml(sandbox: tuple[Sandbox, dict[str, Any]], tmp_path: Path) -> None:
    settings = sandbox[1]
    folder = tmp_path / ".dlt"
    folder.mkdir()
    lines = ["[sources.servicetitan]", f"app_key = '{settings['app_key']}'"]
    for tenant in (DEFAULT_TENANT, DEFAULT_TENANT + 1):
        lines += ["[[sources.servicetitan.tenants]]", f"tenant = {tenant}"]
        lines += [f"{name} = '{settings[name]}'" for name in ("client_id", "client_secret", "api_url", "token_url")]
    (folder / "secrets.toml").write_text("\n".join(lines) + "\n")
    with provider(SecretsTomlProvider(settings_dir=str(folder))):
        assert configured_tenants() == [DEFAULT_TENANT, DEFAULT_TENANT + 1]
        assert jobs_loaded(tmp_path, "tenants_from_toml", source(streams=["jpm_jobs"])) == 2 * JOBS


def test_credentials_come_from_an_orchestrators_secret_backend(
    sandbox: tuple[Sandbox, dict[str, Any]], tmp_path: Path
) -> None:
    """Airflow's, Google's and AWS's secret stores reach dlt as config providers like this one."""
    backend = {"sources": {"servicetitan": dict(sandbox[1])}}
    with provider(CustomLoaderDocProvider("orchestrator_vault", lambda: backend)):
        assert jobs_loaded(tmp_path, "from_vault", source(streams=["jpm_jobs"])) == JOBS


def test_a_tenants_list_in_secrets_takes_the_shared_app_key_and_tenant_picks_one(
    sandbox: tuple[Sandbox, dict[str, Any]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = sandbox[1]
    entry = {name: settings[name] for name in ("client_id", "client_secret", "api_url", "token_url")}
    tenants = [{**entry, "tenant": DEFAULT_TENANT}, {**entry, "tenant": DEFAULT_TENANT + 1}]
    backend = {"sources": {"servicetitan": {"app_key": settings["app_key"], "tenants": tenants}}}
    with provider(CustomLoaderDocProvider("orchestrator_vault", lambda: backend)):
        both = source(streams=["jpm_jobs"])
        names = [tenant_resource_name("jpm_jobs", tenant) for tenant in (DEFAULT_TENANT, DEFAULT_TENANT + 1)]
        assert list(both.resources) == names
        assert jobs_loaded(tmp_path, "both", both) == 2 * JOBS
        one = source(streams=["jpm_jobs"], tenant=DEFAULT_TENANT + 1)
        assert list(one.resources) == ["jpm_jobs"]
        with pytest.raises(ValueError, match="tenant=5: no such tenant among the 2 of `tenants`"):
            source(streams=["jpm_jobs"], tenant=5)


def test_an_argument_wins_over_dlt_which_wins_over_servicetitan_variables(
    sandbox: tuple[Sandbox, dict[str, Any]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sandbox refuses a wrong secret, so each load proves which of the three it was given."""
    settings = sandbox[1]
    set_servicetitan_environment(monkeypatch, settings, client_secret="wrong-servicetitan-secret")
    set_dlt_environment(monkeypatch, {"client_secret": settings["client_secret"]})
    assert jobs_loaded(tmp_path, "dlt_over_env", source(streams=["jpm_jobs"])) == JOBS
    set_dlt_environment(monkeypatch, {"client_secret": "wrong-dlt-secret"})
    explicit = source(streams=["jpm_jobs"], client_secret=settings["client_secret"])
    assert jobs_loaded(tmp_path, "argument_over_dlt", explicit) == JOBS
    with pytest.raises(PipelineStepFailed):
        jobs_loaded(tmp_path, "dlt_wrong", source(streams=["jpm_jobs"]))
    monkeypatch.delenv("SOURCES__SERVICETITAN__CLIENT_SECRET")
    set_servicetitan_environment(monkeypatch, settings)
    assert jobs_loaded(tmp_path, "servicetitan_env", source(streams=["jpm_jobs"])) == JOBS


def test_settings_of_orders_a_tenants_entry_then_the_given_then_the_environment() -> None:
    environ = {f"SERVICETITAN_{name.upper()}": f"env-{name}" for name in CREDENTIALS} | {"SERVICETITAN_TENANT": "7"}
    given = {"client_id": "given-id", "app_key": None}
    assert settings_of(given, environ, {"client_id": "entry-id", "tenant": 9}) == {
        "client_id": "entry-id",
        "client_secret": "env-client_secret",
        "app_key": "env-app_key",
        "tenant": 9,
    }
    assert settings_of(given, environ)["client_id"] == "given-id"
    with pytest.raises(MissingSettings, match=r"tenants\[0\] lacks tenant"):
        settings_of(given, environ, {"client_id": "entry-id"}, "tenants[0]")
    assert settings_of(given, environ)["tenant"] == 7


def test_missing_credentials_are_named_with_every_way_to_give_them_and_no_value_shown() -> None:
    with pytest.raises(MissingSettings) as raised:
        source(streams=["jpm_jobs"], client_secret="s3cr3t-never-shown", app_key="app-key-never-shown")
    message = str(raised.value)
    assert raised.value.missing == ("client_id", "tenant")
    for text in ("client_id=", "SOURCES__SERVICETITAN__CLIENT_ID", "SERVICETITAN_CLIENT_ID", "[sources.servicetitan]"):
        assert text in message
    assert "SERVICETITAN_TENANT" in message
    assert "never-shown" not in message
    with pytest.raises(ValueError, match="source\\(\\) needs at least one tenant: `tenants` is empty"):
        source([], ["jpm_jobs"])
    with pytest.raises(MissingSettings, match=r"tenants\[1\] lacks client_secret"):
        source([{"client_id": "a", "client_secret": "b", "app_key": "c", "tenant": 1}, {"client_id": "a", "tenant": 2}])


def test_secrets_stay_out_of_logs_reprs_and_the_pipeline_trace(
    sandbox: tuple[Sandbox, dict[str, Any]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: Any
) -> None:
    settings = sandbox[1]
    set_dlt_environment(monkeypatch, settings)
    caplog.set_level(logging.DEBUG)
    built = source(streams=["jpm_jobs"])
    pipeline = plain_pipeline(tmp_path, "secretive")
    pipeline.run(built)
    seen = [
        caplog.text,
        repr(built),
        str(built),
        *map(repr, built.resources.values()),
        repr(pipeline.last_trace),
        str(pipeline.last_trace.asdict()),
    ]
    for secret in (settings["client_secret"], settings["app_key"]):
        assert all(secret not in text for text in seen)
    traced = {trace.key: trace.value for trace in pipeline.last_trace.resolved_config_values}
    assert {"client_secret", "app_key", "tenant"} <= set(traced)
    assert str(traced["tenant"]) == str(DEFAULT_TENANT)  # config is traced; secrets are not
    assert traced["client_secret"] is None
    assert traced["app_key"] is None


def test_configured_tenants_come_from_the_tenants_list_then_the_tenant_then_servicetitan_tenant(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert configured_tenants() == []
    assert configured_tenants({"SERVICETITAN_TENANT": "42"}) == [42]
    monkeypatch.setenv("SOURCES__SERVICETITAN__TENANT", "7")
    assert configured_tenants({"SERVICETITAN_TENANT": "42"}) == [7]
    monkeypatch.setenv("SOURCES__SERVICETITAN__TENANTS", '[{"tenant": 3, "client_secret": "x"}, {"tenant": "4"}]')
    assert configured_tenants() == [3, 4]
    monkeypatch.setenv("SOURCES__SERVICETITAN__TENANTS", '[{"tenant": 3}, {"client_id": "no tenant"}]')
    with pytest.raises(ValueError, match=r"sources.servicetitan.tenants: every entry needs a numeric `tenant`"):
        configured_tenants()


# --- names ---------------------------------------------------------------------------------------------------


def test_every_resource_of_a_multi_tenant_source_has_a_valid_asset_key_and_keeps_its_table() -> None:
    tenants = [lambda tenant=tenant: ServiceTitanStub(tenant) for tenant in (1, 22)]
    built = source(tenants, schema_contract=None)  # type: ignore[arg-type]
    assert len(built.resources) == 2 * len(catalog_streams())
    for name, made in built.resources.items():
        assert ASSET_KEY.fullmatch(name), name
        assert made.table_name in catalog_streams()
        assert name in (tenant_resource_name(made.table_name, 1), tenant_resource_name(made.table_name, 22))
    single = source([lambda: ServiceTitanStub(1)], ["jpm_jobs"])  # type: ignore[list-item]
    assert list(single.resources) == ["jpm_jobs"]


def test_state_kept_under_the_old_tenant_names_moves_to_the_new_ones(
    sandbox: tuple[Sandbox, dict[str, Any]], tmp_path: Path
) -> None:
    """A pipeline that loaded several tenants under `jpm_jobs@1` goes on where it stopped after upgrading."""
    settings = sandbox[1]
    tenants = [{**settings, "tenant": DEFAULT_TENANT}, {**settings, "tenant": DEFAULT_TENANT + 1}]
    pipeline = plain_pipeline(tmp_path, "renamed")
    pipeline.run(source(tenants, ["jpm_jobs", "jpm_export_jobs"]))
    with pipeline.managed_state() as state:
        resources = state["sources"]["servicetitan"]["resources"]
        for name in list(resources):
            stream, _, tenant = name.rpartition("_tenant_")
            resources[f"{stream}@{tenant}"] = resources.pop(name)
    moved = rename_tenant_state(pipeline)
    assert moved == {
        f"{stream}@{tenant}": tenant_resource_name(stream, tenant)
        for stream in ("jpm_jobs", "jpm_export_jobs")
        for tenant in (DEFAULT_TENANT, DEFAULT_TENANT + 1)
    }
    assert rename_tenant_state(pipeline) == {}
    pipeline.run(source(tenants, ["jpm_jobs", "jpm_export_jobs"]))
    assert pipeline.last_trace.last_normalize_info.row_counts.get("jpm_jobs", 0) == 0
    assert pipeline.last_trace.last_normalize_info.row_counts.get("jpm_export_jobs", 0) == 0


def test_a_run_after_upgrading_goes_on_from_the_state_under_the_old_names_by_itself(
    sandbox: tuple[Sandbox, dict[str, Any]], tmp_path: Path
) -> None:
    """Without `rename_tenant_state`, the first run reads the old state: the feed goes on from its token and the
    list from its bookmark (bringing again only the records at that instant, merged by key), and the old names
    leave the state."""
    settings = sandbox[1]
    tenants = [{**settings, "tenant": DEFAULT_TENANT}, {**settings, "tenant": DEFAULT_TENANT + 1}]
    pipeline = plain_pipeline(tmp_path, "upgraded")
    pipeline.run(source(tenants, ["jpm_jobs", "jpm_export_jobs"]))
    with pipeline.managed_state() as state:
        resources = state["sources"]["servicetitan"]["resources"]
        for name in list(resources):
            stream, _, tenant = name.rpartition("_tenant_")
            resources[f"{stream}@{tenant}"] = resources.pop(name)
    pipeline.run(source(tenants, ["jpm_jobs", "jpm_export_jobs"]))
    counts = pipeline.last_trace.last_normalize_info.row_counts
    assert counts.get("jpm_export_jobs", 0) == 0
    assert counts.get("jpm_jobs", 0) <= len(tenants)
    assert sorted(pipeline.state["sources"]["servicetitan"]["resources"]) == sorted(
        tenant_resource_name(stream, tenant["tenant"])
        for stream in ("jpm_jobs", "jpm_export_jobs")
        for tenant in tenants
    )
    with pipeline.sql_client() as client:
        assert client.execute_sql("select count(*), count(distinct id) from jpm_jobs")[0] == (2 * JOBS, JOBS)


# --- schema contract -----------------------------------------------------------------------------------------


def customers_answering(records: list[dict[str, Any]]) -> dict[str, Any]:
    body = {"page": 1, "pageSize": 5000, "hasMore": False, "data": records}
    return mocked_tenant(lambda request: httpx.Response(200, json=body))


CUSTOMER = {"id": 1, "name": "Ada", "active": True, "modifiedOn": "2024-01-01T00:00:00Z"}


def test_a_frozen_contract_refuses_a_new_column_and_discard_value_drops_it(tmp_path: Path) -> None:
    pipeline = plain_pipeline(tmp_path, "contract")
    pipeline.run(source([customers_answering([CUSTOMER])], ["crm_customers"]))
    changed = [{**CUSTOMER, "id": 2, "modifiedOn": "2024-01-02T00:00:00Z", "surpriseField": "new"}]
    with pytest.raises(PipelineStepFailed) as refused:
        pipeline.run(source([customers_answering(changed)], ["crm_customers"], schema_contract={"columns": "freeze"}))
    assert "surprise_field" in str(refused.value)
    pipeline.abort_packages()
    discarding = source([customers_answering(changed)], ["crm_customers"], schema_contract={"columns": "discard_value"})
    pipeline.run(discarding)
    with pipeline.sql_client() as client:
        rows = client.execute_sql("select id from crm_customers order by id")
        columns = {row[0] for row in client.execute_sql(
            "select column_name from information_schema.columns where table_name = 'crm_customers'")}  # fmt: skip
    assert [row[0] for row in rows] == [1, 2]
    assert "surprise_field" not in columns


def test_the_contract_comes_from_dlt_config_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pipeline = plain_pipeline(tmp_path, "contract_config")
    pipeline.run(source([customers_answering([CUSTOMER])], ["crm_customers"]))
    monkeypatch.setenv("SOURCES__SERVICETITAN__SCHEMA_CONTRACT", "freeze")
    changed = [{**CUSTOMER, "id": 2, "surpriseField": "new"}]
    with pytest.raises(PipelineStepFailed, match="surprise_field"):
        pipeline.run(source([customers_answering(changed)], ["crm_customers"]))


# --- windows -------------------------------------------------------------------------------------------------


def test_a_window_is_refused_when_it_ends_before_it_starts() -> None:
    with pytest.raises(ValueError, match="since='2024-02-01T00:00:00Z' must be before until='2024-01-01T00:00:00Z'"):
        Window.of("2024-02-01T00:00:00Z", "2024-01-01T00:00:00Z")
    with pytest.raises(ValueError, match="until='soon' is no timestamp"):
        Window.of(None, "soon")


def test_a_window_compares_instants_not_texts() -> None:
    window = Window.of("2024-01-01T00:00:00Z", "2024-01-01T00:00:01Z")
    assert window.keeps({"modifiedOn": "2024-01-01T00:00:00.5Z"})
    assert window.keeps({"modifiedOn": "2024-01-01T00:00:00Z"})
    assert not window.keeps({"modifiedOn": "2024-01-01T00:00:01Z"})
    assert not window.keeps({"modifiedOn": "2024-01-01T00:00:01.0000001Z"})
    assert not window.keeps({})
    assert Window.of(None, "2024-01-01T00:00:01Z").keeps({})


@pytest.mark.parametrize("stream", ["jpm_jobs", "jpm_export_jobs"])
def test_consecutive_windows_load_each_record_once_and_keep_no_state(tmp_path: Path, stream: str) -> None:
    """Windows [-, t1), [t1, t2), [t2, t3) load what one run loads, each record once, a record modified at t1 in
    the second; they move no state, so the normal incremental run afterwards starts where it would have."""
    clock = FakeClock(START)
    with running_sandbox(jobs=JOBS, clock=clock) as session:
        settings = dict(session.settings)
        pipeline = plain_pipeline(tmp_path, "windows")
        pipeline.run(source([settings], [stream]))
        state_before = pipeline.state["sources"]["servicetitan"]["resources"][stream]
        with ServiceTitan(**settings) as st:
            modified = sorted(job["modifiedOn"] for job in st.jpm.jobs.get_list(fetch_all=True, as_dicts=True))
            bounds = [None, modified[8], modified[20], "2026-06-01T00:00:00Z"]
            loaded: list[set[int]] = []
            for since, until in itertools.pairwise(bounds):
                windowed = plain_pipeline(tmp_path, "windowed")
                windowed.run(source([settings], [stream], since, until))
                with windowed.sql_client() as client:
                    ids = {row[0] for row in client.execute_sql(f"select id from {stream}")}  # noqa: S608
                loaded.append(ids - set().union(*loaded))
                kept = windowed.state.get("sources", {}).get("servicetitan", {}).get("resources", {})
                assert stream not in kept
                assert windowed.last_trace.last_normalize_info.row_counts[stream] == len(loaded[-1])
            assert [len(ids) for ids in loaded] == [8, 12, JOBS - 20]
            assert set().union(*loaded) == {job["id"] for job in st.jpm.jobs.get_list(fetch_all=True, as_dicts=True)}
            at_bound = next(job["id"] for job in st.jpm.jobs.get_list(fetch_all=True, as_dicts=True)
                            if job["modifiedOn"] == modified[8])  # fmt: skip
            assert at_bound in loaded[1]
            # The normal pipeline's state did not move: its next run reads a change made since its last run.
            clock.now += 60
            changed = st.jpm.jobs.get_list(page_size=1, as_dicts=True).records[0]["id"]
            st.jpm.jobs.update(id=changed, summary="changed after the backfill")
        pipeline.run(source([settings], [stream], None, "2026-12-01T00:00:00Z"))
        assert pipeline.state["sources"]["servicetitan"]["resources"][stream] == state_before
        pipeline.run(source([settings], [stream]))
    with pipeline.sql_client() as client:
        summary = client.execute_sql(f"select summary from {stream} where id = {changed}")  # noqa: S608
    assert summary[0][0] == "changed after the backfill"


def test_a_window_takes_dates_as_dlt_config_hands_them_over() -> None:
    built = source([lambda: ServiceTitanStub(1)], ["jpm_jobs"], "2024-01-01", "2024-02-01")  # type: ignore[list-item]
    assert list(built.resources) == ["jpm_jobs"]
