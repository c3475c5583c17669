from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class DispatchV2ShiftRepeatType(StrEnum):
    DAILY = "Daily"
    NEVER = "Never"
    WEEKLY = "Weekly"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "DispatchV2ShiftRepeatType | None":
        return unknown_member(cls, value)
