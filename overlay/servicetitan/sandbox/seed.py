"""The deterministic tenant every sandbox starts with.

Its size follows one number, the job count (a handful up to 100,000): customers, locations, projects,
appointments, assignments, invoices, payments, equipment and bookings scale with it, reference data
(business units, roles, cancel reasons, technicians) stays small. Every record is a pure function of
(seed, index), built on demand by `store.Collection`, so seeding is instant whatever the size, and two
sandboxes with the same seed and size serve identical data.

Records carry the union of the fields the different responses about an entity show (a payment's list shape
and its create shape differ); `schemas.shaper` cuts each response to its operation's schema.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .store import Record, SeededRange, Tenant
from .timefmt import format_date, format_timestamp

SEED_EPOCH = 1_704_067_200.0  # 2024-01-01T00:00:00Z: seeded history spans the year that follows.
SEED_SPAN_SECONDS = 365 * 86_400.0
BOOKING_PROVIDER_ID = 7001
SYSTEM_USER_ID = 1

FIRST_NAMES = ("Ava", "Liam", "Mia", "Noah", "Emma", "Ethan", "Olivia", "Lucas", "Sofia", "Mason", "Zoe", "Logan")
LAST_NAMES = ("Garcia", "Nguyen", "Smith", "Patel", "Johnson", "Kim", "Brown", "Lopez", "Miller", "Davis", "Chen")
STREETS = ("Oak St", "Maple Ave", "Cedar Ln", "Pine Rd", "Elm St", "Birch Way", "Willow Dr", "Sunset Blvd")
CITIES = (
    ("Austin", "TX", "787"),
    ("Phoenix", "AZ", "850"),
    ("Denver", "CO", "802"),
    ("Tampa", "FL", "336"),
    ("Columbus", "OH", "432"),
    ("Sacramento", "CA", "958"),
)
BUSINESS_UNITS = (
    "HVAC Service",
    "HVAC Install",
    "Plumbing Service",
    "Plumbing Install",
    "Electrical Service",
    "Electrical Install",
)
USER_ROLES = (
    ("Administrator", "Employee"),
    ("Dispatcher", "Employee"),
    ("Field Technician", "Technician"),
    ("Comfort Advisor", "Technician"),
    ("Accounting", "Employee"),
)
CANCEL_REASONS = ("Customer cancelled", "Duplicate job", "Price too high", "Scheduled with competitor", "Weather")
JOB_TYPES = (101, 102, 103, 104)
CAMPAIGNS = (301, 302, 303)
PRIORITIES = ("Normal", "High", "Low", "Urgent")
EQUIPMENT = (
    ("Carrier", "Infinity 24ANB1", "Air Conditioner"),
    ("Trane", "XR16", "Heat Pump"),
    ("Rheem", "Performance 50", "Water Heater"),
    ("Lennox", "SL280V", "Furnace"),
)


def mix(index: int, salt: int, seed: int) -> int:
    """A cheap, well-spread integer hash: the sandbox's only source of variety."""
    value = (index * 0x9E3779B1 + salt * 0x85EBCA77 + seed * 0xC2B2AE3D) & 0xFFFFFFFF
    value ^= value >> 15
    value = (value * 0x2C1B3C6D) & 0xFFFFFFFF
    return value ^ (value >> 12)


