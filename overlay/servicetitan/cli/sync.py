"""`servicetitan sync`: the dlt source (`servicetitan.dlt`) into DuckDB, incrementally.

Load files are Parquet (pyarrow), which DuckDB reads in a bounded amount of memory. The load runs under
`servicetitan.dlt.bounded_memory()`, and DuckDB is held to `DUCKDB_MEMORY_LIMIT` (it spills to a temporary
directory beside the database past it), so a few streams are held at a time rather than the tenant. The
pipeline keeps its working state in `.servicetitan-dlt/` beside the DuckDB file (and dlt keeps a copy of the
state in the database itself), so a rerun of the same command loads only what changed. With `--sandbox`, the
default streams are the ones the sandbox serves.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from servicetitan.errors import ServiceTitanError

from .settings import Connection, Options, SettingsError, connected, tenants_file

WORKING_DIR = ".servicetitan-dlt"
# DuckDB's own default is 80 % of the machine's memory, which the merge of a large table fills.
DUCKDB_MEMORY_LIMIT = "256MB"


def sandbox_streams() -> list[str]:
    from servicetitan.dlt import catalog_streams
    from servicetitan.sandbox import Sandbox

    served = set(Sandbox.implemented())
    return [
        name
        for name, stream in catalog_streams().items()
        if (stream.operation.domain, stream.operation.operation_id) in served
    ]


def _cause(error: BaseException) -> BaseException:
    """The ServiceTitan error behind a failed pipeline step, if there is one."""
    found: BaseException | None = error
    while found is not None:
        if isinstance(found, ServiceTitanError):
            return found
        found = found.__cause__ or found.__context__
    return error


def run_sync(
    options: Options,
    database: Path,
    streams: Sequence[str] | None,
    tenants: Path | None,
    since: str | None,
    dataset: str,
) -> list[str]:
    """Run one sync; returns the lines to print (rows loaded per table)."""
    if tenants is not None:
        if options.sandbox:
            raise SettingsError("--tenants and --sandbox exclude each other")
        options.load_env_file()
        return _load(tenants_file(tenants), database, streams, since, dataset)
    with connected(options) as connection:
        chosen = streams if streams is not None or not options.sandbox else sandbox_streams()
        return _load([connection], database, chosen, since, dataset)


def duckdb_destination(database: Path) -> Any:
    """The dlt DuckDB destination of `database`, held to DUCKDB_MEMORY_LIMIT."""
    import dlt
    from dlt.destinations.impl.duckdb.configuration import DuckDbCredentials

    credentials = DuckDbCredentials(str(database), global_config={"memory_limit": DUCKDB_MEMORY_LIMIT})
    return dlt.destinations.duckdb(credentials)


def _load(
    connections: Sequence[Connection], database: Path, streams: Sequence[str] | None, since: str | None, dataset: str
) -> list[str]:
    import dlt
    from dlt.pipeline.exceptions import PipelineStepFailed

    from servicetitan.dlt import bounded_memory, connector, source

    database = database.resolve()
    database.parent.mkdir(parents=True, exist_ok=True)
    built = source([connector(connection.settings) for connection in connections], streams, since)
    pipeline = dlt.pipeline(
        pipeline_name=f"servicetitan_{database.stem}",
        pipelines_dir=str(database.parent / WORKING_DIR),
        destination=duckdb_destination(database),
        dataset_name=dataset,
    )
    try:
        # Parquet load files keep DuckDB's memory flat; SQL insert files make it grow with the rows of a load.
        with bounded_memory():
            pipeline.run(built, loader_file_format="parquet")
    except PipelineStepFailed as exc:
        raise SettingsError(f"sync failed at {exc.step}: {_cause(exc)}") from None
    trace = pipeline.last_trace
    counts = trace.last_normalize_info.row_counts if trace is not None and trace.last_normalize_info else {}
    tenants = ", ".join(str(connection.tenant) for connection in connections)
    lines = [f"synced tenant(s) {tenants} into {database} (dataset {dataset})"]
    lines += [
        f"  {table}: {rows} rows loaded" for table, rows in sorted(counts.items()) if not table.startswith("_dlt")
    ]
    return lines
