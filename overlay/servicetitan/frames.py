"""Records as Apache Arrow tables (the `frames` extra: pyarrow), and from there pandas or polars; and the two
helpers every bulk reader of the extras shares (the CLI's export, the dlt source): a client's method by its path,
and a walk over a record schema that stops at a cycle.

    from servicetitan.frames import to_arrow, record_batches

    table = to_arrow(st.jpm.jobs.get_list(fetch_all=True, as_dicts=True))     # every record, one Arrow table
    for batch in record_batches(st.jpm.jobs.get_list(fetch_all=True)):        # streaming: one batch at a time
        ...
    frame = table.to_pandas()          # pandas (pip install pandas)
    frame = polars.from_arrow(table)   # polars (pip install polars)

Any iterable of records works: a `Page` (this page and every later one), `Records` from `fetch_all=True`, an
export feed, or a list. Typed records (the generated attrs models) are converted with their `to_dict()`, so
columns carry the API's field names; an `UnparsedRecord` contributes the data it was received with. Nested
objects become Arrow structs and arrays Arrow lists. Each batch's types are inferred from its records; batches
whose types differ (a field null in one batch, a struct with more fields in another) are unified when the
table is assembled.

Typed from the spec (what the dlt source's Arrow path uses): `spec_layout` derives a stream's columns from its
record schema (money by `is_money`, timestamps, integers, booleans, objects flattened into `a__b` columns as dlt
flattens them, lists and deeper objects as nested columns), and `typed_table` builds one Arrow table of a batch
of dict records by it, raising `OddValues` for a record that does not fit (the caller hands that batch on as it
is).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from servicetitan import _catalog
from servicetitan._parsing import UnparsedRecord

if TYPE_CHECKING:
    import pyarrow as pa

BATCH_SIZE = 5000


def as_dict(record: Any) -> Any:
    """A record as plain data: dicts as they are, a typed model through `to_dict()`."""
    if isinstance(record, Mapping):
        return record
    if isinstance(record, UnparsedRecord):
        return record.data
    to_dict = getattr(record, "to_dict", None)
    if to_dict is None:
        raise TypeError(f"cannot convert a {type(record).__name__} to a row (a dict or a generated model is needed)")
    return to_dict()


def record_batches(records: Iterable[Any], batch_size: int = BATCH_SIZE) -> Iterator[pa.RecordBatch]:
    """Arrow record batches of at most `batch_size` records, read from `records` as they come."""
    import pyarrow as pa

    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    rows = iter(records)
    while chunk := [as_dict(record) for record in itertools.islice(rows, batch_size)]:
        yield pa.RecordBatch.from_pylist(chunk)


def to_arrow(records: Iterable[Any], batch_size: int = BATCH_SIZE) -> pa.Table:
    """Every record of `records` as one Arrow table (an empty table when there is none)."""
    import pyarrow as pa

    tables = [pa.Table.from_batches([batch]) for batch in record_batches(records, batch_size)]
    if not tables:
        return pa.table({})
    return pa.concat_tables(tables, promote_options="permissive")


def write_parquet(records: Iterable[Any], path: Path, batch_size: int = BATCH_SIZE) -> int:
    """Every record of `records` into the Parquet file `path`, a batch of `batch_size` per row group; returns the
    number written. Memory holds one batch, not the file: each batch is kept on disk as Arrow (beside `path`,
    removed at the end) while the schema that holds every batch is found (unified as `to_arrow` unifies them: a
    field that shows up late, an integer that turns out to be a number); then each is written promoted to it."""
    import tempfile

    import pyarrow as pa
    import pyarrow.parquet as pq

    schema: pa.Schema | None = None
    with tempfile.TemporaryDirectory(prefix=f".{path.name}.", dir=path.parent) as folder:
        kept: list[Path] = []
        for batch in record_batches(records, batch_size):
            held = [batch.schema] if schema is None else [schema, batch.schema]
            schema = pa.unify_schemas(held, promote_options="permissive")
            kept.append(Path(folder) / f"{len(kept)}.arrow")
            with pa.OSFile(str(kept[-1]), "wb") as sink, pa.ipc.new_file(sink, batch.schema) as writer:
                writer.write_batch(batch)
        if schema is None:
            pq.write_table(pa.table({}), path)
            return 0
        empty = schema.empty_table()
        written = 0
        with pq.ParquetWriter(path, schema) as parquet:
            for file in kept:
                with pa.memory_map(str(file)) as source:
                    table = pa.ipc.open_file(source).read_all()
                table = pa.concat_tables([empty, table], promote_options="permissive")
                parquet.write_table(table.select(schema.names).cast(schema), row_group_size=batch_size)
                written += table.num_rows
                file.unlink()
    return written


def client_method(client: Any, path: str) -> Callable[..., Any]:
    """`client.<domain>.<resource>.<verb>` for the path `domain.resource.verb`."""
    domain, resource, verb = path.split(".")
    method: Callable[..., Any] = getattr(getattr(getattr(client, domain), resource), verb)
    return method


def enter_schema(
    domain: str, schema: Mapping[str, Any], seen: frozenset[str]
) -> tuple[Mapping[str, Any], frozenset[str]] | None:
    """`schema` resolved, and the component names walked so far including its own; None when it is one of
    them already (a recursive schema), where a walk stops."""
    name = _catalog.schema_name(schema)
    if name is not None:
        if name in seen:
            return None
        seen = seen | {name}
    return _catalog.resolve_schema(domain, schema), seen


# --- typed Arrow from the spec ------------------------------------------------------------------------------

# dlt's DECIMAL (its default precision and scale), which the row path loads money as.
MONEY_PRECISION = 38
MONEY_SCALE = 9
# `a__b`: the column of the field `b` of the object `a`, as dlt names a flattened field (dlt's `normalize_path`
# turns each part into snake_case and keeps the separator).
PATH_SEPARATOR = "__"


class ColumnKind:
    """What a column holds, decided once from the record schema."""

    INTEGER = "integer"
    BOOLEAN = "boolean"
    MONEY = "money"
    NUMBER = "number"
    TEXT = "text"
    TIMESTAMP = "timestamp"
    # A list, or an object past the nesting dlt flattens: one nested column (dlt loads it as JSON).
    NESTED = "nested"
    # A value the schema gives no type to, or an object whose fields it does not name (dlt makes a column of
    # each field it meets): a page where one holds a value goes to dlt as rows.
    FREE = "free"


def is_money(schema: Mapping[str, Any], key: str | None = None, text_money: Iterable[str] = ()) -> bool:
    """The one definition of money: a `number` of `format: decimal` (`schema`, resolved), or the field `key` of
    a component that sends it as text (`text_money`: `MONEY_AS_TEXT` of that component)."""
    if key is not None and key in text_money:
        return True
    return schema.get("type") == "number" and schema.get("format") == "decimal"


def text_money_of(schema: Mapping[str, Any]) -> tuple[str, ...]:
    """The fields of the component `schema` names (by `$ref`) that the API sends as text although money."""
    from servicetitan._parsing import MONEY_AS_TEXT

    return MONEY_AS_TEXT.get(_catalog.schema_name(schema) or "", ())


def _types(resolved: Mapping[str, Any]) -> tuple[str, ...]:
    kind = resolved.get("type")
    if isinstance(kind, list):
        return tuple(str(each) for each in kind if each != "null")
    return () if kind is None else (str(kind),)


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a stream's table: the field at `path` (keys from the record down)."""

    path: tuple[str, ...]
    kind: str

    @property
    def name(self) -> str:
        """The column's name before dlt makes it snake_case: `address__zipCode` becomes `address__zip_code`."""
        return PATH_SEPARATOR.join(self.path)


