"""The I/O-free half of `st.reports`: report descriptions, parameter checks, typed rows, pacing and the flows.

A flow is a generator that yields what it needs done and returns its result; `servicetitan.reports` has a sync
and an async driver that perform those effects, so both clients share every step written here:

- `Request`: send this request through the client (auth, rate limiter, typed errors); the answer is the
  response, or the typed error is thrown into the flow;
- `Sleep` (from `servicetitan._flow`): wait, with the client's own sleep;
- `Book`: book a pacing turn in a `PacingStore`; the answer is its wait (or None). A store that does network
  I/O (Redis) is consulted off the event loop by the async driver;
- `Cleanup`: send this request even while the caller is being interrupted (Ctrl-C, a cancelled task), within a
  short bound; its outcome is ignored, because the interruption is what the caller must see.

Every wait a flow asks for has a bound: pacing waits and 429/409 retries come out of one `WaitBudget` per run,
and polling a long-running query stops at its timeout, cancelling the query on the server.
"""

from __future__ import annotations

import math
from collections.abc import Generator, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from servicetitan import _catalog
from servicetitan._flow import Sleep
from servicetitan.errors import (
    APIConnectionError,
    APIStatusError,
    RateLimitError,
    ReportTimeoutError,
    ReportWaitError,
)
from servicetitan.ratelimit import PacingStore
from servicetitan.reports.descriptions import (
    DynamicSet,
    ReportCategory,
    ReportDescription,
    ReportField,
    ReportSummary,
    bad_answer,
    json_body,
    parse_description,
    text_of,
)
from servicetitan.reports.operations import (
    CANCEL,
    CATEGORIES,
    DESCRIBE,
    DYNAMIC_SET,
    LIST_PAGE_SIZE,
    POLL,
    REPORTS,
    START,
    data_page_limit,
    operation,
)
from servicetitan.reports.pacing import CachedResult, Clock, default_store, pacing_key, shared_cache
from servicetitan.reports.parameters import check_possible, given_parameters, parameter_value, request_body
from servicetitan.reports.rows import data_page
from servicetitan.retries import DEFAULT_MAX_RATE_LIMIT_RETRIES, REPLAYABLE_METHODS, RetryPolicy

if TYPE_CHECKING:
    from servicetitan._core import Core

T = TypeVar("T")
# Interrupting a run still tells the server to drop its query; that request gets this long at most.
CLEANUP_TIMEOUT = 10.0
# How report requests are retried (`send`): the run's wait budget bounds every wait, so the policy's own bound
# on a named wait is a day, and its count of retries is that of a call's 429s.
REPORT_RETRIES = RetryPolicy(max_retries=DEFAULT_MAX_RATE_LIMIT_RETRIES, max_wait=86_400.0)


