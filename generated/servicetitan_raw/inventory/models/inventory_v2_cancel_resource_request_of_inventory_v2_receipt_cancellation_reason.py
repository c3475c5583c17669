from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.inventory_v2_receipt_cancellation_reason import (
    InventoryV2ReceiptCancellationReason,
)
from ..types import UNSET, Unset

T = TypeVar(
    "T", bound="InventoryV2CancelResourceRequestOfInventoryV2ReceiptCancellationReason"
)


@_attrs_define
class InventoryV2CancelResourceRequestOfInventoryV2ReceiptCancellationReason:
    """
    Attributes:
        canceled_reason (InventoryV2ReceiptCancellationReason | Unset):
    """

    canceled_reason: InventoryV2ReceiptCancellationReason | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = ("canceledReason",)

    def to_dict(self) -> dict[str, Any]:
        canceled_reason: str | Unset = UNSET
        if not isinstance(self.canceled_reason, Unset):
            canceled_reason = self.canceled_reason.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if canceled_reason is not UNSET:
            field_dict["canceledReason"] = canceled_reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        canceled_reason = d.pop("canceledReason", UNSET)
        if not isinstance(canceled_reason, Unset):
            canceled_reason = InventoryV2ReceiptCancellationReason(canceled_reason)

        inventory_v2_cancel_resource_request_of_inventory_v2_receipt_cancellation_reason = cls(
            canceled_reason,
        )

        inventory_v2_cancel_resource_request_of_inventory_v2_receipt_cancellation_reason.additional_properties = dict(
            d
        )
        return inventory_v2_cancel_resource_request_of_inventory_v2_receipt_cancellation_reason

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
