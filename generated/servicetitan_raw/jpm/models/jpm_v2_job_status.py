from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class JpmV2JobStatus(StrEnum):
    CANCELED = "Canceled"
    COMPLETED = "Completed"
    DISPATCHED = "Dispatched"
    HOLD = "Hold"
    INPROGRESS = "InProgress"
    SCHEDULED = "Scheduled"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "JpmV2JobStatus | None":
        return unknown_member(cls, value)
