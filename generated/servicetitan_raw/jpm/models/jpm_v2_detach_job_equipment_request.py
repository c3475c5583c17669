from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="JpmV2DetachJobEquipmentRequest")


@_attrs_define
class JpmV2DetachJobEquipmentRequest:
    """
    Attributes:
        equipment_ids (list[int]): IDs of the equipment items to detach from the job
    """

    equipment_ids: list[int]

    def to_dict(self) -> dict[str, Any]:
        equipment_ids = self.equipment_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "equipmentIds": equipment_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        equipment_ids = cast(list[int], d.pop("equipmentIds"))

        jpm_v2_detach_job_equipment_request = cls(
            equipment_ids=equipment_ids,
        )

        return jpm_v2_detach_job_equipment_request
