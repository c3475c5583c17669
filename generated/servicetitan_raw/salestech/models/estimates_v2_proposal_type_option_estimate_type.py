from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class EstimatesV2ProposalTypeOptionEstimateType(StrEnum):
    INSURANCE = "Insurance"
    STANDARD = "Standard"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: Any
    ) -> "EstimatesV2ProposalTypeOptionEstimateType | None":
        return unknown_member(cls, value)