@dataclass(frozen=True, slots=True)
class Layout:
    """The columns of a stream's records as the spec declares them, objects flattened as dlt flattens them
    (`nesting` levels deep); `objects` gives the fields of every object flattened (by path, the record's own
    at `()`), so that a page carrying a field the spec does not know is noticed."""

    columns: tuple[Column, ...]
    objects: Mapping[tuple[str, ...], frozenset[str]]

    @property
    def nested(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns if column.kind == ColumnKind.NESTED)


def _scalar_kind(resolved: Mapping[str, Any], key: str, text_money: tuple[str, ...]) -> str:
    if is_money(resolved, key, text_money):
        return ColumnKind.MONEY
    types = _types(resolved)
    if types == ("integer",):
        return ColumnKind.INTEGER
    if types == ("boolean",):
        return ColumnKind.BOOLEAN
    if types == ("number",):
        return ColumnKind.NUMBER
    if types == ("string",):
        return ColumnKind.TIMESTAMP if resolved.get("format") == "date-time" else ColumnKind.TEXT
    return ColumnKind.FREE


class _Walk:
    def __init__(self, domain: str) -> None:
        self.domain = domain
        self.columns: list[Column] = []
        self.objects: dict[tuple[str, ...], frozenset[str]] = {}

    def fields(self, schema: Mapping[str, Any], path: tuple[str, ...], level: int, seen: frozenset[str]) -> bool:
        """The fields of the object `schema` at `path`, each checked at `level`; False when it names none."""
        entered = enter_schema(self.domain, schema, seen)
        if entered is None:
            return False
        resolved, seen = entered
        for variant in resolved.get("allOf") or resolved.get("oneOf") or resolved.get("anyOf") or ():
            if self.fields(variant, path, level, seen):
                return True
        properties: Mapping[str, Any] = resolved.get("properties") or {}
        if not properties:
            return False
        self.objects[path] = frozenset(properties)
        text_money = text_money_of(schema)
        for key, prop in properties.items():
            self.field(prop, (*path, key), level, seen, text_money)
        return True

    def field(
        self, schema: Mapping[str, Any], path: tuple[str, ...], level: int, seen: frozenset[str], money: tuple[str, ...]
    ) -> None:
        entered = enter_schema(self.domain, schema, seen)
        resolved = {} if entered is None else entered[0]
        for variant in resolved.get("allOf") or resolved.get("oneOf") or resolved.get("anyOf") or ():
            inner = enter_schema(self.domain, variant, seen)
            if inner is not None and (_types(inner[0]) or inner[0].get("properties")):
                schema, resolved = variant, inner[0]
                break
        types = _types(resolved)
        if entered is None or "array" in types:
            self.columns.append(Column(path, ColumnKind.NESTED))
        elif resolved.get("properties") or types == ("object",):
            # dlt flattens an object into its parent's columns until the nesting runs out, then keeps it whole.
            if level <= 0:
                self.columns.append(Column(path, ColumnKind.NESTED))
            elif not self.fields(schema, path, level - 1, seen):
                self.columns.append(Column(path, ColumnKind.FREE))
        else:
            self.columns.append(Column(path, _scalar_kind(resolved, path[-1], money)))


