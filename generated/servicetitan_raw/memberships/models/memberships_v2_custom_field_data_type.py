from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class MembershipsV2CustomFieldDataType(StrEnum):
    DROPDOWN = "Dropdown"
    NUMERIC = "Numeric"
    TEXT = "Text"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "MembershipsV2CustomFieldDataType | None":
        return unknown_member(cls, value)
