from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.dispatch_v2_arrival_window_configuration import (
    DispatchV2ArrivalWindowConfiguration,
)

T = TypeVar("T", bound="DispatchV2UpdateArrivalWindowConfigurationRequest")


@_attrs_define
class DispatchV2UpdateArrivalWindowConfigurationRequest:
    """
    Attributes:
        configuration (DispatchV2ArrivalWindowConfiguration): Determines the default Job's start time during booking or
            rescheduling after an Arrival window has been selected or changed by a user.
    """

    configuration: DispatchV2ArrivalWindowConfiguration

    def to_dict(self) -> dict[str, Any]:
        configuration = self.configuration.value

        field_dict: dict[str, Any] = {}

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
            configuration=configuration,
        )

        return dispatch_v2_update_arrival_window_configuration_request
