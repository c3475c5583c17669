from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class TaskManagementV2TaskPriority(StrEnum):
    HIGH = "High"
    LOW = "Low"
    NORMAL = "Normal"
    URGENT = "Urgent"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "TaskManagementV2TaskPriority | None":
        return unknown_member(cls, value)
