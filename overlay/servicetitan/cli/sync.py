"""`servicetitan sync`: the dlt source (`servicetitan.dlt`) into DuckDB, incrementally.

Load files are Parquet (pyarrow), which DuckDB reads in a bounded amount of memory. Each step of the load
(extract, normalize, load) runs in a fresh process of its own (forked from a process that imported dlt once:
`step_context`), under `servicetitan.dlt.bounded_memory()`:
in one process the memory a step frees is not all given back to the system before the next step takes its own
(the allocators keep what was freed for reuse), so the three peaks added up. DuckDB is held to
`DUCKDB_MEMORY_LIMIT` (it spills to a temporary directory beside the database past it). The pipeline keeps its
working state in `.servicetitan-dlt/` beside the DuckDB file (and dlt keeps a copy of the state in the database
itself), so a rerun of the same command loads only what changed, and a step that failed is taken up again by
the next run. With `--sandbox`, the default streams are the ones the sandbox serves.

A merge loads its rows first into a staging dataset (`<dataset>_staging`, one table per table merged into); once
the load is done, the staging dataset is dropped and DuckDB checkpointed, so the file holds the data only (the
next run's staging tables reuse the blocks freed). A new database file is made with DuckDB blocks of
`DUCKDB_BLOCK_SIZE` (the default 256 KiB holds every table's first block, even a table of 5 rows: the sandbox
tenant's 379 tables took 101 MB in 256 KiB blocks, 10 MB in 16 KiB ones); an existing file keeps its own.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from servicetitan.errors import ServiceTitanError

from .dates import api_datetime
from .progress import EventCollector, Silent, Update
from .settings import Connection, Options, SettingsError, connected, tenants_file

WORKING_DIR = ".servicetitan-dlt"
# DuckDB's own default is 80 % of the machine's memory, which the merge of a large table fills.
DUCKDB_MEMORY_LIMIT = "256MB"
# DuckDB's smallest block; its default (262144) gives each of a few hundred small tables 256 KiB of its own.
DUCKDB_BLOCK_SIZE = 16384
STEPS = ("extract", "normalize", "load")
# How often a step's process checks that the sync that started it is still there.
PARENT_CHECK = 0.5

R = TypeVar("R")
# In a step's process: where its progress updates go (`in_own_process(..., events=...)`), if anywhere.
_events: Any = None
# What a step's process sends when its function has returned or raised: every update it sent came before.
STEP_END = "step-end"


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
    progress: Callable[[int], Silent] = lambda tenants: Silent(),
    *,
    arrow: bool | None = None,
) -> list[str]:
    """Run one sync; returns the lines to print (rows loaded per table). `since` is checked before anything
    starts (`servicetitan.cli.dates`). `progress(tenants)` makes what shows the sync as it goes
    (`servicetitan.cli.progress`), once the settings are read. `arrow`: the dlt source's Arrow path (None: as
    dlt's config says, `SOURCES__SERVICETITAN__ARROW`)."""
    if since is not None:
        since = api_datetime(since, "--since")
    if tenants is not None:
        if options.sandbox:
            raise SettingsError("--tenants and --sandbox exclude each other")
        options.load_env_file()
        return _load(tenants_file(tenants), database, streams, since, dataset, progress, arrow)
    with connected(options) as connection:
        chosen = streams if streams is not None or not options.sandbox else sandbox_streams()
        return _load([connection], database, chosen, since, dataset, progress, arrow)


def duckdb_destination(database: Path, connection: Any = None) -> Any:
    """The dlt DuckDB destination of `database`, held to DUCKDB_MEMORY_LIMIT; with `connection` (`open_database`),
    through that connection."""
    import dlt
    from dlt.destinations.impl.duckdb.configuration import DuckDbCredentials

    if connection is not None:
        return dlt.destinations.duckdb(DuckDbCredentials(connection))
    credentials = DuckDbCredentials(str(database), global_config={"memory_limit": DUCKDB_MEMORY_LIMIT})
    return dlt.destinations.duckdb(credentials)


