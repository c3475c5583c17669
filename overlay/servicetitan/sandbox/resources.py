"""Hand-written handlers: the resources the sandbox models by hand, registered by (domain, operationId).

Plain list/get/create/update/delete/export operations come from the `RESOURCES` table and share generic
handlers; operations with their own behaviour (cancel, assign, attachments, invoice items...) have a function
each. Handlers return stored records or pages of them; the app cuts every JSON answer to the operation's
response schema, so a handler never builds a response shape by hand. Every other paged list, get-by-id and
export feed is derived from the catalog (`spec_resources`), reading these same collections where its resource
is one of them (`collection_of`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from .call import Binary, Call, Handler
from .listing import BASE_SORT_FIELDS, export_page, list_page, parse_list_request
from .problems import ProblemError, bad_request, not_found
from .registry import add, handles
from .seed import CONTACTS_PER_CUSTOMER, SYSTEM_USER_ID
from .store import Collection, Record, Tenant
from .timefmt import parse_timestamp

NAMED_SORT_FIELDS = (*BASE_SORT_FIELDS, "Name")
SALES_TAX_RATE = 0.0825
# The collection each hand-written list function reads, beside the `RESOURCES` table: the catalog-derived
# get-by-id and export feed of the same resource then serve the same records.
LIST_COLLECTIONS = {
    ("dispatch", "AppointmentAssignments_GetList"): "assignments",
    ("crm", "Customers_GetContactList"): "contacts",
    ("crm", "Bookings_GetList2"): "bookings",
}


# --- shared helpers -------------------------------------------------------------------------------------------


def existing(collection: Collection, record_id: int) -> Record:
    record = collection.get(record_id)
    if record is None:
        raise not_found(collection.label, record_id)
    return record


def referenced(collection: Collection, record_id: Any, field: str) -> Record:
    """A record a request body points at; a dangling reference is a field error, as the real API reports it."""
    record = collection.get(record_id) if isinstance(record_id, int) else None
    if record is None:
        raise bad_request(field, f"{collection.label} with id {record_id} does not exist.")
    return record


_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def timestamps(value: Any) -> Any:
    """Datetimes in the record format (UTC, seven fractional digits, `Z`), however the client wrote them."""
    if isinstance(value, str) and _DATETIME.match(value):
        try:
            return parse_timestamp(value)
        except ValueError:
            return value
    if isinstance(value, dict):
        return {key: timestamps(item) for key, item in value.items()}
    if isinstance(value, list):
        return [timestamps(item) for item in value]
    return value


def normalized(body: Record) -> Record:
    """Request fields in the shape records keep them: timestamps in the record format, external data as a
    key/value list, custom fields with a name, no secrets."""
    body = timestamps(body)
    record = {key: value for key, value in body.items() if key not in ("password", "appointments")}
    external = body.get("externalData")
    if isinstance(external, dict):
        record["externalData"] = list(external.get("externalData") or [])
    custom = body.get("customFields")
    if isinstance(custom, list):
        record["customFields"] = [
            {"typeId": field.get("typeId", 0), "name": field.get("name") or f"Field {field.get('typeId', 0)}", **field}
            for field in custom
            if isinstance(field, dict)
        ]
    return record


def new_record(tenant: Tenant, collection: Collection, fields: Record) -> Record:
    now = tenant.now()
    record = {"active": True, "createdOn": now, "createdById": SYSTEM_USER_ID, **fields}
    record.setdefault("id", collection.new_id())
    return collection.save(record)


def children(collection: Collection, parent_field: str, parent_id: int, seeded_ids: Iterable[int]) -> list[Record]:
    """Records of `collection` whose `parent_field` is `parent_id`: the seeded candidates plus any stored one."""
    candidates = set(seeded_ids) | {
        record["id"] for record in collection.stored() if record.get(parent_field) == parent_id
    }
    found = (collection.get(record_id) for record_id in sorted(candidates))
    return [record for record in found if record is not None and record.get(parent_field) == parent_id]


def seeded_children(parent: Collection, parent_id: int, child: Collection, per_parent: int) -> range:
    index = parent_id - parent.seeded.first_id
    if not 0 <= index < parent.seeded.count:
        return range(0)
    first = child.seeded.first_id + index * per_parent
    return range(first, min(first + per_parent, child.seeded.first_id + child.seeded.count))


def paged(
    call: Call,
    collection: Collection,
    records: Callable[[], Iterable[Record]] | None = None,
    sort_fields: Iterable[str] = BASE_SORT_FIELDS,
) -> dict[str, Any]:
    request = parse_list_request(call.operation, call.query, sort_fields, call.path, call.deviations)
    whole = records is None
    return list_page(
        request, records or collection.records, collection.get, call.tenant.index, collection.ids if whole else None
    )


# --- the table of plain resources ---------------------------------------------------------------------------

Builder = Callable[[Call, Collection], Record]


@dataclass(frozen=True, slots=True)
class Resource:
    collection: str
    domain: str
    list_op: str | None = None
    get_op: str | None = None
    create_op: str | None = None
    update_op: str | None = None
    delete_op: str | None = None
    export_op: str | None = None
    sort_fields: tuple[str, ...] = BASE_SORT_FIELDS
    build: Builder | None = None
    create_answer: Callable[[Call, Record], Any] | None = None


def _list_handler(resource: Resource) -> Handler:
    def handle(call: Call) -> Any:
        return paged(call, call.tenant[resource.collection], sort_fields=resource.sort_fields)

    return handle


def _get_handler(resource: Resource) -> Handler:
    def handle(call: Call) -> Any:
        return existing(call.tenant[resource.collection], call.path_id())

    return handle


def _create_handler(resource: Resource) -> Handler:
    build = resource.build

    def handle(call: Call) -> Any:
        collection = call.tenant[resource.collection]
        fields = build(call, collection) if build is not None else normalized(call.body)
        record = new_record(call.tenant, collection, fields)
        return resource.create_answer(call, record) if resource.create_answer else record

    return handle


def _update_handler(resource: Resource) -> Handler:
    def handle(call: Call) -> Any:
        collection = call.tenant[resource.collection]
        existing(collection, call.path_id())
        return collection.update(call.path_id(), normalized(call.body))

    return handle


def _delete_handler(resource: Resource) -> Handler:
    def handle(call: Call) -> None:
        collection = call.tenant[resource.collection]
        if not collection.delete(call.path_id()):
            raise not_found(collection.label, call.path_id())

    return handle


def _export_handler(resource: Resource) -> Handler:
    def handle(call: Call) -> Any:
        return export_page(call.tenant[resource.collection], call.query, call.export, call.clock())

    return handle


def register_resources(resources: Iterable[Resource]) -> None:
    for resource in resources:
        makers: tuple[tuple[str | None, Callable[[Resource], Handler]], ...] = (
            (resource.list_op, _list_handler),
            (resource.get_op, _get_handler),
            (resource.create_op, _create_handler),
            (resource.update_op, _update_handler),
            (resource.delete_op, _delete_handler),
            (resource.export_op, _export_handler),
        )
        for operation_id, make in makers:
            if operation_id is not None:
                add(resource.domain, operation_id, make(resource))


def collection_of(domain: str, operation_id: str) -> str | None:
    """The hand-modelled collection an operation reads or writes, if it has one."""
    for resource in RESOURCES:
        operations = (resource.list_op, resource.get_op, resource.create_op, resource.update_op,
                      resource.delete_op, resource.export_op)  # fmt: skip
        if resource.domain == domain and operation_id in operations:
            return resource.collection
    return LIST_COLLECTIONS.get((domain, operation_id))


# --- builders: what a create adds to the request's fields -----------------------------------------------------


def build_job(call: Call, jobs: Collection) -> Record:
    body, tenant = call.body, call.tenant
    location = referenced(tenant["locations"], body["locationId"], "locationId")
    referenced(tenant["customers"], body["customerId"], "customerId")
    referenced(tenant["business_units"], body["businessUnitId"], "businessUnitId")
    if location["customerId"] != body["customerId"]:
        raise bad_request("locationId", "The location does not belong to the customer.")
    job_id = jobs.new_id()
    invoice = new_record(
        tenant,
        tenant["invoices"],
        {
            "job": {"id": job_id, "number": str(job_id), "type": "Service"},
            "referenceNumber": str(job_id),
            "customer": {"id": body["customerId"]},
            "location": {"id": body["locationId"]},
            "businessUnit": {"id": body["businessUnitId"]},
            "items": [],
            "subTotal": 0.0,
            "salesTax": 0.0,
            "total": 0.0,
            "balance": 0.0,
            "sentStatus": "NotSent",
            "reviewStatus": "NeedsReview",
            "invoiceConfiguration": "JobInvoice",
            "customFields": [],
        },
    )
    job = {
        **normalized(body),
        "id": job_id,
        "jobNumber": str(job_id),
        "jobStatus": "Scheduled",
        "invoiceId": invoice["id"],
        "appointmentCount": 0,
        "firstAppointmentId": 0,
        "lastAppointmentId": 0,
        "noCharge": bool(body.get("noCharge")),
        "notificationsEnabled": True,
        "customerPo": body.get("customerPo") or "",
        "tagTypeIds": body.get("tagTypeIds") or [],
        "estimateIds": [],
        "equipmentIds": [],
        "total": 0.0,
    }
    jobs.save({**job, "createdOn": tenant.now(), "createdById": SYSTEM_USER_ID, "active": True})
    for window in body["appointments"]:
        add_appointment(call, job_id, window)
    return dict(existing(jobs, job_id))


def add_appointment(call: Call, job_id: int, window: Record) -> Record:
    tenant = call.tenant
    jobs = tenant["jobs"]
    job = referenced(jobs, job_id, "jobId")
    technician_ids = list(window.get("technicianIds") or [])
    for technician_id in technician_ids:
        referenced(tenant["technicians"], technician_id, "technicianIds")
    count = int(job.get("appointmentCount") or 0) + 1
    appointment = new_record(
        tenant,
        tenant["appointments"],
        {
            **{key: value for key, value in normalized(window).items() if key != "technicianIds"},
            "jobId": job_id,
            "appointmentNumber": f"{job['jobNumber']}-{count}",
            "status": "Scheduled",
            "customerId": job["customerId"],
            "unused": False,
            "isConfirmed": False,
        },
    )
    jobs.update(
        job_id,
        {
            "appointmentCount": count,
            "firstAppointmentId": job.get("firstAppointmentId") or appointment["id"],
            "lastAppointmentId": appointment["id"],
        },
    )
    for technician_id in technician_ids:
        assign(tenant, appointment, technician_id)
    return appointment


def build_project(call: Call, projects: Collection) -> Record:
    body, tenant = call.body, call.tenant
    location = referenced(tenant["locations"], body["locationId"], "locationId")
    project_id = projects.new_id()
    return {
        **normalized(body),
        "id": project_id,
        "number": str(project_id),
        "customerId": body.get("customerId") or location["customerId"],
        "status": "In Progress",
        "projectManagerIds": body.get("projectManagerIds") or [],
        "businessUnitIds": body.get("businessUnitIds") or [],
        "jobIds": [],
    }


def build_location(call: Call, locations: Collection) -> Record:
    referenced(call.tenant["customers"], call.body["customerId"], "customerId")
    return location_fields(call.tenant, call.body, call.body["customerId"])


def location_fields(tenant: Tenant, body: Record, customer_id: int) -> Record:
    contacts_ids = tenant["contacts"]
    return {
        **normalized(body),
        "customerId": customer_id,
        "taxExempt": False,
        "tagTypeIds": body.get("tagTypeIds") or [],
        "contacts": [{**contact, "id": contacts_ids.new_id()} for contact in body.get("contacts") or []],
    }


def build_customer(call: Call, customers: Collection) -> Record:
    return {
        **normalized(call.body),
        "type": call.body.get("type") or "Residential",
        "balance": 0.0,
        "taxExempt": bool(call.body.get("taxExempt")),
        "tagTypeIds": call.body.get("tagTypeIds") or [],
        "doNotMail": bool(call.body.get("doNotMail")),
        "doNotService": bool(call.body.get("doNotService")),
        "nationalAccount": bool(call.body.get("nationalAccount")),
    }


def created_customer(call: Call, customer: Record) -> Record:
    """A new customer's answer carries its new locations and contacts, which are stored on their own."""
    tenant = call.tenant
    locations = [
        new_record(tenant, tenant["locations"], location_fields(tenant, location, customer["id"]))
        for location in call.body.get("locations") or []
    ]
    contacts = [
        new_record(tenant, tenant["contacts"], contact_fields(contact, customer["id"]))
        for contact in call.body.get("contacts") or []
    ]
    return {**customer, "locations": locations, "contacts": contacts}


