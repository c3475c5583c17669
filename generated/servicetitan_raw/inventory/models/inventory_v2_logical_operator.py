from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class InventoryV2LogicalOperator(StrEnum):
    AND = "And"
    OR = "Or"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "InventoryV2LogicalOperator | None":
        return unknown_member(cls, value)
