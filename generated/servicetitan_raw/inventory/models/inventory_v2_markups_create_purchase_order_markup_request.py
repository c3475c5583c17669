from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="InventoryV2MarkupsCreatePurchaseOrderMarkupRequest")


@_attrs_define
class InventoryV2MarkupsCreatePurchaseOrderMarkupRequest:
    """Represents create purchase order markup request

    Attributes:
        from_ (float):
        percent (float):
        to (float):
    """

    from_: float
    percent: float
    to: float

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        percent = self.percent

        to = self.to

        field_dict: dict[str, Any] = {}

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
            from_=from_,
            percent=percent,
            to=to,
        )

        return inventory_v2_markups_create_purchase_order_markup_request
