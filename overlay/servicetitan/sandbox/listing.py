"""List and export semantics, as the real API has them.

Lists: `page` (from 1, or from the `minimum` its document gives `page`), `pageSize` (default 50, capped per
operation), `includeTotal`, `ids` (at most 50), `active` (True/Any/False, default True where the operation has
the parameter), created/modified date bounds (`...OnOrAfter` inclusive, `...Before` exclusive), `sort`
(`+Field`/`-Field`), and equality filters for any other parameter that names a record field (`customerId`,
`jobId`, `status`, `locationIds`...). Parameters the sandbox does not understand are ignored, as the real API
ignores them.

Where the sandbox serves deviations (deviations.py), a list's rows change that: `sort_ignored` answers in an order
of its own (a hash of the id), whatever `sort` asks, while every filter and date bound still applies and the pages
stay consistent; `sort_fields` accepts `sort` on the named fields only; `first_page` numbers pages from its value
(then `page=1` is the second page); `requires_total` refuses a request without `includeTotal=true`.

Exports: `from` (a continuation token or a date), `includeRecentChanges`; `{hasMore, continueFrom, data}`.
A token is a position in the tenant's change sequence, so whatever changes after it was issued comes later.
"""

from __future__ import annotations

import base64
import binascii
import bisect
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import islice
from typing import Any, overload

from servicetitan import _catalog
from servicetitan.pagination import first_page, max_page_size

from .deviations import Deviations
from .problems import bad_request
from .store import Collection, MatchIndex, Record
from .timefmt import format_timestamp, parse_timestamp

DEFAULT_PAGE_SIZE = 50
MAX_IDS = 50
BASE_SORT_FIELDS = ("Id", "CreatedOn", "ModifiedOn")
_PAGING = frozenset({"page", "pagesize", "includetotal"})
_LIST_CONTROLS = _PAGING | {"tenant", "ids", "active", "sort"}
# Suffixes of date-bound parameters (`completedOnOrAfter`, `dueDateBefore`, `paidOnAfter`...), longest first,
# with the comparison each one means.
_DATE_SUFFIXES: tuple[tuple[str, Callable[[str, str], bool]], ...] = (
    ("OnOrAfter", lambda value, bound: value >= bound),
    ("OnOrBefore", lambda value, bound: value <= bound),
    ("After", lambda value, bound: value > bound),
    ("Before", lambda value, bound: value < bound),
)
_DATE_ONLY_LENGTH = len("2024-01-01")
_MIDNIGHT = "T00:00:00.0000000Z"


def page_size_cap(operation: _catalog.Operation) -> int:
    """The library's own table of per-operation maxima: the sandbox refuses exactly what the client avoids."""
    return max_page_size(operation)


class Query:
    """Query parameters of one request, looked up case-insensitively (ASP.NET binds them that way)."""

    def __init__(self, pairs: Iterable[tuple[str, str]]) -> None:
        self._values: dict[str, str] = {}
        for name, value in pairs:
            self._values[name.lower()] = value

    def get(self, name: str) -> str | None:
        value = self._values.get(name.lower())
        return value if value else None

    def names(self) -> Iterator[str]:
        return iter(self._values)

    def integer(self, name: str, default: int | None = None) -> int | None:
        raw = self.get(name)
        if raw is None:
            return default
        try:
            return int(raw)
        except ValueError:
            raise bad_request(name, f"The value '{raw}' is not valid for {name}.") from None

    def boolean(self, name: str, default: bool = False) -> bool:
        raw = self.get(name)
        if raw is None:
            return default
        if raw.lower() in ("true", "false"):
            return raw.lower() == "true"
        raise bad_request(name, f"The value '{raw}' is not valid for {name}.")

    def timestamp(self, name: str) -> str | None:
        raw = self.get(name)
        if raw is None:
            return None
        try:
            return parse_timestamp(raw)
        except ValueError:
            raise bad_request(name, f"The value '{raw}' is not valid for {name}.") from None

    def id_list(self, name: str, limit: int | None = None) -> list[int] | None:
        raw = self.get(name)
        if raw is None:
            return None
        try:
            ids = [int(part) for part in raw.split(",") if part.strip()]
        except ValueError:
            raise bad_request(name, f"The value '{raw}' is not a comma-separated list of ids.") from None
        if limit is not None and len(ids) > limit:
            raise bad_request(name, f"The field {name} must have no more than {limit} items.")
        return ids


