from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.memberships_v2_sku_type import MembershipsV2SkuType
from ..types import UNSET, Unset

T = TypeVar("T", bound="MembershipsV2InvoiceTemplateItemResponse")


@_attrs_define
class MembershipsV2InvoiceTemplateItemResponse:
    """
    Attributes:
        id (int):
        is_add_on (bool):
        quantity (float):
        sku_id (int):
        sku_type (MembershipsV2SkuType):
        unit_price (float):
        cost (float | None | Unset):
        description (None | str | Unset):
        hours (float | None | Unset):
        import_id (None | str | Unset):
        workflow_action_item_id (int | None | Unset):
    """

    id: int
    is_add_on: bool
    quantity: float
    sku_id: int
    sku_type: MembershipsV2SkuType
    unit_price: float
    cost: float | None | Unset = UNSET
    description: None | str | Unset = UNSET
    hours: float | None | Unset = UNSET
    import_id: None | str | Unset = UNSET
    workflow_action_item_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "id",
        "isAddOn",
        "quantity",
        "skuId",
        "skuType",
        "unitPrice",
        "cost",
        "description",
        "hours",
        "importId",
        "workflowActionItemId",
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        is_add_on = self.is_add_on

        quantity = self.quantity

        sku_id = self.sku_id

        sku_type = self.sku_type.value

        unit_price = self.unit_price

        cost: float | None | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        hours: float | None | Unset
        if isinstance(self.hours, Unset):
            hours = UNSET
        else:
            hours = self.hours

        import_id: None | str | Unset
        if isinstance(self.import_id, Unset):
            import_id = UNSET
        else:
            import_id = self.import_id

        workflow_action_item_id: int | None | Unset
        if isinstance(self.workflow_action_item_id, Unset):
            workflow_action_item_id = UNSET
        else:
            workflow_action_item_id = self.workflow_action_item_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "isAddOn": is_add_on,
                "quantity": quantity,
                "skuId": sku_id,
                "skuType": sku_type,
                "unitPrice": unit_price,
            }
        )
        if cost is not UNSET:
            field_dict["cost"] = cost
        if description is not UNSET:
            field_dict["description"] = description
        if hours is not UNSET:
            field_dict["hours"] = hours
        if import_id is not UNSET:
            field_dict["importId"] = import_id
        if workflow_action_item_id is not UNSET:
            field_dict["workflowActionItemId"] = workflow_action_item_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        is_add_on = d.pop("isAddOn")

        quantity = d.pop("quantity")

        sku_id = d.pop("skuId")

        sku_type = MembershipsV2SkuType(d.pop("skuType"))

        unit_price = d.pop("unitPrice")

        cost = d.pop("cost", UNSET)

        description = d.pop("description", UNSET)

        hours = d.pop("hours", UNSET)

        import_id = d.pop("importId", UNSET)

        workflow_action_item_id = d.pop("workflowActionItemId", UNSET)

        memberships_v2_invoice_template_item_response = cls(
            id,
            is_add_on,
            quantity,
            sku_id,
            sku_type,
            unit_price,
            cost,
            description,
            hours,
            import_id,
            workflow_action_item_id,
        )

        memberships_v2_invoice_template_item_response.additional_properties = dict(d)
        return memberships_v2_invoice_template_item_response

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
