from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class TimesheetsContractsServicesActivityTypesDisplayedTechnicianStatusDto(StrEnum):
    DISPATCHED = "Dispatched"
    IDLE = "Idle"
    MEAL = "Meal"
    WORKING = "Working"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: Any
    ) -> "TimesheetsContractsServicesActivityTypesDisplayedTechnicianStatusDto | None":
        return unknown_member(cls, value)
