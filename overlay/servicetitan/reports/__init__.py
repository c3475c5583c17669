"""`st.reports`: ServiceTitan's Reporting API, the same on both clients.

    report = st.reports.describe("accounting", 2001)          # parameters and output fields, typed
    result = st.reports.run("accounting", 2001, From=date(2024, 1, 1), To="2024-01-31")
    for row in result:                                        # every row of every page, dicts by field name
        ...

- Parameters are checked against the description before anything is sent: an unknown name, a missing required
  one, a wrong type or a value outside the parameter's possible values (listed, or a dynamic value set) raises,
  naming the parameter. Names may be given as the API spells them (`BusinessUnitId`) or in snake_case.
- Rows are typed by each field's declared data type (numbers as int or Decimal, dates, times, booleans); a
  value that does not parse is kept as received, since report data types are not always what the values are.
- Runs go through `data/query`: a 202 answer is polled with backoff until the rows arrive, within a timeout;
  on timeout, Ctrl-C or a cancelled task the query is cancelled on the server. `start()` returns a handle to
  poll yourself, which a later process picks up again with `resume()` from its token.
- Pacing: ServiceTitan runs the same report about once a minute per tenant. Runs are paced per (environment,
  tenant, report, parameters) across every client of the process, and across processes and machines when the
  client's `rate_limit_store` is Redis (or with any shared `PacingStore` given as `store`): a second identical
  run waits for its turn. With `configure(cache_ttl=...)` it is answered from the last result
  instead, `from_cache` and `age` telling so. 429 and 409 answers are retried; all waiting of one run comes
  out of `wait_budget`.
- `backfill()` steps a date-range parameter window by window, with a look-back, yielding each window's rows
  and the checkpoint to resume from.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Self, TypeVar

from servicetitan._flow import Sleep
from servicetitan._flow import drive as run_flow
from servicetitan._flow import drive_async as run_flow_async
from servicetitan.errors import ReportTimeoutError, ReportWaitError
from servicetitan.ratelimit import MemoryPacingStore, PacingStore
from servicetitan.reports.descriptions import (
    DynamicSet,
    ReportCategory,
    ReportDescription,
    ReportField,
    ReportParameter,
    ReportSummary,
)
from servicetitan.reports.flows import (
    CLEANUP_TIMEOUT,
    Book,
    Cleanup,
    Flow,
    QueryState,
    ReportFlows,
    ReportResult,
    ReportSettings,
    Request,
)
from servicetitan.reports.windows import Window, backfill_windows

if TYPE_CHECKING:
    import datetime as _dt

    from servicetitan._core import AsyncCore, Core, SyncCore

__all__ = [
    "AsyncReportQuery",
    "AsyncReports",
    "BackfillWindow",
    "DynamicSet",
    "MemoryPacingStore",
    "PacingStore",
    "ReportCategory",
    "ReportDescription",
    "ReportField",
    "ReportParameter",
    "ReportQuery",
    "ReportResult",
    "ReportSettings",
    "ReportSummary",
    "ReportTimeoutError",
    "ReportWaitError",
    "Reports",
]

T = TypeVar("T")


def _send_options(request: Request) -> dict[str, Any]:
    operation = request.operation
    return {
        "path_params": request.path_params,
        "params": request.params,
        "json": request.json,
        "debug": request.debug or None,
        "operation": operation,
        # The flow retries itself (`flows.send`), within the run's wait budget.
        "max_retries": 0,
    }


def drive(client: SyncCore, flow: Flow[T]) -> T:
    """Perform a report flow's effects with blocking I/O, on the one sync driver. An interruption (Ctrl-C
    included) is handed to the flow, which cancels its pending query before letting it through."""

    def perform(effect: Any) -> Any:
        if isinstance(effect, Sleep):
            return client.sleep(effect.seconds)
        if isinstance(effect, Cleanup):
            return _cleanup(client, effect.request)
        if isinstance(effect, Book):
            return effect()
        return client.send(effect.method, effect.operation.path, **_send_options(effect))

    return run_flow(flow, perform, interrupts=True)


def _cleanup(client: SyncCore, request: Request) -> None:
    # Whatever befalls the cancel request, the interruption being handled is what the caller must see.
    with contextlib.suppress(Exception):
        client.send(request.method, request.operation.path, **_send_options(request), timeout=CLEANUP_TIMEOUT)


async def drive_async(client: AsyncCore, flow: Flow[T]) -> T:
    """`drive` for the async client; a cancelled task still cancels its query, in a shielded scope."""

    async def perform(effect: Any) -> Any:
        if isinstance(effect, Sleep):
            return await client.sleep(effect.seconds)
        if isinstance(effect, Cleanup):
            return await _cleanup_async(client, effect.request)
        if isinstance(effect, Book):
            return await _book_async(effect)
        return await client.send(effect.method, effect.operation.path, **_send_options(effect))

    return await run_flow_async(flow, perform, interrupts=True)


async def _book_async(book: Book) -> float | None:
    if not book.blocking:
        return book()
    import anyio.to_thread

    return await anyio.to_thread.run_sync(book)


async def _cleanup_async(client: AsyncCore, request: Request) -> None:
    import anyio

    with anyio.move_on_after(CLEANUP_TIMEOUT, shield=True), contextlib.suppress(Exception):
        await client.send(request.method, request.operation.path, **_send_options(request), timeout=CLEANUP_TIMEOUT)


@dataclass(frozen=True, slots=True)
class BackfillWindow:
    """The rows of one window of a back-fill. Save `checkpoint` once they are stored: a back-fill given it
    resumes with the next day (minus the look-back). `revisited` marks a window re-read by the look-back."""

    start: _dt.date
    end: _dt.date
    rows: list[dict[str, Any]]
    revisited: bool

    @property
    def checkpoint(self) -> str:
        return self.end.isoformat()


def _values(parameters: Mapping[str, Any] | None, more: Mapping[str, Any]) -> dict[str, Any]:
    if parameters is not None and not isinstance(parameters, Mapping):
        raise TypeError("parameters must be a mapping of parameter names to values")
    clash = sorted(set(parameters or {}) & set(more))
    if clash:
        raise ValueError(f"parameters given both ways: {', '.join(clash)}")
    return {**(parameters or {}), **more}


def _window_values(base: Mapping[str, Any], window: Window, from_parameter: str, to_parameter: str) -> dict[str, Any]:
    clash = sorted({from_parameter, to_parameter} & set(base))
    if clash:
        raise ValueError(f"the back-fill sets {', '.join(clash)} itself, window by window")
    return {**base, from_parameter: window.start, to_parameter: window.end}


class _ReportsBase:
    def __init__(self, client: Core) -> None:
        self._flows = ReportFlows(client)

    @property
    def settings(self) -> ReportSettings:
        return self._flows.settings

    def configure(self, **changes: Any) -> Self:
        """Change this client's report settings (see `ReportSettings`): `run_interval`, `cache_ttl`,
        `wait_budget`, `timeout`, `poll_interval`, `poll_max_interval`, `store`. Returns `self`."""
        unknown = sorted(set(changes) - {f.name for f in dataclasses.fields(ReportSettings)})
        if unknown:
            raise TypeError(f"unknown report setting(s): {', '.join(unknown)}")
        self._flows.settings = dataclasses.replace(self._flows.settings, **changes)
        return self


class _QueryBase:
    """What a started run's handle shows on both sides: the token and page the server works on."""

    def __init__(self, state: QueryState) -> None:
        self._state = state

    @property
    def token(self) -> str | None:
        return self._state.token

    @property
    def page(self) -> int:
        return self._state.page

    def __repr__(self) -> str:
        return f"{type(self).__name__}(report={self._state.plan.report.id}, page={self.page}, token={self.token!r})"