Predicate = Callable[[Record], bool]


@dataclass(frozen=True, slots=True)
class DateBound:
    """One date-bound parameter of a request (`createdOnOrAfter=...`): the record fields it may mean, its
    comparison and its bound (a timestamp)."""

    fields: tuple[str, ...]
    compare: Callable[[str, str], bool]
    suffix: str
    bound: str

    def key(self, record: Record) -> str | bool:
        return _date_key(self.fields, record)

    def __call__(self, record: Record) -> bool:
        key = self.key(record)
        return key if isinstance(key, bool) else self.compare(key, self.bound)


def _date_key(fields: tuple[str, ...], record: Record) -> str | bool:
    """What a date bound on `fields` compares in `record`: the value of the first of `fields` it carries (a date
    without a time as midnight UTC), or whether the record passes regardless (it carries none: True; the value is
    not a string: False)."""
    for name in fields:
        if name in record:
            value = record[name]
            if not isinstance(value, str):
                return False
            return value + _MIDNIGHT if len(value) == _DATE_ONLY_LENGTH else value
    return True


@dataclass(slots=True)
class ListRequest:
    page: int
    page_size: int
    include_total: bool
    ids: list[int] | None
    predicates: list[Predicate] = field(default_factory=list)
    bounds: list[DateBound] = field(default_factory=list)
    """The date bounds, apart from `predicates`: where a bound's values grow along the list's order, the
    records it keeps are a run of that order, found by bisection instead of a filter."""
    sort_field: str | None = None
    descending: bool = False
    scrambled: bool = False
    """The list ignores `sort` (deviation `sort_ignored`): answered in the order of a hash of the id."""
    number: int | None = None
    """The page number as asked, where the list numbers its pages from 0 (`page` counts from 1 here)."""
    signature: tuple[Any, ...] = ()
    """What decides which records match and in which order (operation, path ids, the operation's own query
    parameters but paging and date bounds): requests with one signature share one index of matching ids."""

    def filters(self) -> list[Predicate]:
        return [*self.predicates, *self.bounds]

    def bound_fields(self) -> set[tuple[str, ...]]:
        """The fields of every date bound of this request and, on a list sorted by a date (`createdOn`), of the
        bound a stable-key walk's next page adds on that date (`createdOnOrAfter`)."""
        fields = {bound.fields for bound in self.bounds}
        implied = (
            _date_bound(f"{self.sort_field}OrAfter") if self.sort_field and self.sort_field.endswith("On") else None
        )
        if implied is not None:
            fields.add(implied[0])
        return fields


def parse_list_request(
    operation: _catalog.Operation,
    query: Query,
    sort_fields: Iterable[str] = BASE_SORT_FIELDS,
    path: Mapping[str, int | str] | None = None,
    deviations: Deviations | None = None,
) -> ListRequest:
    deviations = deviations or Deviations()
    domain, operation_id = operation.domain, operation.operation_id
    numbered = deviations.first("first_page", domain, operation_id)
    # The document's own first page (`minimum` of `page`), unless a deviation says otherwise.
    first = int(numbered.value) if numbered is not None else first_page(operation)
    number = query.integer("page", first)
    number = first if number is None else number
    if number < first:
        raise bad_request("page", f"The field page must be between {first} and 2147483647.")
    page = number - first + 1
    cap = page_size_cap(operation)
    page_size = query.integer("pageSize", DEFAULT_PAGE_SIZE) or DEFAULT_PAGE_SIZE
    if not 1 <= page_size <= cap:
        raise bad_request("pageSize", f"The field pageSize must be between 1 and {cap}.")
    include_total = query.boolean("includeTotal")
    if not include_total and deviations.first("requires_total", domain, operation_id) is not None:
        raise bad_request("includeTotal", "The field includeTotal is required and must be true for this list.")
    request = ListRequest(page, page_size, include_total, query.id_list("ids", MAX_IDS))
    request.number = number
    parameters = {parameter.name.lower(): parameter for parameter in operation.parameters}
    if "active" in parameters:
        request.predicates.extend(_active_predicate(query))
    skip = _LIST_CONTROLS | {name.lower() for name in path or ()}
    bounded: set[str] = set()
    for name in query.names():
        parameter = parameters.get(name)
        if parameter is None or name in skip or parameter.location != "query":
            continue
        bound = _date_bound(parameter.name)
        if bound is not None:
            fields, suffix, compare = bound
            request.bounds.append(DateBound(fields, compare, suffix, query.timestamp(name) or ""))
            bounded.add(name)
        else:
            request.predicates.append(_field_predicate(parameter.name, query.get(name) or ""))
    sort = query.get("sort")
    accepted = deviations.first("sort_fields", domain, operation_id)
    if accepted is not None:
        sort_fields = tuple(accepted.value)
    if sort is not None and "sort" in parameters:
        request.sort_field, request.descending = _parse_sort(sort, sort_fields)
    if deviations.first("sort_ignored", domain, operation_id) is not None:
        request.sort_field, request.descending, request.scrambled = None, False, True
    declared = sorted(
        (name, query.get(name)) for name in query.names() if name in parameters and name not in _PAGING | bounded
    )
    request.signature = (operation.domain, operation.operation_id, tuple(sorted((path or {}).items())), *declared)
    return request


