from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class InventoryV2PoApprovalRejectionReason(StrEnum):
    COSTTOOHIGH = "CostTooHigh"
    OTHER = "Other"
    WRONGVENDOR = "WrongVendor"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "InventoryV2PoApprovalRejectionReason | None":
        return unknown_member(cls, value)
