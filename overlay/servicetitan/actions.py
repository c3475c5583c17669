"""The 67 actions and data sources of the ServiceTitan integration component: aliases of resource methods.

Each row names the component's key, the method both clients offer, and the resource method it is
(`"jpm.jobs.get"` is `st.jpm.jobs.get`). The method *is* that resource method, run by the same runtime under the
action's name; its inputs are the operation's. Where the component differs, the row says how: a data source
(`select_*`) reads the whole list and formats each record's `label` from its API fields; `raw_request` maps the
component's inputs onto `st.request`. Nothing is derived until a method is first used, so importing the library
costs nothing here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar, cast

from servicetitan._once import once

if TYPE_CHECKING:
    import datetime

    from servicetitan._action_signatures import AsyncActionSignatures, SyncActionSignatures
    from servicetitan._catalog import Operation

    # The feed types are named in the `_Feeds[...]` bases below, as strings.
    from servicetitan.exports import AsyncExportFeed, ExportFeed  # noqa: F401
    from servicetitan.resources import Exports
else:
    # The methods are built at run time; type checkers read their signatures from `_action_signatures.pyi`.
    class SyncActionSignatures:
        pass

    class AsyncActionSignatures:
        pass


class Action:
    """One row of the table. A plain slotted class: a dataclass would cost more to build at import than the
    whole table."""

    __slots__ = ("key", "label", "method", "target")

    def __init__(self, key: str, method: str, target: str | None, label: str | None = None) -> None:
        self.key = key
        self.method = method
        # `domain.resource.verb`, or None for the raw request (any path of any domain).
        self.target = target
        self.label = label

    @property
    def domain(self) -> str:
        return self.target.split(".", 1)[0] if self.target else "any"

    @property
    def operation(self) -> Operation | None:
        from servicetitan.resources import resolve

        return None if self.target is None else resolve(self.target)

    @property
    def operation_id(self) -> str | None:
        operation = self.operation
        return None if operation is None else operation.operation_id


NAMED = "{name} (ID: {id})"
Feed = TypeVar("Feed")

ACTIONS: tuple[Action, ...] = (
    # Data sources: pick lists of up to 10,000 entries.
    Action("selectAppointment", "select_appointment", "jpm.appointments.get_list", "#{appointmentNumber} (ID: {id})"),
    Action("selectBooking", "select_booking", "crm.bookings.get_list", NAMED),
    Action("selectCustomers", "select_customers", "crm.customers.get_list", NAMED),
    Action(
        "selectInstalledEquipment",
        "select_installed_equipment",
        "equipment_systems.installed_equipment.get_list",
        NAMED,
    ),
    Action("selectInvoice", "select_invoice", "accounting.invoices.get_list", "#{referenceNumber}"),
    Action("selectJob", "select_job", "jpm.jobs.get_list", "#{jobNumber}"),
    Action("selectLocation", "select_location", "crm.locations.get_list", NAMED),
    Action("selectProject", "select_project", "jpm.projects.get_list", NAMED),
    Action("selectTechnician", "select_technician", "settings.technicians.get_list", NAMED),
    # Appointments and their assignments.
    Action("assignTechnicians", "assign_technicians", "dispatch.appointment_assignments.assign_technicians"),
    Action("unassignTechnicians", "unassign_technicians", "dispatch.appointment_assignments.unassign_technicians"),
    Action("listAppointmentsAssignment", "list_appointments_assignment", "dispatch.appointment_assignments.get_list"),
    Action("createAppointment", "create_appointment", "jpm.appointments.add"),
    Action("getAppointment", "get_appointment", "jpm.appointments.get"),
    Action("listAppointments", "list_appointments", "jpm.appointments.get_list"),
    Action("deleteAppointment", "delete_appointment", "jpm.appointments.delete"),
    # Jobs, cancel reasons and projects.
    Action("createJob", "create_job", "jpm.jobs.create"),
    Action("getJob", "get_job", "jpm.jobs.get"),
    Action("listJobs", "list_jobs", "jpm.jobs.get_list"),
    Action("updateJob", "update_job", "jpm.jobs.update"),
    Action("cancelJob", "cancel_job", "jpm.jobs.cancel"),
    Action("listJobCancelReasons", "list_job_cancel_reasons", "jpm.job_cancel_reasons.get_list"),
    Action("createProject", "create_project", "jpm.projects.create"),
    Action("getProject", "get_project", "jpm.projects.get"),
    Action("listProjects", "list_projects", "jpm.projects.get_list"),
    Action("updateProject", "update_project", "jpm.projects.update"),
    # Bookings.
    Action("createBookingByProvider", "create_booking_by_provider", "crm.bookings.create"),
    Action("getBookingByProvider", "get_booking_by_provider", "crm.bookings.get_for_provider"),
    Action("getBookingByTenant", "get_booking_by_tenant", "crm.bookings.get"),
    Action("listBookingByProvider", "list_booking_by_provider", "crm.bookings.get_list_2"),
    Action("listBookingByTenant", "list_booking_by_tenant", "crm.bookings.get_list"),
    Action("updateBooking", "update_booking", "crm.bookings.update"),
    # Customers, their contacts, and locations.
    Action("createCustomer", "create_customer", "crm.customers.create"),
    Action("getCustomer", "get_customer", "crm.customers.get"),
    Action("listCustomers", "list_customers", "crm.customers.get_list"),
    Action("updateCustomer", "update_customer", "crm.customers.update"),
    Action("createCustomerContact", "create_customer_contact", "crm.customers.create_contact"),
    Action("listCustomersContact", "list_customers_contact", "crm.customers.get_contact_list"),
    Action("updateCustomerContact", "update_customer_contact", "crm.customers.update_contact"),
    # The component's key is misspelled; the method keeps the intended spelling.
    Action("deletCustomersContact", "delete_customers_contact", "crm.customers.delete_contact"),
    Action("createLocation", "create_location", "crm.locations.create"),
    Action("getLocation", "get_location", "crm.locations.get"),
    Action("listLocations", "list_locations", "crm.locations.get_list"),
    Action("updateLocation", "update_location", "crm.locations.update"),
    # Installed equipment and its attachments.
    Action("createInstalledEquipment", "create_installed_equipment", "equipment_systems.installed_equipment.create"),
    Action("getInstalledEquipment", "get_installed_equipment", "equipment_systems.installed_equipment.get"),
    Action("listInstalledEquipment", "list_installed_equipment", "equipment_systems.installed_equipment.get_list"),
    Action("updateInstalledEquipment", "update_installed_equipment", "equipment_systems.installed_equipment.update"),
    Action(
        "createInstalledEquipmentAttachment",
        "create_installed_equipment_attachment",
        "equipment_systems.installed_equipment.post_attachment",
    ),
    Action(
        "listInstalledEquipmentAttachments",
        "list_installed_equipment_attachments",
        "equipment_systems.installed_equipment.get_2",
    ),
    # Invoices and payments.
    Action("createInvoices", "create_invoices", "accounting.invoices.create_adjustment_invoice"),
    Action("listInvoices", "list_invoices", "accounting.invoices.get_list"),
    Action("updateInvoice", "update_invoice", "accounting.invoices.update_invoice"),
    Action("updateInvoiceCustomFields", "update_invoice_custom_fields", "accounting.invoices.update_custom_fields"),
    Action("updateInvoiceItems", "update_invoice_items", "accounting.invoices.update_invoice_items"),
    Action("deleteInvoiceItem", "delete_invoice_item", "accounting.invoices.delete_invoice_item"),
    Action("createPayment", "create_payment", "accounting.payments.create"),
    Action("listPayments", "list_payments", "accounting.payments.get_list"),
    Action("updatePayment", "update_payment", "accounting.payments.update"),
    Action("updatePaymentCustomFields", "update_payment_custom_fields", "accounting.payments.update_custom_fields"),
    # Settings: technicians, business units, user roles.
    Action("createTechnician", "create_technician", "settings.technicians.create"),
    Action("getTechnician", "get_technician", "settings.technicians.get"),
    Action("listTechnicians", "list_technicians", "settings.technicians.get_list"),
    Action("updateTechnician", "update_technician", "settings.technicians.update"),
    Action("listBusinessUnits", "list_business_units", "settings.business_units.get_list"),
    Action("listUserRoles", "list_user_roles", "settings.user_roles.get_list"),
    # Any path of any domain.
    Action("rawRequest", "raw_request", None),
)

BY_METHOD: dict[str, Action] = {action.method: action for action in ACTIONS}


@once
def _method(action: Action, asynchronous: bool) -> Any:
    """An action's method, built once however many threads first use it at the same time."""
    from servicetitan._actions_runtime import build_method

    return build_method(action, asynchronous)


