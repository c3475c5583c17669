"""`servicetitan.frames`: records of any page, stream or feed as one Arrow table, or batch by batch."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pandas as pd
import polars as pl
import pyarrow.parquet as pq
import pytest

from servicetitan import ServiceTitan
from servicetitan.frames import record_batches, to_arrow, write_parquet
from servicetitan.testing.sandbox import running_sandbox


@pytest.fixture
def st() -> Iterator[ServiceTitan]:
    with running_sandbox(jobs=30) as session:
        yield session.client


def test_a_fetch_all_stream_becomes_one_table_of_every_record(st: ServiceTitan) -> None:
    records = list(st.jpm.jobs.get_list(fetch_all=True, as_dicts=True))
    table = to_arrow(st.jpm.jobs.get_list(fetch_all=True, as_dicts=True), batch_size=7)
    assert table.num_rows == len(records) == 30
    assert table.column("id").to_pylist() == [record["id"] for record in records]


def test_typed_records_convert_through_their_api_field_names(st: ServiceTitan) -> None:
    typed = to_arrow(st.jpm.jobs.get_list(fetch_all=True))
    plain = to_arrow(st.jpm.jobs.get_list(fetch_all=True, as_dicts=True))
    assert "jobNumber" in typed.column_names
    assert typed.column("jobNumber").to_pylist() == plain.column("jobNumber").to_pylist()


def test_batches_stream_and_differing_types_are_unified() -> None:
    rows = [{"id": 1, "address": None}, {"id": 2, "address": {"city": "Irvine"}}, {"id": 3, "address": None}]
    batches = list(record_batches(rows, batch_size=1))
    assert [batch.num_rows for batch in batches] == [1, 1, 1]
    assert to_arrow(rows, batch_size=1).to_pylist() == rows
    assert to_arrow([]).num_rows == 0
    with pytest.raises(ValueError, match="batch_size must be at least 1"):
        list(record_batches(rows, batch_size=0))


BEYOND_FLOAT = Decimal("12345678901234567.89")


@pytest.fixture
def invoices() -> list[dict[str, Any]]:
    """Every invoice as dicts read with `decimals=True`; the first has a total past float precision and no
    summary."""
    with running_sandbox(jobs=30) as session:
        store = session.sandbox.records("accounting", "Invoices_GetList")
        store.modify(next(store.ids()), total=str(BEYOND_FLOAT), summary=None)
        with ServiceTitan(**session.settings, decimals=True) as client:
            records: list[dict[str, Any]] = list(client.accounting.invoices.get_list(fetch_all=True, as_dicts=True))
    assert records[0]["total"] == BEYOND_FLOAT
    assert records[0]["summary"] is None
    return records


def test_pandas_from_arrow_keeps_money_exact_nulls_and_nested_fields(invoices: list[dict[str, Any]]) -> None:
    frame = to_arrow(invoices, batch_size=7).to_pandas()
    assert len(frame) == len(invoices)
    assert frame["id"].tolist() == [record["id"] for record in invoices]
    for column in ("total", "subTotal", "balance"):
        values = frame[column].tolist()
        assert all(type(value) is Decimal for value in values)
        assert values == [record[column] for record in invoices]
    assert pd.isna(frame["summary"][0])
    assert frame["summary"].tolist()[1:] == [record["summary"] for record in invoices[1:]]
    assert [pd.isna(value) for value in frame["projectId"]] == [record["projectId"] is None for record in invoices]
    assert frame["customer"].tolist() == [record["customer"] for record in invoices]
    assert [list(items) for items in frame["items"]] == [record["items"] for record in invoices]


def test_polars_from_arrow_keeps_money_exact_nulls_and_nested_fields(invoices: list[dict[str, Any]]) -> None:
    frame = pl.from_arrow(to_arrow(invoices, batch_size=7))
    assert isinstance(frame, pl.DataFrame)
    assert frame.height == len(invoices)
    assert isinstance(frame.schema["total"], pl.Decimal)
    for column in ("total", "subTotal", "balance", "summary", "projectId", "customer", "items"):
        assert frame[column].to_list() == [record[column] for record in invoices]


def test_streamed_batches_convert_one_by_one_to_the_same_frame(invoices: list[dict[str, Any]]) -> None:
    batches = list(record_batches(invoices, batch_size=7))
    assert [batch.num_rows for batch in batches] == [7, 7, 7, 7, 2]
    whole = to_arrow(invoices).to_pandas()
    pieces = pd.concat([batch.to_pandas() for batch in batches], ignore_index=True)
    assert pieces["total"].tolist() == whole["total"].tolist()
    assert pieces["id"].tolist() == whole["id"].tolist()


def test_a_parquet_file_is_written_a_batch_at_a_time_with_the_schema_that_holds_every_batch(tmp_path: Path) -> None:
    """`write_parquet` holds one batch at a time (one row group each), not the whole export, and writes them with
    the schema that holds every batch (unified as `to_arrow` unifies them)."""
    rows: list[dict[str, Any]] = [
        {"id": 1, "total": 1, "address": None},
        {"id": 2, "total": 2.5, "address": {"city": "Irvine"}},
        {"id": 3, "total": None, "address": {"city": "Tustin", "zip": "92780"}, "late": True},
        {"id": 4, "total": 7, "address": None},
    ]

    path = tmp_path / "out.parquet"
    assert write_parquet(iter(rows), path, batch_size=1) == len(rows)
    written = pq.ParquetFile(path)
    assert written.metadata.num_row_groups == len(rows)
    assert written.schema_arrow == to_arrow(rows, batch_size=1).schema
    assert written.read().to_pylist() == to_arrow(rows, batch_size=1).to_pylist()
    assert sorted(item.name for item in tmp_path.iterdir()) == ["out.parquet"]  # the batches kept are gone

    empty = tmp_path / "empty.parquet"
    assert write_parquet(iter(()), empty) == 0
    assert pq.read_table(empty).num_rows == 0


def test_a_parquet_write_that_fails_leaves_no_batch_behind(tmp_path: Path) -> None:
    def records() -> Iterator[dict[str, Any]]:
        yield {"id": 1}
        raise RuntimeError("the staged file ended in the middle of a line")

    with pytest.raises(RuntimeError, match="ended in the middle"):
        write_parquet(records(), tmp_path / "out.parquet", batch_size=1)
    assert list(tmp_path.iterdir()) == []