@dataclass(frozen=True, slots=True)
class ReportSettings:
    """How `st.reports` paces, waits and polls (`st.reports.configure(...)` changes them per client).

    - `run_interval`: seconds between two runs of the same report with the same parameters for a tenant
      (ServiceTitan allows about one a minute); a second identical run waits for its turn.
    - `cache_ttl`: opt-in; an identical run within this many seconds of the last one is answered from its
      result (`ReportResult.from_cache`, `.age`) instead of waiting. None (the default) always runs.
    - `wait_budget`: the most a run waits in all, for its pacing turn and for 429/409 answers.
    - `timeout`: how long a long-running query may take before it is cancelled on the server.
    - `poll_interval` .. `poll_max_interval`: the backoff between polls of a long-running query.
    - `store`: a `PacingStore` shared beyond this process; by default runs are paced where the client paces its
      requests: its Redis `rate_limit_store` when it has one (`RedisPacingStore`), else the turns of this
      process's limiter store of the client's clock (`ratelimit.LocalStore.turns`).
    """

    run_interval: float = 60.0
    cache_ttl: float | None = None
    wait_budget: float = 300.0
    timeout: float = 600.0
    poll_interval: float = 1.0
    poll_max_interval: float = 15.0
    store: PacingStore | None = None

    def __post_init__(self) -> None:
        for name in ("run_interval", "wait_budget", "timeout", "poll_interval", "poll_max_interval"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value < math.inf:
                raise ValueError(f"{name} must be a finite number of seconds >= 0, not {value!r}")
        if self.poll_interval <= 0:
            raise ValueError("poll_interval must be a positive number of seconds")
        if self.cache_ttl is not None and (isinstance(self.cache_ttl, bool) or not self.cache_ttl >= 0):
            raise ValueError(f"cache_ttl must be None or a number of seconds >= 0, not {self.cache_ttl!r}")
        if self.store is not None and not isinstance(self.store, PacingStore):
            raise TypeError("store must have reserve(key, interval, limit) -> float | None")


@dataclass(frozen=True, slots=True)
class Request:
    method: str
    operation_id: str
    path_params: Mapping[str, Any]
    params: Mapping[str, Any] | None = None
    json: Any = None
    debug: bool = False

    @property
    def operation(self) -> _catalog.Operation:
        return operation(self.operation_id)


@dataclass(frozen=True, slots=True)
class Cleanup:
    request: Request


@dataclass(frozen=True, slots=True)
class Book:
    store: PacingStore
    key: str
    interval: float
    limit: float

    @property
    def blocking(self) -> bool:
        return bool(getattr(self.store, "blocking", False))

    def __call__(self) -> float | None:
        return self.store.reserve(self.key, self.interval, self.limit)


Effect = Request | Sleep | Cleanup | Book
Flow = Generator[Effect, Any, T]


@dataclass(slots=True)
class WaitBudget:
    remaining: float

    def take(self, seconds: float) -> bool:
        if seconds > self.remaining:
            return False
        self.remaining -= seconds
        return True


def send(request: Request, budget: WaitBudget) -> Flow[httpx.Response]:
    """Send `request`, retried as `REPORT_RETRIES` says (`RetryPolicy.delay_after_error`) while the budget lasts:
    429 and 409 answers (after the wait the server names, else backoff), and 5xx answers and lost connections of
    a GET or DELETE. A POST is never replayed after a 5xx or a lost connection: it may have started a query."""
    replayable = request.method in REPLAYABLE_METHODS
    attempt = 0
    while True:
        try:
            response: httpx.Response = yield request
            return response
        except (APIStatusError, APIConnectionError) as exc:
            attempt += 1
            status = exc.status_code if isinstance(exc, APIStatusError) else None
            named = exc.retry_after if isinstance(exc, RateLimitError) else None
            wait = REPORT_RETRIES.delay_after_error(status, attempt, replayable, named)
            if wait is None or not budget.take(wait):
                raise
            yield Sleep(wait)


def list_pages(operation_id: str, path_params: Mapping[str, Any], debug: bool) -> Flow[list[Mapping[str, Any]]]:
    """Every page of a plain paged list (`{page, pageSize, hasMore, data}`), in order."""
    pages: list[Mapping[str, Any]] = []
    budget = WaitBudget(0.0)
    page = 1
    while True:
        params = {"page": page, "pageSize": LIST_PAGE_SIZE}
        response = yield from send(Request("GET", operation_id, path_params, params, debug=debug), budget)
        body = json_body(response)
        if not isinstance(body, Mapping) or not isinstance(body.get("data"), list):
            raise bad_answer(response, body, f"{operation_id}: a page must be an object with data")
        pages.append(body)
        if body.get("hasMore") is not True:
            return pages
        if not body["data"]:
            raise bad_answer(response, body, f"{operation_id}: hasMore with an empty page would loop forever")
        page += 1


def wait_for_query(
    token: str, settings: ReportSettings, clock: Clock, budget: WaitBudget, debug: bool, timeout: float | None = None
) -> Flow[httpx.Response]:
    """Poll `data-queries/{token}` until it answers 200. On timeout, or if the caller is interrupted while
    waiting (KeyboardInterrupt, task cancellation, any error), the query is cancelled on the server first."""
    limit = settings.timeout if timeout is None else timeout
    started = clock()
    path = {"token": token}
    delay = settings.poll_interval
    try:
        while True:
            waited = clock() - started
            if waited + delay > limit:
                raise ReportTimeoutError(
                    f"report query {token} was not ready after {waited:.1f} s (timeout {limit:g} s); "
                    "it has been cancelled on the server",
                    token=token,
                    waited=waited,
                )
            yield Sleep(delay)
            response = yield from send(Request("GET", POLL, path, debug=debug), budget)
            if response.status_code != 202:
                return response
            delay = min(settings.poll_max_interval, delay * 1.5)
    except GeneratorExit:
        raise
    except BaseException:
        yield Cleanup(Request("DELETE", CANCEL, path, debug=debug))
        raise


def checked_timeout(timeout: object) -> None:
    """A run's or a wait's `timeout`: None (the settings') or a finite number of seconds >= 0, checked before its
    query is started or polled (NaN or infinity would poll for as long as the server answers 202)."""
    if timeout is not None and (
        isinstance(timeout, bool) or not isinstance(timeout, int | float) or not 0 <= timeout < math.inf
    ):
        raise ValueError(f"timeout must be None or a finite number of seconds >= 0, not {timeout!r}")


def pending_token(response: httpx.Response) -> str:
    body = json_body(response)
    token = body.get("token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token:
        raise bad_answer(response, body, f"{START}: a 202 answer must carry the query's token")
    return token


@dataclass(slots=True)
class Memo:
    """Per-client memory of descriptions and dynamic value sets (they change rarely; runs consult them)."""

    descriptions: dict[tuple[str, int], ReportDescription] = field(default_factory=dict)
    dynamic_sets: dict[str, DynamicSet] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ReportResult:
    """Every row of one run, as dicts keyed by field name. `from_cache` tells a result answered from the
    opt-in cache, `age` how many seconds ago the server produced it (0.0 for a fresh run)."""

    report: ReportDescription
    parameters: tuple[tuple[str, Any], ...]
    rows: list[dict[str, Any]]
    from_cache: bool = False
    age: float = 0.0

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    @property
    def fields(self) -> tuple[ReportField, ...]:
        return self.report.fields


@dataclass(frozen=True, slots=True)
class RunPlan:
    """A checked run: what to send and under which pacing key."""

    report: ReportDescription
    body: dict[str, Any]
    page_size: int
    key: str
    debug: bool

    @property
    def path(self) -> dict[str, Any]:
        return {"report_category": self.report.category, "reportId": self.report.id}


@dataclass(slots=True)
class QueryState:
    """Where a run stands: the page being fetched, its query token while the server works on it, rows so far.
    `token` and `page` are all a later process needs to pick the run up again (`st.reports.resume`)."""

    plan: RunPlan
    page: int = 1
    token: str | None = None
    rows: list[dict[str, Any]] = field(default_factory=list)
    done: bool = False
    size: int = 0

    def __post_init__(self) -> None:
        self.size = self.size or self.plan.page_size

    def absorb(self, response: httpx.Response) -> None:
        """Take a page. A page shorter than asked that still has more means the server caps its pages: the run
        goes on at the served size, from the row after the last one received, so that no row is skipped."""
        rows, has_more = data_page(self.plan.report, response)
        if has_more and not rows:
            raise bad_answer(response, json_body(response), f"report {self.plan.report.id}: hasMore with no row")
        received = (self.page - 1) * self.size + len(rows)
        if has_more and len(rows) < self.size:
            if received % len(rows):
                raise bad_answer(
                    response,
                    json_body(response),
                    f"report {self.plan.report.id}: page {self.page} holds {len(rows)} of {self.size} rows with "
                    "more to come; no page size continues from here without skipping rows",
                )
            self.size = len(rows)
        self.rows.extend(rows)
        self.token = None
        if has_more:
            self.page = received // self.size + 1
        else:
            self.done = True


class ReportFlows:
    """Every `st.reports` operation as a flow, over the facts of one client (tenant, environment, clock, page
    size limits); `servicetitan.reports` drives them on either side."""

    def __init__(self, client: Core) -> None:
        self._client = client
        self.settings = ReportSettings()
        self._memo = Memo()
        self._default_store: PacingStore | None = None

    @property
    def _clock(self) -> Clock:
        return self._client.clock

    def _store(self) -> PacingStore:
        if self.settings.store is not None:
            return self.settings.store
        if self._default_store is None:
            self._default_store = default_store(self._client)
        return self._default_store

    # --- discovery ---

    def categories_flow(self, debug: bool) -> Flow[list[ReportCategory]]:
        pages = yield from list_pages(CATEGORIES, {}, debug)
        return [
            ReportCategory(str(r.get("id")), str(r.get("name")))
            for p in pages
            for r in p["data"]
            if isinstance(r, Mapping)
        ]

    def list_flow(self, category: str, debug: bool) -> Flow[list[ReportSummary]]:
        pages = yield from list_pages(REPORTS, {"report_category": _category(category)}, debug)
        return [
            ReportSummary(r["id"], str(r.get("name")), text_of(r.get("description")))
            for p in pages
            for r in p["data"]
            if isinstance(r, Mapping) and isinstance(r.get("id"), int)
        ]

    def describe_flow(
        self, category: str, report_id: int, debug: bool, refresh: bool = False
    ) -> Flow[ReportDescription]:
        key = (_category(category), _report_id(report_id))
        known = self._memo.descriptions.get(key)
        if known is not None and not refresh:
            return known
        path = {"report_category": key[0], "reportId": key[1]}
        response = yield from send(Request("GET", DESCRIBE, path, debug=debug), WaitBudget(0.0))
        description = self._memo.descriptions[key] = parse_description(key[0], response)
        return description

    def dynamic_set_flow(self, set_id: str, debug: bool, refresh: bool = False) -> Flow[DynamicSet]:
        if not isinstance(set_id, str) or not set_id.strip():
            raise TypeError("dynamic_set id must be a non-empty str")
        known = self._memo.dynamic_sets.get(set_id)
        if known is not None and not refresh:
            return known
        pages = yield from list_pages(DYNAMIC_SET, {"dynamicSetId": set_id}, debug)
        header = pages[0].get("fields")
        names = tuple(str(f.get("name")) for f in header if isinstance(f, Mapping)) if isinstance(header, list) else ()
        rows = tuple(
            dict(zip(names or ("key", "label"), row, strict=False))
            for p in pages
            for row in p["data"]
            if isinstance(row, list)
        )
        found = self._memo.dynamic_sets[set_id] = DynamicSet(set_id, names, rows)
        return found

    # --- running ---

    def plan_flow(
        self, category: str, report_id: int, values: Mapping[str, Any], page_size: int | None, debug: bool
    ) -> Flow[RunPlan]:
        """Describe the report (once per client), then check every parameter before anything is sent."""
        limit = data_page_limit(self._client.page_size_limits)
        if page_size is None:
            page_size = limit
        elif isinstance(page_size, bool) or not isinstance(page_size, int):
            raise TypeError(f"page_size must be an int, not {type(page_size).__name__}")
        elif not 1 <= page_size <= limit:
            raise ValueError(f"page_size must be between 1 and {limit} for report data")
        report = yield from self.describe_flow(category, report_id, debug)
        checked = [(p, parameter_value(p, v)) for p, v in given_parameters(report, values)]
        for parameter, value in checked:
            if parameter.possible_values is not None:
                check_possible(parameter, value, [k for k, _ in parameter.possible_values], "possible values")
            elif parameter.dynamic_set_id is not None:
                value_set = yield from self.dynamic_set_flow(parameter.dynamic_set_id, debug)
                check_possible(
                    parameter, value, [k for k, _ in value_set.values], f"dynamic set {parameter.dynamic_set_id}"
                )
        body = request_body(checked)
        key = pacing_key(self._client.api_url, self._client.tenant, report.category, report.id, body)
        return RunPlan(report, body, page_size, key, debug)

    def _result(self, state: QueryState) -> ReportResult:
        now = self._clock()
        ttl = self.settings.cache_ttl
        if ttl is not None:
            shared_cache(self._clock).put(state.plan.key, CachedResult(now, state.rows), ttl)
        return ReportResult(state.plan.report, _pairs(state.plan.body), state.rows)

    def _cached(self, plan: RunPlan) -> ReportResult | None:
        ttl = self.settings.cache_ttl
        if ttl is None:
            return None
        now = self._clock()
        found = shared_cache(self._clock).get(plan.key, now, ttl)
        if found is None:
            return None
        rows = [dict(row) for row in found.rows]
        return ReportResult(plan.report, _pairs(plan.body), rows, True, now - found.fetched_at)

    def _pace(self, plan: RunPlan, budget: WaitBudget) -> Flow[None]:
        wait = yield Book(self._store(), plan.key, self.settings.run_interval, budget.remaining)
        if wait is None:
            raise ReportWaitError(
                f"report {plan.report.id} ran with these parameters less than {self.settings.run_interval:g} s ago "
                f"and its next turn is further away than the wait budget ({budget.remaining:.1f} s left)",
                wait=self.settings.run_interval,
            )
        if wait > 0:
            budget.take(wait)
            yield Sleep(wait)

    def _request_page(self, state: QueryState, budget: WaitBudget) -> Flow[None]:
        plan = state.plan
        params = {"page": state.page, "pageSize": state.size}
        request = Request("POST", START, plan.path, params, plan.body, plan.debug)
        response = yield from send(request, budget)
        if response.status_code == 202:
            state.token = pending_token(response)
        else:
            state.absorb(response)

    def planned_run_flow(
        self,
        category: str,
        report_id: int,
        values: Mapping[str, Any],
        page_size: int | None,
        debug: bool,
        timeout: float | None,
    ) -> Flow[ReportResult]:
        """`plan_flow`, then `run_flow`: `st.reports.run` on either client."""
        plan = yield from self.plan_flow(category, report_id, values, page_size, debug)
        return (yield from self.run_flow(plan, timeout))

    def planned_start_flow(
        self, category: str, report_id: int, values: Mapping[str, Any], page_size: int | None, debug: bool
    ) -> Flow[QueryState]:
        """`plan_flow`, then `start_flow`: `st.reports.start` on either client."""
        plan = yield from self.plan_flow(category, report_id, values, page_size, debug)
        return (yield from self.start_flow(plan))

    def start_flow(self, plan: RunPlan) -> Flow[QueryState]:
        """Take the run's pacing turn and ask for its first page: answered at once, or a token to poll."""
        budget = WaitBudget(self.settings.wait_budget)
        yield from self._pace(plan, budget)
        state = QueryState(plan)
        yield from self._request_page(state, budget)
        return state

    def finish_flow(
        self, state: QueryState, timeout: float | None, budget: WaitBudget | None = None
    ) -> Flow[ReportResult]:
        """Wait for the pending query, then fetch every further page (each a query of its own)."""
        checked_timeout(timeout)
        budget = budget or WaitBudget(self.settings.wait_budget)
        while not state.done:
            if state.token is not None:
                response = yield from wait_for_query(
                    state.token, self.settings, self._clock, budget, state.plan.debug, timeout
                )
                state.absorb(response)
            else:
                yield from self._request_page(state, budget)
        return self._result(state)

    def run_flow(self, plan: RunPlan, timeout: float | None) -> Flow[ReportResult]:
        checked_timeout(timeout)
        cached = self._cached(plan)
        if cached is not None:
            return cached
        budget = WaitBudget(self.settings.wait_budget)
        yield from self._pace(plan, budget)
        # Another run with the same key may have finished while this one waited for its turn.
        cached = self._cached(plan)
        if cached is not None:
            return cached
        state = QueryState(plan)
        yield from self._request_page(state, budget)
        return (yield from self.finish_flow(state, timeout, budget))

    def poll_flow(self, state: QueryState) -> Flow[bool]:
        """One look at the pending query: True once its page has arrived (or nothing is pending)."""
        if state.token is None:
            return True
        response = yield from send(
            Request("GET", POLL, {"token": state.token}, debug=state.plan.debug), WaitBudget(0.0)
        )
        if response.status_code == 202:
            return False
        state.absorb(response)
        return True

    def cancel_flow(self, state: QueryState) -> Flow[None]:
        if state.token is not None:
            request = Request("DELETE", CANCEL, {"token": state.token}, debug=state.plan.debug)
            yield from send(request, WaitBudget(0.0))
            state.token = None
        state.done = True


def _pairs(body: Mapping[str, Any]) -> tuple[tuple[str, Any], ...]:
    return tuple((p["name"], p["value"]) for p in body["parameters"])


def _category(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise TypeError(f"category must be a non-empty str (a category id such as 'operations'), not {value!r}")
    return value


def _report_id(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"report_id must be an int, not {type(value).__name__}")
    return value
