from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class DispatchV2ArrivalWindowConfiguration(StrEnum):
    ENDTIMEOFARRIVALWINDOW = "EndTimeOfArrivalWindow"
    STARTTIMEOFARRIVALWINDOW = "StartTimeOfArrivalWindow"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "DispatchV2ArrivalWindowConfiguration | None":
        return unknown_member(cls, value)
