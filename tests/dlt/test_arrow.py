"""The Arrow path of the dlt source (`source(arrow=True)`): each batch of records goes to dlt as an Arrow table
typed from the spec. The whole sandbox tenant, with the production profile's odd records, loads into
DuckDB with the rows and column types of the row path; nested lists are nested (JSON) columns instead of child
tables, holding the same items. Reruns stay incremental and the state keeps its form."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import dlt
import duckdb
import httpx
import pytest

from servicetitan import ServiceTitan
from servicetitan.dlt import CURSOR, catalog_streams, source, stream_layout
from servicetitan.frames import ColumnKind, OddValues, timestamps, typed_table
from servicetitan.sandbox import DEFAULT_TENANT
from servicetitan.testing.sandbox import running_sandbox

from .test_source import mocked_tenant

JOBS = 30


def pipeline_into(folder: Path, name: str) -> Any:
    return dlt.pipeline(
        pipeline_name=f"st_{name}",
        pipelines_dir=str(folder / "pipelines"),
        destination=dlt.destinations.duckdb(str(folder / f"{name}.duckdb")),
        dataset_name="st",
    )


def columns(db: duckdb.DuckDBPyConnection, table: str) -> dict[str, str]:
    found = db.execute(
        "select column_name, data_type from information_schema.columns where table_schema = 'st' and table_name = ?",
        [table],
    ).fetchall()
    return {name: kind for name, kind in found if not name.startswith("_dlt")}


def tables(db: duckdb.DuckDBPyConnection) -> set[str]:
    found = db.execute("select table_name from duckdb_tables() where schema_name = 'st'").fetchall()
    return {name for (name,) in found if not name.startswith("_dlt")}


def rows(db: duckdb.DuckDBPyConnection, table: str, names: list[str]) -> list[str]:
    selected = ", ".join(f'"{name}"' for name in names)
    return sorted(map(repr, db.execute(f"select {selected} from st.{table}").fetchall()))  # noqa: S608


def child_rows(db: duckdb.DuckDBPyConnection, table: str) -> int:
    return int(db.execute(f"select count(*) from st.{table}").fetchall()[0][0])  # noqa: S608


def nested_items(db: duckdb.DuckDBPyConnection, table: str, column: str) -> int:
    values = db.execute(f'select "{column}" from st.{table} where "{column}" is not null').fetchall()  # noqa: S608
    return sum(len(json.loads(value)) for (value,) in values)


def assert_same_load(rows_db: Path, arrow_db: Path) -> None:
    """Every table of the row path, on the Arrow path: a stream's own table with the same columns, types and
    rows, plus a JSON column per nested list; a child table of the row path (`jpm_jobs__custom_fields`) as the
    JSON column of its list, holding as many items as it has rows."""
    with (
        duckdb.connect(str(rows_db), read_only=True) as by_rows,
        duckdb.connect(str(arrow_db), read_only=True) as by_arrow,
    ):
        row_tables, arrow_tables = tables(by_rows), tables(by_arrow)
        assert {table for table in row_tables if "__" not in table} == arrow_tables
        for table in sorted(arrow_tables):
            row_columns, arrow_columns = columns(by_rows, table), columns(by_arrow, table)
            extra = {name: kind for name, kind in arrow_columns.items() if name not in row_columns}
            # dlt makes a column of a field only once a row holds a value: the nested lists the row path
            # made child tables of (or left out, when empty everywhere) are the Arrow path's only extra columns.
            assert set(extra.values()) <= {"JSON"}, (table, extra)
            common = {name: kind for name, kind in arrow_columns.items() if name in row_columns}
            assert common == {name: row_columns[name] for name in common}, table
            assert set(row_columns) <= set(arrow_columns), (table, set(row_columns) - set(arrow_columns))
            names = sorted(common)
            assert rows(by_rows, table, names) == rows(by_arrow, table, names), table
            for column in extra:
                child = f"{table}__{column}"
                loaded = child_rows(by_rows, child) if child in row_tables else 0
                assert nested_items(by_arrow, table, column) == loaded, child


def test_money_is_one_definition_including_the_amounts_sent_as_text() -> None:
    """`format: decimal` numbers and the invoice amounts the documents declare as text are DECIMAL columns alike,
    as the row path's money converter decides; timestamps, integers and booleans keep their types."""
    invoices = catalog_streams()["accounting_export_invoices"].operation
    kinds = {column.name: column.kind for column in stream_layout(invoices.domain, invoices.operation_id).columns}
    assert kinds["total"] == kinds["balance"] == kinds["salesTaxCode__taxRate"] == ColumnKind.MONEY
    assert kinds["modifiedOn"] == ColumnKind.TIMESTAMP
    assert kinds["job__id"] == ColumnKind.INTEGER
    assert kinds["active"] == ColumnKind.BOOLEAN
    assert kinds["items"] == ColumnKind.NESTED


