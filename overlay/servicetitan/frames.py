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
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping
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
