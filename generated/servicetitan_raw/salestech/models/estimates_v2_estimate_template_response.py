from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.estimate_templates_estimate_template_mode import (
    EstimateTemplatesEstimateTemplateMode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.estimates_v2_estimate_template_item_response import (
        EstimatesV2EstimateTemplateItemResponse,
    )


T = TypeVar("T", bound="EstimatesV2EstimateTemplateResponse")


@_attrs_define
class EstimatesV2EstimateTemplateResponse:
    """
    Attributes:
        active (bool):
        created_on (datetime.datetime):
        id (int):
        internal_name (str):
        items (list[EstimatesV2EstimateTemplateItemResponse]):
        mode (EstimateTemplatesEstimateTemplateMode):
        modified_on (datetime.datetime):
        name (str):
        total_cost (float):
        total_price (float):
        business_unit_id (int | None | Unset):
        summary (None | str | Unset):
    """

    active: bool
    created_on: datetime.datetime
    id: int
    internal_name: str
    items: list[EstimatesV2EstimateTemplateItemResponse]
    mode: EstimateTemplatesEstimateTemplateMode
    modified_on: datetime.datetime
    name: str
    total_cost: float
    total_price: float
    business_unit_id: int | None | Unset = UNSET
    summary: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "createdOn",
        "id",
        "internalName",
        "items",
        "mode",
        "modifiedOn",
        "name",
        "totalCost",
        "totalPrice",
        "businessUnitId",
        "summary",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        created_on = self.created_on.isoformat()

        id = self.id

        internal_name = self.internal_name

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        mode = self.mode.value

        modified_on = self.modified_on.isoformat()

        name = self.name

        total_cost = self.total_cost

        total_price = self.total_price

        business_unit_id: int | None | Unset
        if isinstance(self.business_unit_id, Unset):
            business_unit_id = UNSET
        else:
            business_unit_id = self.business_unit_id

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "createdOn": created_on,
                "id": id,
                "internalName": internal_name,
                "items": items,
                "mode": mode,
                "modifiedOn": modified_on,
                "name": name,
                "totalCost": total_cost,
                "totalPrice": total_price,
            }
        )
        if business_unit_id is not UNSET:
            field_dict["businessUnitId"] = business_unit_id
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        id = d.pop("id")

        internal_name = d.pop("internalName")

        items = [
            _models.EstimatesV2EstimateTemplateItemResponse.from_dict(items_item_data)
            for items_item_data in d.pop("items")
        ]

        mode = EstimateTemplatesEstimateTemplateMode(d.pop("mode"))

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        name = d.pop("name")

        total_cost = d.pop("totalCost")

        total_price = d.pop("totalPrice")

        business_unit_id = d.pop("businessUnitId", UNSET)

        summary = d.pop("summary", UNSET)

        estimates_v2_estimate_template_response = cls(
            active,
            created_on,
            id,
            internal_name,
            items,
            mode,
            modified_on,
            name,
            total_cost,
            total_price,
            business_unit_id,
            summary,
        )

        estimates_v2_estimate_template_response.additional_properties = dict(d)
        return estimates_v2_estimate_template_response

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
