from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class DispatchV2AppointmentStatus(StrEnum):
    CANCELED = "Canceled"
    DISPATCHED = "Dispatched"
    DONE = "Done"
    HOLD = "Hold"
    SCHEDULED = "Scheduled"
    WORKING = "Working"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "DispatchV2AppointmentStatus | None":
        return unknown_member(cls, value)
