"""A dlt source for ServiceTitan: every paged list and export feed of the catalog as a dlt resource.

    import dlt
    from servicetitan.dlt import source

    pipeline = dlt.pipeline("servicetitan", destination="duckdb", dataset_name="servicetitan")
    pipeline.run(source(streams=["jpm_jobs", "jpm_export_jobs"]))   # settings from dlt's providers or the env

Settings come, in this order, from the arguments of `source()`, dlt's config and secrets providers under
`sources.servicetitan` (SOURCES__SERVICETITAN__CLIENT_SECRET, `.dlt/secrets.toml`, an orchestrator's secret
backend), then `SERVICETITAN_<NAME>` as `ServiceTitan.from_env()` reads them; a missing credential raises
MissingSettings naming it and the ways to give it. Several tenants are a `tenants` list (each entry the
`ServiceTitan` keyword arguments, sharing what it lacks, such as the app key, with the source's own settings);
`tenant` then picks one of them, as an orchestrator's per-tenant partition does.

Needs the `dlt` extra. Streams are derived from the catalog (`catalog_streams()`): a list that takes no required input
is `<domain>_<resource>` (`jpm_jobs`, or `<domain>_<resource>_<verb>` for a list verb other than `get_list`),
an export feed is `<domain>_export_<feed>` (`jpm_export_jobs`). Each stream is a table of that name.

- Incremental state lives in dlt's state, per tenant and stream: an export feed keeps its `continueFrom` token;
  a list with `modifiedOnOrAfter` keeps the largest `modifiedOn` it loaded (`dlt.sources.incremental`) and asks
  again from that same instant, inclusive, so records sharing the bookmark's timestamp are not lost; the ones
  already loaded are dropped by primary key at the boundary.
- Every record carries `tenant_id`; the primary key is (`tenant_id`, `id`) with the `merge` disposition, so a
  rerun updates rows instead of adding them; of several rows of one key in a load (a feed brings a record
  again when it changed while being read), the one modified last is kept (`dedup_sort` on `modifiedOn`).
  A list whose records have no `id` and that is read whole on every run replaces the tenant's rows on each run
  (`delete-insert` on `tenant_id`; a run that reads no row leaves the previous ones); any other stream without
  `id` is appended.
- Money stays exact: a `number` field of `format: decimal` becomes a `Decimal` (from the shortest text that
  reads back as the received double, which is the text ServiceTitan sent for any amount of up to 15 significant
  digits; an amount sent as a string is read as written), so dlt loads it as a DECIMAL column.
- A `string` field of `format: date` sent with a time (`2025-08-01T00:00:00`, as production sends some) loads
  as its date (`2025-08-01`), the text the documents send, so a column keeps one type whichever a tenant sends.
- Nested lists (custom fields, invoice items, ...) become dlt child tables (`jpm_jobs__custom_fields`).
- With `arrow=True` (or `sources.servicetitan.arrow`, SOURCES__SERVICETITAN__ARROW=true), records go to dlt as
  Arrow tables of up to ARROW_BATCH rows, typed from the spec (`frames.spec_layout`: money as DECIMAL(38,9) by
  the same definition as above, `date-time` as UTC timestamps, integers, booleans, objects flattened into
  `address__street` as dlt flattens them), which dlt writes without normalizing them row by row. The stream's
  table has the row path's rows, columns and types, with one difference in layout: a nested list is a JSON
  column of its row (`custom_fields`) instead of a child table. A batch with a record that does not fit the
  spec (a field it does not declare, text where it declares a number, an amount that is no amount) goes to dlt
  as rows, and loads as the row path loads it, beside the Arrow batches. The cursor of a list is compared by
  dlt's incremental as the text the API sent, so the state is the row path's and either path goes on from it.
- A source of several tenants names each resource `<stream>_tenant_<tenant>` (`jpm_jobs_tenant_123`, a valid
  Dagster asset key), loading the stream's one table; `rename_tenant_state` moves the state an earlier version
  kept under `jpm_jobs@123`. A source of one tenant names them after the streams.
- A window (`until`, with or without `since`) loads the records modified in [since, until): lists ask for
  `modifiedOnOrAfter` and `modifiedBefore` and keep the window's records, feeds are read from `since` to their
  end and keep the window's records. It keeps no state: it neither reads a bookmark or token nor moves one, so
  the normal incremental run after a backfill goes on where it was. A record without `modifiedOn` belongs to the
  window without a start, so consecutive windows load every record once.
- `schema_contract` passes dlt's schema contract to every table (`{"columns": "freeze"}` refuses a new column).
- Resources run in parallel (`parallelized=True`), across streams and tenants; every client of one tenant shares
  that tenant's rate limiter, so each tenant stays within its own limit.
- A load holds a few streams' pages at a time when it runs under `bounded_memory()` (as `servicetitan sync`
  does): dlt's defaults open every stream at once, each holding its current page, and keep up to 5,000 rows per
  table in a writer's buffer, which for a whole tenant adds up to most of its records. It also closes a table's
  load file every FILE_ROWS rows (a Parquet writer keeps metadata per row group until its file closes, and
  DuckDB copies a file in one transaction) and copies LOAD_WORKERS files at a time.

      with bounded_memory():
          pipeline.run(source())

  In one process, the memory each step frees is not all given back to the system before the next step takes
  its own (the allocators keep what was freed for reuse), so the steps add up; `servicetitan sync`
  runs extract, normalize and load each in a fresh process, which dlt allows since a pipeline's state is on disk.
"""

