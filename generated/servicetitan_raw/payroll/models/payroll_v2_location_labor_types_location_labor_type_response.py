from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PayrollV2LocationLaborTypesLocationLaborTypeResponse")


@_attrs_define
class PayrollV2LocationLaborTypesLocationLaborTypeResponse:
    """
    Attributes:
        active (bool):
        created_on (datetime.datetime):
        hourly_rate (float):
        labor_type_code (str):
        labor_type_name (str):
        location_id (int):
    """

    active: bool
    created_on: datetime.datetime
    hourly_rate: float
    labor_type_code: str
    labor_type_name: str
    location_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "createdOn",
        "hourlyRate",
        "laborTypeCode",
        "laborTypeName",
        "locationId",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        created_on = self.created_on.isoformat()

        hourly_rate = self.hourly_rate

        labor_type_code = self.labor_type_code

        labor_type_name = self.labor_type_name

        location_id = self.location_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "createdOn": created_on,
                "hourlyRate": hourly_rate,
                "laborTypeCode": labor_type_code,
                "laborTypeName": labor_type_name,
                "locationId": location_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        hourly_rate = d.pop("hourlyRate")

        labor_type_code = d.pop("laborTypeCode")

        labor_type_name = d.pop("laborTypeName")

        location_id = d.pop("locationId")

        payroll_v2_location_labor_types_location_labor_type_response = cls(
            active,
            created_on,
            hourly_rate,
            labor_type_code,
            labor_type_name,
            location_id,
        )

        payroll_v2_location_labor_types_location_labor_type_response.additional_properties = dict(
            d
        )
        return payroll_v2_location_labor_types_location_labor_type_response

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
