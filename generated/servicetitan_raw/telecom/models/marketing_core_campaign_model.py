from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.marketing_core_campaign_category_model import (
        MarketingCoreCampaignCategoryModel,
    )


T = TypeVar("T", bound="MarketingCoreCampaignModel")


@_attrs_define
class MarketingCoreCampaignModel:
    """
    Attributes:
        active (bool):
        created_on (datetime.datetime):
        id (int):
        modified_on (datetime.datetime):
        name (str):
        business_unit (None | str | Unset):
        category (MarketingCoreCampaignCategoryModel | None | Unset):
        dnis (None | str | Unset):
        is_default_campaign (bool | None | Unset):
        medium (None | str | Unset):
        other_medium (None | str | Unset):
        other_source (None | str | Unset):
        source (None | str | Unset):
    """

    active: bool
    created_on: datetime.datetime
    id: int
    modified_on: datetime.datetime
    name: str
    business_unit: None | str | Unset = UNSET
    category: MarketingCoreCampaignCategoryModel | None | Unset = UNSET
    dnis: None | str | Unset = UNSET
    is_default_campaign: bool | None | Unset = UNSET
    medium: None | str | Unset = UNSET
    other_medium: None | str | Unset = UNSET
    other_source: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "createdOn",
        "id",
        "modifiedOn",
        "name",
        "businessUnit",
        "category",
        "dnis",
        "isDefaultCampaign",
        "medium",
        "otherMedium",
        "otherSource",
        "source",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.marketing_core_campaign_category_model import (
            MarketingCoreCampaignCategoryModel,
        )

        active = self.active

        created_on = self.created_on.isoformat()

        id = self.id

        modified_on = self.modified_on.isoformat()

        name = self.name

        business_unit: None | str | Unset
        if isinstance(self.business_unit, Unset):
            business_unit = UNSET
        else:
            business_unit = self.business_unit

        category: dict[str, Any] | None | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, MarketingCoreCampaignCategoryModel):
            category = self.category.to_dict()
        else:
            category = self.category

        dnis: None | str | Unset
        if isinstance(self.dnis, Unset):
            dnis = UNSET
        else:
            dnis = self.dnis

        is_default_campaign: bool | None | Unset
        if isinstance(self.is_default_campaign, Unset):
            is_default_campaign = UNSET
        else:
            is_default_campaign = self.is_default_campaign

        medium: None | str | Unset
        if isinstance(self.medium, Unset):
            medium = UNSET
        else:
            medium = self.medium

        other_medium: None | str | Unset
        if isinstance(self.other_medium, Unset):
            other_medium = UNSET
        else:
            other_medium = self.other_medium

        other_source: None | str | Unset
        if isinstance(self.other_source, Unset):
            other_source = UNSET
        else:
            other_source = self.other_source

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "createdOn": created_on,
                "id": id,
                "modifiedOn": modified_on,
                "name": name,
            }
        )
        if business_unit is not UNSET:
            field_dict["businessUnit"] = business_unit
        if category is not UNSET:
            field_dict["category"] = category
        if dnis is not UNSET:
            field_dict["dnis"] = dnis
        if is_default_campaign is not UNSET:
            field_dict["isDefaultCampaign"] = is_default_campaign
        if medium is not UNSET:
            field_dict["medium"] = medium
        if other_medium is not UNSET:
            field_dict["otherMedium"] = other_medium
        if other_source is not UNSET:
            field_dict["otherSource"] = other_source
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        id = d.pop("id")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        name = d.pop("name")

        business_unit = d.pop("businessUnit", UNSET)

        category = d.pop("category", UNSET)
        if category is not None and not isinstance(category, Unset):
            if not isinstance(category, dict):
                raise TypeError()
            category_type_0 = _models.MarketingCoreCampaignCategoryModel.from_dict(
                category
            )

            category = category_type_0

        dnis = d.pop("dnis", UNSET)

        is_default_campaign = d.pop("isDefaultCampaign", UNSET)

        medium = d.pop("medium", UNSET)

        other_medium = d.pop("otherMedium", UNSET)

        other_source = d.pop("otherSource", UNSET)

        source = d.pop("source", UNSET)

        marketing_core_campaign_model = cls(
            active,
            created_on,
            id,
            modified_on,
            name,
            business_unit,
            category,
            dnis,
            is_default_campaign,
            medium,
            other_medium,
            other_source,
            source,
        )

        marketing_core_campaign_model.additional_properties = dict(d)
        return marketing_core_campaign_model

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