from __future__ import annotations

import array
import base64
import datetime as dt
import itertools
import logging
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from typing import Any

import dlt
from dlt.common.schema.typing import TSchemaContract
from dlt.extract.incremental import Incremental
from dlt.extract.resource import DltResource

from servicetitan import _catalog
from servicetitan._client import ServiceTitan
from servicetitan._operations import Kind, spec_for
from servicetitan._parsing import exact_amount, item_schema
from servicetitan._timeutil import key_as_bound, timestamp_key
from servicetitan.exports import export_operations
from servicetitan.frames import (
    ColumnKind,
    Layout,
    OddValues,
    client_method,
    enter_schema,
    is_money,
    spec_layout,
    text_money_of,
    timestamps,
    typed_table,
)
from servicetitan.resources import EXPORT, domain_resources

logger = logging.getLogger(__name__)

SOURCE_NAME = "servicetitan"
# dlt's config section: `sources.servicetitan.client_secret`, SOURCES__SERVICETITAN__CLIENT_SECRET.
SECTION = "servicetitan"
ENV_PREFIX = "SERVICETITAN_"
# What `ServiceTitan.from_env()` reads, the fallback after the arguments and dlt's providers.
ENV_SETTINGS = ("client_id", "client_secret", "app_key", "tenant", "environment", "api_url", "token_url")
REQUIRED_SETTINGS = ("client_id", "client_secret", "app_key", "tenant")
# `jpm_jobs_tenant_123`: letters, digits and underscores, as Dagster's asset keys allow.
TENANT_INFIX = "_tenant_"
TENANT_COLUMN = "tenant_id"
CURSOR = "modifiedOn"
CURSOR_FILTER = "modified_on_or_after"
END_FILTER = "modified_before"
# `YYYY-MM-DD`: a `format: date` value sent with a time is cut to this many characters.
DATE_LENGTH = 10
# Records are handed to dlt in lists of this many (dlt extracts a list as one item batch).
BATCH = 1000
# Records per Arrow table on the Arrow path: a page of the largest size the API serves.
ARROW_BATCH = 5000
# A row's `_dlt_id` on the Arrow path: 96 random bits (dlt's own are 80), 16 characters of base64.
DLT_ID_BYTES = 12
DLT_ID_CHARACTERS = 16
MAX_NESTING = 2
# Streams read at once: dlt's default number of extract threads.
PARALLEL_STREAMS = 5
# Rows a dlt writer holds before writing them out; there is one writer per table, and most tables of a tenant
# are small, so a large buffer ends up holding each of them whole until the load ends.
EXTRACT_BUFFER = 100
NORMALIZE_BUFFER = 500
# Rows of one table in one load file. A Parquet writer keeps the metadata of every row group it wrote (one per
# buffer) until its file closes, and DuckDB copies a file in one transaction: both grow with the file, so a
# file is closed and the next one started at this many rows.
FILE_ROWS = 20_000
# Load files copied into DuckDB at once: dlt's default is 20, each copy holding its file's data in DuckDB's memory.
LOAD_WORKERS = 4
BOUNDED_MEMORY: Mapping[str, Any] = {
    # dlt's default, round robin, starts every stream at once; first-in-first-out starts one only when the
    # streams already started are all busy, so at most PARALLEL_STREAMS hold a page at a time.
    "extract.next_item_mode": "fifo",
    "extract.max_parallel_items": PARALLEL_STREAMS,
    "extract.workers": PARALLEL_STREAMS,
    # The extract step's writers read their settings from the `sources` section.
    "sources.data_writer.buffer_max_items": EXTRACT_BUFFER,
    "normalize.data_writer.buffer_max_items": NORMALIZE_BUFFER,
    "normalize.data_writer.file_max_items": FILE_ROWS,
    "load.workers": LOAD_WORKERS,
}

Settings = Mapping[str, Any]
# Opens a client for one tenant; every resource opens its own and closes it when its read ends.
Connect = Callable[[], ServiceTitan]
Convert = Callable[[Any], Any]


@dataclass(frozen=True, slots=True)
class Stream:
    """One list or export feed of the catalog, loaded as the table `name`."""

    name: str
    path: str
    kind: Kind
    operation: _catalog.Operation
    has_id: bool
    has_cursor: bool
    incremental: bool


