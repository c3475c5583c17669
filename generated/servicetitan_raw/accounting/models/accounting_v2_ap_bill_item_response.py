from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accounting_v2_inventory_location_response import (
        AccountingV2InventoryLocationResponse,
    )
    from ..models.accounting_v2gl_account_response import AccountingV2GLAccountResponse


T = TypeVar("T", bound="AccountingV2ApBillItemResponse")


@_attrs_define
class AccountingV2ApBillItemResponse:
    """
    Attributes:
        id (int):
        order (int):
        sku_code (str):
        sku_id (int):
        sku_type (str):
        allocated_other_costs (None | str | Unset):
        allocated_shipping (None | str | Unset):
        allocated_tax (None | str | Unset):
        asset_account (AccountingV2GLAccountResponse | None | Unset):
        budget_code_id (int | None | Unset):
        cost (None | str | Unset):
        cost_of_sale_account (AccountingV2GLAccountResponse | None | Unset):
        description (None | str | Unset):
        fully_landed_unit_cost (None | str | Unset):
        general_ledger_account (AccountingV2GLAccountResponse | None | Unset):
        inventory_location (AccountingV2InventoryLocationResponse | None | Unset):
        name (None | str | Unset):
        quantity (None | str | Unset):
        receipt_item_id (int | None | Unset):
        serial_number (None | str | Unset):
        vendor_part_number (None | str | Unset):
    """

    id: int
    order: int
    sku_code: str
    sku_id: int
    sku_type: str
    allocated_other_costs: None | str | Unset = UNSET
    allocated_shipping: None | str | Unset = UNSET
    allocated_tax: None | str | Unset = UNSET
    asset_account: AccountingV2GLAccountResponse | None | Unset = UNSET
    budget_code_id: int | None | Unset = UNSET
    cost: None | str | Unset = UNSET
    cost_of_sale_account: AccountingV2GLAccountResponse | None | Unset = UNSET
    description: None | str | Unset = UNSET
    fully_landed_unit_cost: None | str | Unset = UNSET
    general_ledger_account: AccountingV2GLAccountResponse | None | Unset = UNSET
    inventory_location: AccountingV2InventoryLocationResponse | None | Unset = UNSET
    name: None | str | Unset = UNSET
    quantity: None | str | Unset = UNSET
    receipt_item_id: int | None | Unset = UNSET
    serial_number: None | str | Unset = UNSET
    vendor_part_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "id",
        "order",
        "skuCode",
        "skuId",
        "skuType",
        "allocatedOtherCosts",
        "allocatedShipping",
        "allocatedTax",
        "assetAccount",
        "budgetCodeId",
        "cost",
        "costOfSaleAccount",
        "description",
        "fullyLandedUnitCost",
        "generalLedgerAccount",
        "inventoryLocation",
        "name",
        "quantity",
        "receiptItemId",
        "serialNumber",
        "vendorPartNumber",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.accounting_v2_inventory_location_response import (
            AccountingV2InventoryLocationResponse,
        )
        from ..models.accounting_v2gl_account_response import (
            AccountingV2GLAccountResponse,
        )

        id = self.id

        order = self.order

        sku_code = self.sku_code

        sku_id = self.sku_id

        sku_type = self.sku_type

        allocated_other_costs: None | str | Unset
        if isinstance(self.allocated_other_costs, Unset):
            allocated_other_costs = UNSET
        else:
            allocated_other_costs = self.allocated_other_costs

        allocated_shipping: None | str | Unset
        if isinstance(self.allocated_shipping, Unset):
            allocated_shipping = UNSET
        else:
            allocated_shipping = self.allocated_shipping

        allocated_tax: None | str | Unset
        if isinstance(self.allocated_tax, Unset):
            allocated_tax = UNSET
        else:
            allocated_tax = self.allocated_tax

        asset_account: dict[str, Any] | None | Unset
        if isinstance(self.asset_account, Unset):
            asset_account = UNSET
        elif isinstance(self.asset_account, AccountingV2GLAccountResponse):
            asset_account = self.asset_account.to_dict()
        else:
            asset_account = self.asset_account

        budget_code_id: int | None | Unset
        if isinstance(self.budget_code_id, Unset):
            budget_code_id = UNSET
        else:
            budget_code_id = self.budget_code_id

        cost: None | str | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        cost_of_sale_account: dict[str, Any] | None | Unset
        if isinstance(self.cost_of_sale_account, Unset):
            cost_of_sale_account = UNSET
        elif isinstance(self.cost_of_sale_account, AccountingV2GLAccountResponse):
            cost_of_sale_account = self.cost_of_sale_account.to_dict()
        else:
            cost_of_sale_account = self.cost_of_sale_account

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        fully_landed_unit_cost: None | str | Unset
        if isinstance(self.fully_landed_unit_cost, Unset):
            fully_landed_unit_cost = UNSET
        else:
            fully_landed_unit_cost = self.fully_landed_unit_cost

        general_ledger_account: dict[str, Any] | None | Unset
        if isinstance(self.general_ledger_account, Unset):
            general_ledger_account = UNSET
        elif isinstance(self.general_ledger_account, AccountingV2GLAccountResponse):
            general_ledger_account = self.general_ledger_account.to_dict()
        else:
            general_ledger_account = self.general_ledger_account

        inventory_location: dict[str, Any] | None | Unset
        if isinstance(self.inventory_location, Unset):
            inventory_location = UNSET
        elif isinstance(self.inventory_location, AccountingV2InventoryLocationResponse):
            inventory_location = self.inventory_location.to_dict()
        else:
            inventory_location = self.inventory_location

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        quantity: None | str | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        receipt_item_id: int | None | Unset
        if isinstance(self.receipt_item_id, Unset):
            receipt_item_id = UNSET
        else:
            receipt_item_id = self.receipt_item_id

        serial_number: None | str | Unset
        if isinstance(self.serial_number, Unset):
            serial_number = UNSET
        else:
            serial_number = self.serial_number

        vendor_part_number: None | str | Unset
        if isinstance(self.vendor_part_number, Unset):
            vendor_part_number = UNSET
        else:
            vendor_part_number = self.vendor_part_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "order": order,
                "skuCode": sku_code,
                "skuId": sku_id,
                "skuType": sku_type,
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
        if cost is not UNSET:
            field_dict["cost"] = cost
        if cost_of_sale_account is not UNSET:
            field_dict["costOfSaleAccount"] = cost_of_sale_account
        if description is not UNSET:
            field_dict["description"] = description
        if fully_landed_unit_cost is not UNSET:
            field_dict["fullyLandedUnitCost"] = fully_landed_unit_cost
        if general_ledger_account is not UNSET:
            field_dict["generalLedgerAccount"] = general_ledger_account
        if inventory_location is not UNSET:
            field_dict["inventoryLocation"] = inventory_location
        if name is not UNSET:
            field_dict["name"] = name
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if receipt_item_id is not UNSET:
            field_dict["receiptItemId"] = receipt_item_id
        if serial_number is not UNSET:
            field_dict["serialNumber"] = serial_number
        if vendor_part_number is not UNSET:
            field_dict["vendorPartNumber"] = vendor_part_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        order = d.pop("order")

        sku_code = d.pop("skuCode")

        sku_id = d.pop("skuId")

        sku_type = d.pop("skuType")

        allocated_other_costs = d.pop("allocatedOtherCosts", UNSET)

        allocated_shipping = d.pop("allocatedShipping", UNSET)

        allocated_tax = d.pop("allocatedTax", UNSET)

        asset_account = d.pop("assetAccount", UNSET)
        if asset_account is not None and not isinstance(asset_account, Unset):
            if not isinstance(asset_account, dict):
                raise TypeError()
            asset_account_type_0 = _models.AccountingV2GLAccountResponse.from_dict(
                asset_account
            )

            asset_account = asset_account_type_0

        budget_code_id = d.pop("budgetCodeId", UNSET)

        cost = d.pop("cost", UNSET)

        cost_of_sale_account = d.pop("costOfSaleAccount", UNSET)
        if cost_of_sale_account is not None and not isinstance(
            cost_of_sale_account, Unset
        ):
            if not isinstance(cost_of_sale_account, dict):
                raise TypeError()
            cost_of_sale_account_type_0 = (
                _models.AccountingV2GLAccountResponse.from_dict(cost_of_sale_account)
            )

            cost_of_sale_account = cost_of_sale_account_type_0

        description = d.pop("description", UNSET)

        fully_landed_unit_cost = d.pop("fullyLandedUnitCost", UNSET)

        general_ledger_account = d.pop("generalLedgerAccount", UNSET)
        if general_ledger_account is not None and not isinstance(
            general_ledger_account, Unset
        ):
            if not isinstance(general_ledger_account, dict):
                raise TypeError()
            general_ledger_account_type_0 = (
                _models.AccountingV2GLAccountResponse.from_dict(general_ledger_account)
            )

            general_ledger_account = general_ledger_account_type_0

        inventory_location = d.pop("inventoryLocation", UNSET)
        if inventory_location is not None and not isinstance(inventory_location, Unset):
            if not isinstance(inventory_location, dict):
                raise TypeError()
            inventory_location_type_0 = (
                _models.AccountingV2InventoryLocationResponse.from_dict(
                    inventory_location
                )
            )

            inventory_location = inventory_location_type_0

        name = d.pop("name", UNSET)

        quantity = d.pop("quantity", UNSET)

        receipt_item_id = d.pop("receiptItemId", UNSET)

        serial_number = d.pop("serialNumber", UNSET)

        vendor_part_number = d.pop("vendorPartNumber", UNSET)

        accounting_v2_ap_bill_item_response = cls(
            id,
            order,
            sku_code,
            sku_id,
            sku_type,
            allocated_other_costs,
            allocated_shipping,
            allocated_tax,
            asset_account,
            budget_code_id,
            cost,
            cost_of_sale_account,
            description,
            fully_landed_unit_cost,
            general_ledger_account,
            inventory_location,
            name,
            quantity,
            receipt_item_id,
            serial_number,
            vendor_part_number,
        )

        accounting_v2_ap_bill_item_response.additional_properties = dict(d)
        return accounting_v2_ap_bill_item_response

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
