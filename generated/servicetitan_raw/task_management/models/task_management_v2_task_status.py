from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class TaskManagementV2TaskStatus(StrEnum):
    CANCELED = "Canceled"
    COMPLETED = "Completed"
    INPROGRESS = "InProgress"
    ONHOLD = "OnHold"
    TODO = "ToDo"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "TaskManagementV2TaskStatus | None":
        return unknown_member(cls, value)