def contact_fields(body: Record, customer_id: int) -> Record:
    phone = body.get("value", "") if body.get("type") in ("Phone", "MobilePhone", "Fax") else ""
    return {
        **normalized(body),
        "customerId": customer_id,
        "memo": body.get("memo"),
        "phoneSettings": {"phoneNumber": phone, "doNotText": False},
    }


def build_technician(call: Call, technicians: Collection) -> Record:
    body = normalized(call.body)
    role_id = body.pop("roleId")
    referenced(call.tenant["user_roles"], role_id, "roleId")
    login = body.pop("login", None)
    home = body.get("home")
    return {
        **body,
        "userId": 700_000 + technicians.new_id(),
        "roleIds": [role_id],
        "loginName": login,
        "isManagedTech": body.get("licenseType") != "NonManagedTech",
        "home": {**home, "streetAddress": home.get("street")} if isinstance(home, dict) else None,
        "dailyGoal": body.get("dailyGoal") or 0.0,
        "burdenRate": body.get("burdenRate") or 0.0,
        "commissionRate": 0.0,
        "hourlyRate": 0.0,
        "soldByRate": 0.0,
        "status": "Idle",
        "accountLocked": False,
    }


def build_equipment(call: Call, equipment: Collection) -> Record:
    body = normalized(call.body)
    location = referenced(call.tenant["locations"], body["locationId"], "locationId")
    type_id = body.pop("equipmentTypeId", None)
    return {
        **body,
        "customerId": location["customerId"],
        "name": body.get("name") or "Equipment",
        "type": {"id": type_id, "name": None} if type_id else None,
        "status": body.get("status") or "Installed",
        "serialNumber": body.get("serialNumber") or "",
        "memo": body.get("memo") or "",
        "manufacturer": body.get("manufacturer") or "",
        "model": body.get("model") or "",
        "cost": body.get("cost") or 0.0,
        "tags": [],
        "attachments": body.get("attachments") or [],
    }


