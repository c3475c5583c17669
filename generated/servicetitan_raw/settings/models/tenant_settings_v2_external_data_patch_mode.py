from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class TenantSettingsV2ExternalDataPatchMode(StrEnum):
    MERGE = "Merge"
    REPLACE = "Replace"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "TenantSettingsV2ExternalDataPatchMode | None":
        return unknown_member(cls, value)
