"""The Reporting API of the sandbox: two categories of seeded reports computed from the tenant's own jobs and
invoices, so a revenue report agrees with the invoices it sums up.

- `operations` / 1001 "Jobs by Business Unit": every parameter data type (Date, Number[] from the
  `business-units` dynamic value set, String with listed possible values, Boolean, Time); answered at once.
- `accounting` / 2001 "Revenue by Day": one row per day of [From, To] with the invoices of that day, their
  subtotal, tax and revenue (invoice totals); a slow report: `data/query` answers 202 with a token, and
  polling `data-queries/{token}` answers 202 until the `slow_polls`-th poll, then 200 with the rows.
- `accounting` / 2002 "Invoice Register": one row per invoice, `Total` declared a Number but sent as text,
  as real reports do with money.

Runs (page 1 of a data request) of the same report with the same parameters are limited to one per
`run_interval` seconds per tenant, answered 429 with `Retry-After`; further pages of a run are not counted.
`DELETE data-queries/{token}` cancels a query; `cancelled` lists the tokens cancelled, `runs` counts the runs
per (tenant, report, parameters), so tests can see what the server saw.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import json
import math
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl

from servicetitan import _catalog

from .problems import VALIDATION_TITLE, ProblemError, bad_request
from .seed import BUSINESS_UNITS, FIRST_IDS
from .store import Record, Tenant

Answer = tuple[int, Any, list[tuple[str, str]]]
Rows = list[list[Any]]
DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 25_000
JOB_STATUSES = ("Scheduled", "Dispatched", "InProgress", "Hold", "Completed", "Canceled")


@dataclass(frozen=True, slots=True)
class ReportLimits:
    """`run_interval`: seconds between two runs of one report with the same parameters (the API's minute);
    `slow_polls`: the poll of a slow report's query that finally answers with its rows."""

    run_interval: float = 60.0
    slow_polls: int = 2


@dataclass(frozen=True, slots=True)
class Parameter:
    name: str
    label: str
    data_type: str
    is_array: bool = False
    required: bool = False
    values: tuple[tuple[Any, str], ...] | None = None
    dynamic_set: str | None = None

    def describe(self) -> dict[str, Any]:
        accept = None
        if self.values is not None or self.dynamic_set is not None:
            accept = {
                "fields": [{"name": "Value", "label": "Value"}, {"name": "Name", "label": "Name"}],
                "dynamicSetId": self.dynamic_set,
                "values": [list(v) for v in self.values] if self.values is not None else None,
            }
        return {
            "name": self.name,
            "label": self.label,
            "dataType": self.data_type,
            "isArray": self.is_array,
            "isRequired": self.required,
            "acceptValues": accept,
        }


Compute = Callable[[Tenant, Mapping[str, Any]], Rows]


@dataclass(frozen=True, slots=True)
class Report:
    category: str
    id: int
    name: str
    description: str
    parameters: tuple[Parameter, ...]
    fields: tuple[tuple[str, str, str], ...]
    compute: Compute
    slow: bool = False

    def describe(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "description": self.description,
            "modifiedOn": "2024-01-01T00:00:00Z",
            "parameters": [p.describe() for p in self.parameters],
            "fields": [{"name": n, "label": label, "dataType": t} for n, label, t in self.fields],
        }


# --- the computations -------------------------------------------------------------------------------------------


def _day(stamp: str) -> str:
    return stamp[:10]


def _money(amount: Decimal) -> float:
    # Sums are exact in Decimal; JSON carries them as numbers with two decimals.
    return float(amount.quantize(Decimal("0.01")))


def _in_range(stamp: str, parameters: Mapping[str, Any]) -> bool:
    return str(parameters["From"]) <= _day(stamp) <= str(parameters["To"])


def jobs_by_business_unit(tenant: Tenant, parameters: Mapping[str, Any]) -> Rows:
    units = parameters.get("BusinessUnitIds")
    status = parameters.get("JobStatus")
    after = parameters.get("CreatedAfter")
    include_canceled = parameters.get("IncludeCanceled", True)
    invoices = tenant["invoices"]
    counts: dict[int, list[Any]] = {}
    for job in tenant["jobs"].records():
        if not _in_range(job["createdOn"], parameters) or (units and job["businessUnitId"] not in units):
            continue
        if (status and job["jobStatus"] != status) or (not include_canceled and job["jobStatus"] == "Canceled"):
            continue
        if after and job["createdOn"][11:19] < after:
            continue
        unit = job["businessUnitId"]
        row = counts.setdefault(unit, [unit, BUSINESS_UNITS[unit - FIRST_IDS["business_units"]], 0, 0, Decimal(0)])
        row[2] += 1
        row[3] += job["jobStatus"] == "Completed"
        invoice = invoices.get(job["invoiceId"]) if job.get("invoiceId") else None
        if invoice is not None:
            row[4] += Decimal(str(invoice["total"]))
    return [[*row[:4], _money(row[4])] for _, row in sorted(counts.items())]


def _invoices(tenant: Tenant, parameters: Mapping[str, Any]) -> Iterable[Record]:
    unit = parameters.get("BusinessUnitId")
    for invoice in tenant["invoices"].records():
        if _in_range(invoice["invoiceDate"], parameters) and (unit is None or invoice["businessUnit"]["id"] == unit):
            yield invoice


def revenue_by_day(tenant: Tenant, parameters: Mapping[str, Any]) -> Rows:
    first, last = (_dt.date.fromisoformat(str(parameters[name])) for name in ("From", "To"))
    days: dict[str, list[Any]] = {
        (first + _dt.timedelta(days=n)).isoformat(): [0, Decimal(0), Decimal(0), Decimal(0)]
        for n in range((last - first).days + 1)
    }
    for invoice in _invoices(tenant, parameters):
        totals = days[_day(invoice["invoiceDate"])]
        totals[0] += 1
        for index, name in ((1, "subTotal"), (2, "salesTax"), (3, "total")):
            totals[index] += Decimal(str(invoice[name]))
    return [[date, count, *(_money(v) for v in sums)] for date, (count, *sums) in days.items()]


def invoice_register(tenant: Tenant, parameters: Mapping[str, Any]) -> Rows:
    paid = parameters.get("Paid")
    rows = []
    for invoice in _invoices(tenant, parameters):
        is_paid = invoice["balance"] == 0
        if paid is not None and is_paid != paid:
            continue
        rows.append(
            [
                invoice["id"],
                invoice["referenceNumber"],
                invoice["invoiceDate"],
                invoice["customer"]["name"],
                invoice["businessUnit"]["name"],
                f"{invoice['total']:.2f}",
                invoice["balance"],
                is_paid,
            ]
        )
    return rows


FROM = Parameter("From", "From", "Date", required=True)
TO = Parameter("To", "To", "Date", required=True)
BUSINESS_UNITS_SET = "business-units"

REPORTS: tuple[Report, ...] = (
    Report(
        "operations",
        1001,
        "Jobs by Business Unit",
        "Jobs created in the date range, per business unit, with the revenue of their invoices.",
        (
            FROM,
            TO,
            Parameter("BusinessUnitIds", "Business Units", "Number", is_array=True, dynamic_set=BUSINESS_UNITS_SET),
            Parameter("JobStatus", "Job Status", "String", values=tuple((s, s) for s in JOB_STATUSES)),
            Parameter("IncludeCanceled", "Include Canceled Jobs", "Boolean"),
            Parameter("CreatedAfter", "Created After (time of day)", "Time"),
        ),
        (
            ("BusinessUnitId", "Business Unit ID", "Number"),
            ("BusinessUnit", "Business Unit", "String"),
            ("Jobs", "Jobs", "Number"),
            ("CompletedJobs", "Completed Jobs", "Number"),
            ("Revenue", "Revenue", "Number"),
        ),
        jobs_by_business_unit,
    ),
    Report(
        "accounting",
        2001,
        "Revenue by Day",
        "Invoices, subtotal, sales tax and revenue (invoice totals) of every day in the date range.",
        (FROM, TO, Parameter("BusinessUnitId", "Business Unit", "Number", dynamic_set=BUSINESS_UNITS_SET)),
        (
            ("Date", "Date", "Date"),
            ("Invoices", "Invoices", "Number"),
            ("SubTotal", "Subtotal", "Number"),
            ("SalesTax", "Sales Tax", "Number"),
            ("Revenue", "Revenue", "Number"),
        ),
        revenue_by_day,
        slow=True,
    ),
    Report(
        "accounting",
        2002,
        "Invoice Register",
        "Every invoice dated in the range.",
        (FROM, TO, Parameter("BusinessUnitId", "Business Unit", "Number"), Parameter("Paid", "Paid", "Boolean")),
        (
            ("InvoiceId", "Invoice ID", "Number"),
            ("InvoiceNumber", "Invoice #", "String"),
            ("InvoiceDate", "Invoice Date", "Date"),
            ("Customer", "Customer", "String"),
            ("BusinessUnit", "Business Unit", "String"),
            ("Total", "Total", "Number"),
            ("Balance", "Balance", "Number"),
            ("Paid", "Paid", "Boolean"),
        ),
        invoice_register,
    ),
)
CATEGORIES = (("operations", "Operations"), ("accounting", "Accounting"))


def dynamic_set_rows(tenant: Tenant, set_id: str) -> Rows:
    if set_id != BUSINESS_UNITS_SET:
        raise ProblemError(404, f"There is no dynamic value set {set_id!r}.")
    return [[unit["id"], unit["name"]] for unit in tenant["business_units"].records()]


# --- checking a data request as the API does ------------------------------------------------------------------


def _valid(parameter: Parameter, value: Any) -> bool:
    if parameter.is_array:
        return isinstance(value, list) and all(_valid_scalar(parameter.data_type, v) for v in value)
    return _valid_scalar(parameter.data_type, value)


def _valid_scalar(data_type: str, value: Any) -> bool:
    if data_type == "Number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if data_type == "Boolean":
        return isinstance(value, bool)
    if not isinstance(value, str):
        return False
    try:
        if data_type == "Date":
            _dt.date.fromisoformat(value)
            return len(value) == 10
        if data_type == "Time":
            _dt.time.fromisoformat(value)
    except ValueError:
        return False
    return True


def checked_parameters(report: Report, body: Any) -> dict[str, Any]:
    given = body.get("parameters") if isinstance(body, Mapping) else None
    if not isinstance(given, list):
        raise bad_request("parameters", "The parameters field is required.")
    by_name = {p.name: p for p in report.parameters}
    values: dict[str, Any] = {}
    errors: dict[str, list[str]] = {}
    for item in given:
        name = item.get("name") if isinstance(item, Mapping) else None
        parameter = by_name.get(name) if isinstance(name, str) else None
        if parameter is None:
            errors[str(name)] = ["The report has no such parameter."]
            continue
        value = item.get("value")
        if value is None:
            continue
        if not _valid(parameter, value):
            errors[parameter.name] = [f"The value is not a valid {parameter.data_type}."]
        values[parameter.name] = value
    for parameter in report.parameters:
        if parameter.required and parameter.name not in values:
            errors[parameter.name] = [f"The {parameter.name} parameter is required."]
    if errors:
        raise ProblemError(400, VALIDATION_TITLE, errors)
    return values


# --- serving ----------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Query:
    answer: dict[str, Any]
    polls_left: int


@dataclass(slots=True)
class ReportDesk:
    """The Reporting API's state for every tenant of one sandbox."""

    limits: ReportLimits
    clock: Callable[[], float]
    runs: Counter[tuple[int, int, str]] = field(default_factory=Counter)
    cancelled: list[str] = field(default_factory=list)
    queries: dict[str, Query] = field(default_factory=dict)
    _last_run: dict[tuple[int, int, str], float] = field(default_factory=dict)
    _tokens: Iterator[int] = field(default_factory=itertools.count)

    def answer(
        self, operation: _catalog.Operation, tenant: Tenant, path: Mapping[str, str], query_string: bytes, body: bytes
    ) -> Answer:
        query = dict(parse_qsl(query_string.decode("latin-1"), keep_blank_values=True))
        name = operation.operation_id
        if name == "ReportCategories_GetCategories":
            return 200, _page([[c, n] for c, n in CATEGORIES], query, lambda r: {"id": r[0], "name": r[1]}), []
        if name == "DynamicValueSets_GetDynamicSet":
            rows = dynamic_set_rows(tenant, path["dynamicSetId"])
            return 200, _page(rows, query, None, [("Value", "Value"), ("Name", "Name")]), []
        if name.startswith("ReportDataQueries_"):
            return self._query(name, path["token"])
        category = path["report_category"]
        if category not in dict(CATEGORIES):
            raise ProblemError(404, f"There is no report category {category!r}.")
        if name == "ReportCategoryReports_GetReports":
            listed = [[r.id, r.name, r.description] for r in REPORTS if r.category == category]
            return 200, _page(listed, query, lambda r: {"id": r[0], "name": r[1], "description": r[2]}), []
        report = next((r for r in REPORTS if r.category == category and str(r.id) == path["reportId"]), None)
        if report is None:
            raise ProblemError(404, f"There is no report {path['reportId']} in the category {category!r}.")
        if name == "ReportCategoryReports_Get":
            return 200, report.describe(), []
        return self._run(name, report, tenant, query, body)

    def _run(self, name: str, report: Report, tenant: Tenant, query: Mapping[str, str], body: bytes) -> Answer:
        try:
            request = json.loads(body) if body.strip() else None
        except ValueError:
            raise bad_request("request", "The request body is not JSON.") from None
        parameters = checked_parameters(report, request)
        page = _positive(query, "page", 1)
        if page == 1:
            self._count_run(tenant, report, parameters)
        fields = [(n, label) for n, label, _ in report.fields]
        answer = _page(report.compute(tenant, parameters), query, None, fields, max_size=MAX_PAGE_SIZE)
        if name == "ReportCategoryReports_StartGetData" and report.slow:
            token = f"q-{report.id}-{next(self._tokens)}"
            self.queries[token] = Query(answer, self.limits.slow_polls)
            return 202, {"status": "NotStarted", "token": token}, []
        return 200, answer, []

    def _count_run(self, tenant: Tenant, report: Report, parameters: Mapping[str, Any]) -> None:
        key = (tenant.tenant_id, report.id, json.dumps(parameters, sort_keys=True))
        now = self.clock()
        last = self._last_run.get(key)
        if last is not None and now - last < self.limits.run_interval:
            wait = max(1, math.ceil(self.limits.run_interval - (now - last)))
            raise ProblemError(
                429,
                f"The report was run with the same parameters less than {self.limits.run_interval:g} seconds ago. "
                f"Try again in {wait} seconds.",
                headers=[("retry-after", str(wait))],
            )
        self._last_run[key] = now
        self.runs[key] += 1

    def runs_of(self, report_id: int) -> int:
        return sum(count for (_, report, _), count in self.runs.items() if report == report_id)

    def _query(self, name: str, token: str) -> Answer:
        found = self.queries.get(token)
        if found is None:
            raise ProblemError(404, f"There is no report query {token!r}.")
        if name == "ReportDataQueries_Cancel":
            del self.queries[token]
            self.cancelled.append(token)
            return 200, None, []
        found.polls_left -= 1
        if found.polls_left > 0:
            return 202, {"status": "InProgress", "token": token}, []
        del self.queries[token]
        return 200, found.answer, []


def _positive(query: Mapping[str, str], name: str, default: int) -> int:
    text = query.get(name)
    if text is None:
        return default
    if not text.isdigit() or int(text) < 1:
        raise bad_request(name, f"The {name} must be a positive integer.")
    return int(text)


def _page(
    rows: list[Any],
    query: Mapping[str, str],
    shape: Callable[[Any], Any] | None,
    fields: list[tuple[str, str]] | None = None,
    max_size: int = 5000,
) -> dict[str, Any]:
    page, size = _positive(query, "page", 1), _positive(query, "pageSize", DEFAULT_PAGE_SIZE)
    if size > max_size:
        raise bad_request("pageSize", f"The pageSize must be at most {max_size}.")
    chunk = rows[(page - 1) * size : page * size]
    answer: dict[str, Any] = {
        "page": page,
        "pageSize": size,
        "hasMore": page * size < len(rows),
        "data": [shape(r) for r in chunk] if shape is not None else chunk,
    }
    if query.get("includeTotal") == "true":
        answer["totalCount"] = len(rows)
    if fields is not None:
        answer["fields"] = [{"name": n, "label": label} for n, label in fields]
    return answer
