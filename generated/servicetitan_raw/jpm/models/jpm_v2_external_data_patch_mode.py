from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class JpmV2ExternalDataPatchMode(StrEnum):
    MERGE = "Merge"
    REPLACE = "Replace"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "JpmV2ExternalDataPatchMode | None":
        return unknown_member(cls, value)
