from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class ServiceAgreementsV2AgreementOrigin(StrEnum):
    AUTORENEW = "AutoRenew"
    INITIAL = "Initial"
    MANUALRENEW = "ManualRenew"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "ServiceAgreementsV2AgreementOrigin | None":
        return unknown_member(cls, value)
