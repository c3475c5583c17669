"""The Airflow example (examples/airflow/servicetitan_dag.py) compiles, and builds the pipelines and sources it
should. Airflow is not a dependency of this project: the test runs the DAG file with `airflow.decorators.dag`
and dlt's `PipelineTasksGroup` (which needs Airflow) replaced by recorders, and checks what was handed to them:
the real dlt pipelines and ServiceTitan sources, per tenant, and the backfill's windows."""

from __future__ import annotations

import datetime as dt
import json
import os
import py_compile
import runpy
import sys
import types
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from servicetitan.dlt import tenant_resource_name

DAG_FILE = Path(__file__).parents[2] / "examples" / "airflow" / "servicetitan_dag.py"
TENANTS = (101, 202)


@dataclass
class TasksGroup:
    """Records what the DAG adds to dlt's PipelineTasksGroup."""

    name: str
    options: dict[str, Any]
    runs: list[tuple[Any, Any, dict[str, Any]]] = field(default_factory=list)

    def add_run(self, pipeline: Any, data: Any, **options: Any) -> None:
        self.runs.append((pipeline, data, options))


@pytest.fixture
def dag_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, Any]:
    """The DAG file run with the recorders in place of Airflow, two tenants in dlt's environment variables."""
    for name in list(os.environ):
        if name.startswith(("SERVICETITAN_", "SOURCES__")):
            monkeypatch.delenv(name)
    entries = [{"tenant": t, "client_id": f"id-{t}", "client_secret": f"secret-{t}"} for t in TENANTS]
    monkeypatch.setenv("SOURCES__SERVICETITAN__TENANTS", json.dumps(entries))
    monkeypatch.setenv("SOURCES__SERVICETITAN__APP_KEY", "app-key")
    groups: list[TasksGroup] = []
    dags: dict[str, dict[str, Any]] = {}

    def dag(**options: Any) -> Any:
        def decorate(function: Any) -> Any:
            def build() -> None:
                dags[function.__name__] = options
                function()

            return build

        return decorate

    airflow = types.ModuleType("airflow")
    decorators = types.ModuleType("airflow.decorators")
    decorators.dag = dag  # type: ignore[attr-defined]
    helper = types.ModuleType("dlt.helpers.airflow_helper")
    helper.PipelineTasksGroup = lambda name, **options: groups.append(TasksGroup(name, options)) or groups[-1]  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "airflow", airflow)
    monkeypatch.setitem(sys.modules, "airflow.decorators", decorators)
    monkeypatch.setitem(sys.modules, "dlt.helpers.airflow_helper", helper)
    monkeypatch.chdir(tmp_path)
    namespace = runpy.run_path(str(DAG_FILE))
    return {"groups": {group.name: group for group in groups}, "dags": dags, "namespace": namespace}


def test_the_dag_file_compiles(tmp_path: Path) -> None:
    py_compile.compile(str(DAG_FILE), cfile=str(tmp_path / "dag.pyc"), doraise=True)


def test_the_hourly_dag_runs_one_pipeline_per_tenant_on_the_configured_streams(dag_file: dict[str, Any]) -> None:
    namespace = dag_file["namespace"]
    assert dag_file["dags"]["servicetitan_load"]["schedule"] == "@hourly"
    group = dag_file["groups"]["servicetitan"]
    assert group.options == {"use_data_folder": False, "wipe_local_data": True}
    assert [pipeline.pipeline_name for pipeline, _, _ in group.runs] == [f"servicetitan_tenant_{t}" for t in TENANTS]
    for pipeline, built, options in group.runs:
        assert pipeline.dataset_name == "servicetitan"
        assert list(built.resources) == namespace["STREAMS"]
        assert built.name == "servicetitan"
        assert options["decompose"] == "parallel-isolated"
        # Incremental: the list keeps its bookmark in the pipeline's state.
        assert built.resources["jpm_jobs"].incremental is not None
        # Each source is its tenant's: a resource of a multi-tenant source would carry the tenant in its name.
        assert not any(tenant_resource_name("jpm_jobs", t) in built.resources for t in TENANTS)


def test_the_backfill_dag_loads_consecutive_monthly_windows_per_tenant(dag_file: dict[str, Any]) -> None:
    namespace = dag_file["namespace"]
    windows = namespace["monthly_windows"](dt.date(2024, 1, 15), dt.date(2024, 4, 1))
    assert windows == [
        (dt.date(2024, 1, 15), dt.date(2024, 2, 1)),
        (dt.date(2024, 2, 1), dt.date(2024, 3, 1)),
        (dt.date(2024, 3, 1), dt.date(2024, 4, 1)),
    ]
    runs = dag_file["groups"]["servicetitan_backfill"].runs
    months = namespace["monthly_windows"](namespace["BACKFILL_START"], namespace["BACKFILL_END"])
    assert len(months) == 12
    assert len(runs) == len(TENANTS) * len(months)
    assert len({pipeline.pipeline_name for pipeline, _, _ in runs}) == len(runs)
    for _, built, options in runs:
        assert list(built.resources) == namespace["STREAMS"]
        # Windowed: no incremental, so no state read or moved.
        assert built.resources["jpm_jobs"].incremental is None
        assert options["decompose"] == "serialize"
    assert dag_file["dags"]["servicetitan_backfill"]["schedule"] is None
