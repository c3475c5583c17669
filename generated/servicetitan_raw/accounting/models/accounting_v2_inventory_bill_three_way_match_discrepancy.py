from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class AccountingV2InventoryBillThreeWayMatchDiscrepancy(StrEnum):
    DISCREPANCY = "Discrepancy"
    NODISCREPANCY = "NoDiscrepancy"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: Any
    ) -> "AccountingV2InventoryBillThreeWayMatchDiscrepancy | None":
        return unknown_member(cls, value)
