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


T = TypeVar("T", bound="EstimatesV2UpdateEstimateTemplateRequest")


@_attrs_define
class EstimatesV2UpdateEstimateTemplateRequest:
    """
    Attributes:
        active (bool | None | Unset):
        business_unit_id (int | None | Unset):
        internal_name (None | str | Unset):
        items (list[EstimatesV2EstimateTemplateItemRequest] | None | Unset):
        mode (EstimateTemplatesEstimateTemplateMode | None | Unset):
        name (None | str | Unset):
        summary (None | str | Unset):
    """

    active: bool | None | Unset = UNSET
    business_unit_id: int | None | Unset = UNSET
    internal_name: None | str | Unset = UNSET
    items: list[EstimatesV2EstimateTemplateItemRequest] | None | Unset = UNSET
    mode: EstimateTemplatesEstimateTemplateMode | None | Unset = UNSET
    name: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "businessUnitId",
        "internalName",
        "items",
        "mode",
        "name",
        "summary",
    )

    def to_dict(self) -> dict[str, Any]:
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

        internal_name: None | str | Unset
        if isinstance(self.internal_name, Unset):
            internal_name = UNSET
        else:
            internal_name = self.internal_name

        items: list[dict[str, Any]] | None | Unset
        if isinstance(self.items, Unset):
            items = UNSET
        elif isinstance(self.items, list):
            items = []
            for items_type_0_item_data in self.items:
                items_type_0_item = items_type_0_item_data.to_dict()
                items.append(items_type_0_item)

        else:
            items = self.items

        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        elif isinstance(self.mode, EstimateTemplatesEstimateTemplateMode):
            mode = self.mode.value
        else:
            mode = self.mode

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if business_unit_id is not UNSET:
            field_dict["businessUnitId"] = business_unit_id
        if internal_name is not UNSET:
            field_dict["internalName"] = internal_name
        if items is not UNSET:
            field_dict["items"] = items
        if mode is not UNSET:
            field_dict["mode"] = mode
        if name is not UNSET:
            field_dict["name"] = name
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        business_unit_id = d.pop("businessUnitId", UNSET)

        internal_name = d.pop("internalName", UNSET)

        items = d.pop("items", UNSET)
        if items is not None and not isinstance(items, Unset):
            if not isinstance(items, list):
                raise TypeError()
            items_type_0 = [
                _models.EstimatesV2EstimateTemplateItemRequest.from_dict(
                    items_type_0_item_data
                )
                for items_type_0_item_data in items
            ]

            items = items_type_0

        mode = d.pop("mode", UNSET)
        if mode is not None and not isinstance(mode, Unset):
            if not isinstance(mode, str):
                raise TypeError()
            mode_type_0 = EstimateTemplatesEstimateTemplateMode(mode)

            mode = mode_type_0

        name = d.pop("name", UNSET)

        summary = d.pop("summary", UNSET)

        estimates_v2_update_estimate_template_request = cls(
            active,
            business_unit_id,
            internal_name,
            items,
            mode,
            name,
            summary,
        )

        estimates_v2_update_estimate_template_request.additional_properties = dict(d)
        return estimates_v2_update_estimate_template_request

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
