"""Paged lists: `{page, pageSize, hasMore, totalCount?, data}`, walked without losing a record.

A list action without `fetch_all` returns one `Page` (`AsyncPage`): its records, `has_more`, `total_count`, and
iteration over every record of this and every later page, fetched one page at a time. `fetch_all=True` returns
`Records` (`AsyncRecords`): every record from the first page on, holding one page at a time.

Pages are numbered from the `minimum` the document gives `page` (0 for the Intacct business-unit mappings, 1
everywhere else): `fetch_all` starts there and `page=` accepts nothing below it. Lists in `REQUIRES_TOTAL` get
`includeTotal=true` on every request.

How a list is walked (`ListWalk`, sans-IO; the sync and async classes differ only in how they wait):

- **By a stable key** where the operation allows it: `fetch_all` on a list that has `sort` (accepting CreatedOn,
  where the document names its sort fields: `x-sort-fields`, `sort_fields`), `createdOnOrAfter` and records with
  `createdOn`, and that is not known to ignore its sort (`SORT_IGNORED`), asks `sort=+CreatedOn` and moves the
  inclusive bound to the last `createdOn` read, always from the first page. A record that changes or leaves the
  list cannot move what is still to be read. Records that share the bound are read again and dropped by (id,
  modifiedOn); more than a page of them is walked by page number within that one timestamp. Every answer is
  checked (ascending, never below the bound, every record with the key).
- **Counted, after a fallback**: when an answer shows that the server did not honour the sort or the bound, or a
  record comes without the key, the walk does not stop: it reads the list again by page number from its first
  page with `includeTotal` (the page that showed it is dropped), hands over only records whose id it has not
  handed over in this read, and reads again from the first page whenever the count changes (at most
  `REREAD_LIMIT` times, then `ListChangedError`). The client remembers the list (`walk_fallbacks`, for its life)
  and says so once: a `servicetitan` log record and a `ListWalkWarning`. Lists of `SORT_IGNORED` start this way.
- **By page number** otherwise (an explicit `sort`, `page`, or a list without those parameters). The walk asks
  `includeTotal` and compares counts: a list whose count changed is read again from its first page (records
  already handed over are not repeated), at most `REREAD_LIMIT` times, then `ListChangedError` names the export
  feed to use instead.
- **Incrementally** with `modified_since=<checkpoint>` on lists that have `modifiedOnOrAfter`: the same stable
  walk on `modifiedOn`, or, where the list cannot be walked by it (no `sort` on ModifiedOn, or a fallback), by
  page number with the bound fixed where the read began. `Records.checkpoint` is a string to pass as the next
  run's `modified_since`. In modifiedOn order it is the latest `modifiedOn` handed over and the ids handed over
  at exactly that time, moved record by record, so the next run repeats none of them and skips nothing, even
  when many records share one timestamp. By page number it stays where the read began until the read ends, then
  moves to the latest `modifiedOn` of the walk's first answer (see `_Progress`): never past a change made while
  the list was read.

Everywhere: the client counts pages itself (the server's echoed `page` is ignored); a page shorter than asked
while `hasMore` is true means the server caps the page size, and the walk continues at the served size (which
the client remembers per operation) with nothing lost; a record is dropped only as a repeat of one handed over
on an earlier page with the same (id, modifiedOn) (the same id, in a counted walk after a fallback), or, without
those fields, identical content; `hasMore` must be a JSON boolean; a walk that brings nothing new for
`STALL_LIMIT` pages in a row stops with an error.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import warnings
import weakref
from bisect import bisect_left, bisect_right
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

import httpx

from servicetitan import _catalog
from servicetitan._logging import logger
from servicetitan._parsing import (
    MoneyReading,
    Parser,
    item_schema,
    money_reading,
    page_answer,
    page_json,
    parse_records,
    strict_flag,
)
from servicetitan._timeutil import key_as_bound, timestamp_key, timestamp_keys
from servicetitan.errors import ListChangedError, ListWalkWarning, ResponseValidationError
from servicetitan.exports import export_operations

if TYPE_CHECKING:
    from servicetitan._catalog import Operation
    from servicetitan._core import AsyncCore, Core, SyncCore

T = TypeVar("T")

STALL_LIMIT = 3
REREAD_LIMIT = 2


# --- page sizes ----------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PageSizeCap:
    size: int
    evidence: str


# ServiceTitan documents 5000 as the largest page size, and the most used open-source sync (MeltanoLabs
# tap-service-titan) has sent pageSize=5000 to every plain list since 2024-08 (QUIRKS.md). Only the entries below
# have evidence of a lower cap; a server that caps silently elsewhere is detected by its short pages. A client
# overrides any entry with `page_size_limits={operationId: n}`; the sandbox enforces this same table.
DEFAULT_MAX_PAGE_SIZE = 5000
TAP_EVIDENCE = "MeltanoLabs/tap-service-titan sends pageSize=500 here, naming an undocumented maximum of 500"
MAX_PAGE_SIZE: dict[tuple[str, str], PageSizeCap] = {
    ("accounting", "JournalEntries_GetList"): PageSizeCap(500, TAP_EVIDENCE),
    ("settings", "IntacctBusinessUnitMappings_Get"): PageSizeCap(500, TAP_EVIDENCE),
}

# Page sizes servers were seen to serve below what was asked, per client and (domain, operationId).
_SERVED: weakref.WeakKeyDictionary[Core, dict[tuple[str, str], int]] = weakref.WeakKeyDictionary()


def max_page_size(operation: Operation, overrides: Mapping[str, int] | None = None) -> int:
    """The largest page size a request may ask for: the client's override, the table, or 5000."""
    if overrides and operation.operation_id in overrides:
        return overrides[operation.operation_id]
    cap = MAX_PAGE_SIZE.get((operation.domain, operation.operation_id))
    return DEFAULT_MAX_PAGE_SIZE if cap is None else cap.size


