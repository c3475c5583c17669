from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountingV2MarkInventoryBillAsExportedUpdateResponse")


@_attrs_define
class AccountingV2MarkInventoryBillAsExportedUpdateResponse:
    """
    Attributes:
        inventory_bill_id (int):
        success (bool):
        error_message (None | str | Unset):
    """

    inventory_bill_id: int
    success: bool
    error_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "inventoryBillId",
        "success",
        "errorMessage",
    )

    def to_dict(self) -> dict[str, Any]:
        inventory_bill_id = self.inventory_bill_id

        success = self.success

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inventoryBillId": inventory_bill_id,
                "success": success,
            }
        )
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        inventory_bill_id = d.pop("inventoryBillId")

        success = d.pop("success")

        error_message = d.pop("errorMessage", UNSET)

        accounting_v2_mark_inventory_bill_as_exported_update_response = cls(
            inventory_bill_id,
            success,
            error_message,
        )

        accounting_v2_mark_inventory_bill_as_exported_update_response.additional_properties = dict(
            d
        )
        return accounting_v2_mark_inventory_bill_as_exported_update_response

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
