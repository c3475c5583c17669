from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InventoryUnitOfMeasureVendorModel")


@_attrs_define
class InventoryUnitOfMeasureVendorModel:
    """
    Attributes:
        active (bool):
        id (int):
        procurement_vendor_id (int):
        vendor_default_unit (bool):
        vendor_part_number (str):
        cost (float | None | Unset):
    """

    active: bool
    id: int
    procurement_vendor_id: int
    vendor_default_unit: bool
    vendor_part_number: str
    cost: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "id",
        "procurementVendorId",
        "vendorDefaultUnit",
        "vendorPartNumber",
        "cost",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        id = self.id

        procurement_vendor_id = self.procurement_vendor_id

        vendor_default_unit = self.vendor_default_unit

        vendor_part_number = self.vendor_part_number

        cost: float | None | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "id": id,
                "procurementVendorId": procurement_vendor_id,
                "vendorDefaultUnit": vendor_default_unit,
                "vendorPartNumber": vendor_part_number,
            }
        )
        if cost is not UNSET:
            field_dict["cost"] = cost

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        id = d.pop("id")

        procurement_vendor_id = d.pop("procurementVendorId")

        vendor_default_unit = d.pop("vendorDefaultUnit")

        vendor_part_number = d.pop("vendorPartNumber")

        cost = d.pop("cost", UNSET)

        inventory_unit_of_measure_vendor_model = cls(
            active,
            id,
            procurement_vendor_id,
            vendor_default_unit,
            vendor_part_number,
            cost,
        )

        inventory_unit_of_measure_vendor_model.additional_properties = dict(d)
        return inventory_unit_of_measure_vendor_model

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
