from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DispatchV2CapacityRequestArgs")


@_attrs_define
class DispatchV2CapacityRequestArgs:
    """
    Attributes:
        ends_on_or_before (datetime.datetime):
        skill_based_availability (bool):
        starts_on_or_after (datetime.datetime):
        business_unit_ids (list[int] | None | Unset):
        job_type_id (int | None | Unset):
    """

    ends_on_or_before: datetime.datetime
    skill_based_availability: bool
    starts_on_or_after: datetime.datetime
    business_unit_ids: list[int] | None | Unset = UNSET
    job_type_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "endsOnOrBefore",
        "skillBasedAvailability",
        "startsOnOrAfter",
        "businessUnitIds",
        "jobTypeId",
    )

    def to_dict(self) -> dict[str, Any]:
        ends_on_or_before = self.ends_on_or_before.isoformat()

        skill_based_availability = self.skill_based_availability

        starts_on_or_after = self.starts_on_or_after.isoformat()

        business_unit_ids: list[int] | None | Unset
        if isinstance(self.business_unit_ids, Unset):
            business_unit_ids = UNSET
        elif isinstance(self.business_unit_ids, list):
            business_unit_ids = self.business_unit_ids

        else:
            business_unit_ids = self.business_unit_ids

        job_type_id: int | None | Unset
        if isinstance(self.job_type_id, Unset):
            job_type_id = UNSET
        else:
            job_type_id = self.job_type_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endsOnOrBefore": ends_on_or_before,
                "skillBasedAvailability": skill_based_availability,
                "startsOnOrAfter": starts_on_or_after,
            }
        )
        if business_unit_ids is not UNSET:
            field_dict["businessUnitIds"] = business_unit_ids
        if job_type_id is not UNSET:
            field_dict["jobTypeId"] = job_type_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ends_on_or_before = datetime.datetime.fromisoformat(d.pop("endsOnOrBefore"))

        skill_based_availability = d.pop("skillBasedAvailability")

        starts_on_or_after = datetime.datetime.fromisoformat(d.pop("startsOnOrAfter"))

        business_unit_ids = d.pop("businessUnitIds", UNSET)
        if business_unit_ids is not None and not isinstance(business_unit_ids, Unset):
            if not isinstance(business_unit_ids, list):
                raise TypeError()
            business_unit_ids_type_0 = business_unit_ids

            business_unit_ids = business_unit_ids_type_0

        job_type_id = d.pop("jobTypeId", UNSET)

        dispatch_v2_capacity_request_args = cls(
            ends_on_or_before,
            skill_based_availability,
            starts_on_or_after,
            business_unit_ids,
            job_type_id,
        )

        dispatch_v2_capacity_request_args.additional_properties = dict(d)
        return dispatch_v2_capacity_request_args

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
