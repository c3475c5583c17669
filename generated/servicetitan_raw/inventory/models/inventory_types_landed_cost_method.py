from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class InventoryTypesLandedCostMethod(StrEnum):
    BYVALUE = "ByValue"
    NONE = "None"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "InventoryTypesLandedCostMethod | None":
        return unknown_member(cls, value)
