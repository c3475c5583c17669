from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class ServiceAgreementsV2RevenueRecognitionMode(StrEnum):
    DEFERRED = "Deferred"
    DEFERREDSTRAIGHTLINE = "DeferredStraightLine"
    IMMEDIATE = "Immediate"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: Any
    ) -> "ServiceAgreementsV2RevenueRecognitionMode | None":
        return unknown_member(cls, value)
