from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class AccountingV2DefaultAccountType(StrEnum):
    ACCOUNTSPAYABLE = "AccountsPayable"
    ACCOUNTSRECEIVABLE = "AccountsReceivable"
    CHECKINGACCOUNT = "CheckingAccount"
    COMMITTEDCOSTS = "CommittedCosts"
    COSTOFGOODSSOLDEQUIPMENT = "CostOfGoodsSoldEquipment"
    COSTOFGOODSSOLDLABOR = "CostOfGoodsSoldLabor"
    COSTOFGOODSSOLDMATERIALS = "CostOfGoodsSoldMaterials"
    COSTOFGOODSSOLDRESTOCKINGFEE = "CostOfGoodsSoldRestockingFee"
    COSTOFGOODSSOLDSHIPPING = "CostOfGoodsSoldShipping"
    COSTOFGOODSSOLDTAX = "CostOfGoodsSoldTax"
    CREDITCARDPAYABLE = "CreditCardPayable"
    CUSTOMERDEPOSITS = "CustomerDeposits"
    CUSTOMERREFUNDSPAYABLE = "CustomerRefundsPayable"
    DEDUCTIONS = "Deductions"
    EMPLOYEEBENEFITS = "EmployeeBenefits"
    EMPLOYERBENEFITS = "EmployerBenefits"
    EMPLOYERTAXES = "EmployerTaxes"
    GOODSRECEIVEDNOTINVOICED = "GoodsReceivedNotInvoiced"
    GOODSRETURNEDNOTCREDITED = "GoodsReturnedNotCredited"
    INVENTORY = "Inventory"
    INVENTORYADJUSTMENTS = "InventoryAdjustments"
    MEMBERSHIPAGREEMENTS = "MembershipAgreements"
    MEMBERSHIPREVENUE = "MembershipRevenue"
    PAYROLLCLEARING = "PayrollClearing"
    PAYROLLEMPLOYEETAXES = "PayrollEmployeeTaxes"
    PAYROLLLABOR = "PayrollLabor"
    PAYROLLLIABILITY = "PayrollLiability"
    PROCESSINGFEES = "ProcessingFees"
    REFUNDS = "Refunds"
    RETAINEDEARNINGS = "RetainedEarnings"
    REVENUE = "Revenue"
    SALESTAXPAYABLE = "SalesTaxPayable"
    UNCATEGORIZEDEXPENSE = "UncategorizedExpense"
    UNDEPOSITEDFUNDS = "UndepositedFunds"
    USETAXEXPENSE = "UseTaxExpense"
    USETAXLIABILITY = "UseTaxLiability"
    VENDORDISCOUNT = "VendorDiscount"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AccountingV2DefaultAccountType | None":
        return unknown_member(cls, value)
