from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="AccountingV2MarkInventoryBillAsExportedUpdateRequest")


@_attrs_define
class AccountingV2MarkInventoryBillAsExportedUpdateRequest:
    """
    Attributes:
        inventory_bill_ids (list[int]):
    """

    inventory_bill_ids: list[int]

    def to_dict(self) -> dict[str, Any]:
        inventory_bill_ids = self.inventory_bill_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "inventoryBillIds": inventory_bill_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        inventory_bill_ids = cast(list[int], d.pop("inventoryBillIds"))

        accounting_v2_mark_inventory_bill_as_exported_update_request = cls(
            inventory_bill_ids=inventory_bill_ids,
        )

        return accounting_v2_mark_inventory_bill_as_exported_update_request
