from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class TenantSettingsV2JobFilter(StrEnum):
    ALLSCHEDULEDDISPATCHEDWORKING = "AllScheduledDispatchedWorking"
    ALLSCHEDULEDDISPATCHEDWORKINGFIVEDAYS = "AllScheduledDispatchedWorkingFiveDays"
    ALLSCHEDULEDDISPATCHEDWORKINGTODAY = "AllScheduledDispatchedWorkingToday"
    ALLSCHEDULEDDISPATCHEDWORKINGTODAYTOMORROW = (
        "AllScheduledDispatchedWorkingTodayTomorrow"
    )
    DISPATCHEDWORKING = "DispatchedWorking"
    NEXT2SCHEDULEDDISPATCHEDWORKINGTODAY = "Next2ScheduledDispatchedWorkingToday"
    NEXTSCHEDULEDDISPATCHEDWORKING = "NextScheduledDispatchedWorking"
    NEXTSCHEDULEDDISPATCHEDWORKINGTODAY = "NextScheduledDispatchedWorkingToday"
    NEXTSCHEDULEDDISPATCHEDWORKINGTODAYTOMORROW = (
        "NextScheduledDispatchedWorkingTodayTomorrow"
    )

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "TenantSettingsV2JobFilter | None":
        return unknown_member(cls, value)
