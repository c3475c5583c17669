from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class ReportingV2DataType(StrEnum):
    BOOLEAN = "Boolean"
    DATE = "Date"
    NUMBER = "Number"
    STRING = "String"
    TIME = "Time"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "ReportingV2DataType | None":
        return unknown_member(cls, value)
