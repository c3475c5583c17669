from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class JpmBudgetCodesSegmentItemCostCategory(StrEnum):
    EQUIPMENT = "Equipment"
    LABOR = "Labor"
    MATERIAL = "Material"
    NONE = "None"
    OTHER = "Other"
    OVERHEAD = "Overhead"
    SUBCONTRACT = "Subcontract"
    SYSTEMUSE = "SystemUse"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "JpmBudgetCodesSegmentItemCostCategory | None":
        return unknown_member(cls, value)