def build_payment(call: Call, payments: Collection) -> Record:
    body = normalized(call.body)
    invoices = call.tenant["invoices"]
    splits = []
    for position, split in enumerate(body.get("splits") or []):
        invoice = referenced(invoices, split.get("invoiceId"), f"splits[{position}].invoiceId")
        splits.append({**split, "invoiceNumber": split.get("invoiceNumber") or invoice.get("referenceNumber")})
    amount = body.get("amount")
    if amount is None:
        amount = round(sum(float(split.get("amount") or 0) for split in splits), 2)
    customer_id = body.get("customerId")
    if customer_id is None and splits:
        customer_id = (invoices.get(splits[0]["invoiceId"]) or {}).get("customer", {}).get("id")
    return {
        **body,
        "splits": splits,
        "amount": amount,
        "total": amount,
        "unappliedAmount": 0.0,
        "status": body.get("status") or "Pending",
        "transactionStatus": "Success",
        "customerId": customer_id,
        "customer": {"id": customer_id} if customer_id else None,
        "date": body.get("paidOn"),
        "appliedTo": [
            {"appliedId": position + 1, "appliedTo": split["invoiceId"], "appliedAmount": split.get("amount")}
            for position, split in enumerate(splits)
        ],
    }


def build_booking(call: Call, bookings: Collection) -> Record:
    return {
        **normalized(call.body),
        "bookingProviderId": call.path_id("booking_provider"),
        "status": "New",
        "start": call.body.get("start") or call.tenant.now(),
        "contacts": call.body.get("contacts") or [],
    }


