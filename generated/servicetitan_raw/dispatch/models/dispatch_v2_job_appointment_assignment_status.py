from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class DispatchV2JobAppointmentAssignmentStatus(StrEnum):
    DISPATCHED = "Dispatched"
    DONE = "Done"
    SCHEDULED = "Scheduled"
    WORKING = "Working"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "DispatchV2JobAppointmentAssignmentStatus | None":
        return unknown_member(cls, value)
