from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class MembershipsV2RecurringServiceAction(StrEnum):
    ALL = "All"
    NONE = "None"
    SINGLE = "Single"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "MembershipsV2RecurringServiceAction | None":
        return unknown_member(cls, value)
