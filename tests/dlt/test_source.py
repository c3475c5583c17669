"""The dlt source on the sandbox, loaded into a local DuckDB: streams from the catalog, incremental state in
dlt's state, merge by primary key, exact money, child tables, and the inclusive `modifiedOnOrAfter` bound."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import dlt
import duckdb
import httpx
import pyarrow.parquet as pq
import pytest
from dlt.common.data_writers.buffered import BufferedDataWriter
from dlt.destinations.impl.duckdb.duck import DuckDbCopyJob

from servicetitan import ServiceTitan, _catalog
from servicetitan._operations import Kind, spec_for
from servicetitan.dlt import (
    FILE_ROWS,
    LOAD_WORKERS,
    NORMALIZE_BUFFER,
    PARALLEL_STREAMS,
    TENANT_COLUMN,
    bounded_memory,
    catalog_streams,
    select_streams,
    source,
)
from servicetitan.exports import export_operations
from servicetitan.sandbox import DEFAULT_TENANT, Sandbox
from servicetitan.testing.sandbox import running_sandbox
from tests.support.time import AFTER_SEEDED_HISTORY, FakeClock

START = AFTER_SEEDED_HISTORY


@dataclass
class Loaded:
    sandbox: Sandbox
    clock: FakeClock
    settings: dict[str, Any]
    database: Path
    pipeline: Any

    def run(self, streams: list[str]) -> dict[str, int]:
        self.pipeline.run(source([self.settings], streams))
        counts: dict[str, int] = self.pipeline.last_trace.last_normalize_info.row_counts
        return counts

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        with duckdb.connect(str(self.database), read_only=True) as db:
            return db.execute(sql).fetchall()


@pytest.fixture
def loaded(tmp_path: Path) -> Iterator[Loaded]:
    clock = FakeClock(START)
    with running_sandbox(jobs=80, clock=clock) as session:
        sandbox, settings = session.sandbox, dict(session.settings)
        database = tmp_path / "warehouse.duckdb"
        pipeline = dlt.pipeline(
            pipeline_name="st_test",
            pipelines_dir=str(tmp_path / "pipelines"),
            destination=dlt.destinations.duckdb(str(database)),
            dataset_name="st",
        )
        yield Loaded(sandbox, clock, settings, database, pipeline)


def test_streams_are_every_input_free_list_and_every_feed_of_the_catalog() -> None:
    streams = catalog_streams()
    feeds = {(d, op.operation_id) for d in _catalog.DOMAINS for op in export_operations(d).values()}
    assert feeds == {(s.operation.domain, s.operation.operation_id) for s in streams.values() if s.kind is Kind.FEED}
    for stream in streams.values():
        spec = spec_for(stream.operation.domain, stream.operation.operation_id)
        assert spec.kind in (Kind.LIST, Kind.FEED)
        assert not spec.required
    assert streams["jpm_jobs"].path == "jpm.jobs.get_list"
    assert streams["jpm_jobs"].incremental
    assert streams["jpm_export_jobs"].path == "jpm.export.jobs"


def test_an_unknown_stream_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="unknown stream\\(s\\) jpm_jobz"):
        select_streams(["jpm_jobs", "jpm_jobz"])


def test_a_rerun_without_changes_loads_nothing_and_keeps_the_feed_token(loaded: Loaded) -> None:
    first = loaded.run(["jpm_jobs", "jpm_export_jobs"])
    jobs = len(loaded.sandbox.tenant(DEFAULT_TENANT)["jobs"])
    assert first["jpm_jobs"] == first["jpm_export_jobs"] == jobs
    state = loaded.pipeline.state["sources"]["servicetitan"]["resources"]
    assert state["jpm_export_jobs"]["continue_from"]
    assert state["jpm_jobs"]["incremental"]["modifiedOn"]["last_value"]
    again = loaded.run(["jpm_jobs", "jpm_export_jobs"])
    assert again.get("jpm_jobs", 0) == 0
    assert again.get("jpm_export_jobs", 0) == 0
    assert loaded.rows("select count(*), count(distinct id) from st.jpm_jobs") == [(jobs, jobs)]


def test_records_sharing_the_bookmark_instant_are_not_lost(loaded: Loaded) -> None:
    with ServiceTitanOf(loaded) as st:
        ids = [record["id"] for record in st.jpm.jobs.get_list(page_size=2, as_dicts=True).records]
        loaded.clock.now += 60
        st.jpm.jobs.update(id=ids[0], summary="first at the instant")
        loaded.run(["jpm_jobs"])
        # Another change at the very instant of the bookmark: an exclusive bound would skip it.
        st.jpm.jobs.update(id=ids[1], summary="second at the same instant")
    counts = loaded.run(["jpm_jobs"])
    assert counts["jpm_jobs"] == 1
    summaries = dict(loaded.rows(f"select id, summary from st.jpm_jobs where id in ({ids[0]}, {ids[1]})"))  # noqa: S608
    assert summaries == {ids[0]: "first at the instant", ids[1]: "second at the same instant"}


def test_money_is_exact_and_nested_lists_are_child_tables(loaded: Loaded) -> None:
    loaded.run(["crm_customers", "settings_technicians"])
    types = dict(loaded.rows("select column_name, data_type from information_schema.columns "
                             "where table_schema = 'st' and table_name = 'crm_customers'"))  # fmt: skip
    assert types["balance"].startswith("DECIMAL")
    with ServiceTitanOf(loaded) as st:
        customers = {
            r["id"]: r["balance"] for r in st.crm.customers.get_list(fetch_all=True, as_dicts=True, active="Any")
        }
    loaded_balances = dict(loaded.rows("select id, balance from st.crm_customers"))
    assert loaded_balances == {key: Decimal(repr(value)) for key, value in customers.items()}
    tables = {row[0] for row in loaded.rows("select table_name from duckdb_tables() where schema_name = 'st'")}
    assert "settings_technicians__positions" in tables
    assert loaded.rows("select count(*) from st.settings_technicians__positions")[0][0] > 0
    assert loaded.rows(f"select distinct {TENANT_COLUMN} from st.crm_customers") == [(DEFAULT_TENANT,)]  # noqa: S608


class ServiceTitanOf:
    """A library client of the loaded sandbox."""

    def __init__(self, loaded: Loaded) -> None:
        self.client = ServiceTitan(**loaded.settings)

    def __enter__(self) -> Any:
        return self.client

    def __exit__(self, *exc: object) -> None:
        self.client.close()


def mocked_tenant(answer: Callable[[httpx.Request], httpx.Response]) -> dict[str, Any]:
    """Client settings whose token requests succeed and whose other requests `answer` gives answers to."""

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/connect/token":
            return httpx.Response(200, json={"access_token": "token-1", "expires_in": 900, "token_type": "Bearer"})
        return answer(request)

    return {
        "client_id": "id",
        "client_secret": "secret-value",
        "app_key": "app-key-value",
        "tenant": DEFAULT_TENANT,
        "api_url": "https://api.test",
        "token_url": "https://auth.test/connect/token",
        "rate_limit": None,
        "transport": httpx.MockTransport(handler),
    }


def test_money_past_float_precision_loads_exactly(tmp_path: Path) -> None:
    """An amount with more digits than a float holds (17 significant here) reaches DuckDB as sent: the source reads
    with `decimals=True` rather than rebuilding a Decimal from a float, which gave 12345678901234568."""
    body = (
        b'{"page": 1, "pageSize": 5000, "hasMore": false, "data": [{"id": 1, "name": "Ada", "active": true,'
        b' "balance": 12345678901234567.89, "createdOn": "2024-01-01T00:00:00Z",'
        b' "modifiedOn": "2024-01-01T00:00:00Z"}]}'
    )

    settings = mocked_tenant(
        lambda request: httpx.Response(200, content=body, headers={"Content-Type": "application/json"})
    )
    database = tmp_path / "exact.duckdb"
    pipeline = dlt.pipeline(
        pipeline_name="st_exact",
        pipelines_dir=str(tmp_path / "pipelines"),
        destination=dlt.destinations.duckdb(str(database)),
        dataset_name="st",
    )
    pipeline.run(source([settings], ["crm_customers"]))
    with duckdb.connect(str(database), read_only=True) as db:
        assert db.execute("select balance from st.crm_customers").fetchall() == [(Decimal("12345678901234567.89"),)]


def plain_pipeline(tmp_path: Path, name: str) -> Any:
    return dlt.pipeline(
        pipeline_name=name,
        pipelines_dir=str(tmp_path / "pipelines"),
        destination=dlt.destinations.duckdb(str(tmp_path / f"{name}.duckdb")),
        dataset_name="st",
    )


def test_a_record_a_feed_brings_twice_in_one_load_keeps_its_latest_version(tmp_path: Path) -> None:
    """An export feed brings a record again when it changed while the feed was read; dlt keeps one row per
    primary key of a load, an arbitrary one unless told which: the one modified last."""
    pages = {
        None: {"hasMore": True, "continueFrom": "token-2", "data": [
            {"id": 1, "name": "Later name", "active": True, "modifiedOn": "2024-03-01T00:00:00Z"},
            {"id": 2, "name": "Other", "active": True, "modifiedOn": "2024-03-02T00:00:00Z"},
        ]},
        "token-2": {"hasMore": False, "continueFrom": "token-3", "data": [
            {"id": 1, "name": "Latest name", "active": True, "modifiedOn": "2024-03-05T00:00:00Z"},
        ]},
        "token-3": {"hasMore": False, "continueFrom": "token-3", "data": []},
    }  # fmt: skip

    settings = mocked_tenant(lambda request: httpx.Response(200, json=pages[request.url.params.get("from")]))
    pipeline = plain_pipeline(tmp_path, "latest")
    pipeline.run(source([settings], ["crm_export_customers"]), loader_file_format="parquet")
    with pipeline.sql_client() as client:
        rows = client.execute_sql("select id, name from crm_export_customers order by id")
    assert [tuple(row) for row in rows] == [(1, "Latest name"), (2, "Other")]


BOUNDED_STREAMS = {
    "jpm_jobs": "jobs",
    "jpm_export_jobs": "jobs",
    "jpm_appointments": "appointments",
    "jpm_export_appointments": "appointments",
    "accounting_invoices": "invoices",
    "accounting_export_invoices": "invoices",
    "accounting_payments": "payments",
    "accounting_export_payments": "payments",
    "crm_customers": "customers",
    "crm_export_customers": "customers",
    "crm_locations": "locations",
    "crm_export_locations": "locations",
}


@dataclass
class Held:
    """The most streams being read at once, and the most rows one dlt writer held in its buffer."""

    lock: threading.Lock
    reading: int = 0
    streams: int = 0
    rows: int = 0


def test_a_load_under_bounded_memory_reads_few_streams_at_once_and_buffers_few_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With dlt's defaults every stream is started at once and a writer keeps up to 5,000 rows of its table, so a
    tenant whose tables are each smaller than that was held whole; `bounded_memory()` caps both."""
    held = Held(threading.Lock())
    write = BufferedDataWriter.write_data_item

    def write_and_measure(self: Any, item: Any, columns: Any) -> int:
        written = write(self, item, columns)
        held.rows = max(held.rows, len(self._buffered_items))
        return written

    monkeypatch.setattr(BufferedDataWriter, "write_data_item", write_and_measure)
    with running_sandbox(jobs=600) as session:
        settings: dict[str, Any] = {**session.settings, "active": "Any", "decimals": True}

        @contextmanager
        def counted() -> Iterator[ServiceTitan]:
            with ServiceTitan(**settings) as st:
                with held.lock:
                    held.reading += 1
                    held.streams = max(held.streams, held.reading)
                try:
                    yield st
                finally:
                    with held.lock:
                        held.reading -= 1

        database = tmp_path / "bounded.duckdb"
        pipeline = dlt.pipeline(
            pipeline_name="st_bounded",
            pipelines_dir=str(tmp_path / "pipelines"),
            destination=dlt.destinations.duckdb(str(database)),
            dataset_name="st",
        )
        with bounded_memory():
            pipeline.run(source([counted], list(BOUNDED_STREAMS)), loader_file_format="parquet")  # type: ignore[list-item]
    tenant = session.sandbox.tenant(DEFAULT_TENANT)
    with duckdb.connect(str(database), read_only=True) as db:
        for table, collection in BOUNDED_STREAMS.items():
            found = db.execute(f"select count(*), count(distinct id) from st.{table}").fetchall()  # noqa: S608
            assert found == [(len(tenant[collection]),) * 2], table
    # A new stream starts only while PARALLEL_STREAMS are busy, so one more than that may have started.
    assert len(BOUNDED_STREAMS) > 2 * PARALLEL_STREAMS
    assert 0 < held.streams <= PARALLEL_STREAMS + 1
    assert max(len(tenant[collection]) for collection in BOUNDED_STREAMS.values()) > NORMALIZE_BUFFER
    assert 0 < held.rows < NORMALIZE_BUFFER