def test_an_object_referenced_directly_is_flattened_as_dlt_flattens_it() -> None:
    """`sku: {$ref: SkuModel}` (no `oneOf` around it) is flattened into `sku__display_name` columns as dlt does on
    the row path, not left as a column of no declared type (which sent every batch of the stream to dlt as
    rows)."""
    streams = catalog_streams()
    for name, field, inner in (
        ("salestech_estimates_get_items", "sku", "displayName"),
        ("accounting_payment_terms", "interestSettings", "flatRateValue"),
        ("telecom_calls_calls", "leadCall", "active"),
    ):
        operation = streams[name].operation
        kinds = {column.name: column.kind for column in stream_layout(operation.domain, operation.operation_id).columns}
        assert field not in kinds, name
        assert f"{field}__{inner}" in kinds, name


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("2024-01-09T18:32:41.6833333Z", "2024-01-09 18:32:41.683333+00:00"),
        ("2024-01-09T18:32:41.6833339+02:00", "2024-01-09 16:32:41.683333+00:00"),
        ("1969-12-31T23:59:59.9999999Z", "1969-12-31 23:59:59.999999+00:00"),
        ("0001-01-01T00:00:00Z", "0001-01-01 00:00:00+00:00"),
        ("2024-01-01T00:00:00", "2024-01-01 00:00:00+00:00"),
        ("2262-04-12T00:00:00.1234567Z", "2262-04-12 00:00:00.123456+00:00"),
    ],
)
def test_timestamps_cut_to_microseconds_as_dlt_cuts_them_alone_and_in_a_batch(text: str, read: str) -> None:
    """Seven fraction digits (as the API sends them) are cut, not rounded, also before 1970 and outside the years a
    nanosecond timestamp holds; a text without a zone is UTC."""
    assert [str(value) for value in timestamps([text])] == [read]
    batch = ["2024-01-09T18:32:41.6833333Z", text, None]
    assert [str(value) for value in timestamps(batch)] == ["2024-01-09 18:32:41.683333+00:00", read, "None"]


def test_a_fraction_in_an_integer_column_is_refused_not_cut() -> None:
    """Arrow casts 2.5 into an integer column as 2; the batch is refused instead, and goes to dlt as rows."""
    customers = catalog_streams()["crm_customers"].operation
    layout = stream_layout(customers.domain, customers.operation_id)
    with pytest.raises(OddValues, match="mergedToId: Decimal values"):
        typed_table([{"id": 1, "mergedToId": Decimal("2.5")}], layout)
    table = typed_table([{"id": 1, "mergedToId": 2, "modifiedOn": "2024-01-09T18:32:41.6833333Z"}], layout)
    assert table.column("mergedToId").to_pylist() == [2]
    assert str(table.column("modifiedOn")[0]) == "2024-01-09 18:32:41.683333+00:00"


def test_a_first_batch_handed_on_as_rows_is_converted_as_the_row_path_converts_it(tmp_path: Path) -> None:
    """The Arrow path reads money already exact and converts only dates; a batch it hands to dlt as rows gets the
    row path's whole conversion (an amount in text, an integer amount: Decimals), so that dlt, meeting the table
    first through it, makes the columns the row path makes."""
    page = {"hasMore": False, "continueFrom": "done", "data": [
        {"id": 1, "name": "Ada", "balance": "99.10", "newField": "surprise", "modifiedOn": "2024-03-01T00:00:00Z"},
        {"id": 2, "name": "Bo", "balance": 7, "modifiedOn": "2024-03-02T00:00:00Z"},
    ]}  # fmt: skip
    for name, arrow in (("rows", False), ("arrow", True)):
        settings = mocked_tenant(lambda request: httpx.Response(200, json=page))
        pipeline_into(tmp_path, name).run(source([settings], ["crm_export_customers"], arrow=arrow))
    assert_same_load(tmp_path / "rows.duckdb", tmp_path / "arrow.duckdb")
    with duckdb.connect(str(tmp_path / "arrow.duckdb"), read_only=True) as db:
        assert columns(db, "crm_export_customers")["balance"].startswith("DECIMAL")


