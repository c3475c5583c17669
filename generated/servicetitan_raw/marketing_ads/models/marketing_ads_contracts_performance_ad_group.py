from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.marketing_ads_contracts_performance_status import (
    MarketingAdsContractsPerformanceStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketingAdsContractsPerformanceAdGroup")


@_attrs_define
class MarketingAdsContractsPerformanceAdGroup:
    """
    Attributes:
        id (str):
        name (str):
        status (MarketingAdsContractsPerformanceStatus | None | Unset):
    """

    id: str
    name: str
    status: MarketingAdsContractsPerformanceStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "id",
        "name",
        "status",
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, MarketingAdsContractsPerformanceStatus):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        status = d.pop("status", UNSET)
        if status is not None and not isinstance(status, Unset):
            if not isinstance(status, str):
                raise TypeError()
            status_type_0 = MarketingAdsContractsPerformanceStatus(status)

            status = status_type_0

        marketing_ads_contracts_performance_ad_group = cls(
            id,
            name,
            status,
        )

        marketing_ads_contracts_performance_ad_group.additional_properties = dict(d)
        return marketing_ads_contracts_performance_ad_group

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
