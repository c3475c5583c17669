from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class DispatchContractsNonJobAppointmentRepeatFrequency(StrEnum):
    DAILY = "Daily"
    MONTHLY = "Monthly"
    WEEKLY = "Weekly"
    YEARLY = "Yearly"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: Any
    ) -> "DispatchContractsNonJobAppointmentRepeatFrequency | None":
        return unknown_member(cls, value)
