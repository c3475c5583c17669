from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class TenantSettingsV2JobHistoryDateFilter(StrEnum):
    ALLJOBS = "AllJobs"
    LASTMONTH = "LastMonth"
    LASTSEVENDAYS = "LastSevenDays"
    LASTTHREEDAYS = "LastThreeDays"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "TenantSettingsV2JobHistoryDateFilter | None":
        return unknown_member(cls, value)
