from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class ServiceAgreementsV2AgreementStatus(StrEnum):
    ACCEPTED = "Accepted"
    ACTIVATED = "Activated"
    AUTORENEW = "AutoRenew"
    CANCELED = "Canceled"
    DRAFT = "Draft"
    EXPIRED = "Expired"
    REJECTED = "Rejected"
    SENT = "Sent"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "ServiceAgreementsV2AgreementStatus | None":
        return unknown_member(cls, value)
