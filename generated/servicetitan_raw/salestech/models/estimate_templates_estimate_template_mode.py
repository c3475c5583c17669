from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class EstimateTemplatesEstimateTemplateMode(StrEnum):
    DYNAMIC = "Dynamic"
    STATIC = "Static"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "EstimateTemplatesEstimateTemplateMode | None":
        return unknown_member(cls, value)
