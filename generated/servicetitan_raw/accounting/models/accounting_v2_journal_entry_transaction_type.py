from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class AccountingV2JournalEntryTransactionType(StrEnum):
    BANKDEPOSIT = "BankDeposit"
    BILL = "Bill"
    CREDITMEMO = "CreditMemo"
    CREDITMEMOAPPLICATION = "CreditMemoApplication"
    ESTIMATE = "Estimate"
    EXPENSETRANSACTION = "ExpenseTransaction"
    EXTERNAL = "External"
    GROSSPAYITEM = "GrossPayItem"
    INVENTORYADJUSTMENT = "InventoryAdjustment"
    INVENTORYRETURN = "InventoryReturn"
    INVENTORYTRANSFER = "InventoryTransfer"
    INVOICE = "Invoice"
    ITEMCONSUMPTION = "ItemConsumption"
    MANUAL = "Manual"
    PAYMENT = "Payment"
    PAYMENTAPPLICATION = "PaymentApplication"
    PAYROLLPERIOD = "PayrollPeriod"
    PURCHASEORDER = "PurchaseOrder"
    RECEIPT = "Receipt"
    REVENUERECOGNITION = "RevenueRecognition"
    UNSPECIFIED = "Unspecified"
    VENDORCREDIT = "VendorCredit"
    VENDORPAYMENT = "VendorPayment"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AccountingV2JournalEntryTransactionType | None":
        return unknown_member(cls, value)
