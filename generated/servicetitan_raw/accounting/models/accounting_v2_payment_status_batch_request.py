from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.accounting_v2_payment_status import AccountingV2PaymentStatus

T = TypeVar("T", bound="AccountingV2PaymentStatusBatchRequest")


@_attrs_define
class AccountingV2PaymentStatusBatchRequest:
    """
    Attributes:
        payment_ids (list[int]):
        status (AccountingV2PaymentStatus):
    """

    payment_ids: list[int]
    status: AccountingV2PaymentStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "paymentIds",
        "status",
    )

    def to_dict(self) -> dict[str, Any]:
        payment_ids = self.payment_ids

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paymentIds": payment_ids,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        payment_ids = d.pop("paymentIds")

        status = AccountingV2PaymentStatus(d.pop("status"))

        accounting_v2_payment_status_batch_request = cls(
            payment_ids,
            status,
        )

        accounting_v2_payment_status_batch_request.additional_properties = dict(d)
        return accounting_v2_payment_status_batch_request

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
