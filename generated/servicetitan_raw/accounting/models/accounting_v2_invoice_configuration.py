from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class AccountingV2InvoiceConfiguration(StrEnum):
    ARIMPORTINVOICE = "ARImportInvoice"
    COUNTERSALES = "CounterSales"
    INTERESTCHARGEINVOICE = "InterestChargeInvoice"
    JOBINVOICE = "JobInvoice"
    MEMBERSHIPINVOICE = "MembershipInvoice"
    PROJECTINVOICE = "ProjectInvoice"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AccountingV2InvoiceConfiguration | None":
        return unknown_member(cls, value)