def spec_layout(domain: str, schema: Mapping[str, Any], nesting: int) -> Layout:
    """The Layout of the records of the item schema `schema` (of `domain`), flattened `nesting` levels as dlt's
    `max_table_nesting` does."""
    walk = _Walk(domain)
    walk.fields(schema, (), nesting, frozenset())
    return Layout(tuple(walk.columns), walk.objects)


class OddValues(ValueError):
    """A page holds a value its Layout has no place or type for: a field the spec does not know, a text where a
    number is declared, a timestamp Arrow does not read. The caller hands that page on as rows."""


# `...41.6833333Z` -> `...41.683333Z` (microseconds, as dlt's own parser cuts them), and a zone where none is given.
_EXTRA_DIGITS = r"(\.\d{6})\d+"
_ZONED = r"(Z|[+-]\d\d:?\d\d)$"


def timestamps(values: list[Any] | pa.Array | pa.ChunkedArray) -> Any:
    """ISO 8601 texts (a list, or an Arrow array of strings) as UTC timestamps in microseconds; a text without a
    zone is read as UTC, as dlt reads it."""
    import pyarrow as pa
    import pyarrow.compute as pc

    unit = pa.timestamp("us", tz="UTC")
    texts = values if isinstance(values, pa.Array | pa.ChunkedArray) else pa.array(values, pa.string())
    try:
        # The API's seven fraction digits read in nanoseconds and cut to microseconds, all in Arrow: some thirty
        # times faster than cutting the texts first. Cutting towards zero is cutting the text only from 1970 on.
        precise = pc.cast(texts, pa.timestamp("ns", tz="UTC"))
        earliest = pc.min(precise).value
        if earliest is None or earliest >= 0:
            return precise.cast(unit, safe=False)
    except pa.ArrowInvalid:
        pass  # a year a nanosecond timestamp does not hold, a text without a zone, or no timestamp at all
    try:
        return pc.cast(texts, unit)
    except pa.ArrowInvalid:
        pass
    texts = pc.replace_substring_regex(texts, _EXTRA_DIGITS, r"\1")
    zoned = pc.match_substring_regex(texts, _ZONED)
    texts = pc.if_else(zoned, texts, pc.binary_join_element_wise(texts, "Z", ""))
    try:
        return pc.cast(texts, unit)
    except pa.ArrowInvalid as exc:
        raise OddValues(str(exc)) from None


