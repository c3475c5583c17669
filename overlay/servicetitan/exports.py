"""Export feeds: `GET .../export/<records>?from=<token or date>&includeRecentChanges=...`.

Every answer is `{hasMore, continueFrom, data}` with all three always present, so the feed loops on `hasMore`,
never on `continueFrom` being there. `hasMore=false` means "caught up": the feed ends, and `continue_from` is the
token to resume from in a later run (ServiceTitan suggests asking again after 5 to 10 minutes).

Checkpoints: a record counts as *taken* once the consumer asks for the next one (or for the next page, in
`pages()`); the record in the consumer's hands when it stops (a `break`, an exception) is not taken.
`continue_from` moves past a page only once its last record (or, in `pages()`, the page) has been taken. So:
- a feed iterated again after the consumer stopped re-delivers exactly what was not taken, starting with the
  record it stopped on;
- a run resumed from `continue_from` (`start=feed.continue_from`) re-delivers the page it stopped in from that
  page's first record: nothing is skipped, and records taken from that page come again (same id and modifiedOn).
With `include_recent_changes=True` the API may repeat records across calls; the feed then yields each
(id, modifiedOn) once. A feed whose `continueFrom` does not move while `hasMore` is true stops with an error.

Every `/export/...` operation of every domain is reachable as `st.exports.<domain>.<name>(...)` (names from the
path: `st.exports.jpm.jobs`, `st.exports.crm.customers_contacts`), or `st.export(domain, name)`.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from servicetitan import _catalog
from servicetitan._once import once
from servicetitan._parsing import (
    MoneyReading,
    Parser,
    item_schema,
    model_parser,
    money_reading,
    page_answer,
    page_json,
    parse_records,
    strict_flag,
)
from servicetitan._timeutil import format_datetime
from servicetitan.errors import ResponseValidationError

if TYPE_CHECKING:
    from servicetitan._catalog import Operation
    from servicetitan._core import AsyncCore, Core, SyncCore

T = TypeVar("T")
Start = str | _dt.date | _dt.datetime | None


@once
def export_operations(domain: str) -> dict[str, Operation]:
    """The domain's export feeds by name: the path after `/export/` in snake_case."""
    feeds = {}
    for operation in _catalog.domain(domain).operations.values():
        name = operation.feed_name
        if name is not None:
            feeds[name] = operation
    return feeds


def feed_name(domain: str, name: str) -> str:
    """The name of `domain`'s export feed `name` (its name, e.g. "jobs", or its operationId, "Export_Jobs")."""
    feeds = export_operations(_catalog.domain_key(domain))
    for found, operation in feeds.items():
        if name in (found, operation.operation_id):
            return found
    raise ValueError(f"domain {domain!r} has no export feed {name!r}; feeds: {', '.join(sorted(feeds))}")


def export_operation(domain: str, name: str) -> Operation:
    return export_operations(_catalog.domain_key(domain))[feed_name(domain, name)]


def start_token(start: Start) -> str | None:
    """A continuation token is sent as it is; a date or datetime starts the feed from that moment."""
    if start is None or isinstance(start, str):
        return start
    if isinstance(start, _dt.datetime):
        return format_datetime(start)
    if isinstance(start, _dt.date):
        return start.isoformat()
    raise TypeError(f"start must be a continuation token (str), a date or a datetime, not {type(start).__name__}")


@dataclass(frozen=True, slots=True)
class ExportPage(Generic[T]):
    records: list[T]
    has_more: bool
    continue_from: str


@dataclass(slots=True)
class ExportState:
    """The sans-IO part of a feed: what to ask next and what to make of an answer."""

    operation: Operation
    token: str | None
    include_recent_changes: bool
    parse: Parser | None
    model: str
    debug: bool
    seen: set[tuple[Any, Any]] = field(default_factory=set)
    sent: set[str] = field(default_factory=set)
    money: MoneyReading | None = None

    def params(self) -> dict[str, Any]:
        params: dict[str, Any] = {"includeRecentChanges": self.include_recent_changes}
        if self.token is not None:
            params["from"] = self.token
        return params

    def accept(self, response: httpx.Response) -> ExportPage[Any]:
        """The page of an answer, decoded and parsed as `page_answer` says."""
        with page_answer(response):
            return self._accept(response)

    def _accept(self, response: httpx.Response) -> ExportPage[Any]:
        body = page_json(response, self.money)
        if not (isinstance(body, Mapping) and isinstance(body.get("data"), list) and "hasMore" in body):
            self._fail(response, body, "an export answer must be an object with hasMore, continueFrom and data")
        continue_from = body.get("continueFrom")
        has_more = strict_flag(body, "hasMore", self.operation, response)
        if not isinstance(continue_from, str) or not continue_from:
            self._fail(response, body, "the export answer has no continueFrom token")
        if self.token is not None:
            self.sent.add(self.token)
        if has_more and continue_from in self.sent:
            self._fail(
                response,
                body,
                f"hasMore with a continueFrom already asked for ({continue_from!r}) would loop forever; stopping",
            )
        data = body["data"]
        if self.include_recent_changes:
            data = [record for record in data if self._first_time(record)]
        return ExportPage(parse_records(self.parse, data, self.model), has_more, continue_from)

    def _first_time(self, raw: Any) -> bool:
        if not isinstance(raw, Mapping) or raw.get("id") is None:
            return True
        key = (raw.get("id"), raw.get("modifiedOn"))
        if key in self.seen:
            return False
        self.seen.add(key)
        return True

    def _fail(self, response: httpx.Response, body: Any, reason: str) -> None:
        raise ResponseValidationError.of(f"{self.operation.operation_id}: {reason}", response, body)


