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
    from ..models.inventory_v2gl_account_response import InventoryV2GLAccountResponse


T = TypeVar("T", bound="InventoryV2InventoryReturnItemResponse")


@_attrs_define
class InventoryV2InventoryReturnItemResponse:
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
        sku_id (int):
        asset_account (InventoryV2GLAccountResponse | None | Unset):
        budget_code_id (int | None | Unset):
        cost_of_sale_account (InventoryV2GLAccountResponse | None | Unset):
        created_by_id (int | None | Unset):
        general_ledger_account (InventoryV2GLAccountResponse | None | Unset):
        receipt_item_id (int | None | Unset):
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
    sku_id: int
    asset_account: InventoryV2GLAccountResponse | None | Unset = UNSET
    budget_code_id: int | None | Unset = UNSET
    cost_of_sale_account: InventoryV2GLAccountResponse | None | Unset = UNSET
    created_by_id: int | None | Unset = UNSET
    general_ledger_account: InventoryV2GLAccountResponse | None | Unset = UNSET
    receipt_item_id: int | None | Unset = UNSET
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
        "skuId",
        "assetAccount",
        "budgetCodeId",
        "costOfSaleAccount",
        "createdById",
        "generalLedgerAccount",
        "receiptItemId",
        "serialNumbers",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.inventory_v2gl_account_response import (
            InventoryV2GLAccountResponse,
        )

        active = self.active

        code = self.code

        cost = self.cost

        created_on = self.created_on.isoformat()

        description = self.description

        id = self.id

        modified_on = self.modified_on.isoformat()

        name = self.name

        quantity = self.quantity

        sku_id = self.sku_id

        asset_account: dict[str, Any] | None | Unset
        if isinstance(self.asset_account, Unset):
            asset_account = UNSET
        elif isinstance(self.asset_account, InventoryV2GLAccountResponse):
            asset_account = self.asset_account.to_dict()
        else:
            asset_account = self.asset_account

        budget_code_id: int | None | Unset
        if isinstance(self.budget_code_id, Unset):
            budget_code_id = UNSET
        else:
            budget_code_id = self.budget_code_id

        cost_of_sale_account: dict[str, Any] | None | Unset
        if isinstance(self.cost_of_sale_account, Unset):
            cost_of_sale_account = UNSET
        elif isinstance(self.cost_of_sale_account, InventoryV2GLAccountResponse):
            cost_of_sale_account = self.cost_of_sale_account.to_dict()
        else:
            cost_of_sale_account = self.cost_of_sale_account

        created_by_id: int | None | Unset
        if isinstance(self.created_by_id, Unset):
            created_by_id = UNSET
        else:
            created_by_id = self.created_by_id

        general_ledger_account: dict[str, Any] | None | Unset
        if isinstance(self.general_ledger_account, Unset):
            general_ledger_account = UNSET
        elif isinstance(self.general_ledger_account, InventoryV2GLAccountResponse):
            general_ledger_account = self.general_ledger_account.to_dict()
        else:
            general_ledger_account = self.general_ledger_account

        receipt_item_id: int | None | Unset
        if isinstance(self.receipt_item_id, Unset):
            receipt_item_id = UNSET
        else:
            receipt_item_id = self.receipt_item_id

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
                "skuId": sku_id,
            }
        )
        if asset_account is not UNSET:
            field_dict["assetAccount"] = asset_account
        if budget_code_id is not UNSET:
            field_dict["budgetCodeId"] = budget_code_id
        if cost_of_sale_account is not UNSET:
            field_dict["costOfSaleAccount"] = cost_of_sale_account
        if created_by_id is not UNSET:
            field_dict["createdById"] = created_by_id
        if general_ledger_account is not UNSET:
            field_dict["generalLedgerAccount"] = general_ledger_account
        if receipt_item_id is not UNSET:
            field_dict["receiptItemId"] = receipt_item_id
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

        sku_id = d.pop("skuId")

        asset_account = d.pop("assetAccount", UNSET)
        if asset_account is not None and not isinstance(asset_account, Unset):
            if not isinstance(asset_account, dict):
                raise TypeError()
            asset_account_type_0 = _models.InventoryV2GLAccountResponse.from_dict(
                asset_account
            )

            asset_account = asset_account_type_0

        budget_code_id = d.pop("budgetCodeId", UNSET)

        cost_of_sale_account = d.pop("costOfSaleAccount", UNSET)
        if cost_of_sale_account is not None and not isinstance(
            cost_of_sale_account, Unset
        ):
            if not isinstance(cost_of_sale_account, dict):
                raise TypeError()
            cost_of_sale_account_type_0 = (
                _models.InventoryV2GLAccountResponse.from_dict(cost_of_sale_account)
            )

            cost_of_sale_account = cost_of_sale_account_type_0

        created_by_id = d.pop("createdById", UNSET)

        general_ledger_account = d.pop("generalLedgerAccount", UNSET)
        if general_ledger_account is not None and not isinstance(
            general_ledger_account, Unset
        ):
            if not isinstance(general_ledger_account, dict):
                raise TypeError()
            general_ledger_account_type_0 = (
                _models.InventoryV2GLAccountResponse.from_dict(general_ledger_account)
            )

            general_ledger_account = general_ledger_account_type_0

        receipt_item_id = d.pop("receiptItemId", UNSET)

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

        inventory_v2_inventory_return_item_response = cls(
            active,
            code,
            cost,
            created_on,
            description,
            id,
            modified_on,
            name,
            quantity,
            sku_id,
            asset_account,
            budget_code_id,
            cost_of_sale_account,
            created_by_id,
            general_ledger_account,
            receipt_item_id,
            serial_numbers,
        )

        inventory_v2_inventory_return_item_response.additional_properties = dict(d)
        return inventory_v2_inventory_return_item_response

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