def _date_bound(name: str) -> tuple[tuple[str, ...], str, Callable[[str, str], bool]] | None:
    """The record fields a date-bound parameter may mean (`completedOnOrAfter` → completed, completedOn,
    completedDate), its suffix and its comparison; None when the name is not a date bound."""
    for suffix, compare in _DATE_SUFFIXES:
        stem = name.removesuffix(suffix)
        if stem != name and stem:
            fields: tuple[str, ...] = (stem, f"{stem}On", f"{stem}Date", stem.removesuffix("s"))
            verb = stem.removesuffix("On")
            if verb.endswith("ed"):
                # `invoicedOnOrAfter` / `invoicedOnBefore` bound the invoice's `invoiceDate`.
                fields += (f"{verb[:-1]}Date",)
            return fields, suffix, compare
    return None


def _active_predicate(query: Query) -> list[Predicate]:
    raw = (query.get("active") or "True").lower()
    if raw == "any":
        return []
    if raw not in ("true", "false"):
        raise bad_request("active", f"The value '{query.get('active')}' is not valid for active.")
    wanted = raw == "true"
    return [lambda record: bool(record.get("active", True)) is wanted]


def _field_predicate(name: str, raw: str) -> Predicate:
    """Equality on the record field the parameter names (records without that field pass: the real API ignores
    filters it does not apply); `xxxIds` matches `xxxId` in the list, or any shared id of a `xxxIds` field."""
    if name.endswith("Ids") and len(name) > 3:
        singular = name[:-1]
        try:
            wanted_ids = {int(part) for part in raw.split(",") if part.strip()}
        except ValueError:
            raise bad_request(name, f"The value '{raw}' is not a comma-separated list of ids.") from None

        def among(record: Record) -> bool:
            if singular in record:
                return record[singular] in wanted_ids
            values = record.get(name)
            return not isinstance(values, list) or bool(wanted_ids.intersection(values))

        return among
    wanted = raw.lower()
    if name == "name":
        return lambda record: wanted in str(record.get("name") or "").lower()

    def matches(record: Record) -> bool:
        if name in record:
            return str(record[name]).lower() == wanted
        # `jobId` may be held as a list (`jobIds`) or a reference (`job: {id}`), as the real API's records do.
        if isinstance(record.get(f"{name}s"), list):
            return wanted in {str(value).lower() for value in record[f"{name}s"]}
        reference = record.get(name.removesuffix("Id"))
        if name.endswith("Id") and isinstance(reference, Mapping):
            return str(reference.get("id")).lower() == wanted
        # A filter on a field these records do not carry is not applied (the sandbox does not model it).
        return True

    return matches


def _parse_sort(raw: str, allowed: Iterable[str]) -> tuple[str, bool]:
    direction, name = (raw[0], raw[1:]) if raw[:1] in "+-" else ("+", raw)
    by_lower = {field_name.lower(): field_name for field_name in allowed}
    canonical = by_lower.get(name.strip().lower())
    if canonical is None:
        raise bad_request(
            "sort",
            f"The sort field '{name}' is not supported. Supported fields: {', '.join(sorted(by_lower.values()))}.",
        )
    return canonical[:1].lower() + canonical[1:], direction == "-"


