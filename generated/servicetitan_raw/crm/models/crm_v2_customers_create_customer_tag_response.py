from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="CrmV2CustomersCreateCustomerTagResponse")


@_attrs_define
class CrmV2CustomersCreateCustomerTagResponse:
    """
    Attributes:
        customer_id (int):
        tag_type_ids (list[int]):
    """

    customer_id: int
    tag_type_ids: list[int]

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        tag_type_ids = self.tag_type_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "customerId": customer_id,
                "tagTypeIds": tag_type_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id = d.pop("customerId")

        tag_type_ids = cast(list[int], d.pop("tagTypeIds"))

        crm_v2_customers_create_customer_tag_response = cls(
            customer_id=customer_id,
            tag_type_ids=tag_type_ids,
        )

        return crm_v2_customers_create_customer_tag_response
