from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class SchedulingProV2SchedulerMode(StrEnum):
    CALL_CENTER = "Call_Center"
    STANDARD = "Standard"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "SchedulingProV2SchedulerMode | None":
        return unknown_member(cls, value)
