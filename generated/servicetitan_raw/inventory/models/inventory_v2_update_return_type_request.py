from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InventoryV2UpdateReturnTypeRequest")


@_attrs_define
class InventoryV2UpdateReturnTypeRequest:
    """
    Attributes:
        id (int):
        active (bool | Unset):
        automatically_receive_vendor_credit (bool | Unset):
        include_in_sales_tax (bool | Unset):
        is_default (bool | Unset):
        is_default_for_consignment (bool | Unset):
        name (str | Unset):
    """

    id: int
    active: bool | Unset = UNSET
    automatically_receive_vendor_credit: bool | Unset = UNSET
    include_in_sales_tax: bool | Unset = UNSET
    is_default: bool | Unset = UNSET
    is_default_for_consignment: bool | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "id",
        "active",
        "automaticallyReceiveVendorCredit",
        "includeInSalesTax",
        "isDefault",
        "isDefaultForConsignment",
        "name",
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        active = self.active

        automatically_receive_vendor_credit = self.automatically_receive_vendor_credit

        include_in_sales_tax = self.include_in_sales_tax

        is_default = self.is_default

        is_default_for_consignment = self.is_default_for_consignment

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if automatically_receive_vendor_credit is not UNSET:
            field_dict["automaticallyReceiveVendorCredit"] = (
                automatically_receive_vendor_credit
            )
        if include_in_sales_tax is not UNSET:
            field_dict["includeInSalesTax"] = include_in_sales_tax
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default
        if is_default_for_consignment is not UNSET:
            field_dict["isDefaultForConsignment"] = is_default_for_consignment
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        active = d.pop("active", UNSET)

        automatically_receive_vendor_credit = d.pop(
            "automaticallyReceiveVendorCredit", UNSET
        )

        include_in_sales_tax = d.pop("includeInSalesTax", UNSET)

        is_default = d.pop("isDefault", UNSET)

        is_default_for_consignment = d.pop("isDefaultForConsignment", UNSET)

        name = d.pop("name", UNSET)

        inventory_v2_update_return_type_request = cls(
            id,
            active,
            automatically_receive_vendor_credit,
            include_in_sales_tax,
            is_default,
            is_default_for_consignment,
            name,
        )

        inventory_v2_update_return_type_request.additional_properties = dict(d)
        return inventory_v2_update_return_type_request

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