def list_page(
    request: ListRequest,
    records: Callable[[], Iterable[Record]],
    lookup: Callable[[int], Record | None],
    index: MatchIndex,
    all_ids: Callable[[], Iterable[int]] | None = None,
) -> dict[str, Any]:
    """`{page, pageSize, hasMore, totalCount?, data}` for a list request over records in ascending id order.

    The ids matching a request's signature are found once and kept while the tenant does not change, so any page,
    however deep, then costs its own size: reading records by id, not walking the ones before it. `all_ids`,
    the ids of `records` without building them, lets an unfiltered, unsorted list skip even that first walk.
    Date bounds are not part of the signature: where a bound's values grow along the kept order (a stable-key walk
    asking `sort=+CreatedOn&createdOnOrAfter=<last>`), the records it keeps are found by bisecting that order, so
    a moving bound costs O(page size · log n) rather than a new filter and sort of the whole list."""
    start = (request.page - 1) * request.page_size
    if request.ids is not None:
        found = (lookup(record_id) for record_id in sorted(set(request.ids)))
        matching = _ordered(request, (record for record in found if record is not None), request.filters())
        total = len(matching)
        window = matching[start : start + request.page_size + 1]
    else:
        plain = all_ids is not None and not request.predicates and request.sort_field is None and not request.scrambled

        def matching_ids() -> Iterable[int]:
            if plain and all_ids is not None:
                return all_ids()
            ordered = _ordered(request, records(), request.predicates)
            # The bounds' keys from the records at hand, rather than building every record again to find them.
            for fields in request.bound_fields():
                index.keep(_keys_of(request, fields), partial(_bound_keys, fields, ordered))
            return (row["id"] for row in ordered)

        ids = index.ids(request.signature, matching_ids)
        selected = _bounded(request, ids, lookup, index)
        if selected is None:
            bounds = tuple((bound.suffix, bound.fields, bound.bound) for bound in request.bounds)
            selected = index.ids((*request.signature, *bounds), lambda: _passing(request.bounds, ids, lookup))
        total = len(selected)
        window = [
            record for record in map(lookup, selected[start : start + request.page_size + 1]) if record is not None
        ]
    body: dict[str, Any] = {
        "page": request.page if request.number is None else request.number,
        "pageSize": request.page_size,
        "hasMore": len(window) > request.page_size,
        "data": window[: request.page_size],
    }
    if request.include_total:
        body["totalCount"] = total
    return body


def _ordered(request: ListRequest, source: Iterable[Record], predicates: list[Predicate]) -> list[Record]:
    matching = [record for record in source if all(predicate(record) for predicate in predicates)]
    if request.scrambled:
        matching.sort(key=lambda record: (zlib.crc32(str(record["id"]).encode()), str(record["id"])))
    elif request.sort_field is not None:
        key = request.sort_field
        matching.sort(key=lambda record: (record.get(key) is None, record.get(key), record["id"]))
        if request.descending:
            matching.reverse()
    return matching


def _passing(bounds: list[DateBound], ids: Sequence[int], lookup: Callable[[int], Record | None]) -> Iterator[int]:
    for record_id in ids:
        record = lookup(record_id)
        if record is not None and all(bound(record) for bound in bounds):
            yield record_id


@dataclass(frozen=True, slots=True)
class BoundKeys:
    """What one date bound compares along a kept order of ids: `values`, non-decreasing, at the first
    `len(values)` positions; at every later position a record that carries none of the bound's fields (it passes
    any such bound: its position is in `passing_tail`) or whose field is not a string (it passes none)."""

    values: list[str]
    passing_tail: frozenset[int]

    def passes(self, position: int, low: int, high: int) -> bool:
        return low <= position < high if position < len(self.values) else position in self.passing_tail


def _keys_of(request: ListRequest, fields: tuple[str, ...]) -> tuple[Any, ...]:
    """Where the index keeps the keys of a date bound on `fields` along the order of the request's signature."""
    return (*request.signature, "bound keys", fields)


def _bound_keys(fields: tuple[str, ...], records: Iterable[Record | None]) -> BoundKeys | None:
    """The keys of a date bound on `fields` along `records` (a kept order), or None when they do not grow."""
    values: list[str] = []
    passing_tail: set[int] = set()
    for position, record in enumerate(records):
        key = _date_key(fields, record) if record is not None else False
        if isinstance(key, bool):
            if key:
                passing_tail.add(position)
            continue
        if len(values) != position or (values and key < values[-1]):
            return None
        values.append(key)
    return BoundKeys(values, frozenset(passing_tail))


