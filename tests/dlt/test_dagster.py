"""The Dagster example (examples/dagster/servicetitan_dagster.py) materializes the sandbox, one partition per
tenant, with settings from dlt's providers and each tenant's limiter in a shared Redis store."""

from __future__ import annotations

import importlib.util
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import dagster as dg
import duckdb
import pytest

from servicetitan.dlt import configured_tenants
from servicetitan.ratelimit import limiter_key
from servicetitan.ratelimit_redis import RedisStore
from servicetitan.sandbox import DEFAULT_TENANT
from servicetitan.testing.sandbox import running_sandbox
from tests.faults.conftest import redis_url

__all__ = ["redis_url"]

EXAMPLE = Path(__file__).parents[2] / "examples" / "dagster" / "servicetitan_dagster.py"
TENANTS = (DEFAULT_TENANT, DEFAULT_TENANT + 1)
STREAMS = ["jpm_jobs", "jpm_export_jobs"]
JOBS = 12


def example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("servicetitan_dagster_example", EXAMPLE)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def configured(monkeypatch: pytest.MonkeyPatch, redis_url: str) -> Iterator[dict[str, Any]]:
    """The sandbox's two tenants in dlt's environment variables, as a deployment's secret backend would give
    them: a shared app key and Redis store, a tenants list with each tenant's credentials."""
    for name in list(os.environ):
        if name.startswith(("SERVICETITAN_", "SOURCES__")):
            monkeypatch.delenv(name)
    with running_sandbox(jobs=JOBS) as session:
        settings = session.settings
        entry = {name: settings[name] for name in ("client_id", "client_secret", "api_url", "token_url")}
        monkeypatch.setenv("SOURCES__SERVICETITAN__TENANTS", json.dumps([{**entry, "tenant": t} for t in TENANTS]))
        monkeypatch.setenv("SOURCES__SERVICETITAN__APP_KEY", settings["app_key"])
        monkeypatch.setenv("SOURCES__SERVICETITAN__RATE_LIMIT_STORE", redis_url)
        yield dict(settings)


def test_the_dagster_example_materializes_each_tenant_as_a_partition(
    configured: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paced: set[str] = set()
    admit, reserve = RedisStore.admit, RedisStore.reserve

    def admit_and_note(self: RedisStore, key: str, ticket: str, size: int) -> float:
        paced.add(key)
        return admit(self, key, ticket, size)

    def reserve_and_note(self: RedisStore, key: str, interval: float) -> float:
        paced.add(key)
        return reserve(self, key, interval)

    monkeypatch.setattr(RedisStore, "admit", admit_and_note)
    monkeypatch.setattr(RedisStore, "reserve", reserve_and_note)
    assert configured_tenants() == list(TENANTS)
    module = example()
    # What `dagster dev -f` loads: the configured tenants as partitions.
    loaded = module.defs().resolve_implicit_global_asset_job_def()
    assert loaded.partitions_def.get_partition_keys() == [str(tenant) for tenant in TENANTS]
    database = tmp_path / "warehouse.duckdb"
    defs = module.servicetitan_definitions(
        configured_tenants(),
        streams=STREAMS,
        destination=dg_duckdb(database),
        pipelines_dir=str(tmp_path / "pipelines"),
    )
    job = defs.resolve_implicit_global_asset_job_def()
    (assets,) = list(defs.assets or ())
    keys = {key.to_user_string() for key in assets.keys}
    assert keys == {f"dlt_servicetitan_{stream}" for stream in STREAMS}
    # Dagster's own check, and the upstream keys dagster-dlt adds (`servicetitan_jpm_jobs`) pass it too.
    every = {key.to_user_string() for key in job.asset_layer.asset_graph.get_all_asset_keys()}
    assert all(re.fullmatch(r"[A-Za-z0-9_]+", key) for key in every)
    assert job.partitions_def is not None
    assert job.partitions_def.get_partition_keys() == [str(tenant) for tenant in TENANTS]

    instance = dg.DagsterInstance.ephemeral()
    for tenant in TENANTS:
        result = job.execute_in_process(partition_key=str(tenant), instance=instance)
        assert result.success
        materialized = result.asset_materializations_for_node("servicetitan")
        assert {event.partition for event in materialized} == {str(tenant)}
        assert {event.asset_key.to_user_string() for event in materialized} == keys
        assert {event.metadata["rows_loaded"].value for event in materialized} == {JOBS}
    with duckdb.connect(str(database), read_only=True) as db:
        for stream in STREAMS:
            rows = db.execute(f"select tenant_id, count(*) from servicetitan.{stream} group by 1 order by 1").fetchall()  # noqa: S608
            assert rows == [(tenant, JOBS) for tenant in TENANTS]
    # Each tenant was paced by its own limiter, kept in the shared Redis store.
    assert {limiter_key(configured["app_key"], tenant) for tenant in TENANTS} <= paced

    # A partition's state is its own (kept in the destination): running the first tenant again loads no row.
    again = job.execute_in_process(partition_key=str(TENANTS[0]), instance=instance)
    assert again.success
    rows = {
        event.asset_key.to_user_string(): event.metadata.get("rows_loaded")
        for event in again.asset_materializations_for_node("servicetitan")
    }
    assert rows == dict.fromkeys(keys)
    with duckdb.connect(str(database), read_only=True) as db:
        assert db.execute("select count(*) from servicetitan.jpm_jobs").fetchall() == [(2 * JOBS,)]


def test_the_example_refuses_to_build_without_a_tenant() -> None:
    with pytest.raises(ValueError, match=r"no tenant to load: configure \[\[sources.servicetitan.tenants\]\] or"):
        example().servicetitan_definitions([])


def dg_duckdb(database: Path) -> Any:
    import dlt

    return dlt.destinations.duckdb(str(database))
