from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class TenantSettingsV2TechnicianStatus(StrEnum):
    DISPATCHED = "Dispatched"
    IDLE = "Idle"
    MEAL = "Meal"
    WORKING = "Working"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "TenantSettingsV2TechnicianStatus | None":
        return unknown_member(cls, value)
