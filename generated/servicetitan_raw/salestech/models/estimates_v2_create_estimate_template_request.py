from __future__ import annotations

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
    from ..models.estimates_v2_estimate_template_item_request import (
        EstimatesV2EstimateTemplateItemRequest,
    )


T = TypeVar("T", bound="EstimatesV2CreateEstimateTemplateRequest")


@_attrs_define
class EstimatesV2CreateEstimateTemplateRequest:
    """
    Attributes:
        internal_name (str):
        items (list[EstimatesV2EstimateTemplateItemRequest]):
        mode (EstimateTemplatesEstimateTemplateMode):
        name (str):
        active (bool | None | Unset):
        business_unit_id (int | None | Unset):
        summary (None | str | Unset):
    """

    internal_name: str
    items: list[EstimatesV2EstimateTemplateItemRequest]
    mode: EstimateTemplatesEstimateTemplateMode
    name: str
    active: bool | None | Unset = UNSET
    business_unit_id: int | None | Unset = UNSET
    summary: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "internalName",
        "items",
        "mode",
        "name",
        "active",
        "businessUnitId",
        "summary",
    )

    def to_dict(self) -> dict[str, Any]:
        internal_name = self.internal_name

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        mode = self.mode.value

        name = self.name

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

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
                "internalName": internal_name,
                "items": items,
                "mode": mode,
                "name": name,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if business_unit_id is not UNSET:
            field_dict["businessUnitId"] = business_unit_id
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        internal_name = d.pop("internalName")

        items = [
            _models.EstimatesV2EstimateTemplateItemRequest.from_dict(items_item_data)
            for items_item_data in d.pop("items")
        ]

        mode = EstimateTemplatesEstimateTemplateMode(d.pop("mode"))

        name = d.pop("name")

        active = d.pop("active", UNSET)

        business_unit_id = d.pop("businessUnitId", UNSET)

        summary = d.pop("summary", UNSET)

        estimates_v2_create_estimate_template_request = cls(
            internal_name,
            items,
            mode,
            name,
            active,
            business_unit_id,
            summary,
        )

        estimates_v2_create_estimate_template_request.additional_properties = dict(d)
        return estimates_v2_create_estimate_template_request

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