def file_rows(info: Any, table: str) -> list[int]:
    """The rows of each load file of `table` in the last load."""
    jobs = info.load_packages[0].jobs["completed_jobs"]
    return sorted(pq.read_metadata(job.file_path).num_rows for job in jobs if job.job_file_info.table_name == table)


def test_a_table_is_written_in_load_files_of_at_most_file_rows_under_bounded_memory(tmp_path: Path) -> None:
    """A Parquet writer keeps every row group's metadata until its file closes, and DuckDB copies a file in one
    transaction, so one file per table made both grow with the table: under `bounded_memory()` files rotate."""
    rows = [{"id": number, "name": f"record {number}"} for number in range(2 * FILE_ROWS + 5)]
    with bounded_memory():
        bounded = plain_pipeline(tmp_path, "st_rotated").run(rows, table_name="rows", loader_file_format="parquet")
    assert file_rows(bounded, "rows") == [5, FILE_ROWS, FILE_ROWS]
    whole = plain_pipeline(tmp_path, "st_whole").run(rows, table_name="rows", loader_file_format="parquet")
    assert file_rows(whole, "rows") == [len(rows)]


def test_bounded_memory_copies_at_most_load_workers_files_into_duckdb_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """dlt copies 20 load files at once by default, each holding its data in DuckDB's memory."""
    lock, copying, most = threading.Lock(), [0], [0]
    copy = DuckDbCopyJob.run

    def copy_and_count(self: Any) -> None:
        with lock:
            copying[0] += 1
            most[0] = max(most[0], copying[0])
        try:
            threading.Event().wait(0.2)  # long enough for the loader to start every copy it is allowed to
            copy(self)
        finally:
            with lock:
                copying[0] -= 1

    monkeypatch.setattr(DuckDbCopyJob, "run", copy_and_count)
    tables = [dlt.resource([{"id": 1}], name=f"table_{number}") for number in range(3 * LOAD_WORKERS)]
    with bounded_memory():
        plain_pipeline(tmp_path, "st_workers").run(tables, loader_file_format="parquet")
    assert most[0] == LOAD_WORKERS
    most[0] = 0
    plain_pipeline(tmp_path, "st_default").run(tables, loader_file_format="parquet")
    assert most[0] > LOAD_WORKERS


