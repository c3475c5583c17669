from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InventoryV2MarkupsPurchaseOrderMarkupResponse")


@_attrs_define
class InventoryV2MarkupsPurchaseOrderMarkupResponse:
    """
    Attributes:
        created_on (datetime.datetime):
        from_ (float):
        id (int):
        modified_on (datetime.datetime):
        percent (float):
        to (float):
    """

    created_on: datetime.datetime
    from_: float
    id: int
    modified_on: datetime.datetime
    percent: float
    to: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "createdOn",
        "from",
        "id",
        "modifiedOn",
        "percent",
        "to",
    )

    def to_dict(self) -> dict[str, Any]:
        created_on = self.created_on.isoformat()

        from_ = self.from_

        id = self.id

        modified_on = self.modified_on.isoformat()

        percent = self.percent

        to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdOn": created_on,
                "from": from_,
                "id": id,
                "modifiedOn": modified_on,
                "percent": percent,
                "to": to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        from_ = d.pop("from")

        id = d.pop("id")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        percent = d.pop("percent")

        to = d.pop("to")

        inventory_v2_markups_purchase_order_markup_response = cls(
            created_on,
            from_,
            id,
            modified_on,
            percent,
            to,
        )

        inventory_v2_markups_purchase_order_markup_response.additional_properties = (
            dict(d)
        )
        return inventory_v2_markups_purchase_order_markup_response

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
