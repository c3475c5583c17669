from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CrmV2DismissBookingModel")


@_attrs_define
class CrmV2DismissBookingModel:
    """
    Attributes:
        call_reason_id (int | None | Unset):
        dismissing_memo (None | str | Unset):
    """

    call_reason_id: int | None | Unset = UNSET
    dismissing_memo: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "callReasonId",
        "dismissingMemo",
    )

    def to_dict(self) -> dict[str, Any]:
        call_reason_id: int | None | Unset
        if isinstance(self.call_reason_id, Unset):
            call_reason_id = UNSET
        else:
            call_reason_id = self.call_reason_id

        dismissing_memo: None | str | Unset
        if isinstance(self.dismissing_memo, Unset):
            dismissing_memo = UNSET
        else:
            dismissing_memo = self.dismissing_memo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if call_reason_id is not UNSET:
            field_dict["callReasonId"] = call_reason_id
        if dismissing_memo is not UNSET:
            field_dict["dismissingMemo"] = dismissing_memo

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        call_reason_id = d.pop("callReasonId", UNSET)

        dismissing_memo = d.pop("dismissingMemo", UNSET)

        crm_v2_dismiss_booking_model = cls(
            call_reason_id,
            dismissing_memo,
        )

        crm_v2_dismiss_booking_model.additional_properties = dict(d)
        return crm_v2_dismiss_booking_model

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
