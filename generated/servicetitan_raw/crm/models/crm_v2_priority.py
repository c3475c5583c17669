from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class CrmV2Priority(StrEnum):
    HIGH = "High"
    LOW = "Low"
    NORMAL = "Normal"
    URGENT = "Urgent"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "CrmV2Priority | None":
        return unknown_member(cls, value)