def _stream_name(domain: str, resource: str, verb: str, kind: Kind) -> str:
    if kind is Kind.FEED:
        return f"{domain}_{EXPORT}_{verb}"
    return f"{domain}_{resource}" if verb == "get_list" else f"{domain}_{resource}_{verb}"


def _item_properties(operation: _catalog.Operation) -> Mapping[str, Any]:
    schema = item_schema(operation.domain, operation.success_schema()) or {}
    properties: Mapping[str, Any] = _catalog.resolve_schema(operation.domain, schema).get("properties") or {}
    return properties


@cache
def catalog_streams() -> Mapping[str, Stream]:
    """Every stream of the catalog by name: the lists that need no input, and the export feeds."""
    found: dict[str, Stream] = {}
    taken: set[tuple[str, str]] = set()
    for domain in _catalog.DOMAINS:
        feeds = {operation.operation_id for operation in export_operations(domain).values()}
        for resource, verbs in domain_resources(domain).items():
            for verb, operation in verbs.items():
                if operation.operation_id in feeds and resource != EXPORT:
                    continue
                spec = spec_for(operation.domain, operation.operation_id)
                if spec.kind not in (Kind.LIST, Kind.FEED) or spec.required:
                    continue
                name = _stream_name(domain, resource, verb, spec.kind)
                if (domain, operation.operation_id) in taken:
                    continue
                taken.add((domain, operation.operation_id))
                found[name] = Stream(
                    name=name,
                    path=f"{domain}.{resource}.{verb}",
                    kind=spec.kind,
                    operation=operation,
                    has_id="id" in (properties := _item_properties(operation)),
                    has_cursor=CURSOR in properties,
                    incremental=spec.kind is Kind.LIST and any(i.python_name == CURSOR_FILTER for i in spec.inputs),
                )
    return found


def select_streams(names: Sequence[str] | None) -> list[Stream]:
    """The named streams (all of them when `names` is None); an unknown name raises, naming it."""
    known = catalog_streams()
    if names is None:
        return list(known.values())
    unknown = [name for name in names if name not in known]
    if unknown:
        raise ValueError(f"unknown stream(s) {', '.join(unknown)}; `servicetitan list --streams` lists them")
    return [known[name] for name in dict.fromkeys(names)]


# --- exact money --------------------------------------------------------------------------------------------


def _date_only(value: Any) -> Any:
    """`2025-08-01T00:00:00` -> `2025-08-01`; anything else as it is."""
    if isinstance(value, str) and len(value) > DATE_LENGTH and value[DATE_LENGTH] == "T":
        return value[:DATE_LENGTH]
    return value


def _converter(domain: str, schema: Mapping[str, Any], seen: frozenset[str], money: bool = True) -> Convert | None:
    """What turns the decimal fields under `schema` into Decimals and its date fields into dates without a
    time, or None when it has neither. The amounts a component sends as text (`MONEY_AS_TEXT`) become Decimals
    too. Without `money`, the dates alone."""
    text_money = text_money_of(schema) if money else ()
    entered = enter_schema(domain, schema, seen)
    if entered is None:
        return None
    resolved, seen = entered
    for variant in resolved.get("oneOf") or resolved.get("anyOf") or resolved.get("allOf") or ():
        found = _converter(domain, variant, seen, money)
        if found is not None:
            return found
    kind = resolved.get("type")
    if money and is_money(resolved):
        return exact_amount
    if resolved.get("format") == "date" and "string" in (kind if isinstance(kind, list) else (kind,)):
        return _date_only
    if kind == "array":
        each = _converter(domain, resolved.get("items") or {}, seen, money)
        if each is None:
            return None
        return lambda value: [each(item) for item in value] if isinstance(value, list) else value
    fields = {
        key: convert
        for key, prop in (resolved.get("properties") or {}).items()
        if (convert := exact_amount if key in text_money else _converter(domain, prop, seen, money)) is not None
    }
    if not fields:
        return None

    def convert_object(value: Any) -> Any:
        if isinstance(value, dict):
            for key, convert in fields.items():
                field_value = value.get(key)
                if field_value is not None:
                    value[key] = convert(field_value)
        return value

    return convert_object


@cache
def money_converter(domain: str, operation_id: str, money: bool = True) -> Convert | None:
    """Turns a record's decimal-format fields and amounts sent as text (at any depth) into Decimals and drops the
    time a date-format field came with, in place; None when it has neither. Without `money`, the dates alone (the
    Arrow path: a `decimals=True` read has made every fraction and every amount of `MONEY_AS_TEXT` a Decimal
    already, and an integer goes into a DECIMAL column as it is)."""
    schema = item_schema(domain, _catalog.operation(domain, operation_id).success_schema())
    return None if schema is None else _converter(domain, schema, frozenset(), money)


# --- resources ----------------------------------------------------------------------------------------------


