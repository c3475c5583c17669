from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class JpmBudgetCodesSegmentType(StrEnum):
    COSTCODE = "CostCode"
    COSTTYPE = "CostType"
    CUSTOM = "Custom"
    NONE = "None"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "JpmBudgetCodesSegmentType | None":
        return unknown_member(cls, value)
