from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InventoryV2ListReturnTypesResponse")


@_attrs_define
class InventoryV2ListReturnTypesResponse:
    """
    Attributes:
        active (bool):
        automatically_receive_vendor_credit (bool):
        created_on (datetime.datetime):
        id (int):
        include_in_sales_tax (bool):
        is_default (bool):
        is_default_for_consignment (bool):
        modified_on (datetime.datetime):
        name (None | str | Unset):
    """

    active: bool
    automatically_receive_vendor_credit: bool
    created_on: datetime.datetime
    id: int
    include_in_sales_tax: bool
    is_default: bool
    is_default_for_consignment: bool
    modified_on: datetime.datetime
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "automaticallyReceiveVendorCredit",
        "createdOn",
        "id",
        "includeInSalesTax",
        "isDefault",
        "isDefaultForConsignment",
        "modifiedOn",
        "name",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        automatically_receive_vendor_credit = self.automatically_receive_vendor_credit

        created_on = self.created_on.isoformat()

        id = self.id

        include_in_sales_tax = self.include_in_sales_tax

        is_default = self.is_default

        is_default_for_consignment = self.is_default_for_consignment

        modified_on = self.modified_on.isoformat()

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "automaticallyReceiveVendorCredit": automatically_receive_vendor_credit,
                "createdOn": created_on,
                "id": id,
                "includeInSalesTax": include_in_sales_tax,
                "isDefault": is_default,
                "isDefaultForConsignment": is_default_for_consignment,
                "modifiedOn": modified_on,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        automatically_receive_vendor_credit = d.pop("automaticallyReceiveVendorCredit")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        id = d.pop("id")

        include_in_sales_tax = d.pop("includeInSalesTax")

        is_default = d.pop("isDefault")

        is_default_for_consignment = d.pop("isDefaultForConsignment")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        name = d.pop("name", UNSET)

        inventory_v2_list_return_types_response = cls(
            active,
            automatically_receive_vendor_credit,
            created_on,
            id,
            include_in_sales_tax,
            is_default,
            is_default_for_consignment,
            modified_on,
            name,
        )

        inventory_v2_list_return_types_response.additional_properties = dict(d)
        return inventory_v2_list_return_types_response

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
