from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.inventory_v2_landed_cost_method import InventoryV2LandedCostMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inventory_po_type_alert_settings import InventoryPoTypeAlertSettings


T = TypeVar("T", bound="InventoryV2CreatePurchaseOrderTypeRequest")


@_attrs_define
class InventoryV2CreatePurchaseOrderTypeRequest:
    """
    Attributes:
        active (bool):
        alert_settings (InventoryPoTypeAlertSettings):
        allow_technicians_to_send_po (bool):
        automatically_receive (bool):
        copy_purchase_order_items_to_invoice_when_received (bool):
        default_required_date_days_offset (int):
        display_to_technician (bool):
        exclude_tax_from_job_costing (bool):
        impact_to_technician_payroll (bool):
        include_in_po_screen (bool):
        include_in_sales_tax (bool):
        is_default (bool):
        is_default_for_consignment (bool):
        name (str):
        require_job_before_receipt (bool):
        skip_weekends (bool):
        include_tax_in_fully_landed_cost (bool | None | Unset):
        landed_cost_method (InventoryV2LandedCostMethod | None | Unset):
    """

    active: bool
    alert_settings: InventoryPoTypeAlertSettings
    allow_technicians_to_send_po: bool
    automatically_receive: bool
    copy_purchase_order_items_to_invoice_when_received: bool
    default_required_date_days_offset: int
    display_to_technician: bool
    exclude_tax_from_job_costing: bool
    impact_to_technician_payroll: bool
    include_in_po_screen: bool
    include_in_sales_tax: bool
    is_default: bool
    is_default_for_consignment: bool
    name: str
    require_job_before_receipt: bool
    skip_weekends: bool
    include_tax_in_fully_landed_cost: bool | None | Unset = UNSET
    landed_cost_method: InventoryV2LandedCostMethod | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "alertSettings",
        "allowTechniciansToSendPo",
        "automaticallyReceive",
        "copyPurchaseOrderItemsToInvoiceWhenReceived",
        "defaultRequiredDateDaysOffset",
        "displayToTechnician",
        "excludeTaxFromJobCosting",
        "impactToTechnicianPayroll",
        "includeInPoScreen",
        "includeInSalesTax",
        "isDefault",
        "isDefaultForConsignment",
        "name",
        "requireJobBeforeReceipt",
        "skipWeekends",
        "includeTaxInFullyLandedCost",
        "landedCostMethod",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        alert_settings = self.alert_settings.to_dict()

        allow_technicians_to_send_po = self.allow_technicians_to_send_po

        automatically_receive = self.automatically_receive

        copy_purchase_order_items_to_invoice_when_received = (
            self.copy_purchase_order_items_to_invoice_when_received
        )

        default_required_date_days_offset = self.default_required_date_days_offset

        display_to_technician = self.display_to_technician

        exclude_tax_from_job_costing = self.exclude_tax_from_job_costing

        impact_to_technician_payroll = self.impact_to_technician_payroll

        include_in_po_screen = self.include_in_po_screen

        include_in_sales_tax = self.include_in_sales_tax

        is_default = self.is_default

        is_default_for_consignment = self.is_default_for_consignment

        name = self.name

        require_job_before_receipt = self.require_job_before_receipt

        skip_weekends = self.skip_weekends

        include_tax_in_fully_landed_cost: bool | None | Unset
        if isinstance(self.include_tax_in_fully_landed_cost, Unset):
            include_tax_in_fully_landed_cost = UNSET
        else:
            include_tax_in_fully_landed_cost = self.include_tax_in_fully_landed_cost

        landed_cost_method: None | str | Unset
        if isinstance(self.landed_cost_method, Unset):
            landed_cost_method = UNSET
        elif isinstance(self.landed_cost_method, InventoryV2LandedCostMethod):
            landed_cost_method = self.landed_cost_method.value
        else:
            landed_cost_method = self.landed_cost_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "alertSettings": alert_settings,
                "allowTechniciansToSendPo": allow_technicians_to_send_po,
                "automaticallyReceive": automatically_receive,
                "copyPurchaseOrderItemsToInvoiceWhenReceived": copy_purchase_order_items_to_invoice_when_received,
                "defaultRequiredDateDaysOffset": default_required_date_days_offset,
                "displayToTechnician": display_to_technician,
                "excludeTaxFromJobCosting": exclude_tax_from_job_costing,
                "impactToTechnicianPayroll": impact_to_technician_payroll,
                "includeInPoScreen": include_in_po_screen,
                "includeInSalesTax": include_in_sales_tax,
                "isDefault": is_default,
                "isDefaultForConsignment": is_default_for_consignment,
                "name": name,
                "requireJobBeforeReceipt": require_job_before_receipt,
                "skipWeekends": skip_weekends,
            }
        )
        if include_tax_in_fully_landed_cost is not UNSET:
            field_dict["includeTaxInFullyLandedCost"] = include_tax_in_fully_landed_cost
        if landed_cost_method is not UNSET:
            field_dict["landedCostMethod"] = landed_cost_method

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        alert_settings = _models.InventoryPoTypeAlertSettings.from_dict(
            d.pop("alertSettings")
        )

        allow_technicians_to_send_po = d.pop("allowTechniciansToSendPo")

        automatically_receive = d.pop("automaticallyReceive")

        copy_purchase_order_items_to_invoice_when_received = d.pop(
            "copyPurchaseOrderItemsToInvoiceWhenReceived"
        )

        default_required_date_days_offset = d.pop("defaultRequiredDateDaysOffset")

        display_to_technician = d.pop("displayToTechnician")

        exclude_tax_from_job_costing = d.pop("excludeTaxFromJobCosting")

        impact_to_technician_payroll = d.pop("impactToTechnicianPayroll")

        include_in_po_screen = d.pop("includeInPoScreen")

        include_in_sales_tax = d.pop("includeInSalesTax")

        is_default = d.pop("isDefault")

        is_default_for_consignment = d.pop("isDefaultForConsignment")

        name = d.pop("name")

        require_job_before_receipt = d.pop("requireJobBeforeReceipt")

        skip_weekends = d.pop("skipWeekends")

        include_tax_in_fully_landed_cost = d.pop("includeTaxInFullyLandedCost", UNSET)

        landed_cost_method = d.pop("landedCostMethod", UNSET)
        if landed_cost_method is not None and not isinstance(landed_cost_method, Unset):
            if not isinstance(landed_cost_method, str):
                raise TypeError()
            landed_cost_method_type_0 = InventoryV2LandedCostMethod(landed_cost_method)

            landed_cost_method = landed_cost_method_type_0

        inventory_v2_create_purchase_order_type_request = cls(
            active,
            alert_settings,
            allow_technicians_to_send_po,
            automatically_receive,
            copy_purchase_order_items_to_invoice_when_received,
            default_required_date_days_offset,
            display_to_technician,
            exclude_tax_from_job_costing,
            impact_to_technician_payroll,
            include_in_po_screen,
            include_in_sales_tax,
            is_default,
            is_default_for_consignment,
            name,
            require_job_before_receipt,
            skip_weekends,
            include_tax_in_fully_landed_cost,
            landed_cost_method,
        )

        inventory_v2_create_purchase_order_type_request.additional_properties = dict(d)
        return inventory_v2_create_purchase_order_type_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
