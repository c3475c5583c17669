from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class EquipmentSystemsV2FindingUrgencyLevel(StrEnum):
    CRITICAL = "Critical"
    HIGH = "High"
    LOW = "Low"
    MEDIUM = "Medium"
    NOTSPECIFIED = "NotSpecified"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "EquipmentSystemsV2FindingUrgencyLevel | None":
        return unknown_member(cls, value)
