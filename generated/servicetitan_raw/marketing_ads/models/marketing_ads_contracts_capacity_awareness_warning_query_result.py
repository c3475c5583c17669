from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.marketing_ads_client_capacity_awareness_warning import (
        MarketingAdsClientCapacityAwarenessWarning,
    )


T = TypeVar("T", bound="MarketingAdsContractsCapacityAwarenessWarningQueryResult")


@_attrs_define
class MarketingAdsContractsCapacityAwarenessWarningQueryResult:
    """
    Attributes:
        data (list[MarketingAdsClientCapacityAwarenessWarning]):
        tenant_id (int):
        tenant_name (str):
        total_count (int):
    """

    data: list[MarketingAdsClientCapacityAwarenessWarning]
    tenant_id: int
    tenant_name: str
    total_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "data",
        "tenantId",
        "tenantName",
        "totalCount",
    )

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        tenant_id = self.tenant_id

        tenant_name = self.tenant_name

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "tenantId": tenant_id,
                "tenantName": tenant_name,
                "totalCount": total_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data = [
            _models.MarketingAdsClientCapacityAwarenessWarning.from_dict(data_item_data)
            for data_item_data in d.pop("data")
        ]

        tenant_id = d.pop("tenantId")

        tenant_name = d.pop("tenantName")

        total_count = d.pop("totalCount")

        marketing_ads_contracts_capacity_awareness_warning_query_result = cls(
            data,
            tenant_id,
            tenant_name,
            total_count,
        )

        marketing_ads_contracts_capacity_awareness_warning_query_result.additional_properties = dict(
            d
        )
        return marketing_ads_contracts_capacity_awareness_warning_query_result

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
