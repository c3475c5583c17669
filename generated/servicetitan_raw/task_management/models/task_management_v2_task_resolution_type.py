from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class TaskManagementV2TaskResolutionType(StrEnum):
    CUSTOM = "Custom"
    REFUND = "Refund"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "TaskManagementV2TaskResolutionType | None":
        return unknown_member(cls, value)