def test_tenants_alternate_stream_by_stream() -> None:
    """Streams start in the source's order (a few at a time under `bounded_memory()`): stream by stream, each for
    every tenant, so that tenants load side by side rather than one after the other."""
    tenants = [lambda tenant=tenant: ServiceTitanStub(tenant) for tenant in (1, 2)]
    built = source(tenants, ["jpm_jobs", "crm_customers"])  # type: ignore[list-item]
    assert list(built.resources) == [
        "jpm_jobs_tenant_1",
        "jpm_jobs_tenant_2",
        "crm_customers_tenant_1",
        "crm_customers_tenant_2",
    ]


class ServiceTitanStub:
    """Enough of a client for `source()` to learn its tenant; nothing is read from it."""

    def __init__(self, tenant: int) -> None:
        self.tenant = tenant

    def __enter__(self) -> ServiceTitanStub:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


class CountingTransport(httpx.HTTPTransport):
    """Counts the requests to one path."""

    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path
        self.count = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith(self.path):
            self.count += 1
        return super().handle_request(request)


def test_the_incremental_state_does_not_grow_with_the_pages_read(loaded: Loaded, tmp_path: Path) -> None:
    """dlt keeps, per stream, the bookmark and the hashes of the records at it (one here: every seeded job has its
    own `modifiedOn`), and a feed its token: the same after 8 pages of jobs as after 2."""
    kept = {}
    for page_size in (40, 10):
        jobs = CountingTransport(f"/tenant/{DEFAULT_TENANT}/jobs")
        pipeline = dlt.pipeline(
            pipeline_name=f"st_pages_{page_size}",
            pipelines_dir=str(tmp_path / "pipelines"),
            destination=dlt.destinations.duckdb(str(tmp_path / f"pages-{page_size}.duckdb")),
            dataset_name="st",
        )
        settings = {**loaded.settings, "page_size_limits": {"Jobs_GetList": page_size}, "transport": jobs}
        pipeline.run(source([settings], ["jpm_jobs", "jpm_export_jobs"]))
        state = pipeline.state["sources"]["servicetitan"]["resources"]
        kept[jobs.count] = (
            len(state["jpm_jobs"]["incremental"]["modifiedOn"]["unique_hashes"]),
            sorted(state["jpm_export_jobs"]),
        )
    few, many = sorted(kept)
    assert many > 2 * few
    assert kept[few] == kept[many] == (1, ["continue_from"])