RESOURCES = (
    Resource("jobs", "jpm", "Jobs_GetList", "Jobs_Get", "Jobs_Create", "Jobs_Update", None, "Export_Jobs",
             build=build_job),
    Resource("appointments", "jpm", "Appointments_GetList", "Appointments_Get", None, None, "Appointments_Delete",
             "Export_Appointments"),
    Resource("projects", "jpm", "Projects_GetList", "Projects_Get", "Projects_Create", "Projects_Update", None,
             "Export_Projects", NAMED_SORT_FIELDS, build=build_project),
    Resource("job_cancel_reasons", "jpm", "JobCancelReasons_GetList", sort_fields=NAMED_SORT_FIELDS),
    Resource("job_canceled_logs", "jpm", export_op="Export_JobCancelReasons"),
    Resource("customers", "crm", "Customers_GetList", "Customers_Get", "Customers_Create", "Customers_Update", None,
             "ExportCustomers_GetCustomers", NAMED_SORT_FIELDS, build=build_customer,
             create_answer=created_customer),
    Resource("locations", "crm", "Locations_GetList", "Locations_Get", "Locations_Create", "Locations_Update", None,
             "ExportLocations_Locations", NAMED_SORT_FIELDS, build=build_location),
    Resource("contacts", "crm", export_op="ExportContacts_CustomersContacts"),
    Resource("bookings", "crm", "Bookings_GetList", "Bookings_Get", export_op="ExportBookings_Get"),
    Resource("technicians", "settings", "Technicians_GetList", "Technicians_Get", "Technicians_Create",
             "Technicians_Update", sort_fields=NAMED_SORT_FIELDS, build=build_technician),
    Resource("business_units", "settings", "BusinessUnits_GetList", sort_fields=NAMED_SORT_FIELDS),
    Resource("user_roles", "settings", "UserRoles_GetList", sort_fields=NAMED_SORT_FIELDS),
    Resource("installed_equipment", "equipment_systems", "InstalledEquipment_GetList", "InstalledEquipment_Get",
             "InstalledEquipment_Create", "InstalledEquipment_Update", sort_fields=NAMED_SORT_FIELDS,
             build=build_equipment),
    Resource("invoices", "accounting", "Invoices_GetList", export_op="Export_Invoices"),
    Resource("payments", "accounting", "Payments_GetList", None, "Payments_Create", "Payments_Update", None,
             "Export_Payments", build=build_payment),
)  # fmt: skip
register_resources(RESOURCES)


