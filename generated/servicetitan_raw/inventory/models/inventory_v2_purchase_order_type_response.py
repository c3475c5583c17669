from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.inventory_v2_landed_cost_method import InventoryV2LandedCostMethod

T = TypeVar("T", bound="InventoryV2PurchaseOrderTypeResponse")


@_attrs_define
class InventoryV2PurchaseOrderTypeResponse:
    """
    Attributes:
        active (bool):
        allow_technicians_to_send_po (bool):
        automatically_receive (bool):
        created_on (datetime.datetime):
        default_required_date_days_offset (int):
        display_to_technician (bool):
        exclude_tax_from_job_costing (bool):
        id (int):
        impact_to_technician_payroll (bool):
        include_tax_in_fully_landed_cost (bool):
        landed_cost_method (int | InventoryV2LandedCostMethod):
        modified_on (datetime.datetime):
        name (str):
        skip_weekends (bool):
    """

    active: bool
    allow_technicians_to_send_po: bool
    automatically_receive: bool
    created_on: datetime.datetime
    default_required_date_days_offset: int
    display_to_technician: bool
    exclude_tax_from_job_costing: bool
    id: int
    impact_to_technician_payroll: bool
    include_tax_in_fully_landed_cost: bool
    landed_cost_method: int | InventoryV2LandedCostMethod
    modified_on: datetime.datetime
    name: str
    skip_weekends: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "allowTechniciansToSendPo",
        "automaticallyReceive",
        "createdOn",
        "defaultRequiredDateDaysOffset",
        "displayToTechnician",
        "excludeTaxFromJobCosting",
        "id",
        "impactToTechnicianPayroll",
        "includeTaxInFullyLandedCost",
        "landedCostMethod",
        "modifiedOn",
        "name",
        "skipWeekends",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        allow_technicians_to_send_po = self.allow_technicians_to_send_po

        automatically_receive = self.automatically_receive

        created_on = self.created_on.isoformat()

        default_required_date_days_offset = self.default_required_date_days_offset

        display_to_technician = self.display_to_technician

        exclude_tax_from_job_costing = self.exclude_tax_from_job_costing

        id = self.id

        impact_to_technician_payroll = self.impact_to_technician_payroll

        include_tax_in_fully_landed_cost = self.include_tax_in_fully_landed_cost

        landed_cost_method: int | str
        if isinstance(self.landed_cost_method, InventoryV2LandedCostMethod):
            landed_cost_method = self.landed_cost_method.value
        else:
            landed_cost_method = self.landed_cost_method

        modified_on = self.modified_on.isoformat()

        name = self.name

        skip_weekends = self.skip_weekends

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "allowTechniciansToSendPo": allow_technicians_to_send_po,
                "automaticallyReceive": automatically_receive,
                "createdOn": created_on,
                "defaultRequiredDateDaysOffset": default_required_date_days_offset,
                "displayToTechnician": display_to_technician,
                "excludeTaxFromJobCosting": exclude_tax_from_job_costing,
                "id": id,
                "impactToTechnicianPayroll": impact_to_technician_payroll,
                "includeTaxInFullyLandedCost": include_tax_in_fully_landed_cost,
                "landedCostMethod": landed_cost_method,
                "modifiedOn": modified_on,
                "name": name,
                "skipWeekends": skip_weekends,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        allow_technicians_to_send_po = d.pop("allowTechniciansToSendPo")

        automatically_receive = d.pop("automaticallyReceive")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        default_required_date_days_offset = d.pop("defaultRequiredDateDaysOffset")

        display_to_technician = d.pop("displayToTechnician")

        exclude_tax_from_job_costing = d.pop("excludeTaxFromJobCosting")

        id = d.pop("id")

        impact_to_technician_payroll = d.pop("impactToTechnicianPayroll")

        include_tax_in_fully_landed_cost = d.pop("includeTaxInFullyLandedCost")

        landed_cost_method = d.pop("landedCostMethod")
        try:
            if not isinstance(landed_cost_method, str):
                raise TypeError()
            landed_cost_method_type_0 = InventoryV2LandedCostMethod(landed_cost_method)

            landed_cost_method = landed_cost_method_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        name = d.pop("name")

        skip_weekends = d.pop("skipWeekends")

        inventory_v2_purchase_order_type_response = cls(
            active,
            allow_technicians_to_send_po,
            automatically_receive,
            created_on,
            default_required_date_days_offset,
            display_to_technician,
            exclude_tax_from_job_costing,
            id,
            impact_to_technician_payroll,
            include_tax_in_fully_landed_cost,
            landed_cost_method,
            modified_on,
            name,
            skip_weekends,
        )

        inventory_v2_purchase_order_type_response.additional_properties = dict(d)
        return inventory_v2_purchase_order_type_response

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
