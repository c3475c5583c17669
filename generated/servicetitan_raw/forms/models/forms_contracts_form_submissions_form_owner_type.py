from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class FormsContractsFormSubmissionsFormOwnerType(StrEnum):
    CALL = "Call"
    CUSTOMER = "Customer"
    EQUIPMENT = "Equipment"
    JOB = "Job"
    JOBAPPOINTMENT = "JobAppointment"
    LOCATION = "Location"
    MEMBERSHIP = "Membership"
    TECHNICIAN = "Technician"
    TRUCK = "Truck"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: Any
    ) -> "FormsContractsFormSubmissionsFormOwnerType | None":
        return unknown_member(cls, value)