_NONE = type(None)
# The Python types a column of each kind takes from the decoded JSON (`decimals=True`: a fraction is a Decimal).
_ACCEPTED: Mapping[str, frozenset[type]] = {
    ColumnKind.INTEGER: frozenset({int, _NONE}),
    ColumnKind.BOOLEAN: frozenset({bool, _NONE}),
    ColumnKind.MONEY: frozenset({Decimal, int, _NONE}),
    ColumnKind.NUMBER: frozenset({Decimal, int, _NONE}),
    ColumnKind.TEXT: frozenset({str, _NONE}),
    ColumnKind.TIMESTAMP: frozenset({str, _NONE}),
}


def _array(values: list[Any], kind: str) -> pa.Array:
    import pyarrow as pa

    accepted = _ACCEPTED.get(kind)
    # Checked before Arrow sees them: Arrow would cut 2.5 to 2 on its way into an integer column.
    if accepted is not None and not set(map(type, values)) <= accepted:
        odd = sorted(each.__name__ for each in set(map(type, values)) - accepted)
        raise OddValues(f"{', '.join(odd)} values")
    if kind == ColumnKind.TEXT:
        return pa.array(values, pa.string())
    if kind == ColumnKind.TIMESTAMP:
        return timestamps(values)
    if kind == ColumnKind.MONEY or kind == ColumnKind.NUMBER:
        return pa.array(values, pa.decimal128(MONEY_PRECISION, MONEY_SCALE))
    if kind == ColumnKind.INTEGER:
        return pa.array(values, pa.int64())
    if kind == ColumnKind.BOOLEAN:
        return pa.array(values, pa.bool_())
    if kind == ColumnKind.NESTED:
        return pa.array(values)
    raise OddValues(f"a value in a column of no declared type ({kind})")


def typed_table(
    records: list[Any],
    layout: Layout,
    constants: Mapping[str, int] | None = None,
    as_text: Iterable[str] = (),
    keep: Iterable[str] = (),
) -> pa.Table:
    """The records (dicts, as the `as_dicts` reads give them) as one Arrow table of the columns of `layout`
    that hold a value in at least one record (dlt makes no column of a field that is null in every row), plus
    an int64 column per entry of `constants`. A column named in `as_text`
    keeps its text, and one named in `keep` is there even when null in every record (an incremental cursor,
    which dlt looks for, compared as text and made a timestamp after).
    Raises OddValues when a record does not fit the layout (see there)."""
    import pyarrow as pa

    count = len(records)
    at: dict[tuple[str, ...], list[Any]] = {(): records}
    for path, known in layout.objects.items():
        if path:
            parents = at[path[:-1]]
            key = path[-1]
            at[path] = [parent.get(key) if parent is not None else None for parent in parents]
        objects = at[path]
        present = [value for value in objects if value is not None]
        if any(type(value) is not dict for value in present):
            raise OddValues(f"{PATH_SEPARATOR.join(path) or 'a record'} is not an object")
        if not set().union(*present) <= known:
            unknown = sorted(set().union(*present) - known)
            raise OddValues(f"fields the spec does not declare: {', '.join(map(str, unknown))}")
    names: list[str] = []
    arrays: list[pa.Array] = []
    text, kept = frozenset(as_text), frozenset(keep)
    for column in layout.columns:
        key = column.path[-1]
        if len(column.path) == 1:
            values = [record.get(key) for record in records]
        else:
            values = [parent.get(key) if parent is not None else None for parent in at[column.path[:-1]]]
        if values.count(None) == count and column.name not in kept:
            continue
        kind = ColumnKind.TEXT if column.name in text else column.kind
        try:
            arrays.append(_array(values, kind))
        except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError, OddValues) as exc:
            raise OddValues(f"{column.name}: {exc}") from None
        names.append(column.name)
    for name, value in (constants or {}).items():
        names.append(name)
        arrays.append(pa.array([value] * count, pa.int64()))
    return pa.Table.from_arrays(arrays, names=names)
