"""Contract: every operation the sandbox implements answers with a body its spec's response schema accepts; every
operation behind the component's actions is implemented, and so is every paged list, get-by-id and export feed of
the catalog."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator

from servicetitan import _catalog
from servicetitan.sandbox import BOOKING_PROVIDER_ID, FIRST_IDS, Sandbox, registry, serve
from servicetitan.sandbox.examples import required_query

from .conftest import JOBS, START, TENANT, FakeClock, authenticate

# The operations behind the 66 actions of ../shared/ACTIONS.md (rawRequest has none; the nine picklist rows
# reuse list operations, so 57 distinct operations).
ACTION_OPERATIONS = {
    tuple(line.split(":"))
    for line in [
        "jpm:Appointments_GetList",
        "jpm:Jobs_Cancel",
        "jpm:Appointments_Add",
        "jpm:Jobs_Create",
        "jpm:Projects_Create",
        "jpm:Appointments_Delete",
        "jpm:Appointments_Get",
        "jpm:Jobs_Get",
        "jpm:Projects_Get",
        "jpm:JobCancelReasons_GetList",
        "jpm:Jobs_GetList",
        "jpm:Projects_GetList",
        "jpm:Jobs_Update",
        "jpm:Projects_Update",
        "crm:Bookings_GetList",
        "crm:Customers_GetList",
        "crm:Locations_GetList",
        "crm:Bookings_Create",
        "crm:Customers_Create",
        "crm:Customers_CreateContact",
        "crm:Locations_Create",
        "crm:Customers_DeleteContact",
        "crm:Bookings_GetForProvider",
        "crm:Bookings_Get",
        "crm:Customers_Get",
        "crm:Locations_Get",
        "crm:Bookings_GetList2",
        "crm:Customers_GetContactList",
        "crm:Bookings_Update",
        "crm:Customers_Update",
        "crm:Customers_UpdateContact",
        "crm:Locations_Update",
        "equipment_systems:InstalledEquipment_GetList",
        "equipment_systems:InstalledEquipment_Create",
        "equipment_systems:InstalledEquipment_PostAttachment",
        "equipment_systems:InstalledEquipment_Get",
        "equipment_systems:InstalledEquipment_Get2",
        "equipment_systems:InstalledEquipment_Update",
        "accounting:Invoices_GetList",
        "accounting:Invoices_CreateAdjustmentInvoice",
        "accounting:Payments_Create",
        "accounting:Invoices_DeleteInvoiceItem",
        "accounting:Payments_GetList",
        "accounting:Invoices_UpdateInvoice",
        "accounting:Invoices_UpdateCustomFields",
        "accounting:Invoices_UpdateInvoiceItems",
        "accounting:Payments_Update",
        "accounting:Payments_UpdateCustomFields",
        "settings:Technicians_GetList",
        "settings:Technicians_Create",
        "settings:Technicians_Get",
        "settings:BusinessUnits_GetList",
        "settings:UserRoles_GetList",
        "settings:Technicians_Update",
        "dispatch:AppointmentAssignments_AssignTechnicians",
        "dispatch:AppointmentAssignments_GetList",
        "dispatch:AppointmentAssignments_UnassignTechnicians",
    ]
}

JOB = FIRST_IDS["jobs"]
APPOINTMENT = FIRST_IDS["appointments"]
CUSTOMER = FIRST_IDS["customers"]
LOCATION = FIRST_IDS["locations"]
CONTACT = FIRST_IDS["contacts"]
TECHNICIAN = FIRST_IDS["technicians"]
INVOICE = FIRST_IDS["invoices"]
ITEM = FIRST_IDS["invoice_items"]
ADDRESS = {"street": "1 Main St", "city": "Austin", "state": "TX", "zip": "78701", "country": "USA"}
WINDOW = {"start": "2026-02-01T10:00:00Z", "end": "2026-02-01T12:00:00Z"}

# (path parameters, query, JSON body) of a valid request per operation; absent = nothing needed.
EXAMPLES: dict[tuple[str, str], tuple[dict[str, Any], dict[str, Any], Any]] = {
    # The reporting domain is answered by the sandbox's report desk, with its seeded categories and value sets.
    ("reporting", "DynamicValueSets_GetDynamicSet"): ({"dynamicSetId": "business-units"}, {}, None),
    ("reporting", "ReportCategoryReports_GetReports"): ({"report_category": "accounting"}, {}, None),
    ("reporting", "ReportCategoryReports_Get"): ({"report_category": "accounting", "reportId": 2001}, {}, None),
    ("jpm", "Jobs_Get"): ({"id": JOB}, {}, None),
    ("jpm", "Jobs_Create"): (
        {},
        {},
        {"customerId": CUSTOMER, "locationId": LOCATION, "businessUnitId": FIRST_IDS["business_units"],
         "jobTypeId": 101, "priority": "High", "campaignId": 301,
         "appointments": [{**WINDOW, "technicianIds": [TECHNICIAN]}]},
    ),
    ("jpm", "Jobs_Update"): ({"id": JOB}, {}, {"summary": "Updated", "customerPo": "PO-1"}),
    ("jpm", "Jobs_Cancel"): ({"id": JOB + 1}, {}, {"reasonId": FIRST_IDS["job_cancel_reasons"], "memo": "gone"}),
    ("jpm", "Appointments_Get"): ({"id": APPOINTMENT}, {}, None),
    ("jpm", "Appointments_Add"): ({}, {}, {"jobId": JOB, **WINDOW, "technicianIds": [TECHNICIAN]}),
    ("jpm", "Appointments_Delete"): ({"id": APPOINTMENT + 2}, {}, None),
    ("jpm", "Projects_Get"): ({"id": FIRST_IDS["projects"]}, {}, None),
    ("jpm", "Projects_Create"): ({}, {}, {"locationId": LOCATION, "name": "Attic insulation"}),
    ("jpm", "Projects_Update"): ({"id": FIRST_IDS["projects"]}, {}, {"name": "Renamed"}),
    ("jpm", "Export_JobCancelReasons"): ({}, {}, None),
    ("crm", "Customers_Get"): ({"id": CUSTOMER}, {}, None),
    ("crm", "Customers_Create"): (
        {},
        {},
        {"name": "Pat Doe", "address": ADDRESS, "locations": [{"name": "Home", "address": ADDRESS,
         "contacts": [{"type": "Phone", "value": "5125550100"}]}],
         "contacts": [{"type": "Email", "value": "pat@example.com"}]},
    ),
    ("crm", "Customers_Update"): ({"id": CUSTOMER}, {}, {"name": "Renamed Customer"}),
    ("crm", "Customers_GetContactList"): ({"id": CUSTOMER}, {}, None),
    ("crm", "Customers_CreateContact"): ({"id": CUSTOMER}, {}, {"type": "MobilePhone", "value": "5125550111"}),
    ("crm", "Customers_UpdateContact"): ({"id": CUSTOMER, "contactId": CONTACT}, {}, {"value": "5125550199"}),
    ("crm", "Customers_DeleteContact"): ({"id": CUSTOMER, "contactId": CONTACT + 1}, {}, None),
    ("crm", "Locations_Get"): ({"id": LOCATION}, {}, None),
    ("crm", "Locations_Create"): ({}, {}, {"customerId": CUSTOMER, "name": "Cabin", "address": ADDRESS}),
    ("crm", "Locations_Update"): ({"id": LOCATION}, {}, {"name": "Main house"}),
    ("crm", "Bookings_Get"): ({"id": FIRST_IDS["bookings"]}, {}, None),
    ("crm", "Bookings_GetList2"): ({"booking_provider": BOOKING_PROVIDER_ID}, {}, None),
    ("crm", "Bookings_GetForProvider"): (
        {"booking_provider": BOOKING_PROVIDER_ID, "id": FIRST_IDS["bookings"]}, {}, None
    ),
    ("crm", "Bookings_Create"): (
        {"booking_provider": BOOKING_PROVIDER_ID},
        {},
        {"source": "Web", "name": "Sam Lee", "summary": "Leaking pipe", "isFirstTimeClient": True,
         "externalId": "ext-1", "address": ADDRESS},
    ),
    ("crm", "Bookings_Update"): (
        {"booking_provider": BOOKING_PROVIDER_ID, "id": FIRST_IDS["bookings"]}, {}, {"summary": "Now urgent"}
    ),
    ("settings", "Technicians_Get"): ({"id": TECHNICIAN}, {}, None),
    ("settings", "Technicians_Create"): (
        {},
        {},
        {"name": "Robin Tech", "accountCreationMethod": "CreateLater", "roleId": FIRST_IDS["user_roles"] + 2,
         "positions": ["Service"], "licenseType": "ManagedTech"},
    ),
    ("settings", "Technicians_Update"): ({"id": TECHNICIAN}, {}, {"team": "Green"}),
    ("dispatch", "AppointmentAssignments_AssignTechnicians"): (
        {}, {}, {"jobAppointmentId": APPOINTMENT, "technicianIds": [TECHNICIAN + 1]}
    ),
    ("dispatch", "AppointmentAssignments_UnassignTechnicians"): (
        {}, {}, {"jobAppointmentId": APPOINTMENT, "technicianIds": [TECHNICIAN]}
    ),
    ("equipment_systems", "InstalledEquipment_Get"): ({"id": FIRST_IDS["installed_equipment"]}, {}, None),
    ("equipment_systems", "InstalledEquipment_Create"): ({}, {}, {"locationId": LOCATION, "name": "Boiler"}),
    ("equipment_systems", "InstalledEquipment_Update"): ({"id": FIRST_IDS["installed_equipment"]}, {}, {"memo": "ok"}),
    ("accounting", "Invoices_CreateAdjustmentInvoice"): (
        {}, {}, {"adjustmentToId": INVOICE, "items": [{"description": "Refund", "quantity": 1, "unitPrice": -20}]}
    ),
    ("accounting", "Invoices_UpdateInvoice"): ({"id": INVOICE}, {}, {"summary": "Reviewed"}),
    ("accounting", "Invoices_UpdateCustomFields"): (
        {}, {}, {"operations": [{"objectId": INVOICE, "customFields": [{"name": "PO", "value": "7"}]}]}
    ),
    ("accounting", "Invoices_UpdateInvoiceItems"): (
        {"invoiceId": INVOICE}, {}, {"id": ITEM, "description": "Diagnostic fee", "quantity": 2}
    ),
    ("accounting", "Invoices_DeleteInvoiceItem"): ({"invoiceId": INVOICE + 1, "itemId": ITEM + 3}, {}, None),
    ("accounting", "Payments_Create"): (
        {}, {}, {"typeId": 1, "amount": 50, "splits": [{"invoiceId": INVOICE + 3, "amount": 50}]}
    ),
    ("accounting", "Payments_Update"): (
        {"id": FIRST_IDS["payments"]}, {}, {"typeId": 2, "memo": "check", "splits": []}
    ),
    ("accounting", "Payments_UpdateCustomFields"): (
        {}, {}, {"operations": [{"objectId": FIRST_IDS["payments"], "customFields": [{"name": "Ref", "value": "1"}]}]}
    ),
}  # fmt: skip


@pytest.fixture(scope="module")
def read_sandbox() -> Sandbox:
    return Sandbox(jobs=JOBS, clock=FakeClock(START))


@pytest.fixture(scope="module")
def read_client(read_sandbox: Sandbox) -> Iterator[httpx.Client]:
    with serve(read_sandbox) as base_url, httpx.Client(base_url=base_url, trust_env=False) as client:
        authenticate(client, read_sandbox)
        yield client


def _catalog_reads() -> list[tuple[str, str]]:
    """Every paged list (`page` + `pageSize`), export feed and GET of one record by an integer id, read from the
    catalog on its own terms (not from the sandbox's routing)."""
    found = []
    for domain in _catalog.domains():
        for operation in _catalog.domain(domain).operations.values():
            if operation.method != "GET":
                continue
            names = {parameter.name for parameter in operation.parameters}
            last = operation.path.rsplit("/", 1)[-1]
            own = operation.parameter(last[1:-1]) if last.startswith("{") else None
            by_id = own is not None and own.schema.get("type") == "integer" and operation.success_schema() is not None
            if {"page", "pageSize"} <= names or "/export/" in operation.path or by_id:
                found.append((domain, operation.operation_id))
    return found


CATALOG_READS = _catalog_reads()


def _url(operation: _catalog.Operation, params: dict[str, Any]) -> str:
    url = operation.path.replace("{tenant}", str(TENANT))
    for name, value in params.items():
        url = url.replace("{" + name + "}", str(value))
    # Path parameters that are not ids (a report category, a dynamic set name) scope nothing in the sandbox.
    url = re.sub(r"\{[^}]+\}", "sandbox", url) if "{" in url and not params else url
    assert "{" not in url, f"{operation.operation_id}: missing path parameter in {url}"
    return url


def _send(client: httpx.Client, sandbox: Sandbox, operation: _catalog.Operation) -> httpx.Response:
    key = (operation.domain, operation.operation_id)
    if key in EXAMPLES:
        params, query, body = EXAMPLES[key]
    else:
        params, query, body = {}, {}, None
        if operation.method == "GET" and key not in ACTION_OPERATIONS:
            params = {**sandbox.path_params(*key)}
        params = {**params, **_text_parameters(operation, params)}
    url = _url(operation, params)
    # The query parameters the document requires (the sandbox refuses a request without them, as the API does).
    query = {**required_query(operation), **query}
    if operation.operation_id == "InstalledEquipment_PostAttachment":
        return client.post(url, files={"file": ("manual.pdf", b"%PDF-1.4 sandbox", "application/pdf")})
    if operation.operation_id == "InstalledEquipment_Get2":
        uploaded = _send(client, sandbox, _catalog.operation("equipment_systems", "InstalledEquipment_PostAttachment"))
        query = {"path": uploaded.json()["path"]}
    return client.request(operation.method, url, params=query, json=body)


def _text_parameters(operation: _catalog.Operation, known: dict[str, Any]) -> dict[str, str]:
    return {
        parameter.name: "sandbox"
        for parameter in operation.parameters
        if parameter.location == "path" and parameter.name not in known and parameter.name != "tenant"
    }


def test_every_action_operation_is_implemented() -> None:
    assert set(Sandbox.implemented()) >= ACTION_OPERATIONS
    assert len(ACTION_OPERATIONS) == 57


@pytest.mark.parametrize(("domain", "operation_id"), CATALOG_READS)
def test_every_list_get_and_export_feed_of_the_catalog_is_implemented(domain: str, operation_id: str) -> None:
    assert (domain, operation_id) in Sandbox.implemented()


# Operations served by a catalog rule (spec_writes) are checked with generated input in test_every_operation.py.
@pytest.mark.parametrize(("domain", "operation_id"), registry.served_by_records())
def test_answer_validates_against_the_spec(request: pytest.FixtureRequest, domain: str, operation_id: str) -> None:
    operation = _catalog.operation(domain, operation_id)
    # Reads share one served sandbox (they change nothing a later read depends on); a write gets a fresh one.
    prefix = "read_" if operation.method == "GET" else ""
    client, sandbox = request.getfixturevalue(f"{prefix}client"), request.getfixturevalue(f"{prefix}sandbox")
    answer = _send(client, sandbox, operation)
    assert answer.status_code == int(operation.success_status or 200), answer.text
    schema = operation.success_schema()
    if schema is None:
        return
    body = answer.json()
    root = {**_catalog.schema_registry(domain), **schema}
    errors = [f"{list(error.absolute_path)}: {error.message}" for error in Draft202012Validator(root).iter_errors(body)]
    assert errors == []
    if isinstance(body, dict) and "data" in body:
        assert body["data"], f"{operation_id} answered an empty list; the contract check would prove nothing"


def test_unknown_path_answers_404(client: httpx.Client) -> None:
    answer = client.get(f"/jpm/v2/tenant/{TENANT}/no-such-thing")
    assert answer.status_code == 404
    assert answer.json()["status"] == 404


def test_wrong_method_answers_405_with_allow(client: httpx.Client) -> None:
    answer = client.delete(f"/jpm/v2/tenant/{TENANT}/jobs/{JOB}")
    assert answer.status_code == 405
    assert set(answer.headers["allow"].split(", ")) == {"GET", "PATCH"}
