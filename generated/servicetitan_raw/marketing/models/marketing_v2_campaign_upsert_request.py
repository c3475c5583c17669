from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketingV2CampaignUpsertRequest")


@_attrs_define
class MarketingV2CampaignUpsertRequest:
    """
    Attributes:
        active (bool):
        business_unit_id (int):
        category_id (int):
        name (str):
        dnis (None | str | Unset):
        is_default_campaign (bool | None | Unset):
        medium (None | str | Unset):
        other_medium (None | str | Unset):
        other_source (None | str | Unset):
        source (None | str | Unset):
    """

    active: bool
    business_unit_id: int
    category_id: int
    name: str
    dnis: None | str | Unset = UNSET
    is_default_campaign: bool | None | Unset = UNSET
    medium: None | str | Unset = UNSET
    other_medium: None | str | Unset = UNSET
    other_source: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "businessUnitId",
        "categoryId",
        "name",
        "dnis",
        "isDefaultCampaign",
        "medium",
        "otherMedium",
        "otherSource",
        "source",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        business_unit_id = self.business_unit_id

        category_id = self.category_id

        name = self.name

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
                "businessUnitId": business_unit_id,
                "categoryId": category_id,
                "name": name,
            }
        )
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

        business_unit_id = d.pop("businessUnitId")

        category_id = d.pop("categoryId")

        name = d.pop("name")

        dnis = d.pop("dnis", UNSET)

        is_default_campaign = d.pop("isDefaultCampaign", UNSET)

        medium = d.pop("medium", UNSET)

        other_medium = d.pop("otherMedium", UNSET)

        other_source = d.pop("otherSource", UNSET)

        source = d.pop("source", UNSET)

        marketing_v2_campaign_upsert_request = cls(
            active,
            business_unit_id,
            category_id,
            name,
            dnis,
            is_default_campaign,
            medium,
            other_medium,
            other_source,
            source,
        )

        marketing_v2_campaign_upsert_request.additional_properties = dict(d)
        return marketing_v2_campaign_upsert_request

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