@dataclass(frozen=True, slots=True)
class SeedSize:
    jobs: int

    @property
    def customers(self) -> int:
        return max(2, self.jobs // 2)

    @property
    def technicians(self) -> int:
        return max(3, min(400, self.jobs // 40 + 3))

    @property
    def projects(self) -> int:
        return max(1, self.jobs // 20)

    @property
    def payments(self) -> int:
        return max(1, self.jobs // 2)

    @property
    def equipment(self) -> int:
        return max(1, self.customers // 2)

    @property
    def bookings(self) -> int:
        return max(2, self.jobs // 10)


# First id of each collection: ids of different entities never collide, which makes mix-ups visible.
FIRST_IDS = {
    "business_units": 1_001,
    "user_roles": 2_001,
    "job_cancel_reasons": 3_001,
    "technicians": 5_001,
    "customers": 10_000_001,
    "locations": 20_000_001,
    "contacts": 30_000_001,
    "projects": 40_000_001,
    "jobs": 50_000_001,
    "appointments": 60_000_001,
    "assignments": 70_000_001,
    "invoices": 80_000_001,
    "invoice_items": 85_000_001,
    "job_canceled_logs": 87_000_001,
    "payments": 90_000_001,
    "installed_equipment": 95_000_001,
    "bookings": 97_000_001,
}
CONTACTS_PER_CUSTOMER = 2
CANCELED_EVERY = 20
ITEMS_PER_INVOICE = 2


class Timeline:
    """Seeded timestamps: record i of n is created at an even step through the seed year and last modified one
    hour later, so `modifiedOn` grows with the index (the export feed relies on it)."""

    def __init__(self, count: int) -> None:
        self.step = SEED_SPAN_SECONDS / max(count, 1)

    def created(self, index: int) -> float:
        return SEED_EPOCH + index * self.step

    def modified_on(self, index: int) -> str:
        return format_timestamp(self.created(index) + 3600)


class TenantSeed:
    """Factories for every seeded collection of one tenant."""

    def __init__(self, size: SeedSize, seed: int) -> None:
        self.size = size
        self.seed = seed

    def h(self, index: int, salt: int) -> int:
        return mix(index, salt, self.seed)

    def populate(self, tenant: Tenant) -> None:
        size = self.size
        counts: dict[str, tuple[str, int, Callable[[int, Timeline], Record]]] = {
            "business_units": ("Business unit", len(BUSINESS_UNITS), self.business_unit),
            "user_roles": ("User role", len(USER_ROLES), self.user_role),
            "job_cancel_reasons": ("Job cancel reason", len(CANCEL_REASONS), self.cancel_reason),
            "technicians": ("Technician", size.technicians, self.technician),
            "customers": ("Customer", size.customers, self.customer),
            "locations": ("Location", size.customers, self.location),
            "contacts": ("Contact", size.customers * CONTACTS_PER_CUSTOMER, self.contact),
            "projects": ("Project", size.projects, self.project),
            "jobs": ("Job", size.jobs, self.job),
            "appointments": ("Appointment", size.jobs, self.appointment),
            "assignments": ("Appointment assignment", size.jobs, self.assignment),
            "invoices": ("Invoice", size.jobs, self.invoice),
            "invoice_items": ("Invoice item", size.jobs * ITEMS_PER_INVOICE, self.seeded_invoice_item),
            "job_canceled_logs": ("Job canceled log", size.jobs // CANCELED_EVERY, self.canceled_log),
            "payments": ("Payment", size.payments, self.payment),
            "installed_equipment": ("Installed equipment", size.equipment, self.installed_equipment),
            "bookings": ("Booking", size.bookings, self.booking),
        }
        for name, (label, count, build) in counts.items():
            timeline = Timeline(count)
            tenant.add(
                name,
                label,
                SeededRange(FIRST_IDS[name], count, _bind(build, timeline), timeline.modified_on),
            )

    # --- shared pieces -------------------------------------------------------------------------------------

    def _stamps(self, index: int, timeline: Timeline) -> Record:
        return {
            "createdOn": format_timestamp(timeline.created(index)),
            "modifiedOn": timeline.modified_on(index),
            "createdById": SYSTEM_USER_ID,
        }

    def person(self, index: int, salt: int) -> tuple[str, str]:
        return FIRST_NAMES[self.h(index, salt) % len(FIRST_NAMES)], LAST_NAMES[
            self.h(index, salt + 1) % len(LAST_NAMES)
        ]

    def address(self, index: int) -> Record:
        city, state, zip_prefix = CITIES[self.h(index, 11) % len(CITIES)]
        return {
            "street": f"{100 + self.h(index, 12) % 9800} {STREETS[self.h(index, 13) % len(STREETS)]}",
            "unit": None,
            "city": city,
            "state": state,
            "zip": f"{zip_prefix}{self.h(index, 14) % 100:02d}",
            "country": "USA",
            "latitude": round(30 + self.h(index, 15) % 1500 / 100, 5),
            "longitude": round(-120 + self.h(index, 16) % 3800 / 100, 5),
        }

    def customer_of_job(self, index: int) -> int:
        return index % self.size.customers

    def technician_index(self, index: int) -> int:
        return index % self.size.technicians

    def money(self, index: int, salt: int, low: int, high: int) -> float:
        return round(low + self.h(index, salt) % ((high - low) * 100) / 100, 2)

    # --- reference data ------------------------------------------------------------------------------------

    def business_unit(self, index: int, timeline: Timeline) -> Record:
        name = BUSINESS_UNITS[index]
        return {
            "id": FIRST_IDS["business_units"] + index,
            "active": True,
            "name": name,
            "officialName": f"Sandbox Home Services - {name}",
            "email": f"{name.lower().replace(' ', '.')}@sandbox.example",
            "currency": "USD",
            "phoneNumber": f"5125550{100 + index}",
            "defaultTaxRate": 0.0825,
            "tagTypeIds": [],
            "externalData": [],
            **self._stamps(index, timeline),
        }

    def user_role(self, index: int, timeline: Timeline) -> Record:
        name, employee_type = USER_ROLES[index]
        return {
            "id": FIRST_IDS["user_roles"] + index,
            "active": True,
            "name": name,
            "employeeType": employee_type,
            **self._stamps(index, timeline),
        }

    def cancel_reason(self, index: int, timeline: Timeline) -> Record:
        return {
            "id": FIRST_IDS["job_cancel_reasons"] + index,
            "name": CANCEL_REASONS[index],
            "active": index != len(CANCEL_REASONS) - 1,
            **self._stamps(index, timeline),
        }

    def technician(self, index: int, timeline: Timeline) -> Record:
        first, last = self.person(index, 21)
        login = f"{first}.{last}{index}".lower()
        return {
            "id": FIRST_IDS["technicians"] + index,
            "userId": 600_001 + index,
            "name": f"{first} {last}",
            "firstName": first,
            "lastName": last,
            "roleIds": [FIRST_IDS["user_roles"] + 2],
            "businessUnitId": FIRST_IDS["business_units"] + index % len(BUSINESS_UNITS),
            "email": f"{login}@sandbox.example",
            "phoneNumber": f"512555{1000 + index % 9000:04d}",
            "loginName": login,
            "dailyGoal": 1500.0,
            "isManagedTech": index % 5 == 0,
            "licenseType": "ManagedTech" if index % 5 == 0 else "NonManagedTech",
            "customFields": [],
            # The last technician of a larger crew has left, so `active` filters have something to hide.
            "active": not (self.size.technicians > 3 and index == self.size.technicians - 1),
            "burdenRate": 12.5,
            "team": "Red" if index % 2 else "Blue",
            "commissionRate": 0.05,
            "hourlyRate": 32.0 + index % 10,
            "soldByRate": 0.02,
            "status": "Idle",
            "positions": ["Service"],
            "skills": [],
            **self._stamps(index, timeline),
        }

    # --- customers ------------------------------------------------------------------------------------------

    def customer(self, index: int, timeline: Timeline) -> Record:
        first, last = self.person(index, 31)
        commercial = index % 7 == 0
        return {
            "id": FIRST_IDS["customers"] + index,
            "active": index % 12 != 11,
            "name": f"{last} Property Management" if commercial else f"{first} {last}",
            "type": "Commercial" if commercial else "Residential",
            "address": self.address(index),
            "customFields": [],
            "balance": self.money(index, 32, 0, 400) if index % 3 == 0 else 0.0,
            "taxExempt": False,
            "tagTypeIds": [],
            "doNotMail": index % 11 == 0,
            "doNotService": False,
            "nationalAccount": False,
            "mergedToId": None,
            "paymentTermId": None,
            "creditLimit": None,
            "creditLimitBalance": None,
            "externalData": [],
            **self._stamps(index, timeline),
        }

    def location(self, index: int, timeline: Timeline) -> Record:
        customer = self.customer(index, timeline)
        return {
            "id": FIRST_IDS["locations"] + index,
            "customerId": customer["id"],
            "active": customer["active"],
            "name": customer["name"],
            "address": customer["address"],
            "customFields": [],
            "mergedToId": None,
            "zoneId": 1 + index % 4,
            "taxExempt": False,
            "tagTypeIds": [],
            "externalData": [],
            "taxZoneId": None,
            **self._stamps(index, timeline),
        }

    def contact(self, index: int, timeline: Timeline) -> Record:
        customer_index, kind = divmod(index, CONTACTS_PER_CUSTOMER)
        first, last = self.person(customer_index, 31)
        phone = f"512{self.h(customer_index, 41) % 10_000_000:07d}"
        return {
            "id": FIRST_IDS["contacts"] + index,
            "customerId": FIRST_IDS["customers"] + customer_index,
            "type": "MobilePhone" if kind == 0 else "Email",
            "value": phone if kind == 0 else f"{first}.{last}{customer_index}@mail.example".lower(),
            "memo": None,
            "phoneSettings": {"phoneNumber": phone if kind == 0 else "", "doNotText": False},
            "preferences": None,
            **self._stamps(index, timeline),
        }

    # --- work -----------------------------------------------------------------------------------------------

    def project(self, index: int, timeline: Timeline) -> Record:
        job_index = index * 20
        customer_index = self.customer_of_job(job_index)
        stamps = self._stamps(index, timeline)
        return {
            "id": FIRST_IDS["projects"] + index,
            "number": str(1000 + index),
            "name": f"Project {1000 + index} - {BUSINESS_UNITS[job_index % 2 * 2 + 1]}",
            "summary": "Whole-home system replacement",
            "status": "In Progress",
            "statusId": 1,
            "subStatus": None,
            "subStatusId": None,
            "customerId": FIRST_IDS["customers"] + customer_index,
            "locationId": FIRST_IDS["locations"] + customer_index,
            "projectTypeId": 1,
            "projectManagerIds": [FIRST_IDS["technicians"]],
            "businessUnitIds": [FIRST_IDS["business_units"] + job_index % len(BUSINESS_UNITS)],
            "startDate": stamps["createdOn"],
            "targetCompletionDate": None,
            "actualCompletionDate": None,
            "customFields": [],
            "externalData": [],
            "jobIds": [FIRST_IDS["jobs"] + job_index] if job_index < self.size.jobs else [],
            **stamps,
        }

    def job_status(self, index: int) -> str:
        # Every twentieth job was canceled (see `canceled_log`); of the rest, older jobs are finished and the
        # most recent tenth is still on the board.
        if index % CANCELED_EVERY == CANCELED_EVERY - 1:
            return "Canceled"
        if index >= self.size.jobs - max(1, self.size.jobs // 10):
            return ("Scheduled", "Dispatched", "InProgress", "Hold")[self.h(index, 51) % 4]
        return "Completed"

    def job(self, index: int, timeline: Timeline) -> Record:
        customer_index = self.customer_of_job(index)
        stamps = self._stamps(index, timeline)
        status = self.job_status(index)
        appointment_id = FIRST_IDS["appointments"] + index
        return {
            "id": FIRST_IDS["jobs"] + index,
            "jobNumber": str(10_000 + index),
            "projectId": FIRST_IDS["projects"] + index // 20 if index % 20 == 0 else None,
            "customerId": FIRST_IDS["customers"] + customer_index,
            "locationId": FIRST_IDS["locations"] + customer_index,
            "jobStatus": status,
            "completedOn": stamps["modifiedOn"] if status == "Completed" else None,
            "businessUnitId": FIRST_IDS["business_units"] + index % len(BUSINESS_UNITS),
            "jobTypeId": JOB_TYPES[self.h(index, 53) % len(JOB_TYPES)],
            "priority": PRIORITIES[self.h(index, 54) % 8 % len(PRIORITIES)],
            "campaignId": CAMPAIGNS[index % len(CAMPAIGNS)],
            "appointmentCount": 1,
            "firstAppointmentId": appointment_id,
            "lastAppointmentId": appointment_id,
            "recallForId": None,
            "warrantyId": None,
            "jobGeneratedLeadSource": None,
            "noCharge": False,
            "notificationsEnabled": True,
            "tagTypeIds": [],
            "leadCallId": None,
            "partnerLeadCallId": None,
            "bookingId": None,
            "soldById": None,
            "customerPo": "",
            "invoiceId": FIRST_IDS["invoices"] + index,
            "membershipId": None,
            "total": self.invoice_subtotal(index),
            "createdFromEstimateId": None,
            "estimateIds": [],
            "equipmentIds": [],
            "isAutoDispatched": False,
            "summary": "No cooling upstairs; thermostat unresponsive.",
            "customFields": [],
            "externalData": [],
            "summaryOfWork": None,
            "active": True,
            **stamps,
        }

    def appointment_window(self, index: int) -> tuple[float, float]:
        start = SEED_EPOCH + index * (SEED_SPAN_SECONDS / max(self.size.jobs, 1)) + 86_400
        start -= start % 3600
        return start, start + 7200

    def appointment(self, index: int, timeline: Timeline) -> Record:
        start, end = self.appointment_window(index)
        status = {"Completed": "Done", "Canceled": "Canceled", "InProgress": "Working"}.get(
            self.job_status(index), self.job_status(index)
        )
        return {
            "id": FIRST_IDS["appointments"] + index,
            "jobId": FIRST_IDS["jobs"] + index,
            "appointmentNumber": f"{10_000 + index}-1",
            "start": format_timestamp(start),
            "end": format_timestamp(end),
            "arrivalWindowStart": format_timestamp(start),
            "arrivalWindowEnd": format_timestamp(start + 3600),
            "status": status if status in ("Scheduled", "Dispatched", "Working", "Hold", "Done") else "Canceled",
            "specialInstructions": "Gate code 4321" if index % 9 == 0 else None,
            "customerId": FIRST_IDS["customers"] + self.customer_of_job(index),
            "unused": False,
            "isConfirmed": index % 4 != 3,
            "active": True,
            "appointmentSummaries": None,
            **self._stamps(index, timeline),
        }

    def assignment(self, index: int, timeline: Timeline) -> Record:
        technician_index = self.technician_index(index)
        first, last = self.person(technician_index, 21)
        appointment_status = self.appointment(index, timeline)["status"]
        stamps = self._stamps(index, timeline)
        return {
            "id": FIRST_IDS["assignments"] + index,
            "technicianId": FIRST_IDS["technicians"] + technician_index,
            "technicianName": f"{first} {last}",
            "assignedById": SYSTEM_USER_ID,
            "assignedOn": stamps["createdOn"],
            "status": appointment_status if appointment_status in ("Dispatched", "Working", "Done") else "Scheduled",
            "isPaused": False,
            "jobId": FIRST_IDS["jobs"] + index,
            "appointmentId": FIRST_IDS["appointments"] + index,
            "active": True,
            **stamps,
        }

    # --- money ----------------------------------------------------------------------------------------------

    def invoice_subtotal(self, index: int) -> float:
        return round(sum(self.item_price(index, item) for item in range(ITEMS_PER_INVOICE)), 2)

    def item_price(self, index: int, item: int) -> float:
        return self.money(index * ITEMS_PER_INVOICE + item, 61, 40, 900)

    def invoice_item(self, index: int, item: int, stamps: Record) -> Record:
        price = self.item_price(index, item)
        return {
            "id": FIRST_IDS["invoice_items"] + index * ITEMS_PER_INVOICE + item,
            "description": ("Diagnostic fee", "Capacitor replacement")[item],
            "skuId": 900 + item,
            "skuName": ("DIAG-01", "CAP-45-5")[item],
            "type": ("Service", "Material")[item],
            "quantity": 1.0,
            "price": price,
            "cost": round(price * 0.4, 2),
            "total": price,
            "totalCost": round(price * 0.4, 2),
            "inventory": item == 1,
            "taxable": item == 1,
            "isChargeable": True,
            "membershipTypeId": 0,
            "order": item + 1,
            "addOn": False,
            "active": True,
            "invoiceId": FIRST_IDS["invoices"] + index,
            **stamps,
        }

    def seeded_invoice_item(self, index: int, timeline: Timeline) -> Record:
        invoice_index, item = divmod(index, ITEMS_PER_INVOICE)
        return dict(self.invoice(invoice_index, Timeline(self.size.jobs))["items"][item])

    def canceled_log(self, index: int, timeline: Timeline) -> Record:
        job_index = index * CANCELED_EVERY + CANCELED_EVERY - 1
        reason = index % (len(CANCEL_REASONS) - 1)
        return {
            "id": FIRST_IDS["job_canceled_logs"] + index,
            "jobId": FIRST_IDS["jobs"] + job_index,
            "reasonId": FIRST_IDS["job_cancel_reasons"] + reason,
            "name": CANCEL_REASONS[reason],
            "memo": "Customer called to cancel.",
            "active": True,
            **self._stamps(index, timeline),
        }

    def invoice(self, index: int, timeline: Timeline) -> Record:
        stamps = self._stamps(index, timeline)
        customer_index = self.customer_of_job(index)
        customer = self.customer(customer_index, Timeline(self.size.customers))
        subtotal = self.invoice_subtotal(index)
        tax = round(subtotal * 0.0825, 2)
        paid = index % 2 == 0 and index // 2 < self.size.payments
        return {
            "id": FIRST_IDS["invoices"] + index,
            "syncStatus": "Pending",
            "referenceNumber": str(10_000 + index),
            "invoiceDate": stamps["createdOn"],
            "dueDate": format_timestamp(timeline.created(index) + 30 * 86_400),
            "subTotal": subtotal,
            "salesTax": tax,
            "total": round(subtotal + tax, 2),
            "balance": 0.0 if paid else round(subtotal + tax, 2),
            "invoiceType": {"id": 1, "name": "Service"},
            "customer": {"id": customer["id"], "name": customer["name"]},
            "customerAddress": {
                k: customer["address"][k] for k in ("street", "unit", "city", "state", "zip", "country")
            },
            "location": {"id": FIRST_IDS["locations"] + customer_index, "name": customer["name"]},
            "locationAddress": {
                k: customer["address"][k] for k in ("street", "unit", "city", "state", "zip", "country")
            },
            "businessUnit": {
                "id": FIRST_IDS["business_units"] + index % len(BUSINESS_UNITS),
                "name": BUSINESS_UNITS[index % len(BUSINESS_UNITS)],
            },
            "termName": "Due Upon Receipt",
            "createdBy": "sandbox",
            "adjustmentToId": None,
            "job": {"id": FIRST_IDS["jobs"] + index, "number": str(10_000 + index), "type": "Service"},
            "projectId": FIRST_IDS["projects"] + index // 20 if index % 20 == 0 else None,
            "sentStatus": "Sent" if index % 3 else "NotSent",
            "reviewStatus": "Reviewed",
            "summary": "Diagnosed and repaired cooling system.",
            "items": [self.invoice_item(index, item, stamps) for item in range(ITEMS_PER_INVOICE)],
            "customFields": [],
            "active": True,
            "discountTotal": 0.0,
            "paidOn": stamps["modifiedOn"] if paid else None,
            "invoiceConfiguration": "JobInvoice",
            **stamps,
        }

    def payment(self, index: int, timeline: Timeline) -> Record:
        stamps = self._stamps(index, timeline)
        invoice_index = index * 2
        invoice = self.invoice(invoice_index, Timeline(self.size.jobs)) if invoice_index < self.size.jobs else None
        amount = invoice["total"] if invoice else 100.0
        type_id = 1 + index % 3
        return {
            "id": FIRST_IDS["payments"] + index,
            "active": True,
            "typeId": type_id,
            "type": ("Cash", "Check", "Credit Card")[type_id - 1],
            "status": "Posted",
            "transactionStatus": "Success",
            "amount": amount,
            "total": amount,
            "unappliedAmount": 0.0,
            "memo": None,
            "authCode": None,
            "checkNumber": str(1000 + index) if type_id == 2 else None,
            "referenceNumber": str(500_000 + index),
            "paidOn": stamps["createdOn"],
            "date": stamps["createdOn"],
            "customerId": invoice["customer"]["id"] if invoice else None,
            "customer": invoice["customer"] if invoice else None,
            "businessUnit": invoice["businessUnit"] if invoice else None,
            "createdBy": "sandbox",
            "splits": [{"invoiceId": invoice["id"], "invoiceNumber": invoice["referenceNumber"], "amount": amount}]
            if invoice
            else [],
            "appliedTo": [
                {
                    "appliedId": 1 + index,
                    "appliedTo": invoice["id"],
                    "appliedAmount": amount,
                    "appliedOn": stamps["createdOn"],
                    "appliedBy": "sandbox",
                    "appliedToReferenceNumber": invoice["referenceNumber"],
                }
            ]
            if invoice
            else [],
            "customFields": [],
            "syncStatus": "Pending",
            **stamps,
        }

    # --- equipment and bookings -----------------------------------------------------------------------------

    def installed_equipment(self, index: int, timeline: Timeline) -> Record:
        location_index = index * 2 % self.size.customers
        manufacturer, model, kind = EQUIPMENT[self.h(index, 71) % len(EQUIPMENT)]
        stamps = self._stamps(index, timeline)
        installed = timeline.created(index) - 86_400 * (365 + self.h(index, 72) % 3000)
        return {
            "id": FIRST_IDS["installed_equipment"] + index,
            "active": index % 10 != 9,
            "equipmentId": None,
            "locationId": FIRST_IDS["locations"] + location_index,
            "customerId": FIRST_IDS["customers"] + location_index,
            "invoiceItemId": None,
            "name": f"{kind} - {manufacturer}",
            "type": {"id": 1 + EQUIPMENT.index((manufacturer, model, kind)), "name": kind},
            "installedOn": format_timestamp(installed),
            "serialNumber": f"SN{self.h(index, 73):010d}",
            "barcodeId": None,
            "memo": "",
            "manufacturer": manufacturer,
            "model": model,
            "cost": self.money(index, 74, 1500, 9000),
            "status": "Installed",
            "manufacturerWarrantyStart": format_timestamp(installed),
            "manufacturerWarrantyEnd": format_timestamp(installed + 10 * 365 * 86_400),
            "tags": [],
            "manufacturedOn": format_date(installed - 90 * 86_400),
            "customFields": [],
            "attachments": [],
            **stamps,
        }

    def booking(self, index: int, timeline: Timeline) -> Record:
        first, last = self.person(index, 81)
        stamps = self._stamps(index, timeline)
        address = self.address(index + 7)
        return {
            "id": FIRST_IDS["bookings"] + index,
            "source": "Website",
            "name": f"{first} {last}",
            "address": _postal(address),
            "customerType": "Residential",
            "start": format_timestamp(timeline.created(index) + 2 * 86_400),
            "campaignId": CAMPAIGNS[index % len(CAMPAIGNS)],
            "businessUnitId": FIRST_IDS["business_units"] + index % len(BUSINESS_UNITS),
            "isFirstTimeClient": index % 2 == 0,
            "uploadedImages": [],
            "isSendConfirmationEmail": True,
            "status": "Converted" if index % 3 == 0 else "New",
            "dismissingReasonId": None,
            "jobId": None,
            "externalId": f"web-{100_000 + index}",
            "priority": "Normal",
            "jobTypeId": JOB_TYPES[index % len(JOB_TYPES)],
            "bookingProviderId": BOOKING_PROVIDER_ID,
            "summary": "Online booking: AC not cooling",
            **stamps,
        }


def _postal(address: Record) -> Record:
    return {key: address[key] for key in ("street", "unit", "city", "state", "zip", "country")}


def _bind(build: Callable[[int, Timeline], Record], timeline: Timeline) -> Callable[[int], Record]:
    def factory(index: int) -> Record:
        return build(index, timeline)

    return factory


def seed_tenant(tenant: Tenant, jobs: int, seed: int) -> Tenant:
    TenantSeed(SeedSize(jobs), seed).populate(tenant)
    return tenant
