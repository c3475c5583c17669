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

import datetime as _dt
import hashlib
import json
import math
import os
import threading
from collections.abc import Callable, Generator, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any, TypeVar

import httpx

from servicetitan import _catalog
from servicetitan._bodies import loads
from servicetitan._flow import Sleep
from servicetitan._inputs import snake_case
from servicetitan._timeutil import to_utc
from servicetitan.errors import (
    APIConnectionError,
    ConflictError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
    ServiceTitanError,
)
from servicetitan.pagination import max_page_size
from servicetitan.ratelimit import PacingStore
from servicetitan.retries import RetryPolicy

T = TypeVar("T")
Clock = Callable[[], float]

DOMAIN = "reporting"
# Pages of the plain lists (categories, reports, dynamic value sets): the API's documented maximum.
LIST_PAGE_SIZE = 5000
# Interrupting a run still tells the server to drop its query; that request gets this long at most.
CLEANUP_TIMEOUT = 10.0
_RETRY_BACKOFF = RetryPolicy()


class ReportTimeoutError(ServiceTitanError):
    """A long-running report query was not ready within its timeout; it has been cancelled on the server."""

    def __init__(self, message: str, *, token: str, waited: float) -> None:
        super().__init__(message)
        self.token = token
        self.waited = waited


class ReportWaitError(ServiceTitanError):
    """Running the report now would take more waiting (pacing, 429 or 409 answers) than the wait budget allows."""

    def __init__(self, message: str, *, wait: float) -> None:
        super().__init__(message)
        self.wait = wait


# --- the operations -------------------------------------------------------------------------------------------


@cache
def operation(name: str) -> _catalog.Operation:
    return _catalog.operation(DOMAIN, name)


CATEGORIES = "ReportCategories_GetCategories"
REPORTS = "ReportCategoryReports_GetReports"
DESCRIBE = "ReportCategoryReports_Get"
START = "ReportCategoryReports_StartGetData"
POLL = "ReportDataQueries_Get"
CANCEL = "ReportDataQueries_Cancel"
DYNAMIC_SET = "DynamicValueSets_GetDynamicSet"


def data_page_limit(overrides: Mapping[str, int] | None) -> int:
    """The largest page of report rows: an override by operationId, else the spec's own maximum (25,000)."""
    start = operation(START)
    if overrides and START in overrides:
        return overrides[START]
    size = next((p.schema for p in start.parameters if p.name == "pageSize"), {})
    maximum = size.get("maximum")
    return int(maximum) if isinstance(maximum, int) else max_page_size(start)


# --- what the API describes ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReportCategory:
    id: str
    name: str


@dataclass(frozen=True, slots=True)
class ReportSummary:
    id: int
    name: str
    description: str | None


@dataclass(frozen=True, slots=True)
class ReportField:
    """An output column: `data_type` is what the report declares, which the values do not always follow."""

    name: str
    label: str
    data_type: str


@dataclass(frozen=True, slots=True)
class ReportParameter:
    """One input of a report. `possible_values` are (key, label) pairs from the description itself; a
    `dynamic_set_id` names a value set read with `st.reports.dynamic_set(id)`."""

    name: str
    label: str
    data_type: str
    is_array: bool
    required: bool
    possible_values: tuple[tuple[Any, Any], ...] | None = None
    dynamic_set_id: str | None = None

    @property
    def python_name(self) -> str:
        return snake_case(self.name)


@dataclass(frozen=True, slots=True)
class ReportDescription:
    category: str
    id: int
    name: str
    description: str | None
    modified_on: str | None
    parameters: tuple[ReportParameter, ...]
    fields: tuple[ReportField, ...]

    def parameter(self, name: str) -> ReportParameter | None:
        """A parameter by its API name (`BusinessUnitId`) or its snake_case form (`business_unit_id`)."""
        return next((p for p in self.parameters if name in (p.name, p.python_name)), None)


@dataclass(frozen=True, slots=True)
class DynamicSet:
    """The possible values of a parameter: `values` as (key, label) pairs, `rows` as dicts by field name."""

    id: str
    fields: tuple[str, ...]
    rows: tuple[dict[str, Any], ...]

    @property
    def values(self) -> tuple[tuple[Any, Any], ...]:
        return tuple(_pair(tuple(row.values())) for row in self.rows)