# --- jobs and appointments ------------------------------------------------------------------------------------


@handles("jpm", "Appointments_Add")
def appointments_add(call: Call) -> Record:
    return add_appointment(call, call.body["jobId"], call.body)


@handles("jpm", "Jobs_Cancel")
def jobs_cancel(call: Call) -> None:
    tenant = call.tenant
    job = existing(tenant["jobs"], call.path_id())
    reason = referenced(tenant["job_cancel_reasons"], call.body["reasonId"], "reasonId")
    if job["jobStatus"] == "Canceled":
        raise ProblemError(409, "The job is already canceled.")
    memo = call.body["memo"]
    tenant["jobs"].update(job["id"], {"jobStatus": "Canceled", "cancelReasonId": reason["id"], "cancelMemo": memo})
    log = {"jobId": job["id"], "reasonId": reason["id"], "name": reason["name"], "memo": memo}
    new_record(tenant, tenant["job_canceled_logs"], log)


# --- dispatch ---------------------------------------------------------------------------------------------------


def appointment_assignments(tenant: Tenant, appointment_id: int) -> list[Record]:
    appointments, assignments = tenant["appointments"], tenant["assignments"]
    seeded = seeded_children(appointments, appointment_id, assignments, 1)
    return children(assignments, "appointmentId", appointment_id, seeded)


