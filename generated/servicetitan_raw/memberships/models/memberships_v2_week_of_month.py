from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class MembershipsV2WeekOfMonth(StrEnum):
    FIRST = "First"
    FOURTH = "Fourth"
    LAST = "Last"
    NONE = "None"
    SECOND = "Second"
    THIRD = "Third"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "MembershipsV2WeekOfMonth | None":
        return unknown_member(cls, value)
