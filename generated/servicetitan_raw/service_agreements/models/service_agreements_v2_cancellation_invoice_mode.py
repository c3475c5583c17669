from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class ServiceAgreementsV2CancellationInvoiceMode(StrEnum):
    ALWAYSCREATEINVOICE = "AlwaysCreateInvoice"
    ASKTOCREATEINVOICE = "AskToCreateInvoice"
    NEVERCREATEINVOICE = "NeverCreateInvoice"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: Any
    ) -> "ServiceAgreementsV2CancellationInvoiceMode | None":
        return unknown_member(cls, value)