def assign(tenant: Tenant, appointment: Record, technician_id: int) -> None:
    current = appointment_assignments(tenant, appointment["id"])
    if any(row["technicianId"] == technician_id and row.get("active", True) for row in current):
        return
    technician = existing(tenant["technicians"], technician_id)
    new_record(
        tenant,
        tenant["assignments"],
        {"technicianId": technician_id, "technicianName": technician["name"], "assignedById": SYSTEM_USER_ID,
         "assignedOn": tenant.now(), "status": "Scheduled", "isPaused": False, "jobId": appointment["jobId"],
         "appointmentId": appointment["id"]},
    )  # fmt: skip


@handles("dispatch", "AppointmentAssignments_GetList")
def assignments_list(call: Call) -> Any:
    assignments = call.tenant["assignments"]
    appointment_ids = call.query.id_list("appointmentIds")
    if appointment_ids is None:
        return paged(call, assignments)

    def of_appointments() -> Iterator[Record]:
        rows = [row for aid in appointment_ids for row in appointment_assignments(call.tenant, aid)]
        return iter(sorted(rows, key=lambda row: row["id"]))

    return paged(call, assignments, of_appointments)


def _assignment_change(call: Call, change: Callable[[Tenant, Record, list[int]], None]) -> Record:
    tenant = call.tenant
    appointment = existing(tenant["appointments"], call.body["jobAppointmentId"])
    technician_ids = list(call.body["technicianIds"])
    for position, technician_id in enumerate(technician_ids):
        referenced(tenant["technicians"], technician_id, f"technicianIds[{position}]")
    change(tenant, appointment, technician_ids)
    return appointment


@handles("dispatch", "AppointmentAssignments_AssignTechnicians")
def assign_technicians(call: Call) -> Record:
    def add_all(tenant: Tenant, appointment: Record, technician_ids: list[int]) -> None:
        for technician_id in technician_ids:
            assign(tenant, appointment, technician_id)

    return _assignment_change(call, add_all)


@handles("dispatch", "AppointmentAssignments_UnassignTechnicians")
def unassign_technicians(call: Call) -> Record:
    def remove_all(tenant: Tenant, appointment: Record, technician_ids: list[int]) -> None:
        for row in appointment_assignments(tenant, appointment["id"]):
            if row["technicianId"] in technician_ids and row.get("active", True):
                tenant["assignments"].update(row["id"], {"active": False})

    return _assignment_change(call, remove_all)


# --- customer contacts ----------------------------------------------------------------------------------------


def customer_contacts(tenant: Tenant, customer_id: int) -> list[Record]:
    seeded = seeded_children(tenant["customers"], customer_id, tenant["contacts"], CONTACTS_PER_CUSTOMER)
    return children(tenant["contacts"], "customerId", customer_id, seeded)


def customer_contact(call: Call) -> Record:
    existing(call.tenant["customers"], call.path_id())
    contact = call.tenant["contacts"].get(call.path_id("contactId"))
    if contact is None or contact.get("customerId") != call.path_id():
        raise not_found("Contact", call.path_id("contactId"))
    return contact


@handles("crm", "Customers_GetContactList")
def contacts_list(call: Call) -> Any:
    existing(call.tenant["customers"], call.path_id())
    return paged(call, call.tenant["contacts"], lambda: customer_contacts(call.tenant, call.path_id()))


@handles("crm", "Customers_CreateContact")
def contacts_create(call: Call) -> Record:
    existing(call.tenant["customers"], call.path_id())
    return new_record(call.tenant, call.tenant["contacts"], contact_fields(call.body, call.path_id()))


