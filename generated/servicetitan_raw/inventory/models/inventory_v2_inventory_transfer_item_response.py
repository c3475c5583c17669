from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inventory_v2_serial_number_response import (
        InventoryV2SerialNumberResponse,
    )


T = TypeVar("T", bound="InventoryV2InventoryTransferItemResponse")


@_attrs_define
class InventoryV2InventoryTransferItemResponse:
    """
    Attributes:
        active (bool):
        code (str):
        cost (float):
        created_on (datetime.datetime):
        description (str):
        id (int):
        modified_on (datetime.datetime):
        name (str):
        quantity (float):
        quantity_picked (float):
        sku_id (int):
        total_cost (float):
        budget_code_id (int | None | Unset):
        created_by_id (int | None | Unset):
        serial_numbers (list[InventoryV2SerialNumberResponse] | None | Unset):
    """

    active: bool
    code: str
    cost: float
    created_on: datetime.datetime
    description: str
    id: int
    modified_on: datetime.datetime
    name: str
    quantity: float
    quantity_picked: float
    sku_id: int
    total_cost: float
    budget_code_id: int | None | Unset = UNSET
    created_by_id: int | None | Unset = UNSET
    serial_numbers: list[InventoryV2SerialNumberResponse] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "code",
        "cost",
        "createdOn",
        "description",
        "id",
        "modifiedOn",
        "name",
        "quantity",
        "quantityPicked",
        "skuId",
        "totalCost",
        "budgetCodeId",
        "createdById",
        "serialNumbers",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        code = self.code

        cost = self.cost

        created_on = self.created_on.isoformat()

        description = self.description

        id = self.id

        modified_on = self.modified_on.isoformat()

        name = self.name

        quantity = self.quantity

        quantity_picked = self.quantity_picked

        sku_id = self.sku_id

        total_cost = self.total_cost

        budget_code_id: int | None | Unset
        if isinstance(self.budget_code_id, Unset):
            budget_code_id = UNSET
        else:
            budget_code_id = self.budget_code_id

        created_by_id: int | None | Unset
        if isinstance(self.created_by_id, Unset):
            created_by_id = UNSET
        else:
            created_by_id = self.created_by_id

        serial_numbers: list[dict[str, Any]] | None | Unset
        if isinstance(self.serial_numbers, Unset):
            serial_numbers = UNSET
        elif isinstance(self.serial_numbers, list):
            serial_numbers = []
            for serial_numbers_type_0_item_data in self.serial_numbers:
                serial_numbers_type_0_item = serial_numbers_type_0_item_data.to_dict()
                serial_numbers.append(serial_numbers_type_0_item)

        else:
            serial_numbers = self.serial_numbers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "code": code,
                "cost": cost,
                "createdOn": created_on,
                "description": description,
                "id": id,
                "modifiedOn": modified_on,
                "name": name,
                "quantity": quantity,
                "quantityPicked": quantity_picked,
                "skuId": sku_id,
                "totalCost": total_cost,
            }
        )
        if budget_code_id is not UNSET:
            field_dict["budgetCodeId"] = budget_code_id
        if created_by_id is not UNSET:
            field_dict["createdById"] = created_by_id
        if serial_numbers is not UNSET:
            field_dict["serialNumbers"] = serial_numbers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        code = d.pop("code")

        cost = d.pop("cost")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        description = d.pop("description")

        id = d.pop("id")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        name = d.pop("name")

        quantity = d.pop("quantity")

        quantity_picked = d.pop("quantityPicked")

        sku_id = d.pop("skuId")

        total_cost = d.pop("totalCost")

        budget_code_id = d.pop("budgetCodeId", UNSET)

        created_by_id = d.pop("createdById", UNSET)

        serial_numbers = d.pop("serialNumbers", UNSET)
        if serial_numbers is not None and not isinstance(serial_numbers, Unset):
            if not isinstance(serial_numbers, list):
                raise TypeError()
            serial_numbers_type_0 = [
                _models.InventoryV2SerialNumberResponse.from_dict(
                    serial_numbers_type_0_item_data
                )
                for serial_numbers_type_0_item_data in serial_numbers
            ]

            serial_numbers = serial_numbers_type_0

        inventory_v2_inventory_transfer_item_response = cls(
            active,
            code,
            cost,
            created_on,
            description,
            id,
            modified_on,
            name,
            quantity,
            quantity_picked,
            sku_id,
            total_cost,
            budget_code_id,
            created_by_id,
            serial_numbers,
        )

        inventory_v2_inventory_transfer_item_response.additional_properties = dict(d)
        return inventory_v2_inventory_transfer_item_response

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
