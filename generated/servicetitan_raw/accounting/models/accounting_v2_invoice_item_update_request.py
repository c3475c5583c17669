from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountingV2InvoiceItemUpdateRequest")


@_attrs_define
class AccountingV2InvoiceItemUpdateRequest:
    """
    Attributes:
        description (str):
        quantity (float):
        budget_code_id (int | None | Unset):
        cost (float | None | Unset):
        duration_billing_id (int | None | Unset):
        id (int | None | Unset):
        installed_on (datetime.datetime | None | Unset):
        inventory_location_id (int | None | Unset):
        inventory_warehouse_name (None | str | Unset):
        is_add_on (bool | None | Unset):
        item_group_name (None | str | Unset):
        item_group_root_id (int | None | Unset):
        signature (None | str | Unset):
        skip_updating_membership_prices (bool | None | Unset):
        sku_id (int | None | Unset):
        sku_name (None | str | Unset):
        technician_acknowledgement_signature (None | str | Unset):
        technician_id (int | None | Unset):
        unit_price (float | None | Unset):
    """

    description: str
    quantity: float
    budget_code_id: int | None | Unset = UNSET
    cost: float | None | Unset = UNSET
    duration_billing_id: int | None | Unset = UNSET
    id: int | None | Unset = UNSET
    installed_on: datetime.datetime | None | Unset = UNSET
    inventory_location_id: int | None | Unset = UNSET
    inventory_warehouse_name: None | str | Unset = UNSET
    is_add_on: bool | None | Unset = UNSET
    item_group_name: None | str | Unset = UNSET
    item_group_root_id: int | None | Unset = UNSET
    signature: None | str | Unset = UNSET
    skip_updating_membership_prices: bool | None | Unset = UNSET
    sku_id: int | None | Unset = UNSET
    sku_name: None | str | Unset = UNSET
    technician_acknowledgement_signature: None | str | Unset = UNSET
    technician_id: int | None | Unset = UNSET
    unit_price: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "description",
        "quantity",
        "budgetCodeId",
        "cost",
        "durationBillingId",
        "id",
        "installedOn",
        "inventoryLocationId",
        "inventoryWarehouseName",
        "isAddOn",
        "itemGroupName",
        "itemGroupRootId",
        "signature",
        "skipUpdatingMembershipPrices",
        "skuId",
        "skuName",
        "technicianAcknowledgementSignature",
        "technicianId",
        "unitPrice",
    )

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        quantity = self.quantity

        budget_code_id: int | None | Unset
        if isinstance(self.budget_code_id, Unset):
            budget_code_id = UNSET
        else:
            budget_code_id = self.budget_code_id

        cost: float | None | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        duration_billing_id: int | None | Unset
        if isinstance(self.duration_billing_id, Unset):
            duration_billing_id = UNSET
        else:
            duration_billing_id = self.duration_billing_id

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        installed_on: None | str | Unset
        if isinstance(self.installed_on, Unset):
            installed_on = UNSET
        elif isinstance(self.installed_on, datetime.datetime):
            installed_on = self.installed_on.isoformat()
        else:
            installed_on = self.installed_on

        inventory_location_id: int | None | Unset
        if isinstance(self.inventory_location_id, Unset):
            inventory_location_id = UNSET
        else:
            inventory_location_id = self.inventory_location_id

        inventory_warehouse_name: None | str | Unset
        if isinstance(self.inventory_warehouse_name, Unset):
            inventory_warehouse_name = UNSET
        else:
            inventory_warehouse_name = self.inventory_warehouse_name

        is_add_on: bool | None | Unset
        if isinstance(self.is_add_on, Unset):
            is_add_on = UNSET
        else:
            is_add_on = self.is_add_on

        item_group_name: None | str | Unset
        if isinstance(self.item_group_name, Unset):
            item_group_name = UNSET
        else:
            item_group_name = self.item_group_name

        item_group_root_id: int | None | Unset
        if isinstance(self.item_group_root_id, Unset):
            item_group_root_id = UNSET
        else:
            item_group_root_id = self.item_group_root_id

        signature: None | str | Unset
        if isinstance(self.signature, Unset):
            signature = UNSET
        else:
            signature = self.signature

        skip_updating_membership_prices: bool | None | Unset
        if isinstance(self.skip_updating_membership_prices, Unset):
            skip_updating_membership_prices = UNSET
        else:
            skip_updating_membership_prices = self.skip_updating_membership_prices

        sku_id: int | None | Unset
        if isinstance(self.sku_id, Unset):
            sku_id = UNSET
        else:
            sku_id = self.sku_id

        sku_name: None | str | Unset
        if isinstance(self.sku_name, Unset):
            sku_name = UNSET
        else:
            sku_name = self.sku_name

        technician_acknowledgement_signature: None | str | Unset
        if isinstance(self.technician_acknowledgement_signature, Unset):
            technician_acknowledgement_signature = UNSET
        else:
            technician_acknowledgement_signature = (
                self.technician_acknowledgement_signature
            )

        technician_id: int | None | Unset
        if isinstance(self.technician_id, Unset):
            technician_id = UNSET
        else:
            technician_id = self.technician_id

        unit_price: float | None | Unset
        if isinstance(self.unit_price, Unset):
            unit_price = UNSET
        else:
            unit_price = self.unit_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "quantity": quantity,
            }
        )
        if budget_code_id is not UNSET:
            field_dict["budgetCodeId"] = budget_code_id
        if cost is not UNSET:
            field_dict["cost"] = cost
        if duration_billing_id is not UNSET:
            field_dict["durationBillingId"] = duration_billing_id
        if id is not UNSET:
            field_dict["id"] = id
        if installed_on is not UNSET:
            field_dict["installedOn"] = installed_on
        if inventory_location_id is not UNSET:
            field_dict["inventoryLocationId"] = inventory_location_id
        if inventory_warehouse_name is not UNSET:
            field_dict["inventoryWarehouseName"] = inventory_warehouse_name
        if is_add_on is not UNSET:
            field_dict["isAddOn"] = is_add_on
        if item_group_name is not UNSET:
            field_dict["itemGroupName"] = item_group_name
        if item_group_root_id is not UNSET:
            field_dict["itemGroupRootId"] = item_group_root_id
        if signature is not UNSET:
            field_dict["signature"] = signature
        if skip_updating_membership_prices is not UNSET:
            field_dict["skipUpdatingMembershipPrices"] = skip_updating_membership_prices
        if sku_id is not UNSET:
            field_dict["skuId"] = sku_id
        if sku_name is not UNSET:
            field_dict["skuName"] = sku_name
        if technician_acknowledgement_signature is not UNSET:
            field_dict["technicianAcknowledgementSignature"] = (
                technician_acknowledgement_signature
            )
        if technician_id is not UNSET:
            field_dict["technicianId"] = technician_id
        if unit_price is not UNSET:
            field_dict["unitPrice"] = unit_price

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        description = d.pop("description")

        quantity = d.pop("quantity")

        budget_code_id = d.pop("budgetCodeId", UNSET)

        cost = d.pop("cost", UNSET)

        duration_billing_id = d.pop("durationBillingId", UNSET)

        id = d.pop("id", UNSET)

        installed_on = d.pop("installedOn", UNSET)
        if installed_on is not None and not isinstance(installed_on, Unset):
            if not isinstance(installed_on, str):
                raise TypeError()
            installed_on_type_0 = datetime.datetime.fromisoformat(installed_on)

            installed_on = installed_on_type_0

        inventory_location_id = d.pop("inventoryLocationId", UNSET)

        inventory_warehouse_name = d.pop("inventoryWarehouseName", UNSET)

        is_add_on = d.pop("isAddOn", UNSET)

        item_group_name = d.pop("itemGroupName", UNSET)

        item_group_root_id = d.pop("itemGroupRootId", UNSET)

        signature = d.pop("signature", UNSET)

        skip_updating_membership_prices = d.pop("skipUpdatingMembershipPrices", UNSET)

        sku_id = d.pop("skuId", UNSET)

        sku_name = d.pop("skuName", UNSET)

        technician_acknowledgement_signature = d.pop(
            "technicianAcknowledgementSignature", UNSET
        )

        technician_id = d.pop("technicianId", UNSET)

        unit_price = d.pop("unitPrice", UNSET)

        accounting_v2_invoice_item_update_request = cls(
            description,
            quantity,
            budget_code_id,
            cost,
            duration_billing_id,
            id,
            installed_on,
            inventory_location_id,
            inventory_warehouse_name,
            is_add_on,
            item_group_name,
            item_group_root_id,
            signature,
            skip_updating_membership_prices,
            sku_id,
            sku_name,
            technician_acknowledgement_signature,
            technician_id,
            unit_price,
        )

        accounting_v2_invoice_item_update_request.additional_properties = dict(d)
        return accounting_v2_invoice_item_update_request

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