@handles("crm", "Customers_UpdateContact")
def contacts_update(call: Call) -> Any:
    contact = customer_contact(call)
    changes = normalized(call.body)
    if "value" in changes and contact.get("type") in ("Phone", "MobilePhone", "Fax"):
        changes["phoneSettings"] = {**contact.get("phoneSettings", {}), "phoneNumber": changes["value"]}
    return call.tenant["contacts"].update(contact["id"], changes)


@handles("crm", "Customers_DeleteContact")
def contacts_delete(call: Call) -> None:
    call.tenant["contacts"].delete(customer_contact(call)["id"])


# --- bookings of a booking provider ---------------------------------------------------------------------------


def provider_booking(call: Call) -> Record:
    booking = existing(call.tenant["bookings"], call.path_id())
    if booking.get("bookingProviderId") != call.path_id("booking_provider"):
        raise not_found("Booking", call.path_id())
    return booking


@handles("crm", "Bookings_GetList2")
def bookings_of_provider(call: Call) -> Any:
    bookings = call.tenant["bookings"]
    provider = call.path_id("booking_provider")
    return paged(
        call, bookings, lambda: (row for row in bookings.records() if row.get("bookingProviderId") == provider)
    )


@handles("crm", "Bookings_GetForProvider")
def bookings_get_for_provider(call: Call) -> Record:
    return provider_booking(call)


@handles("crm", "Bookings_Create")
def bookings_create(call: Call) -> Record:
    bookings = call.tenant["bookings"]
    return new_record(call.tenant, bookings, build_booking(call, bookings))


@handles("crm", "Bookings_Update")
def bookings_update(call: Call) -> Any:
    booking = provider_booking(call)
    return call.tenant["bookings"].update(booking["id"], normalized(call.body))


# --- installed equipment attachments -------------------------------------------------------------------------


@handles("equipment_systems", "InstalledEquipment_PostAttachment")
def attachment_upload(call: Call) -> Record:
    upload = call.files.get("file")
    if upload is None:
        raise bad_request("file", "The file field is required.")
    name = upload.filename.rsplit("/", 1)[-1] or "attachment"
    # A sequence number, not a random id, so that re-recorded cassettes come out the same.
    path = f"installed-equipment/{call.tenant.tenant_id}/{len(call.tenant.attachments) + 1:08d}/{name}"
    call.tenant.attachments[path] = (upload.content_type, upload.data)
    return {"path": path}


@handles("equipment_systems", "InstalledEquipment_Get2")
def attachment_download(call: Call) -> Binary:
    path = call.query.get("path")
    if path is None:
        raise bad_request("path", "The path field is required.")
    stored = call.tenant.attachments.get(path)
    if stored is None:
        raise ProblemError(404, f"No attachment is stored at path {path!r}.")
    return Binary(stored[1], "application/octet-stream", path.rsplit("/", 1)[-1])


# --- invoices and payments ------------------------------------------------------------------------------------


def with_totals(invoice: Record) -> Record:
    items = invoice.get("items") or []
    subtotal = round(sum(float(item.get("total") or 0) for item in items), 2)
    tax = round(sum(float(item.get("total") or 0) for item in items if item.get("taxable")) * SALES_TAX_RATE, 2)
    paid = float(invoice.get("total") or 0) - float(invoice.get("balance") or 0)
    total = round(subtotal + tax, 2)
    return {**invoice, "subTotal": subtotal, "salesTax": tax, "total": total, "balance": round(total - paid, 2)}


def invoice_item(tenant: Tenant, invoice_id: int, fields: Record, order: int) -> Record:
    quantity = float(fields.get("quantity") or 1)
    price = float(fields.get("unitPrice") or fields.get("price") or 0)
    now = tenant.now()
    return {
        "type": "Service",
        "skuId": 0,
        "inventory": False,
        "taxable": False,
        "isChargeable": True,
        "membershipTypeId": 0,
        "order": order,
        "addOn": bool(fields.get("isAddOn")),
        "createdOn": now,
        **{key: value for key, value in fields.items() if key not in ("unitPrice", "isAddOn")},
        "id": fields.get("id") or tenant["invoice_items"].new_id(),
        "quantity": quantity,
        "price": price,
        "total": round(quantity * price, 2),
        "invoiceId": invoice_id,
        "modifiedOn": now,
        "active": True,
    }


