from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dispatch_v2_arrival_window_configuration import (
    DispatchV2ArrivalWindowConfiguration,
)

T = TypeVar("T", bound="DispatchV2UpdateArrivalWindowConfigurationRequest")


@_attrs_define
class DispatchV2UpdateArrivalWindowConfigurationRequest:
    """
    Attributes:
        configuration (DispatchV2ArrivalWindowConfiguration):
    """

    configuration: DispatchV2ArrivalWindowConfiguration
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = ("configuration",)

    def to_dict(self) -> dict[str, Any]:
        configuration = self.configuration.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "configuration": configuration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        configuration = DispatchV2ArrivalWindowConfiguration(d.pop("configuration"))

        dispatch_v2_update_arrival_window_configuration_request = cls(
            configuration,
        )

        dispatch_v2_update_arrival_window_configuration_request.additional_properties = dict(
            d
        )
        return dispatch_v2_update_arrival_window_configuration_request

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
