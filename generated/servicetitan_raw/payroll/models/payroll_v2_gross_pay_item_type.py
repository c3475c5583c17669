from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class PayrollV2GrossPayItemType(StrEnum):
    CUSTOMBONUS = "CustomBonus"
    INVOICERELATEDBONUS = "InvoiceRelatedBonus"
    REIMBURSEMENT = "Reimbursement"
    SALARY = "Salary"
    TIMESHEETTIME = "TimesheetTime"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "PayrollV2GrossPayItemType | None":
        return unknown_member(cls, value)
