from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.tenant_settings_v2_export_tag_type_response import (
        TenantSettingsV2ExportTagTypeResponse,
    )


T = TypeVar("T", bound="ExportResponseOfTenantSettingsV2ExportTagTypeResponse")


@_attrs_define
class ExportResponseOfTenantSettingsV2ExportTagTypeResponse:
    """
    Attributes:
        continue_from (str):
        data (list[TenantSettingsV2ExportTagTypeResponse]):
        has_more (bool):
    """

    continue_from: str
    data: list[TenantSettingsV2ExportTagTypeResponse]
    has_more: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "continueFrom",
        "data",
        "hasMore",
    )

    def to_dict(self) -> dict[str, Any]:
        continue_from = self.continue_from

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "continueFrom": continue_from,
                "data": data,
                "hasMore": has_more,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        continue_from = d.pop("continueFrom")

        data = [
            _models.TenantSettingsV2ExportTagTypeResponse.from_dict(data_item_data)
            for data_item_data in d.pop("data")
        ]

        has_more = d.pop("hasMore")

        export_response_of_tenant_settings_v2_export_tag_type_response = cls(
            continue_from,
            data,
            has_more,
        )

        export_response_of_tenant_settings_v2_export_tag_type_response.additional_properties = dict(
            d
        )
        return export_response_of_tenant_settings_v2_export_tag_type_response

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
