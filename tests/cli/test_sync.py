"""`servicetitan sync` into DuckDB, as a subprocess against the sandbox: counts, no duplicates, updates."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import dlt
import duckdb
import pytest

from servicetitan.cli.settings import SettingsError
from servicetitan.cli.sync import (
    DUCKDB_MEMORY_LIMIT,
    NO_CURSOR,
    NO_FILTER,
    WORKING_DIR,
    Plan,
    duckdb_destination,
    in_own_process,
    read_whole,
    run_step,
    sandbox_streams,
    summary,
)
from servicetitan.sandbox import DEFAULT_TENANT
from tests.cli.conftest import JOBS, SECRET, Served, run

STREAMS = {
    "jpm_jobs": "jobs",
    "jpm_export_jobs": "jobs",
    "crm_customers": "customers",
    "accounting_invoices": "invoices",
    "settings_technicians": "technicians",
}


def counts(database: Path, table: str) -> tuple[int, int]:
    with duckdb.connect(str(database), read_only=True) as db:
        found = db.execute(f"select count(*), count(distinct (tenant_id, id)) from servicetitan.{table}").fetchone()  # noqa: S608
    assert found is not None
    return int(found[0]), int(found[1])


def value(database: Path, table: str, column: str, record_id: int) -> object:
    with duckdb.connect(str(database), read_only=True) as db:
        found = db.execute(f"select {column} from servicetitan.{table} where id = {record_id}").fetchall()  # noqa: S608
    assert len(found) == 1
    return found[0][0]


@pytest.mark.long
def test_the_readme_command_syncs_the_whole_sandbox(tmp_path: Path, served: Served) -> None:
    done = run(served.env(), "sync", "--sandbox", "--to", "duckdb:///demo.duckdb", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    with duckdb.connect(str(tmp_path / "demo.duckdb"), read_only=True) as db:
        tables = {
            row[0]
            for row in db.execute(
                "select table_name from duckdb_tables() where schema_name = 'servicetitan'"
            ).fetchall()
        }
    assert set(sandbox_streams()) <= tables
    assert counts(tmp_path / "demo.duckdb", "jpm_jobs") == (200, 200)


def test_several_tenants_load_one_table_each_with_its_own_rows(served: Served, tmp_path: Path) -> None:
    other = DEFAULT_TENANT + 1
    tenants = tmp_path / "tenants.toml"
    tables = [served.settings(), served.settings(other)]
    tenants.write_text(
        "\n".join("[[tenants]]\n" + "\n".join(f"{k} = {json.dumps(v)}" for k, v in t.items()) for t in tables)
    )
    database = tmp_path / "st.duckdb"
    bare = {key: value for key, value in served.env().items() if not key.startswith("SERVICETITAN_")}
    done = run(bare, "sync", "--to", f"duckdb:///{database}", "--streams", "jpm_jobs,jpm_export_jobs",
               "--tenants", str(tenants))  # fmt: skip
    assert done.returncode == 0, done.stderr
    with duckdb.connect(str(database), read_only=True) as db:
        rows = db.execute("select tenant_id, count(*) from servicetitan.jpm_jobs group by 1 order by 1").fetchall()
    jobs = len(served.sandbox.tenant(DEFAULT_TENANT)["jobs"])
    assert rows == [(DEFAULT_TENANT, jobs), (other, jobs)]


def test_an_unknown_stream_or_destination_is_named(served: Served, tmp_path: Path) -> None:
    unknown = run(served.env(), "sync", "--to", f"duckdb:///{tmp_path / 'x.duckdb'}", "--streams", "jpm_jobz")
    assert unknown.returncode == 1
    assert "unknown stream(s) jpm_jobz" in unknown.stderr
    other = run(served.env(), "sync", "--to", "postgres://localhost/st")
    assert other.returncode == 1
    assert "--to 'postgres://localhost/st': give duckdb:///PATH" in other.stderr


def test_the_sync_destination_holds_duckdb_to_its_memory_limit(tmp_path: Path) -> None:
    """DuckDB's own default is 80 % of the machine's memory, which a large merge fills."""
    pipeline = dlt.pipeline(
        pipeline_name="st_limit",
        pipelines_dir=str(tmp_path / "pipelines"),
        destination=duckdb_destination(tmp_path / "st.duckdb"),
        dataset_name="servicetitan",
    )
    pipeline.run([{"id": 1}], table_name="rows")
    with pipeline.sql_client() as client:
        found = client.execute_sql("select current_setting('memory_limit')")
    with duckdb.connect() as db:
        default = db.execute("select current_setting('memory_limit')").fetchall()
        db.execute(f"set memory_limit = '{DUCKDB_MEMORY_LIMIT}'")
        expected = db.execute("select current_setting('memory_limit')").fetchall()
    assert found == expected != default


def test_each_step_runs_in_a_fresh_process_whose_answer_or_error_comes_back() -> None:
    """A sync runs extract, normalize and load each in a process of its own, so that the memory one step took is
    given back to the system before the next step starts."""
    assert in_own_process(os.getpid) != os.getpid()
    assert in_own_process(sorted, [3, 1, 2]) == [1, 2, 3]
    with pytest.raises(ValueError, match="invalid literal"):
        in_own_process(int, "not a number")


BURN = """
import resource, time
from servicetitan.cli.sync import in_own_process, step_processes

