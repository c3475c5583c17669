from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

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

    def to_dict(self) -> dict[str, Any]:
        rejection_reason = self.rejection_reason.value

        field_dict: dict[str, Any] = {}

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
            rejection_reason=rejection_reason,
        )

        return inventory_v2_purchase_order_request_rejection_args