class ReportQuery(_QueryBase):
    """A run started with `Reports.start`: `token` while the server works on its current page."""

    def __init__(self, reports: Reports, state: QueryState) -> None:
        super().__init__(state)
        self._reports = reports

    def poll(self) -> bool:
        """Ask once whether the pending page is ready; True when it has arrived."""
        return self._reports._drive(self._reports._flows.poll_flow(self._state))

    def wait(self, *, timeout: float | None = None) -> ReportResult:
        """Poll until the rows arrive (cancelling the query on timeout), then fetch the remaining pages."""
        return self._reports._drive(self._reports._flows.finish_flow(self._state, timeout))

    def cancel(self) -> None:
        """Cancel the pending query on the server."""
        self._reports._drive(self._reports._flows.cancel_flow(self._state))


class AsyncReportQuery(_QueryBase):
    """`ReportQuery` for the async client: `await query.poll()`, `await query.wait()`, `await query.cancel()`."""

    def __init__(self, reports: AsyncReports, state: QueryState) -> None:
        super().__init__(state)
        self._reports = reports

    async def poll(self) -> bool:
        return await self._reports._drive(self._reports._flows.poll_flow(self._state))

    async def wait(self, *, timeout: float | None = None) -> ReportResult:  # noqa: ASYNC109 - a server-side bound
        return await self._reports._drive(self._reports._flows.finish_flow(self._state, timeout))

    async def cancel(self) -> None:
        await self._reports._drive(self._reports._flows.cancel_flow(self._state))