def burn(seconds):
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass
    return "burnt"

if __name__ == "__main__":
    with step_processes():
        answers = [in_own_process(burn, 0.6) for _ in range(2)]
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(answers, usage.ru_utime + usage.ru_stime)
"""


def test_the_cpu_of_a_sync_s_steps_counts_as_its_own_children_s(tmp_path: Path) -> None:
    """What `time servicetitan sync` and the benchmarks read: once the steps are done, their processor time is
    in the sync's account of its children, wherever the steps were started from. (The function a step runs is
    the script's own, as in a user's script or a benchmark.)"""
    script = tmp_path / "burn.py"
    script.write_text(BURN)
    done = subprocess.run(
        [sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    answers, seconds = done.stdout.rsplit("]", 1)
    assert answers == "['burnt', 'burnt'"
    assert float(seconds) >= 1.2


def test_a_step_whose_process_dies_stops_the_sync_with_an_error_not_a_hang() -> None:
    with pytest.raises(SettingsError, match="the process running _exit ended without finishing it"):
        in_own_process(os._exit, 3)


def test_a_failed_step_is_named_with_its_cause_and_no_secret(served: Served, tmp_path: Path) -> None:
    database = tmp_path / "st.duckdb"
    command = ("sync", "--to", f"duckdb:///{database}", "--streams", "jpm_jobs")
    done = run(served.env(SERVICETITAN_CLIENT_SECRET=SECRET + "-wrong"), *command, cwd=tmp_path)
    assert done.returncode == 1
    assert "error: sync failed at extract:" in done.stderr
    assert "Traceback" not in done.stderr
    assert SECRET not in done.stdout + done.stderr
    # The same command with the right settings then loads everything.
    assert run(served.env(), *command, cwd=tmp_path).returncode == 0
    assert counts(database, "jpm_jobs") == (JOBS, JOBS)


def test_the_summary_counts_child_tables_in_their_stream_and_leaves_out_dlt_tables() -> None:
    """A whole-tenant sync loads 379 tables, most of them child tables: one line per stream, not per table."""
    counts = {"jpm_jobs": 1200, "jpm_jobs__custom_fields": 5, "jpm_jobs__tags": 1, "crm_customers": 2,
              "crm_customers__contacts": 3, "_dlt_pipeline_state": 1}  # fmt: skip
    assert summary("synced", counts) == [
        "synced: 1,211 rows in 5 tables",
        "  crm_customers: 2 rows loaded (and 3 in 1 child table)",
        "  jpm_jobs: 1,200 rows loaded (and 6 in 2 child tables)",
    ]


def _descendants(root: int) -> set[int]:
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat[stat.rindex(")") + 2 :].split()[1])
    found, frontier = set(), [root]
    while frontier:
        parent = frontier.pop()
        children = {pid for pid, ppid in parents.items() if ppid == parent} - found
        found |= children
        frontier.extend(children)
    return found


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat[stat.rindex(")") + 2] != "Z"


def test_a_step_process_ends_soon_after_the_sync_that_started_it_is_killed(tmp_path: Path) -> None:
    """A sync killed outright (SIGKILL, an orchestrator's timeout) cannot stop its step itself; the step's
    process notices that its parent is gone and ends, instead of running on and holding the DuckDB file."""
    script = "from servicetitan.cli.sync import in_own_process\nimport time\nin_own_process(time.sleep, 120)\n"
    parent = subprocess.Popen([sys.executable, "-c", script], cwd=tmp_path)
    try:
        deadline = time.monotonic() + 60
        step: set[int] = set()
        while not step and time.monotonic() < deadline:
            time.sleep(0.2)
            step = _descendants(parent.pid)
        assert step, "the step process did not start"
        time.sleep(1)  # the step is running
        parent.kill()
        parent.wait(timeout=10)
        deadline = time.monotonic() + 20
        while any(_alive(pid) for pid in step) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not any(_alive(pid) for pid in step)
    finally:
        parent.kill()
        for pid in _descendants(parent.pid) | step:
            with contextlib.suppress(OSError):
                os.kill(pid, 9)


def test_the_load_step_opens_the_database_once_and_leaves_it_closed(
    served: Served, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """dlt's DuckDB pool closes the file whenever no job holds a connection and opens it again for the next one,
    reading every table's catalog each time: the load step holds one connection for all its jobs instead."""
    database = tmp_path / "st.duckdb"
    plan = Plan(
        tenants=(served.settings(),), database=database, streams=tuple(STREAMS), since=None, dataset="servicetitan"
    )
    run_step("extract", plan)
    run_step("normalize", plan)
    opened: list[tuple[str, object]] = []
    connect = duckdb.connect

    def counted(database: str = ":memory:", *args: object, **kwargs: object) -> duckdb.DuckDBPyConnection:
        opened.append((str(database), kwargs.get("config")))
        return connect(database, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(duckdb, "connect", counted)
    run_step("load", plan)
    monkeypatch.undo()
    # Once, held to the sync's memory limit.
    assert opened == [(str(database), {"memory_limit": DUCKDB_MEMORY_LIMIT})]
    # Closed at the step's end (a read-write open would fail while another process holds it), every row there.
    with duckdb.connect(str(database)) as db:
        assert db.execute("select count(*) from servicetitan.settings_technicians").fetchone() == (
            len(served.sandbox.tenant(DEFAULT_TENANT)["technicians"]),
        )
    assert counts(database, "jpm_jobs") == (JOBS, JOBS)
    assert counts(database, "crm_customers")[0] == len(served.sandbox.tenant(DEFAULT_TENANT)["customers"])


def test_an_unknown_step_is_refused_by_name_before_anything_runs(tmp_path: Path) -> None:
    plan = Plan(tenants=(), database=tmp_path / "st.duckdb", streams=None, since=None, dataset="servicetitan")
    with pytest.raises(ValueError, match="step 'lod': give one of extract, normalize, load"):
        run_step("lod", plan)
    assert not (tmp_path / WORKING_DIR).exists()


def test_the_summary_says_one_row_and_names_the_streams_read_whole_each_run() -> None:
    counts = {"jpm_jobs": 1, "telecom_calls_calls": 100, "settings_user_roles": 2, "settings_user_roles__perms": 1}
    assert summary("synced", counts, whole={"telecom_calls_calls": NO_CURSOR, "settings_user_roles": NO_FILTER}) == [
        "synced: 104 rows in 4 tables",
        "  jpm_jobs: 1 row loaded",
        "  settings_user_roles: 2 rows (read whole each run: the list has no modifiedOnOrAfter)"
        " (and 1 in 1 child table)",
        "  telecom_calls_calls: 100 rows (read whole each run: its records carry no modifiedOn to resume from)",
    ]
    assert summary("synced", {"jpm_jobs": 1}, whole={}) == [
        "synced: 1 row in 1 table",
        "  jpm_jobs: 1 row loaded",
    ]


def test_the_streams_read_whole_each_run_are_the_lists_without_a_cursor_filter() -> None:
    whole = read_whole()
    assert whole["settings_user_roles"] == NO_FILTER
    assert whole["telecom_calls_calls"] == NO_CURSOR
    assert not {"jpm_jobs", "jpm_export_jobs", "crm_customers"} & whole.keys()


def schemas(database: Path) -> set[str]:
    with duckdb.connect(str(database), read_only=True) as db:
        return {row[0] for row in db.execute("select schema_name from information_schema.schemata").fetchall()}


def test_sync_arrow_loads_nested_lists_as_json_columns_in_their_stream_s_table(served: Served, tmp_path: Path) -> None:
    database = tmp_path / "st.duckdb"
    done = run(served.env(), "sync", "--arrow", "--quiet", "--to", f"duckdb:///{database}",
               "--streams", "jpm_jobs,accounting_invoices", cwd=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stderr
    tables_sql = "select table_name from duckdb_tables() where schema_name = 'servicetitan'"
    columns_sql = (
        "select column_name, data_type from information_schema.columns "
        "where table_schema = 'servicetitan' and table_name = 'accounting_invoices'"
    )
    with duckdb.connect(str(database), read_only=True) as db:
        tables = {row[0] for row in db.execute(tables_sql).fetchall()}
        kinds = dict(db.execute(columns_sql).fetchall())
    assert {"jpm_jobs", "accounting_invoices"} <= tables
    assert not any(table.startswith(("jpm_jobs__", "accounting_invoices__")) for table in tables), tables
    assert kinds["items"] == "JSON"
    assert kinds["total"].startswith("DECIMAL")
    assert counts(database, "jpm_jobs") == (JOBS, JOBS)


def extract_and_name_the_arrow_pool(plan: Plan) -> str:
    """In a step's process: the extract step, then the memory pool Arrow allocates from."""
    import pyarrow

    run_step("extract", plan)
    return str(pyarrow.default_memory_pool().backend_name)


def test_a_step_process_takes_arrow_s_memory_from_the_system_allocator(served: Served, tmp_path: Path) -> None:
    """Arrow's default pool (mimalloc here, jemalloc in some builds) kept freed batches resident: a 100,000-job Arrow
    extract peaked at 659-672 MiB with it and 581 MiB with the system allocator (the Arrow path trims the C
    allocator after every batch). Before, a step reported mimalloc."""
    plan = Plan(
        tenants=(served.settings(),),
        database=tmp_path / "st.duckdb",
        streams=("jpm_jobs",),
        since=None,
        dataset="servicetitan",
        arrow=True,
    )
    assert in_own_process(extract_and_name_the_arrow_pool, plan) == "system"
