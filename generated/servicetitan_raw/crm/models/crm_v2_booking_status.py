from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class CrmV2BookingStatus(StrEnum):
    ACCEPTED = "Accepted"
    CONVERTED = "Converted"
    DISMISSED = "Dismissed"
    NEW = "New"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "CrmV2BookingStatus | None":
        return unknown_member(cls, value)
