from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class ReportingV2ReportDataAsyncStatus(StrEnum):
    INPROGRESS = "InProgress"
    NOTSTARTED = "NotStarted"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "ReportingV2ReportDataAsyncStatus | None":
        return unknown_member(cls, value)
