from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InventoryV2MarkupsCreatePurchaseOrderMarkupRequest")


@_attrs_define
class InventoryV2MarkupsCreatePurchaseOrderMarkupRequest:
    """
    Attributes:
        from_ (float):
        percent (float):
        to (float):
    """

    from_: float
    percent: float
    to: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "from",
        "percent",
        "to",
    )

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        percent = self.percent

        to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "percent": percent,
                "to": to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        from_ = d.pop("from")

        percent = d.pop("percent")

        to = d.pop("to")

        inventory_v2_markups_create_purchase_order_markup_request = cls(
            from_,
            percent,
            to,
        )

        inventory_v2_markups_create_purchase_order_markup_request.additional_properties = dict(
            d
        )
        return inventory_v2_markups_create_purchase_order_markup_request

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