def _pair(row: Sequence[Any]) -> tuple[Any, Any]:
    key = row[0] if row else None
    return key, row[1] if len(row) > 1 else key


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _bad(response: httpx.Response, body: Any, reason: str) -> ResponseValidationError:
    return ResponseValidationError.of(reason, response, body)


def json_body(response: httpx.Response) -> Any:
    """The answer's JSON with fractional numbers as Decimal: report figures are money, never floats."""
    try:
        return loads(response.content, parse_float=Decimal) if response.content else None
    except ValueError as exc:
        raise _bad(response, response.text, "the report answer is not JSON") from exc


def parse_description(category: str, response: httpx.Response) -> ReportDescription:
    body = json_body(response)
    if not isinstance(body, Mapping) or not isinstance(body.get("id"), int):
        raise _bad(response, body, f"{DESCRIBE}: a report description must be an object with an id")
    parameters = []
    for raw in body.get("parameters") or []:
        if not isinstance(raw, Mapping) or not isinstance(raw.get("name"), str):
            raise _bad(response, body, f"{DESCRIBE}: every parameter needs a name")
        accept: Mapping[str, Any] = raw["acceptValues"] if isinstance(raw.get("acceptValues"), Mapping) else {}
        values = accept.get("values")
        parameters.append(
            ReportParameter(
                name=raw["name"],
                label=_text(raw.get("label")) or raw["name"],
                data_type=_text(raw.get("dataType")) or "String",
                is_array=raw.get("isArray") is True,
                required=raw.get("isRequired") is True,
                possible_values=tuple(_pair(v) for v in values if isinstance(v, list)) if values else None,
                dynamic_set_id=_text(accept.get("dynamicSetId")),
            )
        )
    fields = tuple(
        ReportField(raw["name"], _text(raw.get("label")) or raw["name"], _text(raw.get("dataType")) or "String")
        for raw in body.get("fields") or []
        if isinstance(raw, Mapping) and isinstance(raw.get("name"), str)
    )
    return ReportDescription(
        category=category,
        id=body["id"],
        name=_text(body.get("name")) or str(body["id"]),
        description=_text(body.get("description")),
        modified_on=_text(body.get("modifiedOn")),
        parameters=tuple(parameters),
        fields=fields,
    )


# --- parameters: checked before anything is sent ------------------------------------------------------------


def given_parameters(description: ReportDescription, values: Mapping[str, Any]) -> list[tuple[ReportParameter, Any]]:
    """The caller's values with their parameters; an unknown name or a missing required parameter raises,
    naming it."""
    given: dict[str, tuple[ReportParameter, Any, str]] = {}
    for name, value in values.items():
        parameter = description.parameter(name)
        if parameter is None:
            known = ", ".join(p.name for p in description.parameters) or "none"
            raise ValueError(f"report {description.id} ({description.name}) has no parameter {name!r}; known: {known}")
        if parameter.name in given:
            raise ValueError(f"parameter {parameter.name} is given twice (as {given[parameter.name][2]} and {name})")
        if value is not None:
            given[parameter.name] = (parameter, value, name)
    missing = [p.name for p in description.parameters if p.required and p.name not in given]
    if missing:
        raise ValueError(f"report {description.id} ({description.name}) requires parameter(s): {', '.join(missing)}")
    return [(parameter, value) for parameter, value, _ in given.values()]


def parameter_value(parameter: ReportParameter, value: Any) -> Any:
    """`value` as the API takes it for `parameter`'s data type: dates `YYYY-MM-DD`, times `HH:MM:SS`."""
    where = f"parameter {parameter.name} ({parameter.data_type}{'[]' if parameter.is_array else ''})"
    if parameter.is_array:
        if isinstance(value, str | bytes | Mapping) or not isinstance(value, list | tuple | set | frozenset):
            raise TypeError(f"{where} must be a list, not {type(value).__name__}")
        return [_scalar(parameter.data_type, item, f"{where}[{i}]") for i, item in enumerate(value)]
    return _scalar(parameter.data_type, value, where)