def served_page_sizes(client: Core) -> dict[tuple[str, str], int]:
    """The page sizes `client` has seen servers cap at, by (domain, operationId)."""
    try:
        return _SERVED.setdefault(client.base, {})
    except TypeError:
        return {}


# What the API serves when no pageSize is sent (QUIRKS.md, "Pagination").
DEFAULT_API_PAGE_SIZE = 50


def declares_has_more(operation: Operation) -> bool:
    """Whether a paged list's documented answer has `hasMore` (a few answer a bare array or a bare `{data}`)."""
    return _declares_has_more(operation.domain, operation.operation_id)


@cache
def _declares_has_more(domain: str, operation_id: str) -> bool:
    schema = _catalog.resolve_schema(domain, _catalog.operation(domain, operation_id).success_schema() or {})
    return "hasMore" in schema.get("properties", {})


def fetch_all_page_size(operation: Operation, client: Core) -> int:
    """The page size `fetch_all` asks for: the largest allowed, or less once the server was seen to cap."""
    limit = max_page_size(operation, client.page_size_limits)
    served = served_page_sizes(client).get((operation.domain, operation.operation_id))
    return limit if served is None else min(limit, served)


# --- lists that do not walk as documented ----------------------------------------------------------------------

# Lists seen to answer out of the order their `sort` asked, while still honouring the date bounds (QUIRKS.md, "What
# production does that the documents do not say"). `fetch_all` and `modified_since` read these by the counted walk
# from the start, rather than finding out on the first page. Any other list that ignores its sort is found out by
# its answers and read the same way from then on (`walk_fallbacks`): this table saves a request, no more.
SORT_EVIDENCE = (
    "MeltanoLabs/tap-service-titan (2026-02): answers came back out of sort=+ModifiedOn order although the "
    "document lists ModifiedOn as a sort field; modifiedOnOrAfter still bounded the list"
)
SORT_IGNORED: dict[tuple[str, str], str] = {
    ("pricebook", "Services_GetList"): SORT_EVIDENCE,
    ("pricebook", "Materials_GetList"): SORT_EVIDENCE,
    ("marketing", "Campaigns_GetList"): SORT_EVIDENCE,
    ("dispatch", "TechnicianShifts_GetList"): SORT_EVIDENCE,
    ("forms", "FormSubmission_GetFormSubmissions"): (
        "MeltanoLabs/tap-service-titan: submissions come back out of submittedOn order within the second"
    ),
}

# Lists that answer only when asked for their count: every request to them carries includeTotal=true.
REQUIRES_TOTAL: dict[tuple[str, str], str] = {
    ("settings", "IntacctBusinessUnitMappings_Get"): (
        "MeltanoLabs/tap-service-titan always sends includeTotal to this list, which it describes as required"
    ),
}

# Lists each client has seen not walk as asked (a sort or a bound not honoured, records without the walk's key),
# with the reason: read by the counted walk for the rest of that client's life.
_FALLBACKS: weakref.WeakKeyDictionary[Core, dict[tuple[str, str], str]] = weakref.WeakKeyDictionary()


def walk_fallbacks(client: Core) -> dict[tuple[str, str], str]:
    """The lists `client` reads by the counted walk since it saw them not honour a stable walk, with why."""
    try:
        return _FALLBACKS.setdefault(client.base, {})
    except TypeError:
        return {}


def _report_fallback(operation: Operation, reason: str) -> None:
    message = (
        f"{operation.domain} {operation.operation_id}: {reason}; this client reads it by page number with "
        "includeTotal from now on (each record handed over once, by id; nothing is lost or repeated)"
    )
    logger.warning("%s", message)
    # Under warnings turned into errors the log record above says it, and the read goes on as in production.
    with contextlib.suppress(ListWalkWarning):
        warnings.warn(message, ListWalkWarning, stacklevel=2)


# --- what the catalog says about walking a list --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StableKey:
    """A record field a list can be sorted on and bounded by (`<field>OnOrAfter`, inclusive)."""

    field: str
    bound: str

    @property
    def sort(self) -> str:
        return "+" + self.field[:1].upper() + self.field[1:]


CREATED_ON = StableKey("createdOn", "createdOnOrAfter")
MODIFIED_ON = StableKey("modifiedOn", "modifiedOnOrAfter")


def sort_fields(operation: Operation) -> tuple[str, ...] | None:
    """The fields the operation's `sort` accepts, as its document names them (`x-sort-fields`, kept from the
    document's prose by normalization); None where the document names none."""
    sort = operation.query_parameter("sort")
    fields = sort.schema.get("x-sort-fields") if sort is not None else None
    return tuple(str(name) for name in fields) if isinstance(fields, list) else None


def sort_field_accepted(operation: Operation, name: str) -> bool:
    """Whether `sort` may name `name` (any field where the document does not say; case does not matter)."""
    accepted = sort_fields(operation)
    return accepted is None or name.lower() in {field.lower() for field in accepted}


def first_page(operation: Operation) -> int:
    """The number of a list's first page: 0 where its document's `page` has `minimum: 0`, else 1."""
    page = operation.query_parameter("page")
    return 0 if page is not None and page.schema.get("minimum") == 0 else 1