def _prepared(records: Iterator[Any], stream: Stream, tenant: int) -> Iterator[list[Any]]:
    """The records in lists of BATCH, money and dates converted, each carrying its tenant (the row path)."""
    operation = stream.operation
    convert = money_converter(operation.domain, operation.operation_id)
    while batch := list(itertools.islice(records, BATCH)):
        for record in batch:
            if convert is not None:
                convert(record)
            record[TENANT_COLUMN] = tenant
        yield batch


@cache
def stream_layout(domain: str, operation_id: str) -> Layout:
    """The columns of a stream's table as the Arrow path builds them (`frames.spec_layout`), nested as dlt
    nests them under MAX_NESTING."""
    schema = item_schema(domain, _catalog.operation(domain, operation_id).success_schema()) or {}
    return spec_layout(domain, schema, MAX_NESTING)


def _arrow_prepared(records: Iterator[Any], stream: Stream, tenant: int) -> Iterator[Any]:
    """The records as Arrow tables of up to ARROW_BATCH rows, typed by the stream's Layout; a batch with a
    record that does not fit it (`frames.OddValues`: a field the spec does not know, text where a number is
    declared, ...) goes to dlt as rows, as the row path hands it, so that dlt loads it as it loads it today."""
    operation = stream.operation
    convert = money_converter(operation.domain, operation.operation_id, money=False)
    as_rows = money_converter(operation.domain, operation.operation_id)
    layout = stream_layout(operation.domain, operation.operation_id)
    as_text = (CURSOR,) if _cursor_kept_as_text(stream) else ()
    keep = (CURSOR,) if stream.incremental and stream.has_cursor else ()
    constants: dict[str, Any] = {TENANT_COLUMN: tenant}
    told = False
    while batch := list(itertools.islice(records, ARROW_BATCH)):
        if convert is not None:
            for record in batch:
                convert(record)
        try:
            table = _with_dlt_columns(typed_table(batch, layout, constants, as_text, keep))
        except OddValues as exc:
            if not told:
                logger.info("%s: a batch goes to dlt as rows (%s)", stream.name, exc)
                told = True
            for record in batch:
                if as_rows is not None:
                    as_rows(record)  # as the row path converts them: an amount in text a Decimal, ...
                record[TENANT_COLUMN] = tenant
            yield batch
        else:
            yield table
        del batch
        _hand_back_memory()


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's `malloc_trim`, found among the symbols the process has loaded (no search of the file system), or
    None where the C library has none (macOS, musl)."""
    import ctypes

    try:
        trim: Callable[[int], int] = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return None
    return trim


def _hand_back_memory() -> None:
    """Give the memory a batch held back to the system. The C allocator keeps what threads freed in its arenas:
    a 100,000-job extract of five streams at a time peaked at 737-749 MiB without this and 659-672 MiB with it,
    for about 3 % more CPU in single runs (one call per batch of ARROW_BATCH records)."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def _with_dlt_columns(table: Any) -> Any:
    """`table` with dlt's own columns, `_dlt_load_id` and `_dlt_id` (a random id of DLT_ID_BYTES, base64), as
    dlt's normalizer gives each row: a table of the Arrow path has the columns of the row path, and a batch
    handed on as rows (whose columns dlt declares NOT NULL) loads beside the Arrow ones. Outside a load (a
    resource iterated by hand), `table` as it is."""
    import pyarrow as pa
    from dlt.common.storages.exceptions import CurrentLoadPackageStateNotAvailable

    try:
        load_id = dlt.current.load_package_state()["load_id"]
    except CurrentLoadPackageStateNotAvailable:
        return table
    count = table.num_rows
    # Every id is DLT_ID_CHARACTERS of one base64 text, cut at fixed offsets: no Python object per row.
    offsets = array.array("i", range(0, DLT_ID_CHARACTERS * count + 1, DLT_ID_CHARACTERS)).tobytes()
    text = base64.b64encode(os.urandom(DLT_ID_BYTES * count))
    ids = pa.StringArray.from_buffers(count, pa.py_buffer(offsets), pa.py_buffer(text))
    return table.append_column("_dlt_load_id", pa.repeat(load_id, count)).append_column("_dlt_id", ids)


def _cursor_kept_as_text(stream: Stream) -> bool:
    """Whether the Arrow path keeps a list's timestamp cursor as text until dlt's incremental has compared it
    with its bookmark (a text, as the row path keeps it), and makes it a timestamp after."""
    if not (stream.incremental and stream.has_cursor):
        return False
    layout = stream_layout(stream.operation.domain, stream.operation.operation_id)
    return any(column.path == (CURSOR,) and column.kind == ColumnKind.TIMESTAMP for column in layout.columns)


def _after_incremental(item: Any, to_timestamp: bool) -> Any:
    """After dlt's incremental: the cursor column of an Arrow table (kept for dlt to find it) left out when null
    in every row, as dlt makes no column of it then, or made the timestamp its Layout declares; a table whose
    cursor Arrow cannot read as a timestamp goes on as rows, for dlt to read them as it reads the row path's."""
    import pyarrow as pa

    if not isinstance(item, pa.Table) or CURSOR not in item.column_names:
        return item
    index = item.column_names.index(CURSOR)
    column = item.column(index)
    if column.null_count == len(column):
        return item.remove_column(index)
    if not (to_timestamp and pa.types.is_string(column.type)):
        return item
    try:
        return item.set_column(index, CURSOR, timestamps(column))
    except OddValues:
        return item.to_pylist()


