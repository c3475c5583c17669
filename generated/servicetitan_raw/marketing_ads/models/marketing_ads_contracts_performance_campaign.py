from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.marketing_ads_contracts_performance_status import (
    MarketingAdsContractsPerformanceStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketingAdsContractsPerformanceCampaign")


@_attrs_define
class MarketingAdsContractsPerformanceCampaign:
    """
    Attributes:
        category (str):
        launch_date (str):
        name (str):
        status (MarketingAdsContractsPerformanceStatus):
        external_id (int | None | Unset):
        id (int | None | Unset):
    """

    category: str
    launch_date: str
    name: str
    status: MarketingAdsContractsPerformanceStatus
    external_id: int | None | Unset = UNSET
    id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "category",
        "launchDate",
        "name",
        "status",
        "externalId",
        "id",
    )

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        launch_date = self.launch_date

        name = self.name

        status = self.status.value

        external_id: int | None | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "launchDate": launch_date,
                "name": name,
                "status": status,
            }
        )
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        category = d.pop("category")

        launch_date = d.pop("launchDate")

        name = d.pop("name")

        status = MarketingAdsContractsPerformanceStatus(d.pop("status"))

        external_id = d.pop("externalId", UNSET)

        id = d.pop("id", UNSET)

        marketing_ads_contracts_performance_campaign = cls(
            category,
            launch_date,
            name,
            status,
            external_id,
            id,
        )

        marketing_ads_contracts_performance_campaign.additional_properties = dict(d)
        return marketing_ads_contracts_performance_campaign

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
