from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class JpmV2JobSchedulingTool(StrEnum):
    ADAPTIVECAPACITY = "AdaptiveCapacity"
    MANUAL = "Manual"
    ROUTING = "Routing"
    SMARTDISPATCH = "SmartDispatch"
    SMARTSCHEDULE = "SmartSchedule"
    TECHNICIANROUTEOPTIMIZATION = "TechnicianRouteOptimization"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "JpmV2JobSchedulingTool | None":
        return unknown_member(cls, value)
