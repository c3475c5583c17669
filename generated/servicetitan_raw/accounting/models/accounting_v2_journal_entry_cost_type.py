from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class AccountingV2JournalEntryCostType(StrEnum):
    EQUIPMENT = "Equipment"
    LABOR = "Labor"
    LABORBURDEN = "LaborBurden"
    LABORUNPAID = "LaborUnpaid"
    MATERIAL = "Material"
    NONE = "None"
    OTHERDIRECTCOST = "OtherDirectCost"
    OTHEREXPENSE = "OtherExpense"
    RESTOCKINGFEE = "RestockingFee"
    SERVICE = "Service"
    SHIPPING = "Shipping"
    TAX = "Tax"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AccountingV2JournalEntryCostType | None":
        return unknown_member(cls, value)