class Reports(_ReportsBase):
    """`st.reports` of `ServiceTitan`; see the module docstring."""

    def __init__(self, client: SyncCore) -> None:
        super().__init__(client)
        self._client = client

    def _drive(self, flow: Flow[T]) -> T:
        return drive(self._client, flow)

    def categories(self, *, debug: bool = False) -> list[ReportCategory]:
        return self._drive(self._flows.categories_flow(debug))

    def list(self, category: str, *, debug: bool = False) -> list[ReportSummary]:
        return self._drive(self._flows.list_flow(category, debug))

    def describe(
        self, category: str, report_id: int, *, refresh: bool = False, debug: bool = False
    ) -> ReportDescription:
        """The report's parameters and fields (kept per client; `refresh=True` asks again)."""
        return self._drive(self._flows.describe_flow(category, report_id, debug, refresh))

    def dynamic_set(self, set_id: str, *, refresh: bool = False, debug: bool = False) -> DynamicSet:
        """The possible values of a parameter whose description names a dynamic value set."""
        return self._drive(self._flows.dynamic_set_flow(set_id, debug, refresh))

    def run(
        self,
        category: str,
        report_id: int,
        *,
        parameters: Mapping[str, Any] | None = None,
        page_size: int | None = None,
        timeout: float | None = None,
        debug: bool = False,
        **more_parameters: Any,
    ) -> ReportResult:
        """Every row of the report for these parameters (given as `parameters={...}` or as keywords)."""
        values = _values(parameters, more_parameters)
        return self._drive(self._flows.planned_run_flow(category, report_id, values, page_size, debug, timeout))

    def start(
        self,
        category: str,
        report_id: int,
        *,
        parameters: Mapping[str, Any] | None = None,
        page_size: int | None = None,
        debug: bool = False,
        **more_parameters: Any,
    ) -> ReportQuery:
        """Take the run's pacing turn and ask for its first page; poll the handle yourself."""
        values = _values(parameters, more_parameters)
        return ReportQuery(
            self, self._drive(self._flows.planned_start_flow(category, report_id, values, page_size, debug))
        )

    def resume(
        self,
        category: str,
        report_id: int,
        token: str,
        *,
        page: int = 1,
        parameters: Mapping[str, Any] | None = None,
        page_size: int | None = None,
        debug: bool = False,
        **more_parameters: Any,
    ) -> ReportQuery:
        """The handle of a query started earlier (maybe by another process), from its token and page."""
        flows = self._flows
        plan = self._drive(flows.plan_flow(category, report_id, _values(parameters, more_parameters), page_size, debug))
        return ReportQuery(self, _resumed(plan, token, page))

    def backfill(
        self,
        category: str,
        report_id: int,
        *,
        start: str | _dt.date,
        end: str | _dt.date,
        window_days: int = 1,
        look_back_days: int = 0,
        checkpoint: str | _dt.date | None = None,
        from_parameter: str = "From",
        to_parameter: str = "To",
        parameters: Mapping[str, Any] | None = None,
        page_size: int | None = None,
        timeout: float | None = None,
        debug: bool = False,
        **more_parameters: Any,
    ) -> Iterator[BackfillWindow]:
        """Run the report window by window over [start, end] (days, inclusive); each window's rows come with
        the checkpoint to save. Given a checkpoint, it resumes the day after it, `look_back_days` earlier."""
        base = _values(parameters, more_parameters)
        for window in backfill_windows(start, end, window_days, look_back_days, checkpoint):
            values = _window_values(base, window, from_parameter, to_parameter)
            result = self.run(category, report_id, parameters=values, page_size=page_size, timeout=timeout, debug=debug)
            yield BackfillWindow(window.start, window.end, result.rows, window.revisited)