class ActionDescriptor:
    """A client method built from its `Action` on first access (and cached), for one side: sync or async."""

    def __init__(self, action: Action, asynchronous: bool) -> None:
        self.action = action
        self.asynchronous = asynchronous
        self._function: Any = None

    def function(self) -> Any:
        if self._function is None:
            self._function = _method(self.action, self.asynchronous)
        return self._function

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        function = self.function()
        return function if instance is None else function.__get__(instance, owner)


class _Feeds(Generic[Feed]):
    """`st.export(...)` and `st.exports`, one definition for both clients: the feed resource methods
    (`st.<domain>.export.<feed>`) by name."""

    _asynchronous: ClassVar[bool]

    def export(
        self,
        domain: str,
        feed: str,
        *,
        start: str | datetime.date | None = None,
        include_recent_changes: bool = False,
        as_dicts: bool = False,
        debug: bool = False,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> Feed:
        """An export feed (`feed` by name, e.g. "jobs", or operationId), from a date or a continuation token:
        `st.<domain>.export.<feed>(...)` with the same options. Iterate it (`async for` on the async client);
        `continue_from` is the checkpoint to resume from."""
        from servicetitan import _catalog
        from servicetitan.exports import feed_name

        name = feed_name(domain, feed)  # an unknown domain or feed is named here, before any attribute lookup
        method = getattr(getattr(self, _catalog.domain_key(domain)).export, name)
        options = {"start": start, "include_recent_changes": include_recent_changes, "as_dicts": as_dicts}
        return cast(Feed, method(**options, debug=debug, timeout=timeout, max_retries=max_retries))

    @property
    def exports(self) -> Exports:
        """Every export feed of every domain: `st.exports.jpm.jobs(start=...)` is `st.jpm.export.jobs`; made
        once per client."""
        from servicetitan.resources import Exports

        made: Exports | None = self.__dict__.get("_exports")
        if made is None:
            # Of two threads that make it at once, both get the first kept.
            made = cast(Exports, self.__dict__.setdefault("_exports", Exports(self)))
        return made


class SyncActions(SyncActionSignatures, _Feeds["ExportFeed[Any]"]):
    """Every action as a method of `ServiceTitan` (see `servicetitan.actions.ACTIONS`), and the export feeds."""

    _asynchronous = False


class AsyncActions(AsyncActionSignatures, _Feeds["AsyncExportFeed[Any]"]):
    """Every action as a coroutine method of `AsyncServiceTitan`, and the export feeds (`async for`)."""

    _asynchronous = True


for _action in ACTIONS:
    setattr(SyncActions, _action.method, ActionDescriptor(_action, asynchronous=False))
    setattr(AsyncActions, _action.method, ActionDescriptor(_action, asynchronous=True))
