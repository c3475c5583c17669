"""What production does that the documents do not say, as one table the sandbox can serve.

`Sandbox(deviations="production")` (`--deviations production`) answers as ServiceTitan's production API was seen
to answer (QUIRKS.md, "What production does that the documents do not say"); the default (`"documents"`) stays
faithful to the documents. Tests pass their own rows (`Sandbox(deviations=[Deviation(...), ...])`) to make any
other operation misbehave the same way, which is how a list outside the client's evidence is exercised.

Each row names one kind of deviation, where it applies and why we believe it. The kinds:

| kind | `field` | `value` | what the sandbox does |
|---|---|---|---|
| `sort_ignored` | | | answers in its own order whatever `sort` asks; date bounds still apply |
| `sort_fields` | | accepted field names | answers 400 to a `sort` on any other field |
| `first_page` | | first page number | numbers pages from `value` (`page=1` is the second page) |
| `requires_total` | | | answers 400 unless `includeTotal=true` |
| `null_field` | dotted path | | sends `null` in that field of every record |
| `missing_field` | dotted path | | leaves that key out of every record |
| `null_elements` | dotted path to an array | | puts `null` elements into that array |
| `date_with_time` | dotted path | `HH:MM:SS` (or midnight) | sends a `format: date` field as `YYYY-MM-DDT00:00:00` |
| `html_5xx` | | | 5xx answers carry an HTML body (`text/html`), as the edge sends them |
| `window_limit` | | days | refuses a date window longer than `value` days, and any query parameter |

A dotted path walks nested objects; `[]` walks into each element of an array (`items[].sku`). A field row applies
to the records of the operation it names and to those of the other lists, get-by-id and export feed of the same
resource (`.../customers`, `.../customers/{id}`, `.../export/customers`) whose records have that field: a tenant
that sends `externalData: null` in a list sends it in the get and the feed too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

KINDS = frozenset(
    {
        "sort_ignored",
        "sort_fields",
        "first_page",
        "requires_total",
        "null_field",
        "missing_field",
        "null_elements",
        "date_with_time",
        "html_5xx",
        "window_limit",
    }
)

TAP = "MeltanoLabs/tap-service-titan"
EVERY = "*"


@dataclass(frozen=True, slots=True)
class Deviation:
    kind: str
    domain: str
    """An API domain, or `*` for every domain."""
    operation_id: str
    """An operationId, or `*` for every operation of `domain`."""
    field: str = ""
    value: Any = None
    evidence: str = ""

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown deviation kind {self.kind!r}; known: {', '.join(sorted(KINDS))}")

    def applies_to(self, domain: str, operation_id: str) -> bool:
        return self.domain in (EVERY, domain) and self.operation_id in (EVERY, operation_id)


def _sort_ignored(domain: str, operation_id: str, when: str) -> Deviation:
    return Deviation(
        "sort_ignored",
        domain,
        operation_id,
        evidence=f"{TAP} {when}: answers came back out of sort=+ModifiedOn order although the document lists "
        "ModifiedOn as a sort field; modifiedOnOrAfter still bounded the list",
    )


def _nullable(domain: str, operation_id: str, field: str, what: str = "null") -> Deviation:
    return Deviation(
        "null_field" if what == "null" else "missing_field",
        domain,
        operation_id,
        field,
        evidence=f"{TAP}: `{field}` {'null' if what == 'null' else 'absent'} on real tenants although required",
    )


PRODUCTION: tuple[Deviation, ...] = (
    # --- lists and walks -------------------------------------------------------------------------------------
    _sort_ignored("pricebook", "Services_GetList", "2026-02"),
    _sort_ignored("pricebook", "Materials_GetList", "2026-02"),
    _sort_ignored("marketing", "Campaigns_GetList", "2026-02"),
    _sort_ignored("dispatch", "TechnicianShifts_GetList", "2026-02"),
    Deviation(
        "sort_ignored",
        "forms",
        "FormSubmission_GetFormSubmissions",
        evidence=f"{TAP}: submissions come back out of submittedOn order within the second",
    ),
    Deviation(
        "sort_fields",
        "pricebook",
        "Categories_GetList",
        value=("Id", "Name"),
        evidence="the document's prose: 'Available fields are: Id, Name.'; "
        f"{TAP} sorts categories by neither CreatedOn nor ModifiedOn",
    ),
    Deviation(
        "first_page",
        "settings",
        "IntacctBusinessUnitMappings_Get",
        value=0,
        evidence=f"the document's `page` has minimum 0; {TAP} starts this list at page 0",
    ),
    Deviation(
        "requires_total",
        "settings",
        "IntacctBusinessUnitMappings_Get",
        evidence=f"{TAP} always sends includeTotal to this list, which it describes as required",
    ),
    Deviation(
        "window_limit",
        "dispatch",
        "Capacity_GetList",
        value=14,
        evidence=f"{TAP}: capacity refuses a window longer than 14 days, and any query parameter",
    ),
    # --- fields --------------------------------------------------------------------------------------------------
    _nullable("crm", "Customers_GetList", "externalData"),
    _nullable("crm", "Locations_GetList", "externalData"),
    _nullable("jpm", "Jobs_GetList", "externalData"),
    _nullable("jpm", "Projects_GetList", "externalData"),
    _nullable("jpm", "JobTypes_GetList", "externalData"),
    _nullable("crm", "Customers_GetList", "type"),
    _nullable("crm", "Customers_GetList", "address.street"),
    _nullable("crm", "Locations_GetList", "address.zip"),
    _nullable("jpm", "Jobs_GetList", "customerPo"),
    _nullable("crm", "Customers_GetList", "customFields[].value"),
    _nullable("dispatch", "NonJobAppointments_GetList", "summary"),
    _nullable("pricebook", "Categories_GetList", "modifiedOn", what="missing"),
    Deviation(
        "null_elements",
        "settings",
        "Technicians_GetList",
        "permissions",
        evidence=f"{TAP}: technician permissions arrays hold null elements",
    ),
    Deviation(
        "null_elements",
        "settings",
        "Employees_GetList",
        "permissions",
        evidence=f"{TAP}: employee permissions arrays hold null elements",
    ),
    Deviation(
        "date_with_time",
        "service_agreements",
        "ServiceAgreements_GetList",
        "startDate",
        evidence=f"{TAP}: startDate arrives as 2025-08-01T00:00:00 where format: date is declared",
    ),
    Deviation(
        "date_with_time",
        "service_agreements",
        "ServiceAgreements_GetList",
        "endDate",
        evidence=f"{TAP}: endDate arrives with a time where format: date is declared",
    ),
    Deviation(
        "date_with_time",
        "accounting",
        "JournalEntries_GetList",
        "postDate",
        evidence=f"{TAP}: journal-entry postDate arrives with a time",
    ),
    Deviation("html_5xx", EVERY, EVERY, evidence="5xx answers from the edge carry HTML bodies (QUIRKS.md)"),
)

PROFILES: dict[str, tuple[Deviation, ...]] = {"documents": (), "production": PRODUCTION}


class Deviations:
    """The rows in force in one sandbox, looked up by (domain, operationId)."""

    def __init__(self, rows: Iterable[Deviation] = ()) -> None:
        self.rows = tuple(rows)
        self._cache: dict[tuple[str, str], tuple[Deviation, ...]] = {}

    def __bool__(self) -> bool:
        return bool(self.rows)

    def of(self, domain: str, operation_id: str) -> tuple[Deviation, ...]:
        key = (domain, operation_id)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = tuple(row for row in self.rows if row.applies_to(domain, operation_id))
        return found

    def find(self, kind: str, domain: str, operation_id: str) -> tuple[Deviation, ...]:
        return tuple(row for row in self.of(domain, operation_id) if row.kind == kind)

    def first(self, kind: str, domain: str, operation_id: str) -> Deviation | None:
        found = self.find(kind, domain, operation_id)
        return found[0] if found else None


def resolve_deviations(deviations: str | Iterable[Deviation] | None) -> Deviations:
    """`"documents"` (or None), `"production"`, or rows of one's own."""
    if deviations is None:
        return Deviations()
    if isinstance(deviations, str):
        if deviations not in PROFILES:
            raise ValueError(f"deviations must be one of {', '.join(PROFILES)} or a list of Deviation rows")
        return Deviations(PROFILES[deviations])
    rows = tuple(deviations)
    for row in rows:
        if not isinstance(row, Deviation):
            raise TypeError(f"deviations must be Deviation rows, not {type(row).__name__}")
    return Deviations(rows)