def test_a_list_without_ids_is_replaced_per_tenant_on_every_run_not_appended(tmp_path: Path) -> None:
    """A list whose records have no `id` is read whole on every run. Appended, each rerun added every row again
    (payroll location rates: 2 rows, then 4); now each run replaces that tenant's rows, and only that tenant's."""
    rates = {DEFAULT_TENANT: [{"locationId": 1, "rate": 10.5}, {"locationId": 2, "rate": 11.0}], 7: [{"locationId": 9}]}

    def tenant(tenant_id: int) -> dict[str, Any]:
        def answer(request: httpx.Request) -> httpx.Response:
            assert request.url.path.endswith("/locations/rates")
            body = {"page": 1, "pageSize": 5000, "hasMore": False, "totalCount": 2, "data": rates[tenant_id]}
            return httpx.Response(200, json=body)

        return {**mocked_tenant(answer), "tenant": tenant_id}

    stream = "payroll_location_labor_type_get_list_by_locations"
    pipeline = plain_pipeline(tmp_path, "st_keyless")

    def rows() -> list[tuple[Any, ...]]:
        with duckdb.connect(str(tmp_path / "st_keyless.duckdb"), read_only=True) as db:
            query = "select tenant_id, location_id from st.payroll_location_labor_type_get_list_by_locations"
            return sorted(db.execute(query).fetchall())

    pipeline.run(source([tenant(DEFAULT_TENANT), tenant(7)], [stream]))
    assert rows() == [(7, 9), (DEFAULT_TENANT, 1), (DEFAULT_TENANT, 2)]
    pipeline.run(source([tenant(DEFAULT_TENANT), tenant(7)], [stream]))
    assert rows() == [(7, 9), (DEFAULT_TENANT, 1), (DEFAULT_TENANT, 2)]
    # One tenant loaded alone replaces its own rows and leaves the other tenant's.
    rates[DEFAULT_TENANT] = [{"locationId": 3}]
    pipeline.run(source([tenant(DEFAULT_TENANT)], [stream]))
    assert rows() == [(7, 9), (DEFAULT_TENANT, 3)]
