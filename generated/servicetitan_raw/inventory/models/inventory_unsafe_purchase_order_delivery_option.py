from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class InventoryUnsafePurchaseOrderDeliveryOption(StrEnum):
    ELECTRONIC = "Electronic"
    EMAILASEXCEL = "EmailAsExcel"
    EMAILASEXCELANDPDF = "EmailAsExcelAndPdf"
    EMAILASPDF = "EmailAsPdf"
    EMAILASPDFROLLUPVIEW = "EmailAsPdfRollupView"
    MANUAL = "Manual"
    MARKASSENT = "MarkAsSent"
    VENDORPORTAL = "VendorPortal"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: Any
    ) -> "InventoryUnsafePurchaseOrderDeliveryOption | None":
        return unknown_member(cls, value)
