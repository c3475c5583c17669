from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class MembershipsV2OpportunityStatus(StrEnum):
    CONTACTED = "Contacted"
    DISMISSED = "Dismissed"
    NOTATTEMPTED = "NotAttempted"
    UNREACHABLE = "Unreachable"
    WON = "Won"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "MembershipsV2OpportunityStatus | None":
        return unknown_member(cls, value)