def _with_cursor(item: Any) -> Any:
    """An Arrow table with the cursor column dlt's incremental looks for: a list whose records the documents give
    no `modifiedOn` (read whole each run) gets one null in every row, which dlt includes and
    `_after_incremental` leaves out again."""
    import pyarrow as pa

    if not isinstance(item, pa.Table) or CURSOR in item.column_names:
        return item
    return item.append_column(CURSOR, pa.nulls(item.num_rows, pa.string()))


class _ArrowCursor(Incremental[Any]):
    """dlt's incremental on the Arrow path: the cursor, kept in every Arrow table for dlt to find it, is left out
    after dlt has compared it when it is null in every row (`_after_incremental`). (dlt reads the cursor's type
    from the first base class: each of these derives from Incremental directly.)"""

    def __call__(self, rows: Any, meta: Any = None) -> Any:
        return _after_incremental(super().__call__(_with_cursor(rows), meta), to_timestamp=False)


class _ArrowTimestampCursor(Incremental[Any]):
    """A timestamp cursor on the Arrow path, compared by dlt as the text the API sent (so the bookmark in dlt's
    state is that text, as on the row path) and made a timestamp after (`_after_incremental`)."""

    def __call__(self, rows: Any, meta: Any = None) -> Any:
        return _after_incremental(super().__call__(_with_cursor(rows), meta), to_timestamp=True)


def _since_text(since: str | dt.date | None) -> str | None:
    """A bound as the API takes it: a date is its midnight UTC, a datetime its UTC instant, a text as written
    (a date written `YYYY-MM-DD` as its midnight UTC, as dlt's config hands a date over as text)."""
    if isinstance(since, str) and len(since) == DATE_LENGTH:
        try:
            return _since_text(dt.date.fromisoformat(since))
        except ValueError:
            return since
    if since is None or isinstance(since, str):
        return since
    if isinstance(since, dt.datetime):
        return since.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return f"{since.isoformat()}T00:00:00Z"


@dataclass(frozen=True, slots=True)
class Window:
    """The records a windowed run loads: `start` <= `modifiedOn` < `end`, compared as instants
    (`_timeutil.timestamp_key`, so `...:00.5Z` is after `...:00Z` whatever the digits). A record without
    `modifiedOn` belongs to the window without a start, so consecutive windows from no start on load it once."""

    start: str | None
    end: str

    @classmethod
    def of(cls, since: str | None, until: str) -> Window:
        end = timestamp_key(until)
        if end is None:
            raise ValueError(f"until={until!r} is no timestamp; give a date, a datetime or YYYY-MM-DDTHH:MM:SSZ")
        start = None if since is None else timestamp_key(since)
        if since is not None and start is None:
            raise ValueError(f"since={since!r} is no timestamp; give a date, a datetime or YYYY-MM-DDTHH:MM:SSZ")
        if start is not None and start >= end:
            raise ValueError(f"since={since!r} must be before until={until!r}")
        return cls(start, end)

    def keeps(self, record: Mapping[str, Any]) -> bool:
        key = timestamp_key(record.get(CURSOR))
        if key is None:
            return self.start is None
        return (self.start is None or self.start <= key) and key < self.end

    def within(self, records: Iterator[Any]) -> Iterator[Any]:
        return (record for record in records if self.keeps(record))


def _end_bound(key: str) -> str:
    """An exclusive end as a query bound the API accepts (6 fractional digits), rounded up so that no record
    before the end is left out; the window drops what the rounding lets in."""
    if key[-1] == "0":
        return key_as_bound(key)
    moment = dt.datetime.fromisoformat(key[:26]) + dt.timedelta(microseconds=1)
    return f"{moment:%Y-%m-%dT%H:%M:%S.%f}Z"


def _former_state(former: str | None) -> Mapping[str, Any]:
    """The state an earlier version kept under this resource's former name (`jpm_jobs@123`), taken out of the
    source's state so that it moves once, with the load that follows; empty when there is none."""
    if former is None:
        return {}
    resources = dlt.current.source_state().get("resources", {})
    taken: Mapping[str, Any] = resources.pop(former, None) or {}
    return taken


def _later(first: Any, second: Any) -> Any:
    """The later of two bookmarks (either may be None), compared as instants."""
    if first is None or second is None:
        return second if first is None else first
    return second if (timestamp_key(second) or "") > (timestamp_key(first) or "") else first


