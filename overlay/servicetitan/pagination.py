"""Paged lists: `{page, pageSize, hasMore, totalCount?, data}`.

A list action without `fetch_all` returns one `Page` (`AsyncPage`): its records, `has_more`, `total_count`, and
iteration over every record of this and every later page, fetched one page at a time. `fetch_all=True` returns
`Records` (`AsyncRecords`): every record from page 1 on, asked for with the largest page size the operation
accepts, holding one page at a time. A record seen on an earlier page (the list shifted while it was read) is
not yielded twice; a page that claims `hasMore` but brings no record ends the read with an error rather than
looping.

What a page is and how to ask for the next one is written once (`PageRequest`, `read_page`); the sync and async
classes differ only in how they wait.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from servicetitan._parsing import Parser, UnparsedRecord, parse_record, response_json
from servicetitan.errors import ResponseValidationError

if TYPE_CHECKING:
    from servicetitan._catalog import Operation
    from servicetitan._core import AsyncCore, SyncCore

T = TypeVar("T")

# ServiceTitan documents 5000 as the largest page size, but many endpoints cap at 500 or misbehave near 5000
# (QUIRKS.md). Small reference lists and the endpoints seen to cap are held to 500 here; a client overrides any
# entry with `page_size_limits={operationId: n}`. A page size above the limit is refused, never truncated. The
# sandbox enforces this same table.
DEFAULT_MAX_PAGE_SIZE = 5000
MAX_PAGE_SIZE: dict[tuple[str, str], int] = {
    ("dispatch", "AppointmentAssignments_GetList"): 500,
    ("crm", "Customers_GetContactList"): 500,
    ("crm", "Bookings_GetList"): 500,
    ("crm", "Bookings_GetList2"): 500,
    ("settings", "Technicians_GetList"): 500,
    ("settings", "BusinessUnits_GetList"): 500,
    ("settings", "UserRoles_GetList"): 500,
    ("jpm", "JobCancelReasons_GetList"): 500,
    ("equipment_systems", "InstalledEquipment_GetList"): 500,
}


def max_page_size(operation: Operation, overrides: Mapping[str, int] | None = None) -> int:
    if overrides and operation.operation_id in overrides:
        return overrides[operation.operation_id]
    return MAX_PAGE_SIZE.get((operation.domain, operation.operation_id), DEFAULT_MAX_PAGE_SIZE)


@dataclass(frozen=True, slots=True)
class PageRequest:
    """Everything needed to ask for any page of one list but the page number."""

    operation: Operation
    path_params: Mapping[str, Any]
    params: Mapping[str, Any]
    parse: Parser | None
    model: str
    debug: bool = False

    def params_for(self, page: int) -> dict[str, Any]:
        return {**self.params, "page": page}

    def send_arguments(self, page: int) -> dict[str, Any]:
        """What `_send` takes to ask for `page`, on either client."""
        operation = self.operation
        return {
            "method": operation.method,
            "path": operation.path,
            "path_params": self.path_params,
            "params": self.params_for(page),
            "debug": self.debug,
            "operation": operation,
        }


@dataclass(frozen=True, slots=True)
class PageData:
    records: list[Any]
    page: int
    page_size: int
    has_more: bool
    total_count: int | None


def read_page(request: PageRequest, number: int, response: httpx.Response) -> PageData:
    body = response_json(response)
    if not isinstance(body, Mapping) or not isinstance(body.get("data"), list):
        raise ResponseValidationError.of(
            f"{request.operation.operation_id}: a list answer must be an object with a 'data' array", response, body
        )
    parse = request.parse
    records = body["data"] if parse is None else [parse_record(parse, record, request.model) for record in body["data"]]
    has_more = bool(body.get("hasMore"))
    if has_more and not records:
        raise ResponseValidationError.of(
            f"{request.operation.operation_id}: page {number} says hasMore but has no record; stopping", response, body
        )
    total = body.get("totalCount")
    return PageData(
        records=records,
        page=int(body.get("page") or number),
        page_size=int(body.get("pageSize") or len(records)),
        has_more=has_more,
        total_count=total if isinstance(total, int) else None,
    )


def record_key(record: Any) -> Any:
    """Identity of a record for de-duplication: its id, or None when it has none."""
    if type(record) is dict or isinstance(record, UnparsedRecord | Mapping):
        return record.get("id")
    return getattr(record, "id", None)


@dataclass(slots=True)
class Seen:
    """Ids already handed over in one read."""

    ids: set[Any] = field(default_factory=set)

    def first_time(self, record: Any) -> bool:
        key = record_key(record)
        if key is None:
            return True
        if key in self.ids:
            return False
        self.ids.add(key)
        return True


def _unique(pages: Iterable[_PageBase[T]]) -> Iterator[T]:
    """The records of `pages`, each id once (a list that shifts while it is read repeats records)."""
    seen = Seen()
    for page in pages:
        for record in page.records:
            if seen.first_time(record):
                yield record


async def _aunique(pages: AsyncIterable[_PageBase[T]]) -> AsyncIterator[T]:
    seen = Seen()
    async for page in pages:
        for record in page.records:
            if seen.first_time(record):
                yield record


class _PageBase(Generic[T]):
    def __init__(self, request: PageRequest, data: PageData) -> None:
        self._request = request
        self._data = data

    @property
    def records(self) -> list[T]:
        """The records of this page only."""
        return self._data.records

    @property
    def page(self) -> int:
        return self._data.page

    @property
    def page_size(self) -> int:
        return self._data.page_size

    @property
    def has_more(self) -> bool:
        return self._data.has_more

    @property
    def total_count(self) -> int | None:
        """Set when the list was asked for with `include_total=True`."""
        return self._data.total_count

    @property
    def next_page_number(self) -> int | None:
        """The page to ask for next (a checkpoint for resuming), or None after the last page."""
        return self._data.page + 1 if self._data.has_more else None

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(operation={self._request.operation.operation_id!r}, page={self.page}, "
            f"records={len(self.records)}, has_more={self.has_more}, total_count={self.total_count})"
        )


class Page(_PageBase[T]):
    """One page of a list; iterating it yields every record of this page and of every later one."""

    def __init__(self, client: SyncCore, request: PageRequest, data: PageData) -> None:
        super().__init__(request, data)
        self._client = client

    @classmethod
    def fetch(cls, client: SyncCore, request: PageRequest, number: int) -> Page[T]:
        response = client._send(**request.send_arguments(number))
        return cls(client, request, read_page(request, number, response))

    def next_page(self) -> Page[T] | None:
        number = self.next_page_number
        return None if number is None else Page.fetch(self._client, self._request, number)

    def iter_pages(self) -> Iterator[Page[T]]:
        page: Page[T] | None = self
        while page is not None:
            yield page
            page = page.next_page()

    def __iter__(self) -> Iterator[T]:
        return _unique(self.iter_pages())


class AsyncPage(_PageBase[T]):
    """One page of a list; `async for` yields every record of this page and of every later one."""

    def __init__(self, client: AsyncCore, request: PageRequest, data: PageData) -> None:
        super().__init__(request, data)
        self._client = client

    @classmethod
    async def fetch(cls, client: AsyncCore, request: PageRequest, number: int) -> AsyncPage[T]:
        response = await client._send(**request.send_arguments(number))
        return cls(client, request, read_page(request, number, response))

    async def next_page(self) -> AsyncPage[T] | None:
        number = self.next_page_number
        return None if number is None else await AsyncPage.fetch(self._client, self._request, number)

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        page: AsyncPage[T] | None = self
        while page is not None:
            yield page
            page = await page.next_page()

    def __aiter__(self) -> AsyncIterator[T]:
        return _aunique(self.iter_pages())


class Records(Generic[T]):
    """Every record of a list, fetched one page at a time (`fetch_all=True`); more than 50 `ids` are read as
    further batches of 50, one after another."""

    def __init__(self, first: Page[T], more: Sequence[PageRequest] = ()) -> None:
        self.first_page = first
        self._more = tuple(more)

    def _pages(self) -> Iterator[Page[T]]:
        yield from self.first_page.iter_pages()
        for request in self._more:
            yield from Page[T].fetch(self.first_page._client, request, 1).iter_pages()

    def __iter__(self) -> Iterator[T]:
        return _unique(self._pages())

    def to_list(self) -> list[T]:
        return list(self)


class AsyncRecords(Generic[T]):
    """Every record of a list, fetched one page at a time (`fetch_all=True`); use `async for`."""

    def __init__(self, first: AsyncPage[T], more: Sequence[PageRequest] = ()) -> None:
        self.first_page = first
        self._more = tuple(more)

    async def _pages(self) -> AsyncIterator[AsyncPage[T]]:
        async for page in self.first_page.iter_pages():
            yield page
        for request in self._more:
            first = await AsyncPage[T].fetch(self.first_page._client, request, 1)
            async for page in first.iter_pages():
                yield page

    def __aiter__(self) -> AsyncIterator[T]:
        return _aunique(self._pages())

    async def to_list(self) -> list[T]:
        return [record async for record in self]
