"""`servicetitan export --format csv|parquet`: what writing the file costs on the path it takes (the records as the
API sent them), against the spec-typed Arrow path of `servicetitan sync --arrow` (`frames.typed_table`), on the
same records in the same run. It decides where the export shares the Arrow path: only where that is faster.

    python bench/bench_formats.py [--jobs 100000] [--rounds 3]

The jobs are read once from a sandbox process (`as_dicts`, every page) and kept as the JSON text of each record,
as the Parquet export stages them. Each round then writes every record, in batches of 5,000, five ways (the order
rotated every round), and takes the CPU time of each (`time.process_time`, this process alone):

- csv, text path (what the export does): each record decoded (`json.loads`), flattened and written as text by
  `servicetitan.cli.export.PageWriter` (values as the API sent them);
- csv, text, before: the same with each cell made by `json.dumps` with options, as the export did before (the
  same text);
- csv, Arrow path: each record decoded with exact money (`Decimal`), typed by the spec (`typed_table`), nested
  lists as JSON text, written by `pyarrow.csv`;
- parquet, text path (what the export does): decoded (`json.loads`) into Arrow batches of inferred types and
  written once the schema that holds every batch is known (`servicetitan.frames.write_parquet`);
- parquet, Arrow path: decoded with exact money, typed by the spec, nested lists as JSON text, one Parquet writer.

Printed: the CPU of each, and per round the Arrow path's over the text path's, per format.
"""

from __future__ import annotations

import argparse
import importlib
import io
import itertools
import json
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.csv as arrow_csv
import pyarrow.parquet as pq
from bench_actions import client, sandbox_process
from measure import Spread, interleaved, ratios

from servicetitan import frames
from servicetitan.cli.export import PageWriter, target
from servicetitan.dlt import catalog_streams, money_converter, stream_layout

# The module (`servicetitan.cli.export` as an attribute is the click command of that name).
export = importlib.import_module("servicetitan.cli.export")
BATCH = 5000
TARGET = "jpm.jobs"
STREAM = "jpm_jobs"
EXACT = json.JSONDecoder(parse_float=Decimal)


def read_lines(jobs: int) -> list[str]:
    """Every job of a sandbox tenant of `jobs` jobs, as the JSON text of each record."""
    with sandbox_process(jobs) as base_url, client(base_url) as st:
        return [json.dumps(record) for record in st.jpm.jobs.get_list(fetch_all=True, as_dicts=True)]


def batches(lines: list[str]) -> Iterator[list[str]]:
    it = iter(lines)
    while chunk := list(itertools.islice(it, BATCH)):
        yield chunk


class Typed:
    """The sync's Arrow path for one stream: records decoded with exact money, typed by the spec, nested lists as
    JSON text (a CSV cell or one Parquet column of a stable type)."""

    def __init__(self) -> None:
        operation = catalog_streams()[STREAM].operation
        self.layout = stream_layout(operation.domain, operation.operation_id)
        self.convert = money_converter(operation.domain, operation.operation_id)
        self.names = [column.name for column in self.layout.columns]

    def table(self, chunk: list[str]) -> pa.Table:
        records = [EXACT.decode(line) for line in chunk]
        if self.convert is not None:
            for record in records:
                self.convert(record)
        table = frames.typed_table(records, self.layout, keep=self.names)
        for name in self.layout.nested:
            index = table.column_names.index(name)
            texts = [None if value is None else json.dumps(value) for value in table.column(index).to_pylist()]
            table = table.set_column(index, name, pa.array(texts, pa.string()))
        return table


def csv_text(lines: list[str]) -> int:
    writer = PageWriter("csv", target(TARGET).spec)
    out = io.BytesIO()
    out.write(writer.header())
    for chunk in batches(lines):
        out.write(writer.page([json.loads(line) for line in chunk]))
    return out.getvalue().count(b"\n") - 1


def dumps_per_cell(value: Any) -> str:
    """A CSV cell as the export made it before (one `json.dumps` with options per value), the same text."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, default=str)


def csv_text_before(lines: list[str]) -> int:
    made = export.cell
    export.cell = dumps_per_cell
    try:
        return csv_text(lines)
    finally:
        export.cell = made


def csv_arrow(lines: list[str]) -> int:
    typed, out, rows = Typed(), io.BytesIO(), 0
    for number, chunk in enumerate(batches(lines)):
        table = typed.table(chunk)
        arrow_csv.write_csv(table, out, arrow_csv.WriteOptions(include_header=number == 0))
        rows += table.num_rows
    return rows


def parquet_text(lines: list[str], folder: Path) -> int:
    return frames.write_parquet((json.loads(line) for line in lines), folder / "text.parquet")


def parquet_arrow(lines: list[str], folder: Path) -> int:
    typed, writer, rows = Typed(), None, 0
    try:
        for chunk in batches(lines):
            table = typed.table(chunk)
            writer = writer or pq.ParquetWriter(folder / "arrow.parquet", table.schema)
            writer.write_table(table, row_group_size=BATCH)
            rows += table.num_rows
    finally:
        if writer is not None:
            writer.close()
    return rows


def cpu_of(write: Callable[[], int], expected: int) -> Callable[[], float]:
    def measured() -> float:
        started = time.process_time()
        rows = write()
        spent = time.process_time() - started
        if rows != expected:
            raise SystemExit(f"a writer wrote {rows} rows of {expected}")
        return spent

    return measured


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    lines = read_lines(args.jobs)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        writers = {
            "csv, text path": cpu_of(lambda: csv_text(lines), len(lines)),
            "csv, text, before": cpu_of(lambda: csv_text_before(lines), len(lines)),
            "csv, Arrow path": cpu_of(lambda: csv_arrow(lines), len(lines)),
            "parquet, text path": cpu_of(lambda: parquet_text(lines, folder), len(lines)),
            "parquet, Arrow path": cpu_of(lambda: parquet_arrow(lines, folder), len(lines)),
        }
        for write in writers.values():  # one unmeasured pass of each: imports and first-use caches
            write()
        results = interleaved(writers, args.rounds)
    print(f"export of {len(lines):,} {TARGET} records, written ({args.rounds} interleaved rounds; CPU of this process)")
    for name, spent in results.items():
        print(f"  {name:<20} {Spread.of(spent).show(' s')}, {len(lines) / Spread.of(spent).median:,.0f} records/s")
    before = ratios(results["csv, text path"], results["csv, text, before"])
    print(f"  csv: text path / the same with json.dumps per cell (before) x{before.show()}")
    for fmt in ("csv", "parquet"):
        ratio = ratios(results[f"{fmt}, Arrow path"], results[f"{fmt}, text path"])
        faster = "the Arrow path is faster" if ratio.high < 1 else "the Arrow path is not faster in every round"
        print(f"  {fmt}: Arrow path / text path x{ratio.show()}: {faster}")


if __name__ == "__main__":
    sys.exit(main())
