from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class CrmV2BookingAgentTagType(StrEnum):
    V1API = "V1Api"
    V2API = "V2Api"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "CrmV2BookingAgentTagType | None":
        return unknown_member(cls, value)
