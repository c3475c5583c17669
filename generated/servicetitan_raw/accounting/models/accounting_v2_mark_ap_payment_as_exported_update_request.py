from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountingV2MarkApPaymentAsExportedUpdateRequest")


@_attrs_define
class AccountingV2MarkApPaymentAsExportedUpdateRequest:
    """
    Attributes:
        ap_payment_id (int):
        external_id (None | str | Unset):
        external_message (None | str | Unset):
    """

    ap_payment_id: int
    external_id: None | str | Unset = UNSET
    external_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "apPaymentId",
        "externalId",
        "externalMessage",
    )

    def to_dict(self) -> dict[str, Any]:
        ap_payment_id = self.ap_payment_id

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        external_message: None | str | Unset
        if isinstance(self.external_message, Unset):
            external_message = UNSET
        else:
            external_message = self.external_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apPaymentId": ap_payment_id,
            }
        )
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if external_message is not UNSET:
            field_dict["externalMessage"] = external_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ap_payment_id = d.pop("apPaymentId")

        external_id = d.pop("externalId", UNSET)

        external_message = d.pop("externalMessage", UNSET)

        accounting_v2_mark_ap_payment_as_exported_update_request = cls(
            ap_payment_id,
            external_id,
            external_message,
        )

        accounting_v2_mark_ap_payment_as_exported_update_request.additional_properties = dict(
            d
        )
        return accounting_v2_mark_ap_payment_as_exported_update_request

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
