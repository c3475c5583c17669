from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inventory_v2gl_account_response import InventoryV2GLAccountResponse


T = TypeVar("T", bound="InventoryV2InventoryReceiptItemResponse")


@_attrs_define
class InventoryV2InventoryReceiptItemResponse:
    """
    Attributes:
        code (str):
        cost (float):
        description (str):
        id (int):
        name (str):
        purchase_order_item_id (int):
        quantity (float):
        sku_id (int):
        allocated_other_costs (float | None | Unset):
        allocated_shipping (float | None | Unset):
        allocated_tax (float | None | Unset):
        asset_account (InventoryV2GLAccountResponse | None | Unset):
        budget_code_id (int | None | Unset):
        cost_of_sale_account (InventoryV2GLAccountResponse | None | Unset):
        fully_landed_unit_cost (float | None | Unset):
        general_ledger_account (InventoryV2GLAccountResponse | None | Unset):
    """

    code: str
    cost: float
    description: str
    id: int
    name: str
    purchase_order_item_id: int
    quantity: float
    sku_id: int
    allocated_other_costs: float | None | Unset = UNSET
    allocated_shipping: float | None | Unset = UNSET
    allocated_tax: float | None | Unset = UNSET
    asset_account: InventoryV2GLAccountResponse | None | Unset = UNSET
    budget_code_id: int | None | Unset = UNSET
    cost_of_sale_account: InventoryV2GLAccountResponse | None | Unset = UNSET
    fully_landed_unit_cost: float | None | Unset = UNSET
    general_ledger_account: InventoryV2GLAccountResponse | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "code",
        "cost",
        "description",
        "id",
        "name",
        "purchaseOrderItemId",
        "quantity",
        "skuId",
        "allocatedOtherCosts",
        "allocatedShipping",
        "allocatedTax",
        "assetAccount",
        "budgetCodeId",
        "costOfSaleAccount",
        "fullyLandedUnitCost",
        "generalLedgerAccount",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.inventory_v2gl_account_response import (
            InventoryV2GLAccountResponse,
        )

        code = self.code

        cost = self.cost

        description = self.description

        id = self.id

        name = self.name

        purchase_order_item_id = self.purchase_order_item_id

        quantity = self.quantity

        sku_id = self.sku_id

        allocated_other_costs: float | None | Unset
        if isinstance(self.allocated_other_costs, Unset):
            allocated_other_costs = UNSET
        else:
            allocated_other_costs = self.allocated_other_costs

        allocated_shipping: float | None | Unset
        if isinstance(self.allocated_shipping, Unset):
            allocated_shipping = UNSET
        else:
            allocated_shipping = self.allocated_shipping

        allocated_tax: float | None | Unset
        if isinstance(self.allocated_tax, Unset):
            allocated_tax = UNSET
        else:
            allocated_tax = self.allocated_tax

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

        fully_landed_unit_cost: float | None | Unset
        if isinstance(self.fully_landed_unit_cost, Unset):
            fully_landed_unit_cost = UNSET
        else:
            fully_landed_unit_cost = self.fully_landed_unit_cost

        general_ledger_account: dict[str, Any] | None | Unset
        if isinstance(self.general_ledger_account, Unset):
            general_ledger_account = UNSET
        elif isinstance(self.general_ledger_account, InventoryV2GLAccountResponse):
            general_ledger_account = self.general_ledger_account.to_dict()
        else:
            general_ledger_account = self.general_ledger_account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "cost": cost,
                "description": description,
                "id": id,
                "name": name,
                "purchaseOrderItemId": purchase_order_item_id,
                "quantity": quantity,
                "skuId": sku_id,
            }
        )
        if allocated_other_costs is not UNSET:
            field_dict["allocatedOtherCosts"] = allocated_other_costs
        if allocated_shipping is not UNSET:
            field_dict["allocatedShipping"] = allocated_shipping
        if allocated_tax is not UNSET:
            field_dict["allocatedTax"] = allocated_tax
        if asset_account is not UNSET:
            field_dict["assetAccount"] = asset_account
        if budget_code_id is not UNSET:
            field_dict["budgetCodeId"] = budget_code_id
        if cost_of_sale_account is not UNSET:
            field_dict["costOfSaleAccount"] = cost_of_sale_account
        if fully_landed_unit_cost is not UNSET:
            field_dict["fullyLandedUnitCost"] = fully_landed_unit_cost
        if general_ledger_account is not UNSET:
            field_dict["generalLedgerAccount"] = general_ledger_account

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        cost = d.pop("cost")

        description = d.pop("description")

        id = d.pop("id")

        name = d.pop("name")

        purchase_order_item_id = d.pop("purchaseOrderItemId")

        quantity = d.pop("quantity")

        sku_id = d.pop("skuId")

        allocated_other_costs = d.pop("allocatedOtherCosts", UNSET)

        allocated_shipping = d.pop("allocatedShipping", UNSET)

        allocated_tax = d.pop("allocatedTax", UNSET)

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

        fully_landed_unit_cost = d.pop("fullyLandedUnitCost", UNSET)

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

        inventory_v2_inventory_receipt_item_response = cls(
            code,
            cost,
            description,
            id,
            name,
            purchase_order_item_id,
            quantity,
            sku_id,
            allocated_other_costs,
            allocated_shipping,
            allocated_tax,
            asset_account,
            budget_code_id,
            cost_of_sale_account,
            fully_landed_unit_cost,
            general_ledger_account,
        )

        inventory_v2_inventory_receipt_item_response.additional_properties = dict(d)
        return inventory_v2_inventory_receipt_item_response

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