def _list_resource(
    stream: Stream,
    connect: Connect,
    tenant: int,
    since: str | None,
    window: Window | None,
    former: str | None,
    arrow: bool,
) -> Callable[..., Iterator[Any]]:
    prepare = _arrow_prepared if arrow else _prepared

    def read_list(modified: Any = None) -> Iterator[Any]:
        arguments: dict[str, Any] = {"fetch_all": True, "as_dicts": True}
        bookmark = getattr(modified, "last_value", None) or since
        if modified is not None:
            earlier = _former_state(former).get("incremental", {}).get(CURSOR, {}).get("last_value")
            bookmark = _later(bookmark, earlier)
        if stream.incremental and bookmark is not None:
            arguments[CURSOR_FILTER] = bookmark
        if stream.incremental and window is not None:
            arguments[END_FILTER] = _end_bound(window.end)
        with connect() as st:
            records = iter(client_method(st, stream.path)(**arguments))
            yield from prepare(records if window is None else window.within(records), stream, tenant)

    if not stream.incremental or window is not None:
        # A windowed run keeps no state: it reads [since, until) whatever the state says, and leaves the state
        # for the next normal run as it found it.
        return read_list

    kind: type[Incremental[Any]] = dlt.sources.incremental
    if arrow:
        kind = _ArrowTimestampCursor if _cursor_kept_as_text(stream) else _ArrowCursor
    cursor = kind(CURSOR, initial_value=since, on_cursor_value_missing="include")

    # dlt finds the incremental as the default of an argument, and binds its state there on every run.
    def read_incremental(modified: Any = cursor) -> Iterator[Any]:
        yield from read_list(modified)

    return read_incremental


def _feed_resource(
    stream: Stream,
    connect: Connect,
    tenant: int,
    since: str | None,
    window: Window | None,
    former: str | None,
    arrow: bool,
) -> Callable[[], Iterator[Any]]:
    prepare = _arrow_prepared if arrow else _prepared

    def read_feed() -> Iterator[Any]:
        # A windowed run reads the feed from `since` to its end (a feed's order is the order of changes, not of
        # `modifiedOn`) and keeps the window's records; it neither reads nor moves the feed's token.
        state: dict[str, Any] = {} if window is not None else dlt.current.resource_state()
        if window is None:
            earlier = _former_state(former).get("continue_from")
            if earlier and not state.get("continue_from"):
                state["continue_from"] = earlier
        with connect() as st:
            feed = client_method(st, stream.path)(start=state.get("continue_from") or since, as_dicts=True)
            for page in feed.pages():
                records = iter(page.records)
                yield from prepare(records if window is None else window.within(records), stream, tenant)
                # Saved with the data it follows: dlt commits state and rows of a load together.
                state["continue_from"] = page.continue_from

    return read_feed


class Connector:
    """Opens a client from `ServiceTitan` keyword arguments (one per stream: the clients share their TLS context,
    `servicetitan._transport.shared_tls`), and knows its tenant without opening one. The settings are checked
    once, here, before anything is read; they are never shown (the repr names the tenant alone)."""

    __slots__ = ("_arguments", "tenant")

    def __init__(self, settings: Settings) -> None:
        self._arguments = {"active": "Any", "decimals": True, **settings}
        with ServiceTitan(**self._arguments) as st:
            self.tenant = st.tenant

    def __call__(self) -> ServiceTitan:
        return ServiceTitan(**self._arguments)

    def __repr__(self) -> str:
        return f"Connector(tenant={self.tenant})"


def connector(settings: Settings) -> Connect:
    """Opens a client from `ServiceTitan` keyword arguments; lists are read with active="Any" (every record,
    active or not) and money as sent (`decimals=True`) unless the settings say otherwise."""
    return Connector(settings)


def tenant_resource_name(stream: str, tenant: int) -> str:
    """The resource of `stream` for `tenant` when a source loads several tenants: `jpm_jobs_tenant_123`, a valid
    Dagster asset key and Python identifier. (Before, it was `jpm_jobs@123`: see `rename_tenant_state`.)"""
    return f"{stream}{TENANT_INFIX}{tenant}"