class AsyncReports(_ReportsBase):
    """`st.reports` of `AsyncCore`: the methods of `Reports`, awaitable (`async for` over back-fills)."""

    def __init__(self, client: AsyncCore) -> None:
        super().__init__(client)
        self._client = client

    async def _drive(self, flow: Flow[T]) -> T:
        return await drive_async(self._client, flow)

    async def categories(self, *, debug: bool = False) -> list[ReportCategory]:
        return await self._drive(self._flows.categories_flow(debug))

    async def list(self, category: str, *, debug: bool = False) -> list[ReportSummary]:
        return await self._drive(self._flows.list_flow(category, debug))

    async def describe(
        self, category: str, report_id: int, *, refresh: bool = False, debug: bool = False
    ) -> ReportDescription:
        return await self._drive(self._flows.describe_flow(category, report_id, debug, refresh))

    async def dynamic_set(self, set_id: str, *, refresh: bool = False, debug: bool = False) -> DynamicSet:
        return await self._drive(self._flows.dynamic_set_flow(set_id, debug, refresh))

    async def run(
        self,
        category: str,
        report_id: int,
        *,
        parameters: Mapping[str, Any] | None = None,
        page_size: int | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - a bound on the server-side query, not on this await
        debug: bool = False,
        **more_parameters: Any,
    ) -> ReportResult:
        values = _values(parameters, more_parameters)
        return await self._drive(self._flows.planned_run_flow(category, report_id, values, page_size, debug, timeout))

    async def start(
        self,
        category: str,
        report_id: int,
        *,
        parameters: Mapping[str, Any] | None = None,
        page_size: int | None = None,
        debug: bool = False,
        **more_parameters: Any,
    ) -> AsyncReportQuery:
        values = _values(parameters, more_parameters)
        state = await self._drive(self._flows.planned_start_flow(category, report_id, values, page_size, debug))
        return AsyncReportQuery(self, state)

    async def resume(
        self,
        category: str,
        report_id: int,
        token: str,
        *,
        page: int = 1,
        parameters: Mapping[str, Any] | None = None,
        page_size: int | None = None,
        debug: bool = False,
        **more_parameters: Any,
    ) -> AsyncReportQuery:
        flows = self._flows
        values = _values(parameters, more_parameters)
        plan = await self._drive(flows.plan_flow(category, report_id, values, page_size, debug))
        return AsyncReportQuery(self, _resumed(plan, token, page))

    async def backfill(
        self,
        category: str,
        report_id: int,
        *,
        start: str | _dt.date,
        end: str | _dt.date,
        window_days: int = 1,
        look_back_days: int = 0,
        checkpoint: str | _dt.date | None = None,
        from_parameter: str = "From",
        to_parameter: str = "To",
        parameters: Mapping[str, Any] | None = None,
        page_size: int | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - a bound on each server-side query
        debug: bool = False,
        **more_parameters: Any,
    ) -> AsyncIterator[BackfillWindow]:
        base = _values(parameters, more_parameters)
        for window in backfill_windows(start, end, window_days, look_back_days, checkpoint):
            values = _window_values(base, window, from_parameter, to_parameter)
            result = await self.run(
                category, report_id, parameters=values, page_size=page_size, timeout=timeout, debug=debug
            )
            yield BackfillWindow(window.start, window.end, result.rows, window.revisited)


def _resumed(plan: Any, token: str, page: int) -> QueryState:
    if not isinstance(token, str) or not token.strip():
        raise TypeError("token must be the non-empty str a started query handed out")
    if isinstance(page, bool) or not isinstance(page, int) or page < 1:
        raise ValueError("page must be an int >= 1")
    return QueryState(plan, page=page, token=token)
