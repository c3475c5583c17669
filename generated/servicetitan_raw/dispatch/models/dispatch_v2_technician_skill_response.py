from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DispatchV2TechnicianSkillResponse")


@_attrs_define
class DispatchV2TechnicianSkillResponse:
    """
    Attributes:
        active (bool):
        created_on (datetime.datetime):
        id (str):
        modified_on (datetime.datetime):
        name (str):
        technician_id (int):
        job_type_ids (list[int] | None | Unset):
    """

    active: bool
    created_on: datetime.datetime
    id: str
    modified_on: datetime.datetime
    name: str
    technician_id: int
    job_type_ids: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "createdOn",
        "id",
        "modifiedOn",
        "name",
        "technicianId",
        "jobTypeIds",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        created_on = self.created_on.isoformat()

        id = self.id

        modified_on = self.modified_on.isoformat()

        name = self.name

        technician_id = self.technician_id

        job_type_ids: list[int] | None | Unset
        if isinstance(self.job_type_ids, Unset):
            job_type_ids = UNSET
        elif isinstance(self.job_type_ids, list):
            job_type_ids = self.job_type_ids

        else:
            job_type_ids = self.job_type_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "createdOn": created_on,
                "id": id,
                "modifiedOn": modified_on,
                "name": name,
                "technicianId": technician_id,
            }
        )
        if job_type_ids is not UNSET:
            field_dict["jobTypeIds"] = job_type_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        id = d.pop("id")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        name = d.pop("name")

        technician_id = d.pop("technicianId")

        job_type_ids = d.pop("jobTypeIds", UNSET)
        if job_type_ids is not None and not isinstance(job_type_ids, Unset):
            if not isinstance(job_type_ids, list):
                raise TypeError()
            job_type_ids_type_0 = job_type_ids

            job_type_ids = job_type_ids_type_0

        dispatch_v2_technician_skill_response = cls(
            active,
            created_on,
            id,
            modified_on,
            name,
            technician_id,
            job_type_ids,
        )

        dispatch_v2_technician_skill_response.additional_properties = dict(d)
        return dispatch_v2_technician_skill_response

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