def resource(
    stream: Stream,
    connect: Connect,
    since: str | dt.date | None = None,
    *,
    tagged: bool = False,
    until: str | dt.date | None = None,
    schema_contract: TSchemaContract | None = None,
    arrow: bool = False,
) -> Any:
    """The dlt resource of one stream for the tenant that `connect` opens. With `tagged`, the resource's name
    carries the tenant (`jpm_jobs_tenant_123`), so several tenants load one table, each with its own state.

    With `until`, the resource loads the records modified in [since, until) and keeps no state (a window of a
    backfill); `schema_contract` is dlt's contract for its tables (`"freeze"`, `{"columns": "freeze"}`, ...).
    With `arrow`, the records go to dlt as Arrow tables typed from the spec (`_arrow_prepared`), nested lists
    as nested columns (JSON in the warehouse) instead of child tables."""
    if isinstance(connect, Connector):
        tenant = connect.tenant
    else:
        with connect() as st:
            tenant = st.tenant
    since_text = _since_text(since)
    until_text = _since_text(until)
    window = None if until_text is None else Window.of(since_text, until_text)
    make = _feed_resource if stream.kind is Kind.FEED else _list_resource
    # The name an earlier version gave a tenant's resource: its state moves to the name now on the next run.
    former = f"{stream.name}@{tenant}" if tagged else None
    read = make(stream, connect, tenant, since_text, window, former, arrow)
    name = tenant_resource_name(stream.name, tenant) if tagged else stream.name
    hints: dict[str, Any] = {"name": name, "table_name": stream.name}
    columns: dict[str, Any] = {}
    if arrow:
        # Nested lists stay in their row as JSON, in the Arrow tables and in a batch handed on as rows alike.
        layout = stream_layout(stream.operation.domain, stream.operation.operation_id)
        columns.update({name: {"data_type": "json"} for name in layout.nested})
    if schema_contract is not None:
        hints["schema_contract"] = schema_contract
    if stream.has_id:
        hints.update(primary_key=(TENANT_COLUMN, "id"), write_disposition="merge")
        if stream.has_cursor:
            # Of the rows a load holds for one key (a feed brings a record again when it changed while being
            # read), dlt keeps an arbitrary one unless told which to keep: the one modified last.
            columns[CURSOR] = {**columns.get(CURSOR, {}), "dedup_sort": "desc"}
    elif stream.kind is Kind.LIST and not stream.incremental:
        # Read whole on every run: the run's rows replace this tenant's (appended, each rerun added every row
        # again); other tenants' rows in the same table stay.
        hints.update(write_disposition={"disposition": "merge", "strategy": "delete-insert"}, merge_key=TENANT_COLUMN)
    else:
        hints.update(write_disposition="append")
    if columns:
        hints["columns"] = columns
    made: DltResource = dlt.resource(read, parallelized=True, **hints)
    return made


@contextmanager
def bounded_memory() -> Iterator[None]:
    """dlt's settings within the block (`BOUNDED_MEMORY`), so that a load holds a bounded number of records: a
    few streams read at once and small writer buffers. A setting given in the environment still wins."""
    with dlt.config.values(BOUNDED_MEMORY):
        yield


@dlt.source(name=SOURCE_NAME, section=SECTION, max_table_nesting=MAX_NESTING)
def source(
    tenants: Sequence[Settings | Connect] | None = dlt.secrets.value,
    streams: Sequence[str] | None = dlt.config.value,
    since: str | dt.date | None = dlt.config.value,
    until: str | dt.date | None = dlt.config.value,
    *,
    client_id: str | None = dlt.secrets.value,
    client_secret: str | None = dlt.secrets.value,
    app_key: str | None = dlt.secrets.value,
    tenant: int | None = dlt.config.value,
    environment: str | None = dlt.config.value,
    api_url: str | None = dlt.config.value,
    token_url: str | None = dlt.config.value,
    rate_limit: float | None = dlt.config.value,
    rate_limit_store: str | None = dlt.secrets.value,
    schema_contract: TSchemaContract | None = dlt.config.value,
    arrow: bool | None = dlt.config.value,
) -> Any:
    """The ServiceTitan source: `streams` (all by default) for each tenant, from `since` on the first run.

    Every argument can come from dlt's config and secrets providers (`sources.servicetitan.<name>`: the
    environment variable `SOURCES__SERVICETITAN__CLIENT_SECRET`, `.dlt/secrets.toml`, an orchestrator's secret
    backend); an argument given wins over them, and they win over `SERVICETITAN_<NAME>` (see `settings_of`).

    - One tenant: `client_id`, `client_secret`, `app_key` and `tenant` (with `environment` or the URLs).
    - Several: `tenants`, each the keyword arguments of `ServiceTitan` (what one lacks is taken from the
      source's own settings, such as a shared `app_key`) or a callable that opens a client. With a list,
      `tenant` picks one of them (a Dagster partition does). Their resources are named `jpm_jobs_tenant_123`.
    - `until`: load only the records modified in [since, until), keeping no state (a window of a backfill).
    - `schema_contract`: dlt's schema contract for every table, e.g. `{"columns": "freeze"}`.
    - `arrow`: hand dlt Arrow tables typed from the spec instead of rows (`resource`); nested lists become
      nested (JSON) columns instead of child tables.

    Lists are read with active="Any" (every record, active or not) and money as sent (decimals=True)."""
    chosen = select_streams(streams)
    shared = {
        "client_id": client_id,
        "client_secret": client_secret,
        "app_key": app_key,
        "tenant": tenant,
        "environment": environment,
        "api_url": api_url,
        "token_url": token_url,
        "rate_limit": rate_limit,
        "rate_limit_store": rate_limit_store,
    }
    if tenants is None:
        connects = [connector(settings_of(shared, os.environ))]
    else:
        connects = [
            connector(settings_of({**shared, "tenant": None}, os.environ, entry, f"tenants[{index}]"))
            if isinstance(entry, Mapping)
            else entry
            for index, entry in enumerate(tenants)
            if tenant is None or _tenant_of(entry) == tenant
        ]
        if not tenants:
            raise ValueError("source() needs at least one tenant: `tenants` is empty")
        if not connects:
            raise ValueError(f"tenant={tenant}: no such tenant among the {len(tenants)} of `tenants`")
    tagged = len(connects) > 1
    # Stream by stream, each for every tenant: the streams are started in this order, so tenants run side by side.
    return [
        resource(stream, connect, since, tagged=tagged, until=until, schema_contract=schema_contract, arrow=bool(arrow))
        for stream in chosen
        for connect in connects
    ]