def new_state(
    domain: str, name: str, start: Start, include_recent_changes: bool, as_dicts: bool, debug: bool
) -> ExportState:
    if not isinstance(include_recent_changes, bool):
        raise TypeError("include_recent_changes must be a bool")
    operation = export_operation(domain, name)
    envelope = operation.success_schema()
    parse = None if as_dicts else model_parser(operation.domain, item_schema(operation.domain, envelope))
    return ExportState(operation, start_token(start), include_recent_changes, parse, operation.operation_id, debug)


@dataclass(slots=True)
class _Pending:
    """A page fetched but not yet wholly taken, and how many of its records have been."""

    page: ExportPage[Any]
    taken: int = 0


class _FeedBase:
    def __init__(self, state: ExportState, client: Core) -> None:
        state.money = money_reading(client, state.operation, state.parse is None)
        self._state = state
        self._pending: _Pending | None = None
        self.has_more = True

    @property
    def continue_from(self) -> str | None:
        """The token to resume from: every record before it has been taken."""
        return self._state.token

    def _next(self) -> Any:
        """The next record to hand over, `_FETCH` when a page must be fetched first, or `_END`."""
        pending = self._pending
        while pending is not None:
            if pending.taken < len(pending.page.records):
                return pending.page.records[pending.taken]
            self._close_page()
            pending = self._pending
        return _FETCH if self.has_more else _END

    def _took_record(self) -> None:
        assert self._pending is not None
        self._pending.taken += 1

    def _next_page(self) -> ExportPage[Any] | object:
        """The page to hand over whole: the pending one, `_FETCH` or `_END`."""
        if self._pending is not None:
            return self._pending.page
        return _FETCH if self.has_more else _END

    def _close_page(self) -> None:
        """The pending page has been taken: the checkpoint moves past it."""
        assert self._pending is not None
        page = self._pending.page
        self._pending = None
        self._state.token = page.continue_from
        self.has_more = page.has_more

    def _fetched(self, page: ExportPage[Any]) -> None:
        self._pending = _Pending(page)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._state.operation.operation_id!r}, continue_from={self.continue_from!r})"


_FETCH = object()
_END = object()


class ExportFeed(_FeedBase, Generic[T]):
    """Iterate for records (or `pages()` for whole pages); `continue_from` is the checkpoint."""

    def __init__(self, client: SyncCore, state: ExportState) -> None:
        super().__init__(state, client)
        self._client = client

    def _fetch(self) -> None:
        state = self._state
        response = self._client.send(
            "GET", state.operation.path, params=state.params(), debug=state.debug, operation=state.operation
        )
        self._fetched(state.accept(response))

    def pages(self) -> Iterator[ExportPage[T]]:
        """Whole pages; the checkpoint moves past a page once the consumer asks for the next one."""
        while (page := self._next_page()) is not _END:
            if page is _FETCH:
                self._fetch()
                continue
            yield page  # type: ignore[misc]
            self._close_page()

    def __iter__(self) -> Iterator[T]:
        while (record := self._next()) is not _END:
            if record is _FETCH:
                self._fetch()
                continue
            yield record
            self._took_record()


class AsyncExportFeed(_FeedBase, Generic[T]):
    """`async for` records (or `pages()`); `continue_from` is the checkpoint."""

    def __init__(self, client: AsyncCore, state: ExportState) -> None:
        super().__init__(state, client)
        self._client = client

    async def _fetch(self) -> None:
        state = self._state
        response = await self._client.send(
            "GET", state.operation.path, params=state.params(), debug=state.debug, operation=state.operation
        )
        self._fetched(state.accept(response))

    async def pages(self) -> AsyncIterator[ExportPage[T]]:
        """Whole pages; the checkpoint moves past a page once the consumer asks for the next one."""
        while (page := self._next_page()) is not _END:
            if page is _FETCH:
                await self._fetch()
                continue
            yield page  # type: ignore[misc]
            self._close_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        while (record := self._next()) is not _END:
            if record is _FETCH:
                await self._fetch()
                continue
            yield record
            self._took_record()
