from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class EquipmentSystemsV2FindingStatus(StrEnum):
    ARCHIVED = "Archived"
    ESTIMATEACCEPTED = "EstimateAccepted"
    ESTIMATECREATED = "EstimateCreated"
    ESTIMATEREJECTED = "EstimateRejected"
    JOBBOOKED = "JobBooked"
    JOBCOMPLETED = "JobCompleted"
    NEW = "New"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "EquipmentSystemsV2FindingStatus | None":
        return unknown_member(cls, value)