def _tenant_of(entry: Settings | Connect) -> int | None:
    if not isinstance(entry, Mapping):
        with entry() as st:
            return st.tenant
    given = entry.get("tenant")
    return int(given) if isinstance(given, int | str) and str(given).isdigit() else None


def settings_of(
    given: Mapping[str, Any],
    environ: Mapping[str, str],
    entry: Mapping[str, Any] | None = None,
    where: str = "",
) -> dict[str, Any]:
    """The `ServiceTitan` keyword arguments of one tenant: a tenant's own `entry` first, then `given` (the
    source's arguments, each given or resolved by dlt's providers), then the `SERVICETITAN_<NAME>` environment
    variables. A missing credential raises MissingSettings naming it and every way to give it; no value is
    ever shown."""
    settings = {name: value for name, value in given.items() if value is not None}
    settings.update(entry or {})
    # An entry of a tenants list names its own tenant: SERVICETITAN_TENANT is one tenant's, not any entry's.
    fallbacks = ENV_SETTINGS if entry is None else tuple(name for name in ENV_SETTINGS if name != "tenant")
    for name in fallbacks:
        value = environ.get(ENV_PREFIX + name.upper(), "").strip()
        if name not in settings and value:
            settings[name] = value
    missing = [name for name in REQUIRED_SETTINGS if name not in settings]
    if missing:
        raise MissingSettings(missing, where)
    if isinstance(settings["tenant"], str):
        if not settings["tenant"].isdigit():
            raise ValueError(f"{where or 'tenant'}: the tenant must be a number")
        settings["tenant"] = int(settings["tenant"])
    return settings


class MissingSettings(ValueError):
    """ServiceTitan credentials that no argument, dlt provider or SERVICETITAN_* variable gave."""

    def __init__(self, missing: Sequence[str], where: str = "") -> None:
        self.missing = tuple(missing)
        ways = "; ".join(
            f"{name}: the argument {name}=, `{name}` under [sources.{SECTION}] in .dlt/secrets.toml, "
            f"SOURCES__{SECTION.upper()}__{name.upper()} or {ENV_PREFIX}{name.upper()}"
            for name in self.missing
        )
        subject = f"{where} lacks" if where else "the ServiceTitan source needs"
        super().__init__(f"{subject} {', '.join(self.missing)} ({ways})")


def configured_tenants(environ: Mapping[str, str] | None = None) -> list[int]:
    """The tenant ids the source loads by default, for an orchestrator to partition by: those of the `tenants`
    list in dlt's secrets (`[[sources.servicetitan.tenants]]`), else `sources.servicetitan.tenant`, else
    SERVICETITAN_TENANT; none when none is set. Only the ids: no credential is returned or checked."""
    entries = dlt.secrets.get(f"sources.{SECTION}.tenants", list) or []
    if entries:
        found = [_tenant_of(entry) for entry in entries if isinstance(entry, Mapping)]
        if None in found or len(found) != len(entries):
            raise ValueError(f"sources.{SECTION}.tenants: every entry needs a numeric `tenant`")
        return [tenant for tenant in found if tenant is not None]
    single = dlt.config.get(f"sources.{SECTION}.tenant", int)
    if single is not None:
        return [single]
    text = (os.environ if environ is None else environ).get(ENV_PREFIX + "TENANT", "").strip()
    return [int(text)] if text.isdigit() else []


def rename_tenant_state(pipeline: Any) -> dict[str, str]:
    """Moves the state that an earlier version kept under a multi-tenant resource's old name (`jpm_jobs@123`) to
    its name now (`jpm_jobs_tenant_123`), so a pipeline that loaded several tenants goes on where it stopped; the
    old and new name of each moved resource. The pipeline's local state changes; it reaches the destination
    with the next run. (The first run after upgrading moves the state by itself too; this also keeps the unique
    hashes at a list's bookmark, so that run reads no record again.)"""
    moved: dict[str, str] = {}
    with pipeline.managed_state() as state:
        resources = state.get("sources", {}).get(SOURCE_NAME, {}).get("resources", {})
        for old in list(resources):
            stream, at, tenant_id = old.rpartition("@")
            if not at or not tenant_id.isdigit():
                continue
            new = tenant_resource_name(stream, int(tenant_id))
            if new not in resources:
                resources[new] = resources.pop(old)
                moved[old] = new
    return moved
