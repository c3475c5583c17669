from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class EstimateTemplatesTypesProposalBehaviorType(StrEnum):
    ADDITIVE = "Additive"
    PROGRESSIVE = "Progressive"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: Any
    ) -> "EstimateTemplatesTypesProposalBehaviorType | None":
        return unknown_member(cls, value)
