from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class CrmV2LeadStatus(StrEnum):
    CONVERTED = "Converted"
    DISMISSED = "Dismissed"
    OPEN = "Open"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "CrmV2LeadStatus | None":
        return unknown_member(cls, value)
