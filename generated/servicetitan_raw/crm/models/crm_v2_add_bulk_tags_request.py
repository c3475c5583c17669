from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="CrmV2AddBulkTagsRequest")


@_attrs_define
class CrmV2AddBulkTagsRequest:
    """Add bulk tags request.

    Attributes:
        customer_ids (list[int]): List of Customer ID(s)
        tag_type_ids (list[int]): List of TagType ID(s) to add to the customers
    """

    customer_ids: list[int]
    tag_type_ids: list[int]

    def to_dict(self) -> dict[str, Any]:
        customer_ids = self.customer_ids

        tag_type_ids = self.tag_type_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "customerIds": customer_ids,
                "tagTypeIds": tag_type_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_ids = cast(list[int], d.pop("customerIds"))

        tag_type_ids = cast(list[int], d.pop("tagTypeIds"))

        crm_v2_add_bulk_tags_request = cls(
            customer_ids=customer_ids,
            tag_type_ids=tag_type_ids,
        )

        return crm_v2_add_bulk_tags_request
