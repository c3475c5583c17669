from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class LocationEquipmentInstalledEquipmentStatus(StrEnum):
    INSTALLED = "Installed"
    REPLACED = "Replaced"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: Any
    ) -> "LocationEquipmentInstalledEquipmentStatus | None":
        return unknown_member(cls, value)
