"""The list actions: a `Page` of typed records with `has_more` and `total_count`, `fetch_all` reading every page
(two records at a time here, so that paging is exercised), and one filter each, checked against the sandbox's
seeded tenant (`SIZE` records of each kind, ids from `FIRST_IDS`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from servicetitan import AsyncServiceTitan
from servicetitan.pagination import AsyncPage, AsyncRecords, Page, Records
from servicetitan.sandbox import BOOKING_PROVIDER_ID, FIRST_IDS
from servicetitan.sandbox.seed import BUSINESS_UNITS, CANCEL_REASONS, CONTACTS_PER_CUSTOMER, USER_ROLES
from servicetitan_raw.accounting.models import AccountingV2DetailedPaymentResponse, AccountingV2InvoiceResponse
from servicetitan_raw.crm.models import (
    CrmV2BookingResponse,
    CrmV2CustomersCustomerContactWithModifiedOnResponse,
    CrmV2CustomersCustomerResponse,
    CrmV2LocationsLocationResponse,
)
from servicetitan_raw.dispatch.models import DispatchV2AppointmentAssignmentResponse
from servicetitan_raw.equipment_systems.models import EquipmentSystemsV2InstalledEquipmentResponse
from servicetitan_raw.jpm.models import (
    JpmV2AppointmentResponse,
    JpmV2JobCancelReasonResponse,
    JpmV2JobResponse,
    JpmV2ProjectResponse,
)
from servicetitan_raw.settings.models import (
    TenantSettingsV2BusinessUnitResponse,
    TenantSettingsV2TechnicianResponse,
    TenantSettingsV2UserRoleResponse,
)
from tests.overlay.conftest import call, collect

from .conftest import SIZE, Client

pytestmark = [pytest.mark.anyio, pytest.mark.vcr]

PAGE_SIZE = 2


def seeded(collection: str, count: int, start: int = 0) -> list[int]:
    first = FIRST_IDS[collection] + start
    return list(range(first, first + count))


def ids(*values: int) -> str:
    return ",".join(str(value) for value in values)


@dataclass(frozen=True)
class ListCase:
    method: str
    model: type[Any]
    expected: list[int]
    arguments: dict[str, Any]
    # A filter and the ids it leaves.
    narrowed: dict[str, Any]
    narrowed_to: list[int]
    total_count: int


def case(
    method: str,
    model: type[Any],
    expected: list[int],
    narrowed: dict[str, Any],
    narrowed_to: list[int],
    total_count: int | None = None,
    **arguments: Any,
) -> pytest.ParameterSet:
    total = len(expected) if total_count is None else total_count
    return pytest.param(
        ListCase(method, model, expected, arguments, narrowed, narrowed_to, total),
        id=method,
        marks=pytest.mark.default_cassette(method),
    )


def nth(collection: str, index: int) -> int:
    return FIRST_IDS[collection] + index


CASES = [
    case(
        "list_appointments",
        JpmV2AppointmentResponse,
        seeded("appointments", SIZE.jobs),
        {"job_id": nth("jobs", 3)},
        [nth("appointments", 3)],
    ),
    case(
        "list_appointments_assignment",
        DispatchV2AppointmentAssignmentResponse,
        seeded("assignments", SIZE.jobs),
        {"appointment_ids": ids(nth("appointments", 4), nth("appointments", 6))},
        [nth("assignments", 4), nth("assignments", 6)],
    ),
    case(
        "list_jobs",
        JpmV2JobResponse,
        seeded("jobs", SIZE.jobs),
        {"job_status": "Canceled"},
        [nth("jobs", 19)],  # every twentieth job was canceled
    ),
    case(
        "list_job_cancel_reasons",
        JpmV2JobCancelReasonResponse,
        seeded("job_cancel_reasons", len(CANCEL_REASONS) - 1),  # the last one is inactive
        {"active": "False"},
        [nth("job_cancel_reasons", len(CANCEL_REASONS) - 1)],
    ),
    case(
        "list_projects",
        JpmV2ProjectResponse,
        seeded("projects", SIZE.projects),
        {"customer_id": nth("customers", 1)},  # the seeded project is the first customer's
        [],
    ),
    case(
        "list_booking_by_provider",
        CrmV2BookingResponse,
        seeded("bookings", SIZE.bookings),
        {"external_id": "web-100001"},
        [nth("bookings", 1)],
        booking_provider=BOOKING_PROVIDER_ID,
    ),
    case(
        "list_booking_by_tenant",
        CrmV2BookingResponse,
        seeded("bookings", SIZE.bookings),
        {"ids": ids(nth("bookings", 1))},
        [nth("bookings", 1)],
    ),
    case(
        "list_customers",
        CrmV2CustomersCustomerResponse,
        seeded("customers", SIZE.customers),
        {"ids": ids(nth("customers", 7), nth("customers", 2), FIRST_IDS["customers"] - 1)},
        [nth("customers", 2), nth("customers", 7)],
    ),
    case(
        "list_customers_contact",
        CrmV2CustomersCustomerContactWithModifiedOnResponse,
        seeded("contacts", CONTACTS_PER_CUSTOMER, start=4 * CONTACTS_PER_CUSTOMER),
        {"id": nth("customers", 5)},  # the spec documents no filter here; another customer's contacts instead
        seeded("contacts", CONTACTS_PER_CUSTOMER, start=5 * CONTACTS_PER_CUSTOMER),
        id=nth("customers", 4),
    ),
    case(
        "list_locations",
        CrmV2LocationsLocationResponse,
        seeded("locations", SIZE.customers),
        {"customer_id": nth("customers", 2)},
        [nth("locations", 2)],
    ),
    case(
        "list_installed_equipment",
        EquipmentSystemsV2InstalledEquipmentResponse,
        seeded("installed_equipment", SIZE.equipment),
        {"ids": ids(nth("installed_equipment", 3))},
        [nth("installed_equipment", 3)],
    ),
    case(
        "list_invoices",
        AccountingV2InvoiceResponse,
        seeded("invoices", SIZE.jobs),
        {"ids": ids(nth("invoices", 6), nth("invoices", 11))},
        [nth("invoices", 6), nth("invoices", 11)],
    ),
    case(
        "list_payments",
        AccountingV2DetailedPaymentResponse,
        seeded("payments", SIZE.payments),
        {"ids": ids(nth("payments", 0), nth("payments", 5))},
        [nth("payments", 0), nth("payments", 5)],
    ),
    case(
        "list_technicians",
        TenantSettingsV2TechnicianResponse,
        seeded("technicians", SIZE.technicians),
        {"ids": ids(nth("technicians", 2))},
        [nth("technicians", 2)],
    ),
    case(
        "list_business_units",
        TenantSettingsV2BusinessUnitResponse,
        seeded("business_units", len(BUSINESS_UNITS)),
        {"ids": ids(nth("business_units", 1), nth("business_units", 4))},
        [nth("business_units", 1), nth("business_units", 4)],
    ),
    case(
        "list_user_roles",
        TenantSettingsV2UserRoleResponse,
        seeded("user_roles", len(USER_ROLES)),
        {"employee_type": "Technician"},
        [nth("user_roles", 2), nth("user_roles", 3)],
    ),
]


@pytest.mark.parametrize("case", CASES)
async def test_list_action(st: Client, case: ListCase) -> None:
    asynchronous = isinstance(st, AsyncServiceTitan)
    first = await call(st, case.method, page_size=PAGE_SIZE, include_total=True, **case.arguments)
    assert isinstance(first, AsyncPage if asynchronous else Page)
    assert all(isinstance(record, case.model) for record in first.records)
    assert [record.id for record in first.records] == case.expected[:PAGE_SIZE]
    assert first.total_count == case.total_count
    assert first.has_more is (len(case.expected) > PAGE_SIZE)

    everything = await call(st, case.method, fetch_all=True, page_size=PAGE_SIZE, **case.arguments)
    assert isinstance(everything, AsyncRecords if asynchronous else Records)
    records = await collect(everything)
    assert all(isinstance(record, case.model) for record in records)
    assert [record.id for record in records] == case.expected

    narrowed = await call(st, case.method, **(case.arguments | case.narrowed))
    assert [record.id for record in narrowed.records] == case.narrowed_to
    assert not narrowed.has_more
