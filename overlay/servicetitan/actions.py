"""The 67 actions and data sources of the ServiceTitan integration component, declared once.

Each row names the component's key, the method both clients offer, and the operation behind it. Everything else
— keyword inputs and their types, sync and async methods, docstrings, paging, the tests' expectations — is
derived from the operation's spec by `servicetitan._actions_runtime` on first use, so importing the library
costs nothing here. A data source (`select_*`) also names its label, formatted from each record's API fields.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar, cast

if TYPE_CHECKING:
    import datetime

    from servicetitan._action_signatures import AsyncActionSignatures, SyncActionSignatures

    # The feed types are named in the `_Feeds[...]` bases below, as strings.
    from servicetitan.exports import AsyncExportFeed, ExportFeed, Exports  # noqa: F401
else:
    # The methods are built at run time; type checkers read their signatures from `_action_signatures.pyi`.
    class SyncActionSignatures:
        pass

    class AsyncActionSignatures:
        pass


@dataclass(frozen=True, slots=True)
class Action:
    key: str
    method: str
    domain: str
    operation_id: str | None
    label: str | None = None


NAMED = "{name} (ID: {id})"
Feed = TypeVar("Feed")

ACTIONS: tuple[Action, ...] = (
    # Data sources: pick lists of up to 10,000 entries.
    Action("selectAppointment", "select_appointment", "jpm", "Appointments_GetList", "#{appointmentNumber} (ID: {id})"),
    Action("selectBooking", "select_booking", "crm", "Bookings_GetList", NAMED),
    Action("selectCustomers", "select_customers", "crm", "Customers_GetList", NAMED),
    Action(
        "selectInstalledEquipment",
        "select_installed_equipment",
        "equipment_systems",
        "InstalledEquipment_GetList",
        NAMED,
    ),
    Action("selectInvoice", "select_invoice", "accounting", "Invoices_GetList", "#{referenceNumber}"),
    Action("selectJob", "select_job", "jpm", "Jobs_GetList", "#{jobNumber}"),
    Action("selectLocation", "select_location", "crm", "Locations_GetList", NAMED),
    Action("selectProject", "select_project", "jpm", "Projects_GetList", NAMED),
    Action("selectTechnician", "select_technician", "settings", "Technicians_GetList", NAMED),
    # Appointments and their assignments.
    Action("assignTechnicians", "assign_technicians", "dispatch", "AppointmentAssignments_AssignTechnicians"),
    Action("unassignTechnicians", "unassign_technicians", "dispatch", "AppointmentAssignments_UnassignTechnicians"),
    Action("listAppointmentsAssignment", "list_appointments_assignment", "dispatch", "AppointmentAssignments_GetList"),
    Action("createAppointment", "create_appointment", "jpm", "Appointments_Add"),
    Action("getAppointment", "get_appointment", "jpm", "Appointments_Get"),
    Action("listAppointments", "list_appointments", "jpm", "Appointments_GetList"),
    Action("deleteAppointment", "delete_appointment", "jpm", "Appointments_Delete"),
    # Jobs, cancel reasons and projects.
    Action("createJob", "create_job", "jpm", "Jobs_Create"),
    Action("getJob", "get_job", "jpm", "Jobs_Get"),
    Action("listJobs", "list_jobs", "jpm", "Jobs_GetList"),
    Action("updateJob", "update_job", "jpm", "Jobs_Update"),
    Action("cancelJob", "cancel_job", "jpm", "Jobs_Cancel"),
    Action("listJobCancelReasons", "list_job_cancel_reasons", "jpm", "JobCancelReasons_GetList"),
    Action("createProject", "create_project", "jpm", "Projects_Create"),
    Action("getProject", "get_project", "jpm", "Projects_Get"),
    Action("listProjects", "list_projects", "jpm", "Projects_GetList"),
    Action("updateProject", "update_project", "jpm", "Projects_Update"),
    # Bookings.
    Action("createBookingByProvider", "create_booking_by_provider", "crm", "Bookings_Create"),
    Action("getBookingByProvider", "get_booking_by_provider", "crm", "Bookings_GetForProvider"),
    Action("getBookingByTenant", "get_booking_by_tenant", "crm", "Bookings_Get"),
    Action("listBookingByProvider", "list_booking_by_provider", "crm", "Bookings_GetList2"),
    Action("listBookingByTenant", "list_booking_by_tenant", "crm", "Bookings_GetList"),
    Action("updateBooking", "update_booking", "crm", "Bookings_Update"),
    # Customers, their contacts, and locations.
    Action("createCustomer", "create_customer", "crm", "Customers_Create"),
    Action("getCustomer", "get_customer", "crm", "Customers_Get"),
    Action("listCustomers", "list_customers", "crm", "Customers_GetList"),
    Action("updateCustomer", "update_customer", "crm", "Customers_Update"),
    Action("createCustomerContact", "create_customer_contact", "crm", "Customers_CreateContact"),
    Action("listCustomersContact", "list_customers_contact", "crm", "Customers_GetContactList"),
    Action("updateCustomerContact", "update_customer_contact", "crm", "Customers_UpdateContact"),
    # The component's key is misspelled; the method keeps the intended spelling.
    Action("deletCustomersContact", "delete_customers_contact", "crm", "Customers_DeleteContact"),
    Action("createLocation", "create_location", "crm", "Locations_Create"),
    Action("getLocation", "get_location", "crm", "Locations_Get"),
    Action("listLocations", "list_locations", "crm", "Locations_GetList"),
    Action("updateLocation", "update_location", "crm", "Locations_Update"),
    # Installed equipment and its attachments.
    Action("createInstalledEquipment", "create_installed_equipment", "equipment_systems", "InstalledEquipment_Create"),
    Action("getInstalledEquipment", "get_installed_equipment", "equipment_systems", "InstalledEquipment_Get"),
    Action("listInstalledEquipment", "list_installed_equipment", "equipment_systems", "InstalledEquipment_GetList"),
    Action("updateInstalledEquipment", "update_installed_equipment", "equipment_systems", "InstalledEquipment_Update"),
    Action(
        "createInstalledEquipmentAttachment",
        "create_installed_equipment_attachment",
        "equipment_systems",
        "InstalledEquipment_PostAttachment",
    ),
    Action(
        "listInstalledEquipmentAttachments",
        "list_installed_equipment_attachments",
        "equipment_systems",
        "InstalledEquipment_Get2",
    ),
    # Invoices and payments.
    Action("createInvoices", "create_invoices", "accounting", "Invoices_CreateAdjustmentInvoice"),
    Action("listInvoices", "list_invoices", "accounting", "Invoices_GetList"),
    Action("updateInvoice", "update_invoice", "accounting", "Invoices_UpdateInvoice"),
    Action("updateInvoiceCustomFields", "update_invoice_custom_fields", "accounting", "Invoices_UpdateCustomFields"),
    Action("updateInvoiceItems", "update_invoice_items", "accounting", "Invoices_UpdateInvoiceItems"),
    Action("deleteInvoiceItem", "delete_invoice_item", "accounting", "Invoices_DeleteInvoiceItem"),
    Action("createPayment", "create_payment", "accounting", "Payments_Create"),
    Action("listPayments", "list_payments", "accounting", "Payments_GetList"),
    Action("updatePayment", "update_payment", "accounting", "Payments_Update"),
    Action("updatePaymentCustomFields", "update_payment_custom_fields", "accounting", "Payments_UpdateCustomFields"),
    # Settings: technicians, business units, user roles.
    Action("createTechnician", "create_technician", "settings", "Technicians_Create"),
    Action("getTechnician", "get_technician", "settings", "Technicians_Get"),
    Action("listTechnicians", "list_technicians", "settings", "Technicians_GetList"),
    Action("updateTechnician", "update_technician", "settings", "Technicians_Update"),
    Action("listBusinessUnits", "list_business_units", "settings", "BusinessUnits_GetList"),
    Action("listUserRoles", "list_user_roles", "settings", "UserRoles_GetList"),
    # Any path of any domain.
    Action("rawRequest", "raw_request", "any", None),
)

BY_METHOD: dict[str, Action] = {action.method: action for action in ACTIONS}


class ActionDescriptor:
    """A client method built from its `Action` on first access (and cached), for one side: sync or async."""

    def __init__(self, action: Action, asynchronous: bool) -> None:
        self.action = action
        self.asynchronous = asynchronous
        self._function: Any = None

    def function(self) -> Any:
        if self._function is None:
            from servicetitan._actions_runtime import build_method

            self._function = build_method(self.action, self.asynchronous)
        return self._function

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        function = self.function()
        return function if instance is None else function.__get__(instance, owner)


class _Feeds(Generic[Feed]):
    """`st.export(...)` and `st.exports`, one definition for both clients; `_feed_class` names the feed type."""

    _feed_class: ClassVar[str]

    def export(
        self,
        domain: str,
        feed: str,
        *,
        start: str | datetime.date | None = None,
        include_recent_changes: bool = False,
        as_dicts: bool = False,
        debug: bool = False,
    ) -> Feed:
        """An export feed (`feed` by name, e.g. "jobs", or operationId), from a date or a continuation token.
        Iterate it (`async for` on the async client); `continue_from` is the checkpoint to resume from."""
        from servicetitan import exports

        state = exports.new_state(domain, feed, start, include_recent_changes, as_dicts, debug)
        return cast(Feed, getattr(exports, self._feed_class)(self, state))

    @property
    def exports(self) -> Exports:
        """Every export feed of every domain: `st.exports.jpm.jobs(start=...)`."""
        from servicetitan.exports import Exports

        return Exports(self)


class SyncActions(SyncActionSignatures, _Feeds["ExportFeed[Any]"]):
    """Every action as a method of `ServiceTitan` (see `servicetitan.actions.ACTIONS`), and the export feeds."""

    _feed_class = "ExportFeed"


class AsyncActions(AsyncActionSignatures, _Feeds["AsyncExportFeed[Any]"]):
    """Every action as a coroutine method of `AsyncServiceTitan`, and the export feeds (`async for`)."""

    _feed_class = "AsyncExportFeed"


for _action in ACTIONS:
    setattr(SyncActions, _action.method, ActionDescriptor(_action, asynchronous=False))
    setattr(AsyncActions, _action.method, ActionDescriptor(_action, asynchronous=True))