ODD_PAGES = {
    None: {"hasMore": True, "continueFrom": "token-2", "data": [
        {"id": 1, "name": "Ada", "active": True, "balance": 12.5, "type": "Residential",
         "address": {"street": "1 Main", "city": "Austin", "latitude": 30.25},
         "customFields": [{"typeId": 7, "name": "Gate", "value": "42"}],
         "createdOn": "2024-01-01T00:00:00Z", "modifiedOn": "2024-03-01T00:00:00.1234567Z"},
        {"id": 2, "name": None, "active": True, "balance": None, "type": "Residential",
         "createdOn": "2024-01-01T00:00:00", "modifiedOn": "2024-03-02T00:00:00Z"},
    ]},
    "token-2": {"hasMore": False, "continueFrom": "token-3", "data": [
        # An enum value the documents do not list, a field they do not declare, a number where text is declared,
        # money as text, money that is no amount, and a timestamp without a zone.
        {"id": 3, "name": 17, "active": False, "balance": "99.10", "type": "Robot", "newField": "surprise",
         "createdOn": "2024-01-01T00:00:00", "modifiedOn": "2024-03-03T00:00:00"},
        {"id": 4, "name": "Bo", "active": True, "balance": "N/A", "type": "Commercial",
         "createdOn": "2024-01-01T00:00:00Z", "modifiedOn": "2024-03-04T00:00:00Z"},
    ]},
    "token-3": {"hasMore": False, "continueFrom": "token-3", "data": []},
}  # fmt: skip


def test_odd_records_load_as_the_row_path_loads_them(tmp_path: Path) -> None:
    """A batch that does not fit the spec goes to dlt as rows, beside the Arrow batches of the same table: the
    same rows and types as the row path, the amount that is no amount in dlt's variant column as there."""
    for name, arrow in (("rows", False), ("arrow", True)):
        settings = mocked_tenant(lambda request: httpx.Response(200, json=ODD_PAGES[request.url.params.get("from")]))
        pipeline_into(tmp_path, name).run(source([settings], ["crm_export_customers"], arrow=arrow))
    assert_same_load(tmp_path / "rows.duckdb", tmp_path / "arrow.duckdb")
    with duckdb.connect(str(tmp_path / "arrow.duckdb"), read_only=True) as db:
        loaded = db.execute("select id, balance, balance__v_text, new_field from st.crm_export_customers order by id")
        assert loaded.fetchall() == [
            (1, Decimal("12.5"), None, None),
            (2, None, None, None),
            (3, Decimal("99.1"), None, "surprise"),
            (4, None, "N/A", None),
        ]


def test_a_rerun_loads_only_what_changed_and_keeps_the_state_as_the_row_path_keeps_it(tmp_path: Path) -> None:
    with running_sandbox(jobs=JOBS) as session:
        settings = dict(session.settings)
        pipeline = pipeline_into(tmp_path, "arrow")
        streams = ["jpm_jobs", "jpm_export_jobs"]
        pipeline.run(source([settings], streams, arrow=True))
        first = pipeline.last_trace.last_normalize_info.row_counts
        jobs = len(session.sandbox.tenant(DEFAULT_TENANT)["jobs"])
        assert first["jpm_jobs"] == first["jpm_export_jobs"] == jobs
        state = pipeline.state["sources"]["servicetitan"]["resources"]
        # The bookmark is the text the API sent, as on the row path: either path goes on from the other's state.
        assert isinstance(state["jpm_jobs"]["incremental"][CURSOR]["last_value"], str)
        assert state["jpm_export_jobs"]["continue_from"]
        pipeline.run(source([settings], streams, arrow=True))
        again = pipeline.last_trace.last_normalize_info.row_counts
        assert again.get("jpm_jobs", 0) == 0
        assert again.get("jpm_export_jobs", 0) == 0
        with ServiceTitan(**settings) as st:
            job = next(iter(st.jpm.jobs.get_list(page_size=1, as_dicts=True).records))
            st.jpm.jobs.update(id=job["id"], summary="changed on the Arrow path")
        pipeline.run(source([settings], streams, arrow=True))
        changed = pipeline.last_trace.last_normalize_info.row_counts
        assert changed["jpm_jobs"] == 1
    with duckdb.connect(str(tmp_path / "arrow.duckdb"), read_only=True) as db:
        assert db.execute("select count(*), count(distinct id) from st.jpm_jobs").fetchall() == [(jobs, jobs)]
        summary = db.execute("select summary from st.jpm_jobs where id = ?", [job["id"]]).fetchall()
        assert summary == [("changed on the Arrow path",)]
        kinds = dict(db.execute(
            "select column_name, data_type from information_schema.columns where table_name = 'jpm_jobs'"
        ).fetchall())  # fmt: skip
        assert kinds["modified_on"] == "TIMESTAMP WITH TIME ZONE"


