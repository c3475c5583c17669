from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class TimesheetsV2ActivityCategoryType(StrEnum):
    IDLE = "Idle"
    MEAL = "Meal"
    ONJOBACTIVITIES = "OnJobActivities"
    OTHER = "Other"
    PAIDTIMEOFF = "PaidTimeOff"
    TRAINING = "Training"
    TRAVEL = "Travel"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "TimesheetsV2ActivityCategoryType | None":
        return unknown_member(cls, value)