def record_fields(operation: Operation) -> frozenset[str] | None:
    """The fields the documented records of a list have, or None where the document does not say."""
    return _record_fields(operation.domain, operation.operation_id)


@cache
def _record_fields(domain: str, operation_id: str) -> frozenset[str] | None:
    item = item_schema(domain, _catalog.operation(domain, operation_id).success_schema())
    properties = _catalog.resolve_schema(domain, item).get("properties") if item is not None else None
    return frozenset(properties) if isinstance(properties, Mapping) else None


def stable_key(operation: Operation, key: StableKey = CREATED_ON) -> StableKey | None:
    """`key` when the operation can be walked by it: it takes `sort` on the key's field (as far as its document
    says) and the key's inclusive bound, its records have the key's field (as far as its document says), and it
    is not known to ignore its sort (`SORT_IGNORED`)."""
    if not {"sort", key.bound} <= operation.query_names or not sort_field_accepted(operation, key.sort[1:]):
        return None
    fields = record_fields(operation)
    if fields is not None and key.field not in fields:
        return None
    return None if (operation.domain, operation.operation_id) in SORT_IGNORED else key


def reads_incrementally(operation: Operation) -> bool:
    """Whether the list takes `modified_since` (it has the inclusive `modifiedOnOrAfter` filter)."""
    return MODIFIED_ON.bound in operation.query_names


def walk_kind(operation: Operation) -> str:
    """How `fetch_all` starts to walk the list: "stable" (shift-safe), "counted" (page numbers, a change is
    detected by its count) or "unguarded" (page numbers, the list offers no count)."""
    if stable_key(operation) is not None:
        return "stable"
    return "counted" if "includeTotal" in operation.query_names else "unguarded"


def paged_operations() -> list[Operation]:
    """Every paged list operation of every domain."""
    return [op for key in _catalog.domains() for op in _catalog.domain(key).operations.values() if op.is_paged]


def export_feed_for(operation: Operation) -> str | None:
    """The export feed that reads the records of a list (`st.exports.<domain>.<feed>`), if the domain has one."""
    resource = [segment for segment in operation.path.split("/") if segment and not segment.startswith("{")][-1]
    name = _catalog.snake_name(resource)
    return f"st.exports.{operation.domain}.{name}" if name in export_operations(operation.domain) else None


# --- the paging arguments of a list call, checked before anything is sent ------------------------------------

# The most ids one request of a list may name (the API's limit).
MAX_IDS = 50


def checked_page_size(operation: Operation, client: Core, requested: Any, fetch_all: bool) -> int | None:
    """`page_size` as asked (within the operation's largest), or, with `fetch_all` and none asked, the largest."""
    limit = max_page_size(operation, client.page_size_limits)
    if requested is None:
        return fetch_all_page_size(operation, client) if fetch_all else None
    if isinstance(requested, bool) or not isinstance(requested, int):
        raise TypeError(f"page_size must be an int, not {type(requested).__name__}")
    if not 1 <= requested <= limit:
        raise ValueError(
            f"page_size must be between 1 and {limit} for {operation.operation_id} "
            "(raise the limit with page_size_limits= if the API accepts more)"
        )
    return requested


def id_batches(value: Any, fetch_all: bool) -> list[str]:
    """`ids` as comma-separated batches of at most 50 (the API's limit): a str "1,2" or a sequence of ints.
    More than one batch is read only with fetch_all=True, which streams the batches one after another."""
    parts = value.split(",") if isinstance(value, str) else value
    if isinstance(parts, Mapping) or not isinstance(parts, list | tuple | set | frozenset | range):
        raise TypeError(f"ids must be a str such as '1,2,3' or a sequence of ints, not {type(value).__name__}")
    ids = []
    for part in parts:
        text = str(part).strip() if not isinstance(part, bool) else ""
        if not text.isdigit():
            raise ValueError(f"ids must be whole numbers, not {part!r}")
        ids.append(text)
    unique = list(dict.fromkeys(ids))
    batches = [",".join(unique[i : i + MAX_IDS]) for i in range(0, len(unique), MAX_IDS)]
    if len(batches) > 1 and not fetch_all:
        raise ValueError(
            f"ids takes at most {MAX_IDS} ids per request ({len(unique)} given); "
            "pass fetch_all=True to read them in batches of 50"
        )
    return batches


def _declares(operation: Operation, label: str, name: str, api_name: str) -> None:
    """A paging option the operation does not declare would be ignored by the API: refuse it instead."""
    if api_name not in operation.query_names:
        raise ValueError(
            f"{label}({name}): {operation.operation_id} does not take {api_name!r}, which the API would ignore"
        )


def paging_params(
    operation: Operation,
    label: str,
    client: Core,
    *,
    page: Any,
    page_size: Any,
    fetch_all: bool,
    include_total: bool,
    sort: Any,
) -> dict[str, Any]:
    """The query parameters a list call's paging arguments ask for (`pageSize`, `includeTotal`, `sort`), each
    checked against the operation; `page` is checked here and walked from by `new_walk` (which checks
    `modified_since`). `label` names the method in error messages."""
    first = first_page(operation)
    if page is not None and (isinstance(page, bool) or not isinstance(page, int) or page < first):
        raise ValueError(
            f"page must be an int >= {first}"
            + (f" ({operation.operation_id} numbers its pages from {first})" if first != 1 else "")
        )
    if fetch_all and page not in (None, first):
        raise ValueError(f"fetch_all reads from page {first}; leave page out")
    params: dict[str, Any] = {}
    size = checked_page_size(operation, client, page_size, fetch_all)
    if size is not None:
        params["pageSize"] = size
    if include_total:
        _declares(operation, label, "include_total", "includeTotal")
        params["includeTotal"] = True
    if sort is not None:
        if not isinstance(sort, str) or not sort.strip():
            raise TypeError("sort must be a str such as '+modifiedOn' or '-id'")
        _declares(operation, label, "sort", "sort")
        field_name = sort.strip().lstrip("+-").strip()
        if not sort_field_accepted(operation, field_name):
            raise ValueError(
                f"{label}(sort={sort!r}): {operation.operation_id} sorts by "
                f"{', '.join(sort_fields(operation) or ())} only, not {field_name!r}"
            )
        params["sort"] = sort
    return params


