from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class EstimateTemplatesTypesProposalTemplateStatus(StrEnum):
    DRAFT = "Draft"
    PUBLISH = "Publish"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: Any
    ) -> "EstimateTemplatesTypesProposalTemplateStatus | None":
        return unknown_member(cls, value)