@contextmanager
def open_database(database: Path) -> Iterator[Any]:
    """`database` open for the block, held to DUCKDB_MEMORY_LIMIT, and closed (checkpointed) at its end. The load
    step loads through it: dlt's own DuckDB pool closes the file whenever no job holds a connection and opens it
    again for the next, reading the catalog of every table each time (a whole tenant's load, some 380 jobs,
    spent most of its processor time opening and closing the file). DuckDB's buffer pool then lives for the whole
    step: the step peaked at 409 MiB for a 2,000-job tenant, against 245 MiB reopening; at 128 MB a 100,000-job
    tenant's merge ran out of memory, so the limit is the sync's own."""
    import duckdb

    connection = duckdb.connect(str(database), config={"memory_limit": DUCKDB_MEMORY_LIMIT})
    try:
        yield connection
    finally:
        connection.close()


@dataclass(frozen=True)
class Plan:
    """What one sync loads, and where: all a step's process needs (it is handed over pickled, never on a command
    line, as the tenants' settings hold secrets)."""

    tenants: tuple[Mapping[str, Any], ...] = field(repr=False)
    database: Path
    streams: tuple[str, ...] | None
    since: str | None
    dataset: str
    arrow: bool | None = None

    def pipeline(self, progress: Any = None, connection: Any = None) -> Any:
        """The dlt pipeline; `progress`: its progress collector (dlt's own default: none); `connection`: the
        open database to load through (`open_database`)."""
        import dlt

        return dlt.pipeline(
            pipeline_name=f"servicetitan_{self.database.stem}",
            pipelines_dir=str(self.database.parent / WORKING_DIR),
            destination=duckdb_destination(self.database, connection),
            dataset_name=self.dataset,
            **({} if progress is None else {"progress": progress}),
        )


def run_step(step: str, plan: Plan) -> dict[str, int]:
    """One step of `plan`, in this process; the rows per table for normalize. A failed step raises
    SettingsError, saying which step failed and why. In a process of `in_own_process(..., events=...)`, the
    step's progress goes there as it runs."""
    from dlt.pipeline.exceptions import PipelineStepFailed

    from servicetitan.dlt import bounded_memory, connector, source

    if step not in STEPS:
        raise ValueError(f"step {step!r}: give one of {', '.join(STEPS)}")
    progress = None if _events is None else EventCollector(step, _events.put)
    try:
        with bounded_memory(), ExitStack() as held:
            connection = held.enter_context(open_database(plan.database)) if step == "load" else None
            pipeline = plan.pipeline(progress, connection)
            if step == "extract":
                tenants = [connector(tenant) for tenant in plan.tenants]
                # `arrow` None: dlt's config decides (SOURCES__SERVICETITAN__ARROW), as for every other setting.
                chosen: dict[str, Any] = {} if plan.arrow is None else {"arrow": plan.arrow}
                built = source(tenants, plan.streams, plan.since, **chosen)
                # Parquet load files keep DuckDB's memory flat; SQL insert files make it grow with a load's rows.
                pipeline.extract(built, loader_file_format="parquet")
            elif step == "normalize":
                return dict(pipeline.normalize().row_counts)
            else:
                pipeline.load()
                drop_staging(pipeline)
    except PipelineStepFailed as exc:
        raise SettingsError(f"sync failed at {exc.step}: {_cause(exc)}") from None
    return {}


def new_database(database: Path) -> None:
    """Make the DuckDB file `database` with blocks of DUCKDB_BLOCK_SIZE unless it is there already."""
    import duckdb

    if database.exists():
        return
    with duckdb.connect() as db:
        quoted = str(database).replace("'", "''")
        db.execute(f"ATTACH '{quoted}' AS new_database (BLOCK_SIZE {DUCKDB_BLOCK_SIZE})")
        db.execute("DETACH new_database")


def drop_staging(pipeline: Any) -> None:
    """Drop the staging dataset of `pipeline`'s last load, if it made one, and checkpoint DuckDB so that the
    file's blocks it held are free again."""
    with pipeline.sql_client() as client:
        with client.with_staging_dataset():
            if client.has_dataset():
                client.drop_dataset()
        client.execute_sql("CHECKPOINT")


