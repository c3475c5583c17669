from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class DispatchContractsNonJobAppointmentRepeatEndType(StrEnum):
    AFTER = "After"
    NEVER = "Never"
    ON = "On"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: Any
    ) -> "DispatchContractsNonJobAppointmentRepeatEndType | None":
        return unknown_member(cls, value)
