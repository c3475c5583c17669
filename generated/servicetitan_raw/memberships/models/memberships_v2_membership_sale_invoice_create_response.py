from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MembershipsV2MembershipSaleInvoiceCreateResponse")


@_attrs_define
class MembershipsV2MembershipSaleInvoiceCreateResponse:
    """
    Attributes:
        customer_membership_id (int): ID of customer membership that was created
        invoice_id (int): ID of sale invoice created
    """

    customer_membership_id: int
    invoice_id: int

    def to_dict(self) -> dict[str, Any]:
        customer_membership_id = self.customer_membership_id

        invoice_id = self.invoice_id

        field_dict: dict[str, Any] = {}

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
            customer_membership_id=customer_membership_id,
            invoice_id=invoice_id,
        )

        return memberships_v2_membership_sale_invoice_create_response
