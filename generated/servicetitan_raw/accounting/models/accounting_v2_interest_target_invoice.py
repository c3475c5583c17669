from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class AccountingV2InterestTargetInvoice(StrEnum):
    JOBINVOICES = "JobInvoices"
    MEMBERSHIPINVOICES = "MembershipInvoices"
    POINTOFSALESINVOICES = "PointOfSalesInvoices"
    PROGRESSINVOICES = "ProgressInvoices"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AccountingV2InterestTargetInvoice | None":
        return unknown_member(cls, value)