def test_several_tenants_load_one_table_each_with_its_own_resource_and_state(tmp_path: Path) -> None:
    with running_sandbox(jobs=JOBS) as session:
        tenants = [{**session.settings, "tenant": tenant} for tenant in (DEFAULT_TENANT, DEFAULT_TENANT + 1)]
        built = source(tenants, ["jpm_jobs"], arrow=True)
        assert sorted(built.resources) == [f"jpm_jobs_tenant_{DEFAULT_TENANT}", f"jpm_jobs_tenant_{DEFAULT_TENANT + 1}"]
        pipeline = pipeline_into(tmp_path, "tenants")
        pipeline.run(built)
        assert pipeline.last_trace.last_normalize_info.row_counts["jpm_jobs"] == 2 * JOBS
        pipeline.run(source(tenants, ["jpm_jobs"], arrow=True))
        assert pipeline.last_trace.last_normalize_info.row_counts.get("jpm_jobs", 0) == 0
    with duckdb.connect(str(tmp_path / "tenants.duckdb"), read_only=True) as db:
        counts = db.execute("select tenant_id, count(*), count(distinct id) from st.jpm_jobs group by 1 order by 1")
        assert counts.fetchall() == [(DEFAULT_TENANT, JOBS, JOBS), (DEFAULT_TENANT + 1, JOBS, JOBS)]


def _text_money_streams() -> list[str]:
    """The sandbox tenant's streams whose records are a component that sends amounts as text."""
    from servicetitan._catalog import schema_name
    from servicetitan._parsing import MONEY_AS_TEXT, item_schema
    from servicetitan.cli.sync import sandbox_streams

    found = []
    for name in sandbox_streams():
        operation = catalog_streams()[name].operation
        item = item_schema(operation.domain, operation.success_schema()) or {}
        if schema_name(item) in MONEY_AS_TEXT:
            found.append(name)
    return found


def test_the_amounts_sent_as_text_go_to_dlt_as_arrow_tables(tmp_path: Path) -> None:
    """The sandbox sends text amounts as production does ("123.45"), and the Arrow path types them as DECIMAL:
    every batch of those streams reaches dlt as an Arrow table (a Parquet file in the extracted package), none as
    rows (a JSONL file), and the amounts load as DECIMAL."""
    streams = _text_money_streams()
    assert {"accounting_export_invoice_items", "accounting_inventory_bills"} <= set(streams)
    pipeline = pipeline_into(tmp_path, "text_money")
    with running_sandbox(jobs=JOBS) as session:
        pipeline.extract(source([dict(session.settings)], streams, arrow=True))
        files = [path.name for path in (tmp_path / "pipelines").rglob("*") if path.is_file()]
        for name in streams:
            written = [file for file in files if file.startswith(f"{name}.")]
            assert written, name
            assert all(file.endswith(".parquet") for file in written), (name, written)
        pipeline.normalize()
        pipeline.load()
    with duckdb.connect(str(tmp_path / "text_money.duckdb"), read_only=True) as db:
        assert columns(db, "accounting_export_invoice_items")["cost"].startswith("DECIMAL")
        assert columns(db, "accounting_inventory_bills")["bill_amount"].startswith("DECIMAL")
