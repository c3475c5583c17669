from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EstimatesV2EstimateItemCreateUpdateRequest")


@_attrs_define
class EstimatesV2EstimateItemCreateUpdateRequest:
    """
    Attributes:
        budget_code_id (int | None | Unset):
        chargeable (bool | None | Unset):
        description (None | str | Unset):
        id (int | None | Unset):
        is_add_on (bool | None | Unset):
        item_group_name (None | str | Unset):
        item_group_root_id (int | None | Unset):
        membership_duration_billing_id (int | None | Unset):
        parent_item_id (int | None | Unset):
        quantity (float | None | Unset):
        skip_updating_membership_prices (bool | None | Unset):
        sku_id (int | None | Unset):
        sku_name (None | str | Unset):
        unit_cost (float | Unset):
        unit_price (float | None | Unset):
        use_default_project_labels (bool | None | Unset):
    """

    budget_code_id: int | None | Unset = UNSET
    chargeable: bool | None | Unset = UNSET
    description: None | str | Unset = UNSET
    id: int | None | Unset = UNSET
    is_add_on: bool | None | Unset = UNSET
    item_group_name: None | str | Unset = UNSET
    item_group_root_id: int | None | Unset = UNSET
    membership_duration_billing_id: int | None | Unset = UNSET
    parent_item_id: int | None | Unset = UNSET
    quantity: float | None | Unset = UNSET
    skip_updating_membership_prices: bool | None | Unset = UNSET
    sku_id: int | None | Unset = UNSET
    sku_name: None | str | Unset = UNSET
    unit_cost: float | Unset = UNSET
    unit_price: float | None | Unset = UNSET
    use_default_project_labels: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "budgetCodeId",
        "chargeable",
        "description",
        "id",
        "isAddOn",
        "itemGroupName",
        "itemGroupRootId",
        "membershipDurationBillingId",
        "parentItemId",
        "quantity",
        "skipUpdatingMembershipPrices",
        "skuId",
        "skuName",
        "unitCost",
        "unitPrice",
        "useDefaultProjectLabels",
    )

    def to_dict(self) -> dict[str, Any]:
        budget_code_id: int | None | Unset
        if isinstance(self.budget_code_id, Unset):
            budget_code_id = UNSET
        else:
            budget_code_id = self.budget_code_id

        chargeable: bool | None | Unset
        if isinstance(self.chargeable, Unset):
            chargeable = UNSET
        else:
            chargeable = self.chargeable

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

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

        membership_duration_billing_id: int | None | Unset
        if isinstance(self.membership_duration_billing_id, Unset):
            membership_duration_billing_id = UNSET
        else:
            membership_duration_billing_id = self.membership_duration_billing_id

        parent_item_id: int | None | Unset
        if isinstance(self.parent_item_id, Unset):
            parent_item_id = UNSET
        else:
            parent_item_id = self.parent_item_id

        quantity: float | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

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

        unit_cost = self.unit_cost

        unit_price: float | None | Unset
        if isinstance(self.unit_price, Unset):
            unit_price = UNSET
        else:
            unit_price = self.unit_price

        use_default_project_labels: bool | None | Unset
        if isinstance(self.use_default_project_labels, Unset):
            use_default_project_labels = UNSET
        else:
            use_default_project_labels = self.use_default_project_labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if budget_code_id is not UNSET:
            field_dict["budgetCodeId"] = budget_code_id
        if chargeable is not UNSET:
            field_dict["chargeable"] = chargeable
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if is_add_on is not UNSET:
            field_dict["isAddOn"] = is_add_on
        if item_group_name is not UNSET:
            field_dict["itemGroupName"] = item_group_name
        if item_group_root_id is not UNSET:
            field_dict["itemGroupRootId"] = item_group_root_id
        if membership_duration_billing_id is not UNSET:
            field_dict["membershipDurationBillingId"] = membership_duration_billing_id
        if parent_item_id is not UNSET:
            field_dict["parentItemId"] = parent_item_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if skip_updating_membership_prices is not UNSET:
            field_dict["skipUpdatingMembershipPrices"] = skip_updating_membership_prices
        if sku_id is not UNSET:
            field_dict["skuId"] = sku_id
        if sku_name is not UNSET:
            field_dict["skuName"] = sku_name
        if unit_cost is not UNSET:
            field_dict["unitCost"] = unit_cost
        if unit_price is not UNSET:
            field_dict["unitPrice"] = unit_price
        if use_default_project_labels is not UNSET:
            field_dict["useDefaultProjectLabels"] = use_default_project_labels

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        budget_code_id = d.pop("budgetCodeId", UNSET)

        chargeable = d.pop("chargeable", UNSET)

        description = d.pop("description", UNSET)

        id = d.pop("id", UNSET)

        is_add_on = d.pop("isAddOn", UNSET)

        item_group_name = d.pop("itemGroupName", UNSET)

        item_group_root_id = d.pop("itemGroupRootId", UNSET)

        membership_duration_billing_id = d.pop("membershipDurationBillingId", UNSET)

        parent_item_id = d.pop("parentItemId", UNSET)

        quantity = d.pop("quantity", UNSET)

        skip_updating_membership_prices = d.pop("skipUpdatingMembershipPrices", UNSET)

        sku_id = d.pop("skuId", UNSET)

        sku_name = d.pop("skuName", UNSET)

        unit_cost = d.pop("unitCost", UNSET)

        unit_price = d.pop("unitPrice", UNSET)

        use_default_project_labels = d.pop("useDefaultProjectLabels", UNSET)

        estimates_v2_estimate_item_create_update_request = cls(
            budget_code_id,
            chargeable,
            description,
            id,
            is_add_on,
            item_group_name,
            item_group_root_id,
            membership_duration_billing_id,
            parent_item_id,
            quantity,
            skip_updating_membership_prices,
            sku_id,
            sku_name,
            unit_cost,
            unit_price,
            use_default_project_labels,
        )

        estimates_v2_estimate_item_create_update_request.additional_properties = dict(d)
        return estimates_v2_estimate_item_create_update_request

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
