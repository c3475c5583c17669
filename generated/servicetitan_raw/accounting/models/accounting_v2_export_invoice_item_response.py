from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.accounting_v2_invoice_item_type import AccountingV2InvoiceItemType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accounting_v2_item_group_response import AccountingV2ItemGroupResponse
    from ..models.accounting_v2_named_field_response import (
        AccountingV2NamedFieldResponse,
    )
    from ..models.accounting_v2gl_account_response import AccountingV2GLAccountResponse


T = TypeVar("T", bound="AccountingV2ExportInvoiceItemResponse")


@_attrs_define
class AccountingV2ExportInvoiceItemResponse:
    """
    Attributes:
        active (bool):
        add_on (bool):
        created_on (datetime.datetime):
        id (int):
        inventory (bool):
        invoice_id (int):
        is_chargeable (bool):
        membership_type_id (int):
        modified_on (datetime.datetime):
        order (int):
        sku_id (int):
        taxable (bool):
        type_ (AccountingV2InvoiceItemType):
        asset_account (AccountingV2GLAccountResponse | None | Unset):
        budget_code_id (int | None | Unset):
        business_unit (AccountingV2NamedFieldResponse | None | Unset):
        cost (None | str | Unset):
        cost_of_sale_account (AccountingV2GLAccountResponse | None | Unset):
        created_by_id (int | None | Unset):
        description (None | str | Unset):
        display_in_amount (bool | None | Unset):
        display_name (None | str | Unset):
        estimate_item_id (int | None | Unset):
        export_id (None | str | Unset):
        general_ledger_account (AccountingV2GLAccountResponse | None | Unset):
        import_id (None | str | Unset):
        installed_equipment_id (int | None | Unset):
        inventory_location (None | str | Unset):
        inventory_location_id (int | None | Unset):
        inventory_status (None | str | Unset):
        item_group (AccountingV2ItemGroupResponse | None | Unset):
        member_price (None | str | Unset):
        price (None | str | Unset):
        quantity (None | str | Unset):
        service_date (datetime.datetime | None | Unset):
        sku_name (None | str | Unset):
        sold_hours (float | None | Unset):
        technician_id (int | None | Unset):
        total (None | str | Unset):
        total_cost (None | str | Unset):
    """

    active: bool
    add_on: bool
    created_on: datetime.datetime
    id: int
    inventory: bool
    invoice_id: int
    is_chargeable: bool
    membership_type_id: int
    modified_on: datetime.datetime
    order: int
    sku_id: int
    taxable: bool
    type_: AccountingV2InvoiceItemType
    asset_account: AccountingV2GLAccountResponse | None | Unset = UNSET
    budget_code_id: int | None | Unset = UNSET
    business_unit: AccountingV2NamedFieldResponse | None | Unset = UNSET
    cost: None | str | Unset = UNSET
    cost_of_sale_account: AccountingV2GLAccountResponse | None | Unset = UNSET
    created_by_id: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    display_in_amount: bool | None | Unset = UNSET
    display_name: None | str | Unset = UNSET
    estimate_item_id: int | None | Unset = UNSET
    export_id: None | str | Unset = UNSET
    general_ledger_account: AccountingV2GLAccountResponse | None | Unset = UNSET
    import_id: None | str | Unset = UNSET
    installed_equipment_id: int | None | Unset = UNSET
    inventory_location: None | str | Unset = UNSET
    inventory_location_id: int | None | Unset = UNSET
    inventory_status: None | str | Unset = UNSET
    item_group: AccountingV2ItemGroupResponse | None | Unset = UNSET
    member_price: None | str | Unset = UNSET
    price: None | str | Unset = UNSET
    quantity: None | str | Unset = UNSET
    service_date: datetime.datetime | None | Unset = UNSET
    sku_name: None | str | Unset = UNSET
    sold_hours: float | None | Unset = UNSET
    technician_id: int | None | Unset = UNSET
    total: None | str | Unset = UNSET
    total_cost: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "addOn",
        "createdOn",
        "id",
        "inventory",
        "invoiceId",
        "isChargeable",
        "membershipTypeId",
        "modifiedOn",
        "order",
        "skuId",
        "taxable",
        "type",
        "assetAccount",
        "budgetCodeId",
        "businessUnit",
        "cost",
        "costOfSaleAccount",
        "createdById",
        "description",
        "displayInAmount",
        "displayName",
        "estimateItemId",
        "exportId",
        "generalLedgerAccount",
        "importId",
        "installedEquipmentId",
        "inventoryLocation",
        "inventoryLocationId",
        "inventoryStatus",
        "itemGroup",
        "memberPrice",
        "price",
        "quantity",
        "serviceDate",
        "skuName",
        "soldHours",
        "technicianId",
        "total",
        "totalCost",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.accounting_v2_item_group_response import (
            AccountingV2ItemGroupResponse,
        )
        from ..models.accounting_v2_named_field_response import (
            AccountingV2NamedFieldResponse,
        )
        from ..models.accounting_v2gl_account_response import (
            AccountingV2GLAccountResponse,
        )

        active = self.active

        add_on = self.add_on

        created_on = self.created_on.isoformat()

        id = self.id

        inventory = self.inventory

        invoice_id = self.invoice_id

        is_chargeable = self.is_chargeable

        membership_type_id = self.membership_type_id

        modified_on = self.modified_on.isoformat()

        order = self.order

        sku_id = self.sku_id

        taxable = self.taxable

        type_ = self.type_.value

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

        business_unit: dict[str, Any] | None | Unset
        if isinstance(self.business_unit, Unset):
            business_unit = UNSET
        elif isinstance(self.business_unit, AccountingV2NamedFieldResponse):
            business_unit = self.business_unit.to_dict()
        else:
            business_unit = self.business_unit

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

        created_by_id: int | None | Unset
        if isinstance(self.created_by_id, Unset):
            created_by_id = UNSET
        else:
            created_by_id = self.created_by_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        display_in_amount: bool | None | Unset
        if isinstance(self.display_in_amount, Unset):
            display_in_amount = UNSET
        else:
            display_in_amount = self.display_in_amount

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        estimate_item_id: int | None | Unset
        if isinstance(self.estimate_item_id, Unset):
            estimate_item_id = UNSET
        else:
            estimate_item_id = self.estimate_item_id

        export_id: None | str | Unset
        if isinstance(self.export_id, Unset):
            export_id = UNSET
        else:
            export_id = self.export_id

        general_ledger_account: dict[str, Any] | None | Unset
        if isinstance(self.general_ledger_account, Unset):
            general_ledger_account = UNSET
        elif isinstance(self.general_ledger_account, AccountingV2GLAccountResponse):
            general_ledger_account = self.general_ledger_account.to_dict()
        else:
            general_ledger_account = self.general_ledger_account

        import_id: None | str | Unset
        if isinstance(self.import_id, Unset):
            import_id = UNSET
        else:
            import_id = self.import_id

        installed_equipment_id: int | None | Unset
        if isinstance(self.installed_equipment_id, Unset):
            installed_equipment_id = UNSET
        else:
            installed_equipment_id = self.installed_equipment_id

        inventory_location: None | str | Unset
        if isinstance(self.inventory_location, Unset):
            inventory_location = UNSET
        else:
            inventory_location = self.inventory_location

        inventory_location_id: int | None | Unset
        if isinstance(self.inventory_location_id, Unset):
            inventory_location_id = UNSET
        else:
            inventory_location_id = self.inventory_location_id

        inventory_status: None | str | Unset
        if isinstance(self.inventory_status, Unset):
            inventory_status = UNSET
        else:
            inventory_status = self.inventory_status

        item_group: dict[str, Any] | None | Unset
        if isinstance(self.item_group, Unset):
            item_group = UNSET
        elif isinstance(self.item_group, AccountingV2ItemGroupResponse):
            item_group = self.item_group.to_dict()
        else:
            item_group = self.item_group

        member_price: None | str | Unset
        if isinstance(self.member_price, Unset):
            member_price = UNSET
        else:
            member_price = self.member_price

        price: None | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        quantity: None | str | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        service_date: None | str | Unset
        if isinstance(self.service_date, Unset):
            service_date = UNSET
        elif isinstance(self.service_date, datetime.datetime):
            service_date = self.service_date.isoformat()
        else:
            service_date = self.service_date

        sku_name: None | str | Unset
        if isinstance(self.sku_name, Unset):
            sku_name = UNSET
        else:
            sku_name = self.sku_name

        sold_hours: float | None | Unset
        if isinstance(self.sold_hours, Unset):
            sold_hours = UNSET
        else:
            sold_hours = self.sold_hours

        technician_id: int | None | Unset
        if isinstance(self.technician_id, Unset):
            technician_id = UNSET
        else:
            technician_id = self.technician_id

        total: None | str | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        total_cost: None | str | Unset
        if isinstance(self.total_cost, Unset):
            total_cost = UNSET
        else:
            total_cost = self.total_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "addOn": add_on,
                "createdOn": created_on,
                "id": id,
                "inventory": inventory,
                "invoiceId": invoice_id,
                "isChargeable": is_chargeable,
                "membershipTypeId": membership_type_id,
                "modifiedOn": modified_on,
                "order": order,
                "skuId": sku_id,
                "taxable": taxable,
                "type": type_,
            }
        )
        if asset_account is not UNSET:
            field_dict["assetAccount"] = asset_account
        if budget_code_id is not UNSET:
            field_dict["budgetCodeId"] = budget_code_id
        if business_unit is not UNSET:
            field_dict["businessUnit"] = business_unit
        if cost is not UNSET:
            field_dict["cost"] = cost
        if cost_of_sale_account is not UNSET:
            field_dict["costOfSaleAccount"] = cost_of_sale_account
        if created_by_id is not UNSET:
            field_dict["createdById"] = created_by_id
        if description is not UNSET:
            field_dict["description"] = description
        if display_in_amount is not UNSET:
            field_dict["displayInAmount"] = display_in_amount
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if estimate_item_id is not UNSET:
            field_dict["estimateItemId"] = estimate_item_id
        if export_id is not UNSET:
            field_dict["exportId"] = export_id
        if general_ledger_account is not UNSET:
            field_dict["generalLedgerAccount"] = general_ledger_account
        if import_id is not UNSET:
            field_dict["importId"] = import_id
        if installed_equipment_id is not UNSET:
            field_dict["installedEquipmentId"] = installed_equipment_id
        if inventory_location is not UNSET:
            field_dict["inventoryLocation"] = inventory_location
        if inventory_location_id is not UNSET:
            field_dict["inventoryLocationId"] = inventory_location_id
        if inventory_status is not UNSET:
            field_dict["inventoryStatus"] = inventory_status
        if item_group is not UNSET:
            field_dict["itemGroup"] = item_group
        if member_price is not UNSET:
            field_dict["memberPrice"] = member_price
        if price is not UNSET:
            field_dict["price"] = price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if service_date is not UNSET:
            field_dict["serviceDate"] = service_date
        if sku_name is not UNSET:
            field_dict["skuName"] = sku_name
        if sold_hours is not UNSET:
            field_dict["soldHours"] = sold_hours
        if technician_id is not UNSET:
            field_dict["technicianId"] = technician_id
        if total is not UNSET:
            field_dict["total"] = total
        if total_cost is not UNSET:
            field_dict["totalCost"] = total_cost

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        add_on = d.pop("addOn")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        id = d.pop("id")

        inventory = d.pop("inventory")

        invoice_id = d.pop("invoiceId")

        is_chargeable = d.pop("isChargeable")

        membership_type_id = d.pop("membershipTypeId")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        order = d.pop("order")

        sku_id = d.pop("skuId")

        taxable = d.pop("taxable")

        type_ = AccountingV2InvoiceItemType(d.pop("type"))

        asset_account = d.pop("assetAccount", UNSET)
        if asset_account is not None and not isinstance(asset_account, Unset):
            if not isinstance(asset_account, dict):
                raise TypeError()
            asset_account_type_0 = _models.AccountingV2GLAccountResponse.from_dict(
                asset_account
            )

            asset_account = asset_account_type_0

        budget_code_id = d.pop("budgetCodeId", UNSET)

        business_unit = d.pop("businessUnit", UNSET)
        if business_unit is not None and not isinstance(business_unit, Unset):
            if not isinstance(business_unit, dict):
                raise TypeError()
            business_unit_type_0 = _models.AccountingV2NamedFieldResponse.from_dict(
                business_unit
            )

            business_unit = business_unit_type_0

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

        created_by_id = d.pop("createdById", UNSET)

        description = d.pop("description", UNSET)

        display_in_amount = d.pop("displayInAmount", UNSET)

        display_name = d.pop("displayName", UNSET)

        estimate_item_id = d.pop("estimateItemId", UNSET)

        export_id = d.pop("exportId", UNSET)

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

        import_id = d.pop("importId", UNSET)

        installed_equipment_id = d.pop("installedEquipmentId", UNSET)

        inventory_location = d.pop("inventoryLocation", UNSET)

        inventory_location_id = d.pop("inventoryLocationId", UNSET)

        inventory_status = d.pop("inventoryStatus", UNSET)

        item_group = d.pop("itemGroup", UNSET)
        if item_group is not None and not isinstance(item_group, Unset):
            if not isinstance(item_group, dict):
                raise TypeError()
            item_group_type_0 = _models.AccountingV2ItemGroupResponse.from_dict(
                item_group
            )

            item_group = item_group_type_0

        member_price = d.pop("memberPrice", UNSET)

        price = d.pop("price", UNSET)

        quantity = d.pop("quantity", UNSET)

        service_date = d.pop("serviceDate", UNSET)
        if service_date is not None and not isinstance(service_date, Unset):
            if not isinstance(service_date, str):
                raise TypeError()
            service_date_type_0 = datetime.datetime.fromisoformat(service_date)

            service_date = service_date_type_0

        sku_name = d.pop("skuName", UNSET)

        sold_hours = d.pop("soldHours", UNSET)

        technician_id = d.pop("technicianId", UNSET)

        total = d.pop("total", UNSET)

        total_cost = d.pop("totalCost", UNSET)

        accounting_v2_export_invoice_item_response = cls(
            active,
            add_on,
            created_on,
            id,
            inventory,
            invoice_id,
            is_chargeable,
            membership_type_id,
            modified_on,
            order,
            sku_id,
            taxable,
            type_,
            asset_account,
            budget_code_id,
            business_unit,
            cost,
            cost_of_sale_account,
            created_by_id,
            description,
            display_in_amount,
            display_name,
            estimate_item_id,
            export_id,
            general_ledger_account,
            import_id,
            installed_equipment_id,
            inventory_location,
            inventory_location_id,
            inventory_status,
            item_group,
            member_price,
            price,
            quantity,
            service_date,
            sku_name,
            sold_hours,
            technician_id,
            total,
            total_cost,
        )

        accounting_v2_export_invoice_item_response.additional_properties = dict(d)
        return accounting_v2_export_invoice_item_response

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
