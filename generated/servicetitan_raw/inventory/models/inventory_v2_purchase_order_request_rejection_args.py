from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.inventory_v2_po_approval_rejection_reason import (
    InventoryV2PoApprovalRejectionReason,
)

T = TypeVar("T", bound="InventoryV2PurchaseOrderRequestRejectionArgs")


@_attrs_define
class InventoryV2PurchaseOrderRequestRejectionArgs:
    """
    Attributes:
        rejection_reason (InventoryV2PoApprovalRejectionReason):
    """

    rejection_reason: InventoryV2PoApprovalRejectionReason
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = ("rejectionReason",)

    def to_dict(self) -> dict[str, Any]:
        rejection_reason = self.rejection_reason.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rejectionReason": rejection_reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        rejection_reason = InventoryV2PoApprovalRejectionReason(
            d.pop("rejectionReason")
        )

        inventory_v2_purchase_order_request_rejection_args = cls(
            rejection_reason,
        )

        inventory_v2_purchase_order_request_rejection_args.additional_properties = dict(
            d
        )
        return inventory_v2_purchase_order_request_rejection_args

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
