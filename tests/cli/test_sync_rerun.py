"""`servicetitan sync` run twice into one DuckDB file, with changes in the sandbox between: what each run left.

The two syncs are made once for this file's tests (a sync is a few spawned processes, the costliest step here);
the file is its own xdist group, so the rest of the sync tests spread over the workers."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from servicetitan.cli.sync import DUCKDB_BLOCK_SIZE, NO_CURSOR
from servicetitan.sandbox import DEFAULT_TENANT, serve
from tests.cli.conftest import Served, make_sandbox, run
from tests.cli.test_sync import STREAMS, counts, schemas, value

# The streams synced: the lists and feeds of test_sync, and a list read whole each run.
TWICE = {**STREAMS, "telecom_calls_calls": "telecom:/calls"}


@dataclass(frozen=True)
class Run:
    stdout: str
    schemas: set[str]
    # (rows, distinct (tenant_id, id)) per table, and the sandbox's record count per table at that time.
    loaded: dict[str, tuple[int, int]]
    sandbox: dict[str, int]


@dataclass(frozen=True)
class SyncedTwice:
    database: Path
    runs: tuple[Run, Run]
    job: int
    technician: int
    customer: int


def synced(served: Served, database: Path) -> Run:
    done = run(served.env(), "sync", "--to", f"duckdb:///{database}", "--streams", ",".join(TWICE),
               cwd=database.parent)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert f"synced tenant(s) {DEFAULT_TENANT} into {database}" in done.stdout
    tenant = served.sandbox.tenant(DEFAULT_TENANT)
    return Run(
        done.stdout,
        schemas(database),
        {table: counts(database, table) for table in TWICE},
        {table: len(tenant[collection]) for table, collection in TWICE.items()},
    )


@pytest.fixture(scope="module")
def synced_twice(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SyncedTwice]:
    sandbox = make_sandbox()
    with serve(sandbox) as url:
        served = Served(sandbox, url)
        database = tmp_path_factory.mktemp("synced-twice") / "st.duckdb"
        first = synced(served, database)
        with served.client() as st:
            job = st.jpm.jobs.get_list(page_size=3, as_dicts=True).records[2]
            st.jpm.jobs.update(id=job["id"], summary="changed between syncs")
            technician = st.settings.technicians.get_list(page_size=1, as_dicts=True).records[0]
            st.settings.technicians.update(id=technician["id"], name="Renamed Technician")
            customer = st.create_customer(
                name="Added Between Syncs",
                type="Residential",
                address={"street": "1 Main St", "city": "Irvine", "state": "CA", "zip": "92602", "country": "USA"},
                locations=[{"name": "Home", "address": {"street": "1 Main St", "city": "Irvine", "state": "CA",
                                                        "zip": "92602", "country": "USA"}}],
            )  # fmt: skip
        second = synced(served, database)
        yield SyncedTwice(database, (first, second), job["id"], technician["id"], customer.id)


@pytest.mark.long
def test_sync_twice_with_changes_between(synced_twice: SyncedTwice) -> None:
    for done in synced_twice.runs:
        assert done.loaded == {table: (count, count) for table, count in done.sandbox.items()}
    assert synced_twice.runs[1].sandbox["crm_customers"] == synced_twice.runs[0].sandbox["crm_customers"] + 1
    database = synced_twice.database
    assert value(database, "jpm_jobs", "summary", synced_twice.job) == "changed between syncs"
    assert value(database, "jpm_export_jobs", "summary", synced_twice.job) == "changed between syncs"
    assert value(database, "settings_technicians", "name", synced_twice.technician) == "Renamed Technician"
    assert value(database, "crm_customers", "name", synced_twice.customer) == "Added Between Syncs"


def test_a_sync_leaves_no_staging_dataset_in_a_small_block_file_and_a_rerun_merges(synced_twice: SyncedTwice) -> None:
    """The merge's staging dataset (a copy of every table merged into) was left in the file: 196 MB for the
    sandbox tenant's 35,559 rows. It is dropped after the load; the file is made with small DuckDB blocks."""
    for done in synced_twice.runs:
        assert not {name for name in done.schemas if name.endswith("_staging")}, done.schemas
        assert "servicetitan" in done.schemas
    first, second = (done.loaded["telecom_calls_calls"] for done in synced_twice.runs)
    # Read whole each run and replaced, never appended: the rerun holds each call once.
    assert first[0] > 0
    assert second == first == (synced_twice.runs[0].sandbox["telecom_calls_calls"],) * 2
    assert f"  telecom_calls_calls: {first[0]} rows (read whole each run: {NO_CURSOR})" in synced_twice.runs[1].stdout
    with duckdb.connect(str(synced_twice.database), read_only=True) as db:
        size = db.execute("pragma database_size").fetchone()
    assert size is not None
    assert size[2] == DUCKDB_BLOCK_SIZE
