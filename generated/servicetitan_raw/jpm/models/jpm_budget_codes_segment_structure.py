from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class JpmBudgetCodesSegmentStructure(StrEnum):
    FLAT = "Flat"
    HIERARCHAL = "Hierarchal"
    NONE = "None"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "JpmBudgetCodesSegmentStructure | None":
        return unknown_member(cls, value)
