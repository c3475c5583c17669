from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class FormsClientContractsOwnerType(StrEnum):
    CALL = "Call"
    CUSTOMER = "Customer"
    EQUIPMENT = "Equipment"
    INVOICEITEM = "InvoiceItem"
    JOB = "Job"
    JOBAPPOINTMENT = "JobAppointment"
    LOCATION = "Location"
    MEMBERSHIP = "Membership"
    PROJECT = "Project"
    SERVICEAGREEMENT = "ServiceAgreement"
    TECHNICIAN = "Technician"
    TRUCK = "Truck"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "FormsClientContractsOwnerType | None":
        return unknown_member(cls, value)