@handles("accounting", "Invoices_CreateAdjustmentInvoice")
def invoices_create_adjustment(call: Call) -> int:
    tenant, body = call.tenant, call.body
    invoices = tenant["invoices"]
    original = referenced(invoices, body["adjustmentToId"], "adjustmentToId")
    invoice_id = invoices.new_id()
    items = [invoice_item(tenant, invoice_id, item, order + 1) for order, item in enumerate(body.get("items") or [])]
    fields = {
        key: original.get(key)
        for key in ("customer", "customerAddress", "location", "locationAddress", "businessUnit", "job", "projectId")
    }
    invoice = with_totals(
        {
            **fields,
            "id": invoice_id,
            "adjustmentToId": original["id"],
            "referenceNumber": body.get("number") or f"{original.get('referenceNumber')}-ADJ",
            "invoiceDate": body.get("invoicedOn") or tenant.now(),
            "summary": body.get("summary"),
            "reviewStatus": body.get("reviewStatus") or "NeedsReview",
            "sentStatus": "NotSent",
            "invoiceConfiguration": "JobInvoice",
            "items": items,
            "customFields": [],
            "total": 0.0,
            "balance": 0.0,
        }
    )
    return int(new_record(tenant, invoices, invoice)["id"])


@handles("accounting", "Invoices_UpdateInvoice")
def invoices_update(call: Call) -> None:
    invoices = call.tenant["invoices"]
    existing(invoices, call.path_id())
    renames = {"number": "referenceNumber", "invoicedOn": "invoiceDate"}
    changes = {
        renames.get(key, key): value
        for key, value in normalized(call.body).items()
        if key not in ("items", "payments", "customerId", "locationId", "businessUnitId")
    }
    invoices.update(call.path_id(), changes)


@handles("accounting", "Invoices_UpdateInvoiceItems")
def invoices_update_items(call: Call) -> None:
    tenant = call.tenant
    invoices = tenant["invoices"]
    invoice_id = call.path_id("invoiceId")
    invoice = existing(invoices, invoice_id)
    items = [dict(item) for item in invoice.get("items") or []]
    wanted = call.body.get("id")
    target = next((item for item in items if wanted is not None and item["id"] == wanted), None)
    if wanted is not None and target is None:
        raise not_found("Invoice item", wanted)
    if target is None:
        items.append(invoice_item(tenant, invoice_id, call.body, len(items) + 1))
    else:
        items[items.index(target)] = invoice_item(tenant, invoice_id, {**target, **call.body}, target["order"])
    invoices.save(with_totals({**invoice, "items": items}))


@handles("accounting", "Invoices_DeleteInvoiceItem")
def invoices_delete_item(call: Call) -> None:
    invoices = call.tenant["invoices"]
    invoice = existing(invoices, call.path_id("invoiceId"))
    items = invoice.get("items") or []
    remaining = [item for item in items if item["id"] != call.path_id("itemId")]
    if len(remaining) == len(items):
        raise not_found("Invoice item", call.path_id("itemId"))
    invoices.save(with_totals({**invoice, "items": remaining}))


def update_custom_fields(collection: Collection, call: Call) -> None:
    for position, operation in enumerate(call.body["operations"]):
        record = referenced(collection, operation["objectId"], f"operations[{position}].objectId")
        fields = {field["name"]: field for field in record.get("customFields") or [] if "name" in field}
        for pair in operation["customFields"]:
            fields[pair["name"]] = {"typeId": 0, **fields.get(pair["name"], {}), **pair}
        collection.update(record["id"], {"customFields": list(fields.values())})


@handles("accounting", "Invoices_UpdateCustomFields")
def invoices_custom_fields(call: Call) -> None:
    update_custom_fields(call.tenant["invoices"], call)


@handles("accounting", "Payments_UpdateCustomFields")
def payments_custom_fields(call: Call) -> None:
    update_custom_fields(call.tenant["payments"], call)