def _end_with_parent() -> None:
    """In a step's process: end it within PARENT_CHECK seconds of its parent's end. A sync killed outright (by
    SIGKILL, or an orchestrator's timeout) cannot stop its step, which would otherwise run on, holding the
    DuckDB file, with nobody waiting for it; a process whose parent ended is handed to another one. The parent is
    the sync's process, or the process that forks the steps (`step_context`), which ends with the sync's."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK)
        os._exit(1)

    threading.Thread(target=watch, name="servicetitan-sync-parent", daemon=True).start()


def _start_step(events: Any, path: list[str]) -> None:
    """In a step's process, first: end with the parent (`_end_with_parent`), send progress to `events`, take
    Arrow's memory from the system allocator, and find modules where the sync's process finds them (`path`, its
    `sys.path`: a forked step has its server's, which before Python 3.14 is not the sync's), so that the function
    it runs can be imported."""
    global _events
    sys.path[:] = path
    # Arrow's memory from the C library's allocator (read when pyarrow makes its first pool, which a step does
    # itself: the step server imports no pyarrow): its default pool, mimalloc or jemalloc, kept freed batches
    # resident. A 100,000-job Arrow extract peaked at 659-672 MiB with it and 581 MiB with the system allocator,
    # whose freed memory the Arrow path hands back after every batch (`servicetitan.dlt._hand_back_memory`). A
    # user's own ARROW_DEFAULT_MEMORY_POOL is kept.
    os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")
    _release_step_server()
    _end_with_parent()
    _events = events


def _release_step_server() -> None:
    """In a step forked by the step server (`step_context`): let go of the descriptor that keeps the server
    running. Every process the server forks inherits one, so that it could start processes through the server in
    turn (a step starts none); held by the step, it kept the server running after the sync was killed, and the
    step, whose parent is the server, would never see its parent end (`_end_with_parent`)."""
    from multiprocessing import forkserver

    server = getattr(forkserver, "_forkserver", None)
    held = getattr(server, "_forkserver_alive_fd", None)
    if isinstance(held, int):
        server._forkserver_alive_fd = None  # type: ignore[union-attr]
        os.close(held)


# What every step imports, loaded once in the process the steps are forked from (`step_context`). Neither starts
# a thread when imported (numpy and pyarrow do: a step imports those itself).
STEP_PRELOAD = (
    "servicetitan.cli.sync",
    "servicetitan.dlt",
    "dlt.pipeline",
    "dlt.extract",
    "dlt.normalize",
    "dlt.load",
    "dlt.destinations.impl.duckdb.factory",
    "duckdb",
)


def step_context() -> multiprocessing.context.BaseContext:
    """How a step's process starts: forked from a small server process that imported STEP_PRELOAD once, and
    forks nothing else (multiprocessing's forkserver; it ends when the process that started it does). Each
    step is still a fresh process that gives its memory back when it ends, without importing dlt anew: a fresh
    interpreter per step spent about a second of CPU on imports, three times a sync. Where there is no
    forkserver (not on Linux or macOS), a fresh interpreter per step."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    # "__main__" first, as multiprocessing's own default: a function of the script that runs the sync is found.
    context.set_forkserver_preload(["__main__", *STEP_PRELOAD])
    return context


def _reporting(function: Callable[..., R], *arguments: Any) -> R:
    """In a step's process: `function(*arguments)`, then STEP_END after the updates it sent."""
    try:
        return function(*arguments)
    finally:
        if _events is not None:
            _events.put(STEP_END)


def _relay(events: Any, step: Future[Any], show: Callable[[Any], None]) -> None:
    """Hand each update of `events` to `show` until the step's process sent STEP_END, or ended without it."""
    while True:
        try:
            update = events.get(timeout=PARENT_CHECK)
        except queue.Empty:
            if step.done():
                return
            continue
        if update == STEP_END:
            return
        show(update)


@contextmanager
def step_processes() -> Iterator[None]:
    """The block within which a sync runs its steps (`in_own_process`). At its end the process the steps were
    forked from is stopped and waited for, so that the CPU time of every step counts as this process's
    children's, which is what `time` and the benchmarks read; a step server left to end by itself after this
    process would take that account with it."""
    try:
        yield
    finally:
        from multiprocessing import forkserver

        # The standard library's way to stop its fork server (CPython 3.11 to 3.14); without it, the server ends
        # by itself once this process does.
        stop = getattr(getattr(forkserver, "_forkserver", None), "_stop", None)
        if callable(stop):
            stop()


def in_own_process(function: Callable[..., R], *arguments: Any, events: Callable[[Update], None] | None = None) -> R:
    """`function(*arguments)` in a fresh process (`step_context`), waited for until it returns, raises (re-raised
    here) or its process ends, whichever comes first; a process that ends without an answer raises SettingsError.
    The process ends too when this one does (`_end_with_parent`). With `events`, the progress updates the
    function sends (`run_step`) are handed to it, here, as they come and before this returns."""
    context = step_context()
    channel = context.Queue() if events is not None else None
    starting = (channel, list(sys.path))
    with ProcessPoolExecutor(max_workers=1, mp_context=context, initializer=_start_step, initargs=starting) as pool:
        try:
            step = pool.submit(_reporting, function, *arguments)
            if channel is not None and events is not None:
                _relay(channel, step, events)
            return step.result()
        except BrokenProcessPool:
            name = getattr(function, "__name__", "a step")
            raise SettingsError(f"sync stopped: the process running {name} ended without finishing it") from None
        finally:
            if channel is not None:
                channel.close()
                channel.join_thread()


def _load(
    connections: Sequence[Connection],
    database: Path,
    streams: Sequence[str] | None,
    since: str | None,
    dataset: str,
    progress: Callable[[int], Silent],
    arrow: bool | None = None,
) -> list[str]:
    from servicetitan.dlt import select_streams

    chosen = select_streams(streams)  # an unknown stream is named before anything starts
    database = database.resolve()
    database.parent.mkdir(parents=True, exist_ok=True)
    new_database(database)
    plan = Plan(
        tenants=tuple(connection.settings for connection in connections),
        database=database,
        streams=None if streams is None else tuple(streams),
        since=since,
        dataset=dataset,
        arrow=arrow,
    )
    counts: dict[str, int] = {}
    shown = progress(len(connections))
    try:
        with step_processes():
            for step in STEPS:
                shown.start_step(step, len(chosen) * len(connections) if step == "extract" else None)
                counts.update(in_own_process(run_step, step, plan, events=shown.update if shown.shows else None))
                shown.end_step()
    finally:
        shown.stop()
    tenants = ", ".join(str(connection.tenant) for connection in connections)
    return summary(f"synced tenant(s) {tenants} into {database} (dataset {dataset})", counts)


def _many(count: int, noun: str) -> str:
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


NO_FILTER = "the list has no modifiedOnOrAfter"
NO_CURSOR = "its records carry no modifiedOn to resume from"


def read_whole() -> dict[str, str]:
    """The streams read whole on every run, each with why: the lists without `modifiedOnOrAfter`, and the lists
    with it whose records carry no `modifiedOn` (there is no largest one to ask for next time)."""
    from servicetitan._operations import Kind
    from servicetitan.dlt import catalog_streams

    found: dict[str, str] = {}
    for name, stream in catalog_streams().items():
        if stream.kind is Kind.LIST and not (stream.incremental and stream.has_cursor):
            found[name] = NO_CURSOR if stream.incremental else NO_FILTER
    return found


def summary(heading: str, counts: Mapping[str, int], whole: Mapping[str, str] | None = None) -> list[str]:
    """`heading` with the rows and tables loaded, then one line per stream's table, its child tables
    (`jpm_jobs__custom_fields`) counted in it. A stream of `whole` (by default `read_whole()`) is said to be read
    whole on each run, as its rows are loaded again on every run, changed or not."""
    whole = read_whole() if whole is None else whole
    streams: dict[str, list[int]] = {}
    for table, rows in counts.items():
        if not table.startswith("_dlt"):
            found = streams.setdefault(table.split("__", 1)[0], [0, 0, 0])
            if "__" in table:
                found[1] += rows
                found[2] += 1
            else:
                found[0] += rows
    rows = sum(sum(found[:2]) for found in streams.values())
    tables = sum(1 + found[2] for found in streams.values())
    lines = [f"{heading}: {_many(rows, 'row')} in {_many(tables, 'table')}"]
    for table, (own, nested, children) in sorted(streams.items()):
        more = f" (and {nested:,} in {_many(children, 'child table')})" if children else ""
        how = f" (read whole each run: {whole[table]})" if table in whole else " loaded"
        lines.append(f"  {table}: {_many(own, 'row')}{how}{more}")
    return lines