def _scalar(data_type: str, value: Any, where: str) -> Any:
    if data_type == "Number":
        if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
            raise TypeError(f"{where} must be a number, not {type(value).__name__}")
        if not math.isfinite(value):
            raise ValueError(f"{where} must be a finite number, not {value!r}")
        return value
    if data_type == "Boolean":
        if not isinstance(value, bool):
            raise TypeError(f"{where} must be a bool, not {type(value).__name__}")
        return value
    if data_type == "Date":
        return _date_text(value, where)
    if data_type == "Time":
        return _time_text(value, where)
    if not isinstance(value, str):
        raise TypeError(f"{where} must be a str, not {type(value).__name__}")
    return value


def _date_text(value: Any, where: str) -> str:
    if isinstance(value, _dt.datetime):
        return to_utc(value).date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            raise ValueError(f"{where} must be a date such as '2024-01-31', not {value!r}") from None
    raise TypeError(f"{where} must be a date or a str such as '2024-01-31', not {type(value).__name__}")


def _time_text(value: Any, where: str) -> str:
    if isinstance(value, _dt.time):
        return value.replace(microsecond=0, tzinfo=None).isoformat()
    if isinstance(value, str):
        try:
            return _dt.time.fromisoformat(value.strip()).replace(microsecond=0, tzinfo=None).isoformat()
        except ValueError:
            raise ValueError(f"{where} must be a time such as '08:30:00', not {value!r}") from None
    raise TypeError(f"{where} must be a time or a str such as '08:30:00', not {type(value).__name__}")


def _same(left: Any, right: Any) -> bool:
    # Keys of value sets come as numbers or as text whatever the parameter's type; compare them as text too.
    return bool(left == right) or str(left) == str(right)


def check_possible(parameter: ReportParameter, value: Any, keys: Sequence[Any], source: str) -> None:
    for item in value if isinstance(value, list) else [value]:
        if not any(_same(item, key) for key in keys):
            shown = ", ".join(repr(k) for k in keys[:20]) + (", ..." if len(keys) > 20 else "")
            raise ValueError(f"parameter {parameter.name} does not accept {item!r} ({source}); accepted: {shown}")


def request_body(values: Sequence[tuple[ReportParameter, Any]]) -> dict[str, Any]:
    """The JSON body of a data request, parameters in name order (the pacing key depends on it)."""
    parameters = sorted(({"name": p.name, "value": v} for p, v in values), key=lambda p: p["name"])
    return {"parameters": parameters}


# --- rows: typed by the declared data type, raw where a value does not fit ---------------------------------


def typed_value(data_type: str | None, value: Any) -> Any:
    if value is None or data_type is None:
        return value
    try:
        if data_type == "Number":
            return _number(value)
        if data_type == "Boolean":
            return _boolean(value)
        if data_type == "Date":
            return _when(value)
        if data_type == "Time":
            return _dt.time.fromisoformat(value) if isinstance(value, str) else value
    except (ValueError, TypeError, InvalidOperation):
        return value
    return value


def _number(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, int | Decimal | float | str):
        return value
    if isinstance(value, str):
        number = Decimal(value.strip())
        return int(number) if number == number.to_integral_value() and "." not in value else number
    return value


def _boolean(value: Any) -> Any:
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    return value


