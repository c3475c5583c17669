from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InventoryV2CreateReturnTypeRequest")


@_attrs_define
class InventoryV2CreateReturnTypeRequest:
    """
    Attributes:
        automatically_receive_vendor_credit (bool):
        include_in_sales_tax (bool):
        is_default (bool):
        is_default_for_consignment (bool):
        name (str):
    """

    automatically_receive_vendor_credit: bool
    include_in_sales_tax: bool
    is_default: bool
    is_default_for_consignment: bool
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "automaticallyReceiveVendorCredit",
        "includeInSalesTax",
        "isDefault",
        "isDefaultForConsignment",
        "name",
    )

    def to_dict(self) -> dict[str, Any]:
        automatically_receive_vendor_credit = self.automatically_receive_vendor_credit

        include_in_sales_tax = self.include_in_sales_tax

        is_default = self.is_default

        is_default_for_consignment = self.is_default_for_consignment

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "automaticallyReceiveVendorCredit": automatically_receive_vendor_credit,
                "includeInSalesTax": include_in_sales_tax,
                "isDefault": is_default,
                "isDefaultForConsignment": is_default_for_consignment,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        automatically_receive_vendor_credit = d.pop("automaticallyReceiveVendorCredit")

        include_in_sales_tax = d.pop("includeInSalesTax")

        is_default = d.pop("isDefault")

        is_default_for_consignment = d.pop("isDefaultForConsignment")

        name = d.pop("name")

        inventory_v2_create_return_type_request = cls(
            automatically_receive_vendor_credit,
            include_in_sales_tax,
            is_default,
            is_default_for_consignment,
            name,
        )

        inventory_v2_create_return_type_request.additional_properties = dict(d)
        return inventory_v2_create_return_type_request

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