# --- checkpoints of incremental reads ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """Where an incremental read got to: every record modified before `timestamp` and those of `ids` modified at
    exactly `timestamp` (a 7-digit UTC key) have been handed over."""

    timestamp: str
    ids: frozenset[str] = frozenset()

    def __str__(self) -> str:
        text = self.timestamp + "Z"
        return f"{text}~{','.join(sorted(self.ids, key=lambda i: (len(i), i)))}" if self.ids else text

    @classmethod
    def parse(cls, value: Any) -> Checkpoint:
        """A checkpoint string from `Records.checkpoint`, or a datetime, a date, or an ISO date or timestamp."""
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            value = dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC)
        if isinstance(value, dt.datetime):
            key = timestamp_key(value)
            assert key is not None
            return cls(key)
        if isinstance(value, str):
            moment, _, ids = value.partition("~")
            key = timestamp_key(moment if len(moment.strip()) != 10 else moment.strip() + "T00:00:00Z")
            parts = [part.strip() for part in ids.split(",") if part.strip()]
            if key is not None and all(part.lstrip("-").isdigit() for part in parts):
                return cls(key, frozenset(parts))
        raise ValueError(
            f"modified_since must be a checkpoint string from a previous read, a datetime or a date, not {value!r}"
        )

    def after(self, record_id: Any, modified: str) -> Checkpoint:
        """This checkpoint once a record modified at `modified` has been handed over."""
        if modified > self.timestamp:
            return Checkpoint(modified, frozenset({str(record_id)}))
        if modified == self.timestamp:
            return Checkpoint(modified, self.ids | {str(record_id)})
        return self


# --- one page request, one page answer -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PageRequest:
    """Everything needed to ask for any page of one list but the page number."""

    operation: Operation
    path_params: Mapping[str, Any]
    params: Mapping[str, Any]
    parse: Parser | None
    model: str
    debug: bool = False


@dataclass(frozen=True, slots=True)
class PageData:
    records: list[Any]
    page: int
    page_size: int
    has_more: bool
    total_count: int | None
    # (id, modifiedOn key) of each record, in an incremental read.
    marks: list[tuple[Any, str]] = field(default_factory=list)
    # Whether the walk read this page in modifiedOn order (a stable walk), and the largest modifiedOn of the
    # walk's first answer (see `_Progress`).
    ordered: bool = False
    first_high: str | None = None


def _field_values(records: list[Any], name: str) -> list[Any]:
    """The `name` of each record: None where a record lacks it or is not an object."""
    try:
        return [record[name] for record in records]
    except (KeyError, TypeError):
        return [record.get(name) if isinstance(record, Mapping) else None for record in records]


def record_key(record: Any) -> Any:
    """What makes a record a repeat: (id, modifiedOn), or its whole content when it lacks either; None for a
    value that is not a record (never a repeat)."""
    if type(record) is not dict and not isinstance(record, Mapping):
        return None
    record_id = record.get("id")
    if isinstance(record_id, int | str) and "modifiedOn" in record:
        modified = record["modifiedOn"]
        return (record_id, modified if isinstance(modified, str | None) else repr(modified))
    return json.dumps(record, sort_keys=True, default=str)


def id_key(record: Any) -> Any:
    """What makes a record a repeat in a counted walk after a fallback: its id alone (a record modified while
    the list is read is handed over once, not once per version), or its `record_key` when it has no id."""
    if isinstance(record, Mapping):
        record_id = record.get("id")
        if isinstance(record_id, int | str) and not isinstance(record_id, bool):
            return record_id
    return record_key(record)


def _id_of(key: Any) -> str | None:
    """The record id inside a `record_key`, if it has one."""
    if isinstance(key, tuple):
        return str(key[0])
    content = json.loads(key) if isinstance(key, str) else None
    return str(content["id"]) if isinstance(content, dict) and isinstance(content.get("id"), int | str) else None


# --- the walk ------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class ListWalk:
    """The sans-IO part of a paged read: which page to ask next, and what of an answer to hand over."""

    request: PageRequest
    page: int = 1
    size: int | None = None
    stable: StableKey | None = None
    countable: bool = False
    counting: bool = False
    served: dict[tuple[str, str], int] = field(default_factory=dict)
    since: Checkpoint | None = None
    # the number of the list's first page (0 or 1, from its document), and whether every request carries
    # includeTotal (`REQUIRES_TOTAL`)
    first: int = 1
    always_total: bool = False
    # the client's memory of lists that did not walk as asked (`walk_fallbacks`); whether this walk judges repeats
    # by id (a counted walk that replaced a stable one); in a stable walk, the ids of every record handed over,
    # so that a fallback in mid-read hands none of them over again
    fallbacks: dict[tuple[str, str], str] = field(default_factory=dict)
    by_id: bool = False
    handed: set[Any] = field(default_factory=set)
    restarted: bool = False
    # the largest modifiedOn of the walk's first answer, once answered (incremental reads)
    first_high: str | None = None
    answered: bool = False
    # page-number walks: where the first page starts, and how far into the list the answers reached (never
    # beyond what was read, so a smaller page size or a shorter answer makes the next page overlap, not skip)
    origin: int = 0
    position: int = 0
    total_changed: bool = False
    # stable walks: the largest key read so far, and the repeat keys of the records read at exactly that key
    high: str | None = None
    seen: set[Any] = field(default_factory=set)
    keyless: set[Any] = field(default_factory=set)
    total: int | None = None
    rereads: int = 0
    stalls: int = 0
    done: bool = False
    money: MoneyReading | None = None
    # stable walks resumed from a `resume_point()`: the ids handed over at `high` in the earlier run
    taken: frozenset[str] = frozenset()

    def copy(self) -> ListWalk:
        return replace(self, seen=set(self.seen), keyless=set(self.keyless), handed=set(self.handed))

    def resume_point(self) -> dict[str, Any]:
        """Where this walk goes on from, as JSON data that `resume` takes in a later run of the same request:
        by a stable key, the largest key read and the ids read at it; by page number, the next page."""
        ids = set(self.taken)
        if self.stable is not None:
            ids.update(found for key in self.seen if (found := _id_of(key)) is not None)
        return {
            "page": self.page,
            "size": self.size,
            "high": self.high,
            "ids": sorted(ids, key=lambda i: (len(i), i)),
            "keyless": [list(key) if isinstance(key, tuple) else key for key in self.keyless],
            "origin": self.origin,
            "position": self.position,
            "total": self.total,
            "done": self.done,
            "counted_by_id": self.by_id,
            "first_high": self.first_high,
        }

    def resume(self, point: Mapping[str, Any]) -> None:
        """Go on from the `resume_point()` of a walk of the same request in an earlier run. By a stable key, a record
        at the key whose id was handed over then is not handed over again, even modified since. By page number,
        a count changed since stops the walk with `ListChangedError` (what the earlier run handed over cannot be
        told apart on a re-read)."""
        if point.get("counted_by_id") and self.stable is not None:
            self._count_from_start()
        self.restarted = False
        self.page, self.size, self.total, self.done = point["page"], point["size"], point["total"], False
        self.origin, self.position = point["origin"], point["position"]
        self.first_high, self.answered = point.get("first_high"), True
        if self.stable is not None:
            # From the first page at the key, not a page within it: records left since would shift that page.
            self.page, self.high, self.seen, self.taken = self.first, point["high"], set(), frozenset(point["ids"])
        self.keyless = {tuple(key) if isinstance(key, list) else key for key in point["keyless"]}
        if self.countable:
            self.rereads = REREAD_LIMIT

    @property
    def operation(self) -> Operation:
        return self.request.operation

    def params(self) -> dict[str, Any]:
        params = {**self.request.params, "page": self.page}
        if self.size is not None:
            params["pageSize"] = self.size
        if self.stable is not None:
            params["sort"] = self.stable.sort
            if self.high is not None:
                params[self.stable.bound] = key_as_bound(self.high)
        if self.stable is None and self.since is not None:
            params[MODIFIED_ON.bound] = key_as_bound(self.since.timestamp)
        if self.counting or self.always_total:
            params["includeTotal"] = True
        return params

    def send_arguments(self) -> dict[str, Any]:
        """What `send` takes to ask for the next page, on either client."""
        operation = self.operation
        return {
            "method": operation.method,
            "path": operation.path,
            "path_params": self.request.path_params,
            "params": self.params(),
            "debug": self.request.debug,
            "operation": operation,
        }

    def accept(self, response: httpx.Response) -> PageData:
        """What of an answer to hand over, decoded and parsed as `page_answer` says."""
        with page_answer(response):
            return self._accept(response)

    def _accept(self, response: httpx.Response) -> PageData:
        operation = self.operation
        body = page_json(response, self.money)
        number, asked = self.page, self.size
        data: list[Any]
        if isinstance(body, list) and not declares_has_more(operation):
            # The spec gives these lists a bare array, with no hasMore: a page shorter than asked is the last.
            data, total = body, None
            has_more = len(data) >= (asked or DEFAULT_API_PAGE_SIZE) and bool(data)
        else:
            if not isinstance(body, Mapping) or not isinstance(body.get("data"), list):
                self._fail("a list answer must be an object with a 'data' array", response, body)
            data = body["data"]
            if "hasMore" in body or declares_has_more(operation):
                has_more = strict_flag(body, "hasMore", operation, response)
            else:  # a bare `{data}`, as documented for a few lists: read on while pages are full
                has_more = len(data) >= (asked or DEFAULT_API_PAGE_SIZE) and bool(data)
            if has_more and not data:
                self._fail(f"page {number} says hasMore but has no record; stopping", response, body)
            total = body.get("totalCount")
            total = total if isinstance(total, int) and not isinstance(total, bool) else None
        if has_more and asked is not None and len(data) < asked:
            # The server caps the page size below what was asked: go on at the size it serves.
            self.served[(operation.domain, operation.operation_id)] = len(data)
        if not self.answered:
            self.answered = True
            if self.since is not None:
                self.first_high = max(
                    filter(None, timestamp_keys(_field_values(data, MODIFIED_ON.field))), default=None
                )
        fresh = self._accept_stable(data, response, body) if self.stable else self._accept_by_number(data, total)
        if has_more and (asked is None or len(data) < asked):
            self.size = len(data)
        if self.restarted:
            # The stable walk gave way to the counted walk, which reads the list again from its first page.
            self.restarted = False
            self.done = False
            self.counting = self.countable
            return self._page_data([], number, len(data) if asked is None else asked, True, total)
        reread = self._reread(total)
        if has_more and not reread and self.stable is None:
            self.page = self.first + self.position // (self.size or 1)
        self.done = not has_more and not reread
        if has_more and not fresh:
            self.stalls += 1
            if self.stalls >= STALL_LIMIT:
                self._fail(f"{self.stalls} pages in a row brought no new record; stopping", response, body)
        elif fresh:
            self.stalls = 0
        self.counting = self.countable
        return self._page_data(fresh, number, len(data) if asked is None else asked, has_more, total)

    def _accept_by_number(self, data: list[Any], total: int | None) -> list[Any]:
        size = self.size or len(data)
        start = (self.page - self.first) * size
        if self.position == 0:
            self.origin = start
        self.position = start + len(data)
        seen = self.seen
        fresh = [record for record in data if not self._repeat_by_number(record, seen)]
        seen.update(map(id_key if self.by_id else record_key, data))
        self.total_changed = total is not None and self.total is not None and total != self.total
        if total is not None:
            self.total = total
        return fresh

    def _repeat_by_number(self, record: Any, seen: set[Any]) -> bool:
        key = id_key(record) if self.by_id else record_key(record)
        if key is not None and key in seen:
            return True
        return self.since is not None and self._before_checkpoint(record)

    def _before_checkpoint(self, record: Any) -> bool:
        since = self.since
        assert since is not None
        modified = timestamp_key(record.get("modifiedOn")) if isinstance(record, Mapping) else None
        if modified is None or modified > since.timestamp:
            return False
        return modified < since.timestamp or str(record.get("id")) in since.ids

    def _reread(self, total: int | None) -> bool:
        """After a count change under a page-number walk: start again from the first page, or give up."""
        if not self.total_changed:
            return False
        self.total_changed = False
        if self.rereads >= REREAD_LIMIT:
            operation = self.operation
            feed = export_feed_for(operation)
            advice = f"read it through the export feed {feed}" if feed else "read it again when it is quiet"
            raise ListChangedError(
                f"{operation.operation_id}: the list kept changing while it was read by page number (totalCount "
                f"now {total}, after {self.rereads} re-reads); records may have been skipped, so {advice}",
                operation_id=operation.operation_id,
                export_feed=feed,
            )
        self.rereads += 1
        self.page = self.first + self.origin // (self.size or 1)
        self.position = self.origin
        return True

    def _fall_back(self, reason: str) -> None:
        """The stable walk cannot go on: say so (once per list and client) and read by the counted walk."""
        operation = self.operation
        key = (operation.domain, operation.operation_id)
        if key not in self.fallbacks:
            self.fallbacks[key] = reason
            _report_fallback(operation, reason)
        self._count_from_start()

    def _count_from_start(self) -> None:
        """Turn this stable walk into a counted walk by page number from the first page, with includeTotal, that
        judges repeats by id: every record it hands over is one not handed over before in this read. With
        `modified_since` the bound stays where the read began. The page that revealed the problem is dropped."""
        self.stable = None
        self.high = None
        self.taken = frozenset()
        self.countable = "includeTotal" in self.operation.query_names
        self.counting = self.countable
        self.by_id = True
        self.seen, self.handed = self.handed, set()
        self.page, self.origin, self.position = self.first, 0, 0
        self.total, self.total_changed, self.stalls = None, False, 0
        self.restarted = True

    def _accept_stable(self, data: list[Any], response: httpx.Response, body: Any) -> list[Any]:
        stable = self.stable
        assert stable is not None
        keys = timestamp_keys(_field_values(data, stable.field))
        # The usual page has a key on every record: then the records at a key are found by bisecting the keys,
        # rather than by a pass over every record.
        complete = None not in keys
        ordered: list[str] = cast("list[str]", keys) if complete else [key for key in keys if key is not None]
        prior_high, prior_seen = self.high, self.seen
        floor = None if prior_high is None else prior_high[:26]
        if ordered != sorted(ordered) or (floor is not None and ordered and ordered[0][:26] < floor):
            self._fall_back(f"the server did not honour sort={stable.sort} with {stable.bound}")
            return []
        if not complete and "includeTotal" in self.operation.query_names:
            # Where a record without the key sits in the order, and whether a bound keeps it, nobody knows. Even
            # on the first answer the counted walk starts afresh: that answer was not counted, and a change before
            # the second would go unnoticed.
            self._fall_back(f"records came without {stable.field}, the key of its walk")
            return []
        if self.since is None and complete:
            # Everything after the records at the bound is new; of those at the bound, the ones not read before.
            cut = start = 0
            if prior_high is not None:
                cut = bisect_right(ordered, prior_high)
                start = bisect_left(ordered, prior_high, hi=cut)
            fresh = [record for record in data[start:cut] if record_key(record) not in prior_seen] + data[cut:]
        else:
            fresh = self._fresh_among(data, keys, prior_high, prior_seen)
        if self.taken:
            fresh = [
                record
                for record in fresh
                if not isinstance(record, Mapping)
                or timestamp_key(record.get(stable.field)) != prior_high
                or str(record.get("id")) not in self.taken
            ]
        self.handed.update(map(id_key, fresh))
        if not ordered:
            self.page += 1
            return fresh
        top = ordered[-1]
        if complete:
            at_top = {record_key(record) for record in data[bisect_left(ordered, top) :]}
        else:
            at_top = {record_key(record) for record, key in zip(data, keys, strict=True) if key == top}
        self.seen = prior_seen | at_top if top == prior_high else at_top
        if top != prior_high:
            self.taken = frozenset()
        self.high = top
        # A page all within one microsecond cannot move the bound: read on by page number at that bound (where
        # the bound stays, the next page; where it moves, that microsecond begins this page).
        if ordered[0][:26] == top[:26]:
            self.page = self.page + 1 if top[:26] == floor else self.first + 1
        else:
            self.page = self.first
        return fresh

    def _fresh_among(
        self, data: list[Any], keys: list[str | None], prior_high: str | None, prior_seen: set[Any]
    ) -> list[Any]:
        fresh = []
        for record, key in zip(data, keys, strict=True):
            if key is None:
                # An odd record without the key is handed over once, wherever it turns up.
                if record_key(record) not in self.keyless:
                    self.keyless.add(record_key(record))
                    fresh.append(record)
                continue
            if prior_high is not None and (
                key < prior_high or (key == prior_high and record_key(record) in prior_seen)
            ):
                continue
            if self.since is not None and self._before_checkpoint(record):
                continue
            fresh.append(record)
        return fresh

    def _page_data(self, fresh: list[Any], number: int, size: int, has_more: bool, total: int | None) -> PageData:
        marks = []
        if self.since is not None:
            marks = [
                (record.get("id"), timestamp_key(record.get("modifiedOn")) or "")
                if isinstance(record, Mapping)
                else (None, "")
                for record in fresh
            ]
        records = parse_records(self.request.parse, fresh, self.request.model)
        return PageData(records, number, size, has_more, total, marks, self.stable is not None, self.first_high)

    def _fail(self, reason: str, response: httpx.Response, body: Any) -> None:
        raise ResponseValidationError.of(f"{self.operation.operation_id}: {reason}", response, body)


def new_walk(
    request: PageRequest,
    client: Core,
    *,
    page: int | None = None,
    fetch_all: bool = False,
    modified_since: Any = None,
) -> ListWalk:
    """How to walk `request` (checked before anything is sent): by a stable key where the list allows it, by
    page number otherwise; incrementally from `modified_since` (a `Checkpoint` string, a datetime or a date).
    A list known not to walk by a stable key (`SORT_IGNORED`, or seen so by this client) starts counted."""
    operation = request.operation
    params = request.params
    names = operation.query_names
    key = (operation.domain, operation.operation_id)
    fallbacks = walk_fallbacks(client)
    known = key in fallbacks or key in SORT_IGNORED
    since = None
    stable = None
    if modified_since is not None:
        if MODIFIED_ON.bound not in names:
            raise ValueError(f"{operation.operation_id} has no modifiedOnOrAfter, so it cannot be read incrementally")
        if not fetch_all:
            raise ValueError("modified_since reads every page: pass fetch_all=True")
        if "ids" in params:
            raise ValueError("modified_since reads what changed in the whole list: leave ids out")
        clash = sorted({"sort", MODIFIED_ON.bound} & set(params))
        if clash:
            raise ValueError(f"modified_since decides {', '.join(clash)} itself; leave them out")
        since = Checkpoint.parse(modified_since)
        stable = None if key in fallbacks else stable_key(operation, MODIFIED_ON)
    elif fetch_all and "sort" not in params:
        stable = None if key in fallbacks else stable_key(operation)
    countable = stable is None and "includeTotal" in names
    size = params.get("pageSize")
    first = first_page(operation)
    return ListWalk(
        request,
        page=first if page is None else page,
        size=size if isinstance(size, int) else None,
        stable=stable,
        countable=countable,
        counting=countable and fetch_all,
        served=served_page_sizes(client),
        since=since,
        first=first,
        always_total=key in REQUIRES_TOTAL,
        fallbacks=fallbacks,
        by_id=known and fetch_all and stable is None and "sort" not in params,
        high=since.timestamp if since is not None and stable is not None else None,
        money=money_reading(client, operation, request.parse is None),
    )


def nothing_to_read(walk: ListWalk) -> PageData:
    """The answer to a list asked for no record at all (an empty `ids`), given without a request."""
    walk.done = True
    return PageData([], walk.page, walk.size or 0, False, None)


# --- pages and records ---------------------------------------------------------------------------------------


class _PageBase(Generic[T]):
    def __init__(self, walk: ListWalk, data: PageData) -> None:
        self._walk = walk
        self._data = data

    @property
    def records(self) -> list[T]:
        """The records of this page only (repeats of records on earlier pages left out)."""
        return self._data.records

    @property
    def page(self) -> int:
        """The page number this page was asked for (counted by the client)."""
        return self._data.page

    @property
    def page_size(self) -> int:
        return self._data.page_size

    @property
    def has_more(self) -> bool:
        return self._data.has_more

    @property
    def total_count(self) -> int | None:
        """Set when the list was asked for with `include_total=True` (and on pages a walk counted)."""
        return self._data.total_count

    @property
    def next_page_number(self) -> int | None:
        """The page the walk asks for next, or None after the last page."""
        return None if self._walk.done else self._walk.page

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(operation={self._walk.operation.operation_id!r}, page={self.page}, "
            f"records={len(self.records)}, has_more={self.has_more}, total_count={self.total_count})"
        )


class Page(_PageBase[T]):
    """One page of a list; iterating it yields every record of this page and of every later one."""

    def __init__(self, client: SyncCore, walk: ListWalk, data: PageData) -> None:
        super().__init__(walk, data)
        self._client = client

    @classmethod
    def fetch(cls, client: SyncCore, walk: ListWalk) -> Page[T]:
        """The next page of `walk` (which moves on)."""
        response = client.send(**walk.send_arguments())
        return cls(client, walk, walk.accept(response))

    def next_page(self) -> Page[T] | None:
        return None if self._walk.done else Page.fetch(self._client, self._walk.copy())

    def iter_pages(self) -> Iterator[Page[T]]:
        yield self
        walk = self._walk.copy()
        while not walk.done:
            yield Page.fetch(self._client, walk)

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.records


class AsyncPage(_PageBase[T]):
    """One page of a list; `async for` yields every record of this page and of every later one."""

    def __init__(self, client: AsyncCore, walk: ListWalk, data: PageData) -> None:
        super().__init__(walk, data)
        self._client = client

    @classmethod
    async def fetch(cls, client: AsyncCore, walk: ListWalk) -> AsyncPage[T]:
        response = await client.send(**walk.send_arguments())
        return cls(client, walk, walk.accept(response))

    async def next_page(self) -> AsyncPage[T] | None:
        return None if self._walk.done else await AsyncPage.fetch(self._client, self._walk.copy())

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        yield self
        walk = self._walk.copy()
        while not walk.done:
            yield await AsyncPage.fetch(self._client, walk)

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for record in page.records:
                yield record


class _Progress:
    """The checkpoint of an incremental read, moved by each record only once the consumer comes back for the
    next one (a record in the consumer's hands when it stops counts as not taken).

    A walk in modifiedOn order moves it record by record. A walk by page number is in no order: its checkpoint
    stays where the read began until the read ends, and then moves to the largest modifiedOn of the walk's first
    answer (`first_high`), not to the largest handed over. Every record modified after that answer was sent has a
    later modifiedOn, so a record handed over early and modified while later pages were read is read again by the
    next run; every record whose modifiedOn is still below `first_high` sat in the bounded list the whole time,
    and the walk read all of it. Records handed over above `first_high` come again in the next run."""

    def __init__(self, walk: ListWalk) -> None:
        self.since = walk.since
        self.published = walk.since
        self._latest = walk.since
        self._ordered = walk.stable is not None
        self._first_high = walk.first_high
        self._at_first_high: set[str] = set()

    def page(self, data: PageData) -> None:
        if self._ordered and not data.ordered:
            # The stable walk gave way to a counted one: nothing beyond where the read began is certain now.
            self._ordered = False
            self.published = self.since
        self._first_high = data.first_high

    def took(self, mark: tuple[Any, str]) -> None:
        if self._latest is None or not mark[1]:
            return
        self._latest = self._latest.after(*mark)
        if self._ordered:
            self.published = self._latest
        if mark[1] == self._first_high:
            self._at_first_high.add(str(mark[0]))

    def finished(self) -> None:
        since, high = self.since, self._first_high
        if self._ordered or since is None:
            self.published = self._latest
        elif high is not None and high > since.timestamp:
            self.published = Checkpoint(high, frozenset(self._at_first_high))
        elif high == since.timestamp:
            self.published = Checkpoint(high, since.ids | self._at_first_high)


class _RecordsBase(Generic[T]):
    def __init__(self, first: Any, more: Sequence[PageRequest] = ()) -> None:
        self.first_page = first
        self._more = tuple(more)
        self._progress = _Progress(first._walk)

    @property
    def checkpoint(self) -> str | None:
        """With `modified_since`: the `modified_since` of the next run, covering every record taken so far.
        A record counts as taken once the consumer asks for the next one, or the read ends."""
        published = self._progress.published
        return None if published is None else str(published)

    def _batch_walk(self, request: PageRequest) -> ListWalk:
        return new_walk(request, self.first_page._client, fetch_all=True)


class Records(_RecordsBase[T]):
    """Every record of a list, fetched one page at a time (`fetch_all=True`); more than 50 `ids` are read as
    further batches of 50, one after another."""

    first_page: Page[T]

    def _pages(self) -> Iterator[Page[T]]:
        yield from self.first_page.iter_pages()
        for request in self._more:
            yield from Page[T].fetch(self.first_page._client, self._batch_walk(request)).iter_pages()

    def __iter__(self) -> Iterator[T]:
        progress = self._progress = _Progress(self.first_page._walk)
        for page in self._pages():
            records, marks = page.records, page._data.marks
            progress.page(page._data)
            # Neither this page nor its records are held here while the next page is fetched and parsed: a
            # streaming read holds one page of records, not two.
            del page
            if not marks:
                yield from records
            else:
                for index, record in enumerate(records):
                    yield record
                    progress.took(marks[index])
            del records
        progress.finished()

    def to_list(self) -> list[T]:
        return list(self)


class AsyncRecords(_RecordsBase[T]):
    """Every record of a list, fetched one page at a time (`fetch_all=True`); use `async for`."""

    first_page: AsyncPage[T]

    async def _pages(self) -> AsyncIterator[AsyncPage[T]]:
        async for page in self.first_page.iter_pages():
            yield page
            del page  # not held while the next page is fetched
        for request in self._more:
            first = await AsyncPage[T].fetch(self.first_page._client, self._batch_walk(request))
            async for page in first.iter_pages():
                yield page
                del page

    async def __aiter__(self) -> AsyncIterator[T]:
        progress = self._progress = _Progress(self.first_page._walk)
        async for page in self._pages():
            records, marks = page.records, page._data.marks
            progress.page(page._data)
            del page  # as in Records: not held while the next page is fetched
            for index, record in enumerate(records):
                yield record
                if marks:
                    progress.took(marks[index])
            del records
        progress.finished()

    async def to_list(self) -> list[T]:
        return [record async for record in self]