def _bounded(
    request: ListRequest, ids: Sequence[int], lookup: Callable[[int], Record | None], index: MatchIndex
) -> Sequence[int] | None:
    """The ids among `ids` (kept order) that every date bound keeps, by bisection; None when some bound's values
    do not grow along the order (then only a filter finds them)."""
    if not request.bounds:
        return ids
    ranges: list[tuple[BoundKeys, int, int]] = []
    for bound in request.bounds:
        keys = index.keep(_keys_of(request, bound.fields), partial(_bound_keys, bound.fields, map(lookup, ids)))
        if keys is None:
            return None
        if bound.suffix in ("OnOrAfter", "After"):
            find = bisect.bisect_left if bound.suffix == "OnOrAfter" else bisect.bisect_right
            ranges.append((keys, find(keys.values, bound.bound), len(keys.values)))
        else:
            find = bisect.bisect_left if bound.suffix == "Before" else bisect.bisect_right
            ranges.append((keys, 0, find(keys.values, bound.bound)))
    low = max(low for _, low, _ in ranges)
    high = max(low, min(high for _, _, high in ranges))
    # Past `high` only records carrying none of some bound's fields may pass: few, or none at all.
    later = sorted({position for keys, _, _ in ranges for position in keys.passing_tail if position >= high})
    extra = [ids[position] for position in later if all(keys.passes(position, lo, hi) for keys, lo, hi in ranges)]
    return _Run(ids, low, high, extra)


class _Run(Sequence[int]):
    """`ids[low:high]` followed by `extra`, without copying the run."""

    def __init__(self, ids: Sequence[int], low: int, high: int, extra: list[int]) -> None:
        self._ids, self._low, self._high, self._extra = ids, low, high, extra

    def __len__(self) -> int:
        return self._high - self._low + len(self._extra)

    @overload
    def __getitem__(self, item: int) -> int: ...

    @overload
    def __getitem__(self, item: slice) -> list[int]: ...

    def __getitem__(self, item: int | slice) -> int | list[int]:
        if isinstance(item, int):
            return self[item : item + 1][0] if item >= 0 else list(self)[item]
        start, stop, step = item.indices(len(self))
        run = self._high - self._low
        head = list(self._ids[self._low + min(start, run) : self._low + min(stop, run)])
        return [*head, *self._extra[max(start - run, 0) : max(stop - run, 0)]][::step]


# --- exports -------------------------------------------------------------------------------------------------

_CURSOR_PREFIX = "sbx1:"


def encode_token(sequence: int) -> str:
    return base64.urlsafe_b64encode(f"{_CURSOR_PREFIX}{sequence}".encode()).decode().rstrip("=")


def decode_token(token: str) -> int | None:
    try:
        text = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    if not text.startswith(_CURSOR_PREFIX) or not text[len(_CURSOR_PREFIX) :].isdigit():
        return None
    return int(text[len(_CURSOR_PREFIX) :])


@dataclass(frozen=True, slots=True)
class ExportSettings:
    batch_size: int = 1000
    recent_changes_seconds: float = 300.0


def export_page(collection: Collection, query: Query, settings: ExportSettings, now_epoch: float) -> dict[str, Any]:
    """One batch of an export feed: `{hasMore, continueFrom, data}` (all three always present)."""
    raw = query.get("from")
    after, since = 0, None
    if raw is not None:
        decoded = decode_token(raw)
        if decoded is not None:
            after = decoded
        else:
            try:
                since = parse_timestamp(raw)
            except ValueError:
                raise bad_request("from", f"The value '{raw}' is neither a continuation token nor a date.") from None
    include_recent = query.boolean("includeRecentChanges")
    batch = list(islice(collection.changes_after(after, since), settings.batch_size + 1))
    has_more = len(batch) > settings.batch_size
    batch = batch[: settings.batch_size]
    if has_more:
        position = batch[-1][0]
    else:
        # Caught up: everything up to the current sequence has been seen.
        position = max(after, collection.tenant.sequence)
        if include_recent:
            recent_from = format_timestamp(now_epoch - settings.recent_changes_seconds)
            recent = [sequence for sequence, record in batch if record["modifiedOn"] >= recent_from]
            if recent:
                # Hand back a token that replays the recent changes once more, as the real feed may.
                position = max(after, min(recent) - 1)
    return {"hasMore": has_more, "continueFrom": encode_token(position), "data": [record for _, record in batch]}
