from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MembershipsV2MembershipSaleInvoiceCreateResponse")


@_attrs_define
class MembershipsV2MembershipSaleInvoiceCreateResponse:
    """
    Attributes:
        customer_membership_id (int):
        invoice_id (int):
    """

    customer_membership_id: int
    invoice_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "customerMembershipId",
        "invoiceId",
    )

    def to_dict(self) -> dict[str, Any]:
        customer_membership_id = self.customer_membership_id

        invoice_id = self.invoice_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerMembershipId": customer_membership_id,
                "invoiceId": invoice_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_membership_id = d.pop("customerMembershipId")

        invoice_id = d.pop("invoiceId")

        memberships_v2_membership_sale_invoice_create_response = cls(
            customer_membership_id,
            invoice_id,
        )

        memberships_v2_membership_sale_invoice_create_response.additional_properties = (
            dict(d)
        )
        return memberships_v2_membership_sale_invoice_create_response

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