def _when(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    text = value.strip()
    if len(text) == 10:
        return _dt.date.fromisoformat(text)
    parsed = _dt.datetime.fromisoformat(text)
    return to_utc(parsed)


EXTRA_VALUES = "_extra"


def typed_rows(
    description: ReportDescription, response: httpx.Response, body: Mapping[str, Any]
) -> list[dict[str, Any]]:
    """Rows as dicts keyed by field name; values beyond the header are kept under `_extra`, never dropped."""
    header = body.get("fields")
    names = [f.get("name") for f in header if isinstance(f, Mapping)] if isinstance(header, list) else []
    if not names:
        names = [f.name for f in description.fields]
    declared = {f.name: f.data_type for f in description.fields}
    rows = []
    for raw in body["data"]:
        if isinstance(raw, Mapping):
            rows.append({str(k): typed_value(declared.get(str(k)), v) for k, v in raw.items()})
            continue
        if not isinstance(raw, list):
            raise _bad(response, body, f"report {description.id}: a row must be a list of values")
        row = {str(name): typed_value(declared.get(str(name)), value) for name, value in zip(names, raw, strict=False)}
        if len(raw) > len(names):
            row[EXTRA_VALUES] = raw[len(names) :]
        rows.append(row)
    return rows


def data_page(description: ReportDescription, response: httpx.Response) -> tuple[list[dict[str, Any]], bool]:
    body = json_body(response)
    if not isinstance(body, Mapping) or not isinstance(body.get("data"), list) or "hasMore" not in body:
        raise _bad(response, body, f"report {description.id}: a data answer must have data and hasMore")
    return typed_rows(description, response, body), body["hasMore"] is True


# --- pacing ----------------------------------------------------------------------------------------------------


def default_store(client: Any, clock: Clock) -> PacingStore:
    """The process-wide store of `clock`, or, when the client's `rate_limit_store` can pace report runs too (a
    Redis one: `pacing_store(fallback)`), that shared store, falling back on this process's while unreachable."""
    local = shared_store(clock)
    shared = getattr(getattr(client, "rate_limit_store", None), "pacing_store", None)
    if not callable(shared):
        return local
    store: PacingStore = shared(local)
    return store


class MemoryPacingStore:
    """The in-process store: last booked slot per key, on `clock`."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._slots: dict[str, float] = {}

    def reserve(self, key: str, interval: float, limit: float) -> float | None:
        with self._lock:
            now = self._clock()
            last = self._slots.get(key)
            slot = now if last is None else max(now, last + interval)
            if slot - now > limit:
                return None
            self._slots[key] = slot
            for stale in [k for k, v in self._slots.items() if v + interval < now]:
                del self._slots[stale]
            return slot - now


_stores: dict[Clock, MemoryPacingStore] = {}
_stores_lock = threading.Lock()


def shared_store(clock: Clock) -> MemoryPacingStore:
    """One store per clock for the whole process, so every client of a tenant paces against the same runs."""
    with _stores_lock:
        store = _stores.get(clock)
        if store is None:
            store = _stores[clock] = MemoryPacingStore(clock)
        return store


def pacing_key(api_url: str, tenant: int, category: str, report_id: int, body: Mapping[str, Any]) -> str:
    """(environment, tenant, report, parameters) as a digest: parameter values stay out of any store."""
    text = json.dumps([api_url, tenant, category, report_id, body], sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass(slots=True)
class CachedResult:
    fetched_at: float
    rows: list[dict[str, Any]]


class ResultCache:
    """Results of recent runs by pacing key (opt-in), one per clock for the process like the pacing store."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: dict[str, CachedResult] = {}

    def get(self, key: str, now: float, ttl: float) -> CachedResult | None:
        with self._lock:
            found = self._entries.get(key)
            return found if found is not None and now - found.fetched_at <= ttl else None

    def put(self, key: str, entry: CachedResult, ttl: float) -> None:
        with self._lock:
            for stale in [k for k, v in self._entries.items() if entry.fetched_at - v.fetched_at > ttl]:
                del self._entries[stale]
            self._entries[key] = entry


_caches: dict[Clock, ResultCache] = {}


def shared_cache(clock: Clock) -> ResultCache:
    with _stores_lock:
        cache_ = _caches.get(clock)
        if cache_ is None:
            cache_ = _caches[clock] = ResultCache()
        return cache_


def _unlocked_in_child() -> None:
    """A fork can land while a thread of the parent books a run or keeps a result (one of these locks held): the
    child's start unlocked. What the stores hold is kept: the parent's bookings still pace the child's runs."""
    global _stores_lock
    _stores_lock = threading.Lock()
    for store in _stores.values():
        store._lock = threading.Lock()
    for cache_ in _caches.values():
        cache_._lock = threading.Lock()


os.register_at_fork(after_in_child=_unlocked_in_child)

# --- settings and the effects a flow yields --------------------------------------------------------------------


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
    - `store`: a `PacingStore` shared beyond this process; by default the client's Redis `rate_limit_store`
      when it has one (`RedisPacingStore`), else the process-wide in-memory one.
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
    """Send `request`; 429 and 409 answers are retried while the budget lasts (the wait the server names,
    else backoff), and so are 5xx answers and lost connections of a GET or DELETE. A POST is never replayed
    after a 5xx or a lost connection: it may have started a query."""
    attempt = 0
    while True:
        try:
            response: httpx.Response = yield request
            return response
        except (RateLimitError, ConflictError, ServerError, APIConnectionError) as exc:
            if isinstance(exc, ServerError | APIConnectionError) and request.method == "POST":
                raise
            attempt += 1
            wait = exc.retry_after if isinstance(exc, RateLimitError) else None
            # A named wait shorter than the backoff's base (0, a date in the past) would resend at once: back off.
            if wait is None or wait < _RETRY_BACKOFF.backoff_base:
                wait = _RETRY_BACKOFF.backoff(attempt)
            if attempt > _RETRY_BACKOFF.max_rate_limit_retries or not budget.take(wait):
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
            raise _bad(response, body, f"{operation_id}: a page must be an object with data")
        pages.append(body)
        if body.get("hasMore") is not True:
            return pages
        if not body["data"]:
            raise _bad(response, body, f"{operation_id}: hasMore with an empty page would loop forever")
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
        raise _bad(response, body, f"{START}: a 202 answer must carry the query's token")
    return token


def day(value: Any, name: str) -> _dt.date:
    if isinstance(value, _dt.datetime):
        return to_utc(value).date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"{name} must be a date such as '2024-01-31', not {value!r}") from None
    raise TypeError(f"{name} must be a date or a str such as '2024-01-31', not {type(value).__name__}")


