from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class TenantSettingsV2EmployeePosition(StrEnum):
    ADMINISTRATOR = "Administrator"
    ANSWERINGSERVICE = "AnsweringService"
    BOOKKEEPER = "Bookkeeper"
    BUSINESSOWNER = "BusinessOwner"
    CSR = "CSR"
    CSRMANAGER = "CsrManager"
    DISPATCHER = "Dispatcher"
    DISPATCHMANAGER = "DispatchManager"
    GENERALMANAGER = "GeneralManager"
    GENERALOFFICENONMANAGEMENT = "GeneralOfficeNonManagement"
    INSIDESALES = "InsideSales"
    INSTALLPRODUCTIONMANAGER = "InstallProductionManager"
    MARKETINGMANAGER = "MarketingManager"
    OFFICEMANAGER = "OfficeManager"
    PAYROLLMANAGER = "PayrollManager"
    PURCHASINGMANAGER = "PurchasingManager"
    SALESMANAGER = "SalesManager"
    SERVICEMANAGER = "ServiceManager"
    WAREHOUSEMANAGER = "WarehouseManager"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "TenantSettingsV2EmployeePosition | None":
        return unknown_member(cls, value)