@dataclass(frozen=True, slots=True)
class Window:
    start: _dt.date
    end: _dt.date
    revisited: bool


def backfill_windows(start: Any, end: Any, window_days: int, look_back_days: int, checkpoint: Any) -> list[Window]:
    """The date windows of a back-fill, from `start` (or the day after `checkpoint`, minus the look-back) to
    `end`, both inclusive. Windows that re-read days before the checkpoint are marked `revisited`."""
    first, last = day(start, "start"), day(end, "end")
    for name, value in (("window_days", window_days), ("look_back_days", look_back_days)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if window_days < 1 or look_back_days < 0:
        raise ValueError("window_days must be >= 1 and look_back_days >= 0")
    if last < first:
        raise ValueError(f"end ({last}) is before start ({first})")
    done = None if checkpoint is None else day(checkpoint, "checkpoint")
    cursor = first if done is None else max(first, done + _dt.timedelta(days=1 - look_back_days))
    windows = []
    step = _dt.timedelta(days=window_days)
    while cursor <= last:
        window_end = min(last, cursor + step - _dt.timedelta(days=1))
        windows.append(Window(cursor, window_end, done is not None and cursor <= done))
        cursor = window_end + _dt.timedelta(days=1)
    return windows


@dataclass(slots=True)
class Memo:
    """Per-client memory of descriptions and dynamic value sets (they change rarely; runs consult them)."""

    descriptions: dict[tuple[str, int], ReportDescription] = field(default_factory=dict)
    dynamic_sets: dict[str, DynamicSet] = field(default_factory=dict)


# --- results and the state of a run ----------------------------------------------------------------------------


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
            raise _bad(response, json_body(response), f"report {self.plan.report.id}: hasMore with no row")
        received = (self.page - 1) * self.size + len(rows)
        if has_more and len(rows) < self.size:
            if received % len(rows):
                raise _bad(
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

    def __init__(self, client: Any) -> None:
        self._client = client
        self.settings = ReportSettings()
        self._memo = Memo()
        self._default_store: PacingStore | None = None

    @property
    def _clock(self) -> Clock:
        clock: Clock = self._client._clock
        return clock

    def _store(self) -> PacingStore:
        if self.settings.store is not None:
            return self.settings.store
        if self._default_store is None:
            self._default_store = default_store(self._client, self._clock)
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
            ReportSummary(r["id"], str(r.get("name")), _text(r.get("description")))
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
